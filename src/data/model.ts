/**
 * The native data model: what every supported input format is normalized into.
 * Mirrors `schema/article.schema.json`; a test keeps both in agreement.
 */

/** Known credit roles, in display order. */
export const KNOWN_ROLES = [
  'source',
  'author',
  'reporter',
  'photographer',
  'editor',
  'responsibleEditor',
  'reviewer',
  'chiefEditor',
  'proofreader',
  'producer',
  'finalReviewer',
] as const;

export type KnownRole = (typeof KNOWN_ROLES)[number];
/** A known role, or any other string (then `label` is shown). */
export type CreditRole = KnownRole | (string & Record<never, never>);

export interface Article {
  /** Required; '视听甘肃丨永登县…' is split into channel + title. */
  title: string;
  /** Kicker, e.g. 视听甘肃. */
  channel?: string;
  subtitle?: string;
  summary?: string;
  id?: string;
  url?: string;
  lang?: string;
  /** ISO 8601 with offset; a zone-less input time is read in the time zone (default Asia/Shanghai). */
  published?: string;
  updated?: string;
  /** Absent = unknown (not shown). */
  views?: number;
  image?: Media;
  /** The 听新闻 recording. */
  audio?: Media;
  /** Blocks, or an HTML string (sanitized by the renderer). */
  body: Block[] | string;
  /** Ordered. */
  credits?: Credit[];
  tags?: string[];
  related?: RelatedItem[];
  /** 上一篇: the article before this one (in its channel or series). */
  previous?: ArticleLink;
  /** 下一篇: the article after this one. */
  next?: ArticleLink;
}

/** A link to another article: 上一篇 / 下一篇. */
export interface ArticleLink {
  title: string;
  url: string;
}

export type Block =
  | { type: 'paragraph'; text: string; lead?: string }
  | { type: 'heading'; text: string; level?: 2 | 3 | 4 }
  | {
      type: 'image';
      src: string;
      alt: string;
      caption?: string;
      credit?: string;
      width?: number;
      height?: number;
    }
  | { type: 'video' | 'audio'; src: string; poster?: string; caption?: string }
  | { type: 'quote'; text: string; cite?: string }
  | { type: 'list'; ordered?: boolean; items: string[] }
  | { type: 'html'; html: string };

export interface Credit {
  role: CreditRole;
  names: string[];
  label?: string;
}

export interface RelatedItem {
  title: string;
  url?: string;
  summary?: string;
  published?: string;
  image?: Media;
  channel?: string;
}

export interface Media {
  src: string;
  alt?: string;
  width?: number;
  height?: number;
  mimeType?: string;
  caption?: string;
  credit?: string;
}
