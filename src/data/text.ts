import type { Block } from './model.js';
import { arr, first, isObj } from './context.js';
import { parseInert } from './trusted-types.js';
import { REF, collapse, inlineText } from './inline-text.js';

export { splitChannel } from './inline-text.js';

/** A trimmed non-empty string (numbers are stringified; a JSON-LD `{ "@value": … }` is unwrapped), else undefined. */
export function str(v: unknown): string | undefined {
  v = first(v);
  if (isObj(v) && '@value' in v) v = v['@value'];
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  return s || undefined;
}

/**
 * Plain text from an HTML fragment: tags removed, entities decoded, whitespace collapsed. Inert.
 * Text escaped twice, as many CMSs do (`&amp;amp;`, `&amp;#x4E2D;`), is decoded once more.
 */
export function htmlToText(html: string, again = true): string {
  // Only a tag (`<b`, `</`, `<!`) or a character reference (`&amp;`, `&#8217;`) makes a string HTML:
  // plain text such as "a < b" or "R&D" is kept as it is, without a parser.
  if (!/<[a-z/!]/i.test(html) && !REF.test(html)) return collapse(html);
  if (typeof DOMParser === 'undefined') {
    // Without a parser (Node): what the elements' eager path reads, else tags as spaces and the usual
    // references decoded.
    return (
      inlineText(html, again) ??
      collapse(
        html.replace(/<[^>]*>/g, ' ').replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, e: string) => ENT[e]),
      )
    );
  }
  const body = parseInert(html, 'text/html').body;
  for (const el of body.querySelectorAll('script,style,template,noscript')) el.remove();
  for (const el of body.querySelectorAll('p,div,br,li,h1,h2,h3,h4,h5,h6,tr,blockquote,figcaption'))
    el.after(' ');
  const out = collapse(body.textContent ?? '');
  return again && REF.test(out) ? htmlToText(out, false) : out;
}
const ENT: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", nbsp: ' ' };

/** A string that must be plain text (title, summary…): HTML stripped, whitespace collapsed. */
export function plain(v: unknown): string | undefined {
  const s = str(v);
  return s === undefined ? undefined : htmlToText(s) || undefined;
}

/** True when a string looks like HTML markup rather than plain text. */
export const looksLikeHtml = (s: string): boolean => /<\/?[a-z][a-z0-9-]*[\s/>]/i.test(s);

/**
 * A title for an untitled feed item (JSON Feed and RSS make titles optional): the start of its text,
 * cut at a word boundary near 80 characters, with an ellipsis.
 */
export function titleFrom(text: string | undefined): string | undefined {
  const t = text?.replace(/\s+/g, ' ').trim();
  if (!t) return undefined;
  if (t.length <= 80) return t;
  const cut = t.slice(0, 79);
  const space = cut.lastIndexOf(' ');
  return `${space > 60 ? cut.slice(0, space) : cut}…`;
}

/** Plain text → paragraph blocks: split on blank lines, or on single newlines if there is no blank line. */
export function paragraphs(text: string): Block[] {
  const t = text.replace(/\r\n?/g, '\n');
  let parts = t.split(/\n[ \t\u3000]*\n/);
  if (parts.length === 1) parts = t.split('\n');
  return parts.map((p) => p.trim()).flatMap((p): Block[] => (p ? [{ type: 'paragraph', text: p }] : []));
}

/** A non-negative integer from a number or a string like "1,234", "1.2万", "3k"; undefined otherwise. */
export function count(v: unknown): number | undefined {
  v = first(v);
  if (isObj(v) && 'value' in v) v = v.value; // QuantitativeValue
  let n = NaN;
  if (typeof v === 'number') n = v;
  else if (typeof v === 'string' && v.length < 40) {
    // "1,234", "1.2万", "10万+", "3k", "1234次浏览", "1,234 views"
    const m =
      /^\s*(\d[\d,\s_]*(?:\.\d+)?)\s*(万|萬|亿|億|k|m|px)?\s*(?:\+|次(?:浏览|瀏覽|阅读|閱讀|播放)?|人(?:阅读|閱讀)|views?|reads?|plays?)?\s*$/i.exec(
        v,
      );
    if (m) {
      const unit = m[2]?.toLowerCase();
      const mult =
        unit === '万' || unit === '萬'
          ? 1e4
          : unit === '亿' || unit === '億'
            ? 1e8
            : unit === 'k'
              ? 1e3
              : unit === 'm'
                ? 1e6
                : 1;
      n = Number(m[1].replace(/[,\s_]/g, '')) * mult;
    }
  }
  return Number.isFinite(n) && n >= 0 && n <= Number.MAX_SAFE_INTEGER ? Math.round(n) : undefined;
}

/** Tags from a keyword string ("a, b、c") or an array of strings or named terms; deduplicated. */
export function tagsOf(...vs: unknown[]): string[] {
  const out = new Set<string>();
  for (const v of vs) {
    for (const t of arr(v)) {
      const s = isObj(t) ? plain(t.name ?? t.term ?? t.value) : typeof t === 'string' ? t : undefined;
      if (s === undefined) continue;
      for (const part of typeof t === 'string' ? s.split(/[,，、;；]/) : [s]) {
        const p = part.trim();
        if (p) out.add(p);
      }
    }
  }
  return [...out];
}
