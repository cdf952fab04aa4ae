import { intlTag, type Locale } from './i18n.js';

/** How a time is displayed. */
export type DateFormat = 'datetime' | 'date' | 'long' | 'relative';

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

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
  if (!zone) return DEFAULT_TIME_ZONE;
  try {
    memo(`tz|${zone}`, () => new Intl.DateTimeFormat('en', { timeZone: zone }));
    return zone;
  } catch {
    return DEFAULT_TIME_ZONE;
  }
}

type Parts = Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', string>;

function wallClock(date: Date, timeZone: string): Parts {
  const f = memo(
    `wall|${timeZone}`,
    () =>
      new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      }),
  );
  const parts = {} as Parts;
  for (const p of f.formatToParts(date))
    if (p.type in { year: 1, month: 1, day: 1, hour: 1, minute: 1, second: 1 })
      parts[p.type as keyof Parts] = p.value;
  parts.year = parts.year.padStart(4, '0');
  return parts;
}

/** `2025-04-09T11:27:00+08:00`: the instant as ISO 8601 in `timeZone`, with its offset. */
export function isoInZone(date: Date, timeZone: string): string {
  const p = wallClock(date, timeZone);
  const asUtc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  const offset = Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}:${p.second}${sign}${hh}:${mm}`;
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
  const rtf = memo(`rel|${locale}`, () => new Intl.RelativeTimeFormat(intlTag[locale], { numeric: 'auto' }));
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size || unit === 'second') return rtf.format(Math.trunc(seconds / size), unit);
  }
  return '';
}

/**
 * Displays an ISO time. Chinese datetime is the portal style `2025-04-09 11:27:00`; English uses
 * Intl's medium date and short time. Returns undefined for a value that is not a date.
 */
export function formatDate(
  iso: string | undefined,
  locale: Locale,
  timeZone: string,
  style: DateFormat = 'datetime',
  now?: number,
): { text: string; datetime: string; title: string } | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return undefined;
  const datetime = isoInZone(date, timeZone);
  const tag = intlTag[locale];
  const long = memo(
    `long|${locale}|${timeZone}`,
    () => new Intl.DateTimeFormat(tag, { timeZone, dateStyle: 'long', timeStyle: 'short' }),
  );
  const title = long.format(date);
  let text: string;
  if (style === 'relative') text = formatRelative(date, locale, now);
  else if (style === 'long') text = title;
  else if (locale !== 'en') {
    const p = wallClock(date, timeZone);
    text =
      `${p.year}-${p.month}-${p.day}` + (style === 'datetime' ? ` ${p.hour}:${p.minute}:${p.second}` : '');
  } else {
    const opts: Intl.DateTimeFormatOptions =
      style === 'date'
        ? { timeZone, dateStyle: 'medium' }
        : { timeZone, dateStyle: 'medium', timeStyle: 'short' };
    text = memo(`${style}|${locale}|${timeZone}`, () => new Intl.DateTimeFormat(tag, opts)).format(date);
  }
  return { text, datetime, title };
}

/** `0`, `9,999`, `1.2万`, `12K`: compact from ten thousand up (zh) or one thousand up (en). */
export function formatCount(n: number, locale: Locale): string {
  const tag = intlTag[locale];
  const compact = n >= (locale === 'en' ? 1000 : 10000);
  return memo(
    `num|${locale}|${compact}`,
    () => new Intl.NumberFormat(tag, compact ? { notation: 'compact', maximumFractionDigits: 1 } : {}),
  ).format(n);
}
