/**
 * Lit's server renderer writes attributes and children, never properties. The related list sets the text
 * of its rows' link, channel, summary and time as properties (`.textContent`, cheaper in a browser), so in
 * server HTML those elements come out empty. This fills each one that is empty with the text the browser
 * element gives it: the item's title and channel, the summary (the row's own `title` attribute), and the
 * time formatted as the list formats it. Elements that already have their text are left as they are.
 */
import type { Article, RelatedItem } from '../data/model.js';
import { formatDate, type DateFormat } from '../shared/format.js';
import { toLocale } from '../shared/i18n.js';

const escapeText = (v: string) => v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const decode = (v: string) =>
  v
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const attrOf = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? undefined;

/** The related items the rendered value holds: a list's items, or an article's related news. */
export function itemsOf(value: unknown): RelatedItem[] {
  if (Array.isArray(value)) return value as RelatedItem[];
  return ((value as Article | null)?.related ?? []) as RelatedItem[];
}

/** `html` with the empty property-set texts of every related-list row filled (see above). */
export function fillRows(html: string, items: RelatedItem[]): string {
  if (!html.includes('part="item"')) return html;
  const byUrl = new Map<string, RelatedItem>();
  const byTitle = new Map<string, RelatedItem>();
  for (const item of items) {
    if (item.url) byUrl.set(item.url, item);
    byTitle.set(item.title, item);
  }
  // Each list's rows are formatted by that list's lang, time zone and date format.
  return html.replace(/<related-news-list\b[^>]*>[\s\S]*?<\/template>/g, (list) => {
    const open = /^<related-news-list\b[^>]*>/.exec(list)![0];
    const locale = toLocale(attrOf(open, 'lang')) ?? 'zh-Hans';
    const zone = attrOf(open, 'time-zone') ?? 'Asia/Shanghai';
    const style = (attrOf(open, 'date-format') ?? 'datetime') as DateFormat;
    const now = Date.now();
    return list.replace(/<li part="item"[\s\S]*?<\/li>/g, (row) => {
      const href = /<a part="link"[^>]*\shref="([^"]*)"/.exec(row)?.[1];
      const heading = /<h\d part="title"[^>]*>([\s\S]*?)<\/h\d>/.exec(row)?.[1] ?? '';
      const item =
        (href !== undefined ? byUrl.get(decode(href)) : undefined) ??
        byTitle.get(decode(heading.replace(/<[^>]*>/g, '').trim()));
      return row
        .replace(/(<span part="channel"[^>]*>)(<\/span>)/, (_, a: string, b: string) =>
          item?.channel ? a + escapeText(item.channel) + b : a + b,
        )
        .replace(/(<a part="link"[^>]*>)(<\/a>)/, (_, a: string, b: string) =>
          item ? a + escapeText(item.title) + b : a + b,
        )
        .replace(
          /(<p part="summary"[^>]*\stitle="([^"]*)"[^>]*>)(<\/p>)/,
          (_, a: string, t: string, b: string) => a + t + b,
        )
        .replace(
          /(<time part="time"[^>]*\sdatetime="([^"]*)"[^>]*>)(<\/time>)/,
          (_, a: string, dt: string, b: string) => {
            const text = formatDate(decode(dt), locale, zone, style, now)?.text;
            return a + (text ? escapeText(text) : '') + b;
          },
        );
    });
  });
}
