/**
 * The normalizer's fast path, loaded with the elements: it reads native JSON as portals send it (text with
 * character references, `<br>` and inline tags, zone-less and Chinese times
 * such as `2025-04-09 11:27:00`, `2025/04/09` and `2025年4月9日 11:27`, view counts like `"1,234"`, empty
 * strings and nulls) and otherwise copies data that is already in the normalized form (known block types
 * and roles). Anything else returns `undefined` and goes through `normalize()`, which the elements load
 * only when such data appears. It never repairs anything, so that its output is always exactly the full
 * normalizer's (property tests hold it to that).
 */
import type { Article, Credit, RelatedItem } from './model.js';
import { KNOWN_ROLES } from './model.js';
import type { Expect, NormalizeOptions, NormalizeResult } from './core.js';
import { DEFAULT_TIME_ZONE, formatWithOffset, fromWall, isValidTimeZone } from './zone.js';
import { Memo } from './memo.js';
import { inlineText } from './inline-text.js';

type Obj = Record<string, unknown>;
type Out = NormalizeResult<Article | RelatedItem[] | Credit[]> & { next?: string };

/** Keys in the order the normalizer writes them. */
const ARTICLE =
  'title channel subtitle summary id url lang published updated views image audio body credits tags related previous next';
const ITEM = 'title url summary published image channel';
const MEDIA = 'src alt width height mimeType caption credit';
const BLOCKS: Record<string, string> = {
  paragraph: 'type text lead',
  heading: 'type text level',
  quote: 'type text cite',
  html: 'type html',
  image: 'type src alt caption credit width height',
  video: 'type src poster caption',
  audio: 'type src poster caption',
  list: 'type items ordered',
};
/** The keys of a list, split once (a long list copies the same few lists for every item). */
const split = new Map<string, string[]>();
const keys = (list: string): string[] => split.get(list) ?? split.set(list, list.split(' ')).get(list)!;

/** Reads each key with its check; undefined when a key is unknown or a value is not in normalized form. */
type Check = (v: unknown, o?: Obj) => unknown;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A trimmed, non-empty string. */
const str: Check = (v) => (typeof v === 'string' && v && v === v.trim() ? v : undefined);
/** Plain text as the normalizer makes it (`plain()`), '' for none; undefined where it needs a parser. */
const plain = (v: unknown) => (typeof v === 'string' ? inlineText(v.trim()) : undefined);
/** Required plain text. */
const text: Check = (v) => plain(v) || undefined;
/** Optional plain text: none (an empty string, or only tags) is left out, as the normalizer does. */
const optText: Check = (v) => {
  const t = plain(v);
  return t === '' ? EMPTY : t;
};
/** An empty string, which the normalizer leaves out, or `check`. */
const opt =
  (check: Check): Check =>
  (v) =>
    v === '' ? EMPTY : check(v);
const int: Check = (v) => (Number.isSafeInteger(v) && (v as number) >= 0 ? v : undefined);
/** A count, also given as a string of digits (`"1,234"`). */
const count: Check = (v) =>
  int(typeof v === 'string' && /^\d[\d,]{0,20}$/.test(v) ? +v.replace(/,/g, '') : v);
const trimmed: Check = (v) => (typeof v === 'string' && v === v.trim() ? v : undefined);
/** Plain text with no channel separator (the normalizer would split the title there). */
const title: Check = (v) => {
  const t = text(v) as string | undefined;
  return t && !/[丨｜]|\s\|\s/.test(t) ? t : undefined;
};
/** A name of a credit: a byline's "By " is not part of it. */
const name: Check = (v) => (text(v) as string | undefined)?.replace(/^by\s+/i, '') || undefined;

/** The time zone of the reading under way, for zone-less times. */
let zone = DEFAULT_TIME_ZONE;

/**
 * A time as the normalizer writes it, from ISO 8601 (`2025-04-09T11:27:00+08:00`) or the portal styles:
 * zone-less `2025-04-09 11:27:00`, `2025/4/9` (seconds and time optional) and `2025年4月9日 11:27`, read
 * in the time zone.
 */
const time: Check = (v) => {
  // The Chinese forms as the normalizer reads them: 年 and 月 for `-`, 日 before a time or at the end,
  // 时 and 分 for `:`, a final 秒, and a final 分 only without seconds or offset.
  const m =
    typeof v === 'string' &&
    /^(\d{4})[-/.年](\d\d?)[-/.月](\d\d?)(?:(?:[T ]|日 ?)(\d\d?)[:：时](\d\d)(?:[:：分](\d\d)(?:\.(\d{3}))?秒?|分$)?|日$)?(?:([+-])(\d\d):(\d\d))?$/.exec(
      v,
    );
  if (!m) return undefined;
  const [y, mo, d] = [+m[1], +m[2], +m[3]];
  // Days in the month without a Date: February by the leap-year rule, else 30 or 31.
  const days = mo === 2 ? (y % 4 || (!(y % 100) && y % 400) ? 28 : 29) : 30 + ((mo + (mo >> 3)) & 1);
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || d > days || +m[4] > 23 || +m[5] > 59 || +m[6] > 59)
    return undefined;
  const wall = Date.UTC(y, mo - 1, d, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0), +(m[7] ?? 0));
  if (!m[8]) return formatWithOffset(...fromWall(wall, zone));
  // An offset within ±23:59 keeps the instant and is written back (-00:00 as +00:00).
  if (+m[9] > 23 || +m[10] > 59) return undefined;
  // Already as the normalizer writes it (feeds with an offset, mostly): the same text.
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+/.test(v) && v.length === 25) return v;
  const off = (m[8] === '-' ? -1 : 1) * (+m[9] * 60 + +m[10]);
  return formatWithOffset(wall - off * 60000, off);
};

const FAIL = Symbol();
const own = Object.prototype.hasOwnProperty;

/**
 * Which keys a copy may meet beyond its checked ones. Top-level documents: none (another format's key
 * would change the detected format), except a `$schema` that does not name ninjs. Items, blocks and
 * credits: any the normalizer ignores, but no JSON-LD `@` key (an array holding one is JSON-LD) and, in
 * an item, no `role` (an array of objects with roles is a credits list). Media: none (`url`, `mime_type`…
 * are aliases the normalizer reads).
 */
type Extra = (key: string, o: Obj) => boolean;
const none: Extra = (k, o) => k === '$schema' && typeof o.$schema === 'string' && !/ninjs/i.test(o.$schema);
const notLd: Extra = (k) => k[0] !== '@';
const notLdOrRole: Extra = (k) => k[0] !== '@' && k !== 'role';

/** A copy of `o` with `order`'s keys checked; FAIL for a value that fails or a key `extra` refuses. */
function copy(o: unknown, order: string, checks: Record<string, Check>, extra: Extra): Obj | typeof FAIL {
  if (!isObj(o)) return FAIL;
  for (const k in o) if (!own.call(checks, k) && !extra(k, o)) return FAIL;
  const out: Obj = {};
  for (const k of keys(order)) {
    // A missing body is an empty one, in its place; null is no value (but no heading level).
    if (k !== 'body' && (o[k] === undefined || (o[k] === null && k !== 'level'))) continue;
    const v = checks[k](o[k], o);
    if (v === undefined) return FAIL;
    if (v !== EMPTY) out[k] = v;
  }
  return out;
}

/** An empty list the normalizer leaves out. */
const EMPTY = Symbol();

/** A non-empty array of checked values, copied. */
const list =
  (check: Check): Check =>
  (v) => {
    if (!Array.isArray(v) || !v.length) return undefined;
    const out = v.map((x) => check(x));
    return out.includes(undefined) ? undefined : out;
  };
/** A checked copy; undefined without the key `need`. */
const object =
  (order: string, checks: Record<string, Check>, extra: Extra, need?: string): Check =>
  (v) => {
    const out = copy(v, order, checks, extra);
    return out === FAIL || (need && out[need] === undefined) ? undefined : out;
  };

/** Media need a `src` (the normalizer drops them without one). */
const media = object(
  MEDIA,
  {
    src: str,
    alt: trimmed,
    width: int,
    height: int,
    mimeType: str,
    caption: optText,
    credit: optText,
  },
  none,
  'src',
);

const items = new Memo<string, RelatedItem>();
const itemChecks = {
  title: text,
  url: opt(str),
  summary: optText,
  published: opt(time),
  image: media,
  channel: optText,
};
const item: Check = (v) => {
  if (!isObj(v) || v.title == null) return undefined;
  const hit = items.get(v, zone);
  if (hit) return hit;
  const out = copy(v, ITEM, itemChecks, notLdOrRole);
  return out === FAIL ? undefined : items.set(v, zone, out as unknown as RelatedItem);
};

const blockChecks: Record<string, Check> = {
  type: (v) => v,
  text: str,
  lead: str,
  level: (v) => (v === 2 || v === 3 || v === 4 ? v : undefined),
  cite: optText,
  html: str,
  src: str,
  alt: trimmed,
  caption: optText,
  credit: optText,
  width: int,
  height: int,
  poster: str,
  items: list(str),
  ordered: (v) => (typeof v === 'boolean' ? v : undefined),
};
const block: Check = (b) => {
  const order = isObj(b) && typeof b.type === 'string' && Object.hasOwn(BLOCKS, b.type) && BLOCKS[b.type];
  if (!order) return undefined;
  const out = copy(b, order, blockChecks, notLd);
  // The second key of each type is the one it needs (text, html, src, items); an image also needs alt.
  return out === FAIL || out[keys(order)[1]] === undefined || (b.type === 'image' && out.alt === undefined)
    ? undefined
    : out;
};

/** Known roles only (other role names map through aliases), each role and label once. */
const creditList = list(object('role names label', { role: text, names: list(name), label: optText }, notLd));
const credits: Check = (v) => {
  const out = creditList(v) as Credit[] | undefined;
  const seen = new Set<string>();
  return out?.every(
    (c) =>
      (KNOWN_ROLES as readonly string[]).includes(c.role) &&
      c.names &&
      new Set(c.names).size === c.names.length &&
      !seen.has(`${c.role}\n${c.label}`) &&
      seen.add(`${c.role}\n${c.label}`),
  )
    ? out
    : undefined;
};

const tagList = list((t) => (str(t) !== undefined && !/[,，、;；]/.test(t as string) ? t : undefined));
const tags: Check = (v) => {
  const out = tagList(v);
  return out && new Set(out as string[]).size === (out as string[]).length ? out : undefined;
};

/** An empty array, which the normalizer drops, or `check`. */
const orEmpty =
  (check: Check): Check =>
  (v, o) =>
    Array.isArray(v) && !v.length ? EMPTY : check(v, o);

/** 上一篇 / 下一篇: both a title and a URL (the normalizer drops a link without either). */
const linkCopy = object('title url', { title: text, url: str }, none);
const link: Check = (v) => {
  const out = linkCopy(v) as Obj | undefined;
  return out?.title !== undefined && out.url !== undefined ? out : undefined;
};

const articleChecks: Record<string, Check> = {
  title,
  channel: optText,
  subtitle: optText,
  summary: optText,
  id: opt(str),
  url: opt(str),
  lang: opt(str),
  published: opt(time),
  updated: opt(time),
  views: count,
  image: media,
  audio: media,
  body: (v) =>
    v === undefined || (Array.isArray(v) && !v.length) ? [] : typeof v === 'string' ? str(v) : list(block)(v),
  credits: orEmpty(credits),
  tags: orEmpty(tags),
  related: orEmpty(list(item)),
  previous: link,
  next: link,
};

function article(v: unknown): Article | undefined {
  if (!isObj(v) || v.title == null) return undefined;
  const out = copy(v, ARTICLE, articleChecks, none);
  if (out === FAIL) return undefined;
  return out as unknown as Article;
}

/** Checked items, copied; an empty array stays empty. */
const itemList = (v: unknown[]) => (v.length ? (list(item)(v) as RelatedItem[] | undefined) : []);

/** A list document's items (a plain array, `{ items, next }`, or an article's related items). */
function listOf(v: unknown): Pick<Out, 'value' | 'next'> | undefined {
  if (Array.isArray(v)) {
    const value = itemList(v);
    return value && { value };
  }
  if (isObj(v) && v.title === undefined && Array.isArray(v.items)) {
    for (const k in v) if (k !== 'items' && k !== 'next' && !none(k, v)) return undefined;
    const value = itemList(v.items);
    const next = v.next === undefined ? undefined : (str(v.next) as string | undefined);
    if (!value || (v.next !== undefined && next === undefined)) return undefined;
    return next ? { value, next } : { value };
  }
  const a = article(v);
  return a && { value: a.related ?? [] };
}

function read(input: unknown, expect: Expect): Pick<Out, 'value' | 'next'> | undefined {
  if (expect === 'list') return listOf(input);
  if (expect === 'credits') {
    if (Array.isArray(input)) {
      const value = credits(input);
      return value ? { value: value as Credit[] } : undefined;
    }
    // Credits that are null are a problem to the full normalizer when it reads the credits alone.
    const a = isObj(input) && input.credits !== null && article(input);
    return a ? { value: a.credits ?? [] } : undefined;
  }
  const value = article(input);
  return value && { value };
}

/** `normalize()` for native documents already in normalized form; `undefined` for anything else. */
export function normalizeNative(input: unknown, o: NormalizeOptions): Out | undefined {
  if (o.timeZone !== undefined && !isValidTimeZone(o.timeZone)) return undefined;
  zone = o.timeZone ?? DEFAULT_TIME_ZONE;
  const r = read(input, o.expect);
  if (!r) return undefined;
  const out: Out = { value: r.value, problems: [], format: 'native' };
  if (r.next) out.next = r.next;
  return out;
}
