import { intlTag, isChinese, type Locale } from './i18n.js';
import { DEFAULT_TIME_ZONE, formatWithOffset, isValidTimeZone, zoneOffset } from '../data/zone.js';

/** How a time is displayed. */
export type DateFormat = 'datetime' | 'date' | 'long' | 'relative';

export { DEFAULT_TIME_ZONE };

const cache = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>();
function memo<T extends Intl.DateTimeFormat | Intl.NumberFormat | Intl.RelativeTimeFormat>(
  key: string,
  make: () => T,
): T {
  let f = cache.get(key) as T | undefined;
  if (!f) cache.set(key, (f = make()));
  return f;
}

/** A time zone Intl accepts: `zone` if valid, else Asia/Shanghai. */
export function validTimeZone(zone: string | null | undefined): string {
  return zone && isValidTimeZone(zone) ? zone : DEFAULT_TIME_ZONE;
}

type Parts = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function wallClock(date: Date, timeZone: string): Parts & { offset: number } {
  const offset = zoneOffset(date.getTime(), timeZone) ?? 0;
  const d = new Date(date.getTime() + offset * 60000);
  return {
    year: pad(d.getUTCFullYear(), 4),
    month: pad(d.getUTCMonth() + 1),
    day: pad(d.getUTCDate()),
    hour: pad(d.getUTCHours()),
    minute: pad(d.getUTCMinutes()),
    second: pad(d.getUTCSeconds()),
    offset,
  };
}

/** `2025-04-09T11:27:00+08:00`: the instant as ISO 8601 in `timeZone`, with its offset. */
export function isoInZone(date: Date, timeZone: string): string {
  const t = Math.floor(date.getTime() / 1000) * 1000;
  return formatWithOffset(t, zoneOffset(t, timeZone) ?? 0);
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 31536000],
  ['month', 2592000],
  ['week', 604800],
  ['day', 86400],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** `3 小时前` / `3 hours ago`, in the largest unit that fits. */
export function formatRelative(date: Date, locale: Locale, now = Date.now()): string {
  const seconds = Math.round((date.getTime() - now) / 1000);
  const rtf = memo(`rel|${locale}`, () => new Intl.RelativeTimeFormat(intlTag(locale), { numeric: 'auto' }));
  const [unit, size] = unitOf(seconds);
  return rtf.format(Math.trunc(seconds / size), unit);
}

/** The largest unit that fits a span of `seconds`, and its size in seconds. */
function unitOf(seconds: number): [Intl.RelativeTimeFormatUnit, number] {
  return units.find(([, size]) => Math.abs(seconds) >= size) ?? units[units.length - 1];
}

/**
 * When the relative text of `date` next changes (ms since the epoch): the next whole unit it counts, or
 * the step up to a larger unit, whichever comes first.
 */
export function nextRelativeChange(date: Date, now: number): number {
  const t = date.getTime();
  const seconds = (t - now) / 1000;
  const [, size] = unitOf(Math.round(seconds));
  const abs = Math.abs(seconds);
  let wait: number;
  if (seconds <= 0) {
    // In the past: the count grows; the larger unit starts at its own size.
    const larger = units.filter(([, s]) => s > size).map(([, s]) => s);
    wait = Math.min((Math.floor(abs / size) + 1) * size, ...larger.filter((s) => s > abs)) - abs;
  } else {
    // To come: the count falls at each whole unit, down to the smaller unit.
    wait = abs - Math.floor(abs / size) * size || size;
  }
  return now + Math.max(1, Math.ceil(wait * 1000));
}

/** The formatter of a time's full text (its `title`): `2025年4月9日 11:27`. */
const longFormat = (locale: Locale, timeZone: string) =>
  memo(
    `long|${locale}|${timeZone}`,
    () => new Intl.DateTimeFormat(intlTag(locale), { timeZone, dateStyle: 'long', timeStyle: 'short' }),
  );

/**
 * Displays an ISO time. Chinese datetime is the portal style `2025-04-09 11:27:00`; English uses
 * Intl's medium date and short time. Returns undefined for a value that is not a date.
 */
const formatted = new Map<string, { text: string; datetime: string; title: string }>();

export function formatDate(
  iso: string | undefined,
  locale: Locale,
  timeZone: string,
  style: DateFormat = 'datetime',
  now?: number,
): { text: string; datetime: string; title: string; next?: number } | undefined {
  if (!iso) return undefined;
  // Absolute styles depend only on these four values: lists that re-render reuse the text.
  const key = style === 'relative' ? '' : `${iso}|${locale}|${timeZone}|${style}`;
  const known = key && formatted.get(key);
  if (known) return known;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  const datetime = isoInZone(date, timeZone);
  const tag = intlTag(locale);
  // Simplified Chinese needs no Intl object (whose first use costs a page tens of milliseconds): the
  // long text is CLDR's zh pattern `y年M月d日 HH:mm`, from the same wall clock as the portal style.
  const p = isChinese(locale) ? wallClock(date, timeZone) : undefined;
  const title =
    p && locale === 'zh-Hans'
      ? `${+p.year}年${+p.month}月${+p.day}日 ${p.hour}:${p.minute}`
      : longFormat(locale, timeZone).format(date);
  let text: string;
  let next: number | undefined;
  if (style === 'relative') {
    const at = now ?? Date.now();
    text = formatRelative(date, locale, at);
    next = nextRelativeChange(date, at);
  } else if (style === 'long') text = title;
  else if (p) {
    text =
      `${p.year}-${p.month}-${p.day}` + (style === 'datetime' ? ` ${p.hour}:${p.minute}:${p.second}` : '');
  } else {
    const opts: Intl.DateTimeFormatOptions =
      style === 'date'
        ? { timeZone, dateStyle: 'medium' }
        : { timeZone, dateStyle: 'medium', timeStyle: 'short' };
    text = memo(`${style}|${locale}|${timeZone}`, () => new Intl.DateTimeFormat(tag, opts)).format(date);
  }
  const result = { text, datetime, title, ...(next ? { next } : {}) };
  if (key) {
    if (formatted.size > 5000) formatted.clear();
    formatted.set(key, result);
  }
  return result;
}

/** `0`, `9,999`, `1.2万`, `12K`: compact from ten thousand up (zh) or one thousand up (en). */
export function formatCount(n: number, locale: Locale): string {
  const tag = intlTag(locale);
  // CJK counts go by 万 (ten thousand), others by thousands.
  const compact = n >= (/^(zh|ja|ko)/.test(locale) ? 10000 : 1000);
  // Below the compact range a whole number is its digits in groups of three (all three locales).
  if (!compact && Number.isSafeInteger(n)) return String(n).replace(/\B(?=(\d{3})+$)/g, ',');
  return memo(
    `num|${locale}|${compact}`,
    () => new Intl.NumberFormat(tag, compact ? { notation: 'compact', maximumFractionDigits: 1 } : {}),
  ).format(n);
}
