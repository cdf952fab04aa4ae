/**
 * Time parsing. Every time leaves as ISO 8601 with a numeric offset, e.g. `2025-04-09T11:27:00+08:00`
 * (UTC is written `+00:00`, never `Z`; milliseconds only when not zero).
 */

import { fromWall, formatWithOffset, isValidTimeZone, zoneOffset } from './zone.js';

export { DEFAULT_TIME_ZONE, isValidTimeZone, zoneOffset, formatWithOffset, epochToIso } from './zone.js';

/** A zone: `Z`, `+08:00`, `+0800`, `+08`, `GMT+8`, `UTC+08:00`, or a name (GMT, EST, CST…). */
const ZONE = String.raw`((?:GMT|UTC?)?[+-]\d{1,2}(?::?\d{2})?|[a-z]{1,5})`;
const ISO = new RegExp(
  String.raw`^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*${ZONE}?$`,
  'i',
);
/** RFC 822 / 1123 `Wed, 09 Apr 2025 11:27:00 +0800`, and RFC 850 `Wednesday, 09-Apr-25 11:27:00 GMT`. */
const RFC822 = new RegExp(
  String.raw`^(?:[a-z]{2,9},?\s*)?(\d{1,2})[\s-]+([a-z]{3})[a-z]*\.?[\s-]+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*${ZONE}?$`,
  'i',
);
/** asctime and Java's `Date.toString()`: `Wed Apr 09 11:27:00 CST 2025`, `Wed Apr  9 11:27:00 2025`. */
const ASCTIME = new RegExp(
  String.raw`^(?:[a-z]{2,9},?\s+)?([a-z]{3})[a-z]*\.?\s+(\d{1,2})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s+(?:${ZONE}\s+)?(\d{4})$`,
  'i',
);
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
/**
 * Zone names, in hours east of UTC: RFC 822's, and a few unambiguous others. `CST` is special (see
 * `parseOffset`): China Standard Time to Chinese portals, US Central Standard Time to RFC 822.
 */
const ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  WET: 0,
  BST: 1,
  CET: 1,
  CEST: 2,
  EET: 2,
  EEST: 3,
  MSK: 3,
  BJT: 8,
  HKT: 8,
  SGT: 8,
  JST: 9,
  KST: 9,
  AEST: 10,
  AEDT: 11,
  EST: -5,
  EDT: -4,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
};

/** 'CST' is read as China Standard Time (+08:00) when `timeZone` is at +08:00 then, else as US Central. */
const CHINA = 'CST';

function build(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  zone: number | null | typeof CHINA,
  timeZone: string,
): string | null {
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const wall = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  if (new Date(wall).getUTCDate() !== d) return null; // 31 April, 29 February in a common year
  const offset = zone === CHINA ? (zoneOffset(wall - 480 * 60000, timeZone) === 480 ? 480 : -360) : zone;
  if (offset !== null) return formatWithOffset(wall - offset * 60000, offset);
  if (!isValidTimeZone(timeZone)) return null;
  const [epoch, off] = fromWall(wall, timeZone);
  return formatWithOffset(epoch, off);
}

/**
 * Minutes east of UTC; null when there is no zone, undefined for an unknown one. `CST` is returned as
 * is: it is +08:00 to Chinese portals (Java's `Date.toString()` on a China server writes it) and -06:00
 * to RFC 822, so `build` reads it by the reading time zone.
 */
function parseOffset(z: string | undefined): number | null | undefined | typeof CHINA {
  if (!z) return null;
  const u = z.toUpperCase();
  if (u === CHINA) return CHINA;
  if (u in ZONES) return ZONES[u] * 60;
  const m = /^(?:GMT|UTC?)?([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(z);
  if (!m) return undefined;
  const h = Number(m[2]);
  const mi = Number(m[3] ?? 0);
  if (h > 23 || mi > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (h * 60 + mi);
}

/** `2025年04月09日 11时27分`, `2025年4月9日 11:27`, full-width colons → `2025-04-09 11:27`. */
const cjk = (s: string): string =>
  /[年月日时時点點分秒：]/.test(s)
    ? s
        .replace(/\s*[年月]\s*/g, '-')
        .replace(/\s*日\s*/, ' ')
        .replace(/\s*[时時点點分：]\s*/g, ':')
        .replace(/秒/, '')
        .replace(/:$/, '')
        .trim()
    : s;

/**
 * 12-hour clock times as 24-hour ones: `下午3:27` / `3:27 PM` / `3:27 p.m.` → `15:27`, `上午12:05` /
 * `12:05 AM` → `00:05`. Only a time with a marker is changed.
 */
function hours12(s: string): string {
  const m =
    /(上午|凌晨|早上|中午|下午|晚上)\s*(\d{1,2})(:\d{2}(?::\d{2})?)|(\d{1,2})(:\d{2}(?::\d{2})?)\s*([ap])\.?m\.?(?=\s|$)/i.exec(
      s,
    );
  if (!m) return s;
  const h = +(m[2] ?? m[4]);
  const pm = m[1] ? /中午|下午|晚上/.test(m[1]) : /p/i.test(m[6]);
  if (h < 1 || h > 12) return s;
  const h24 = pm ? (h === 12 ? 12 : h + 12) : h === 12 && !/中午/.test(m[1] ?? '') ? 0 : h;
  return `${s.slice(0, m.index)}${m[1] && m.index && !/\s$/.test(s.slice(0, m.index)) ? ' ' : ''}${h24}${m[3] ?? m[5]}${s.slice(m.index + m[0].length)}`;
}

/** `Apr 9, 2025 11:27`, `April 9 2025` (US style, as many English CMSs write) → `2025-04-09 11:27`. */
function monthFirst(s: string): string {
  const m =
    /^(?:[a-z]{2,9},?\s+)?([a-z]{3})[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:,?\s+(?:at\s+)?(.*))?$/i.exec(
      s,
    );
  const mo = m ? MONTHS.indexOf(m[1].toLowerCase()) : -1;
  if (!m || mo < 0 || mo % 3) return s;
  return `${m[3]}-${mo / 3 + 1}-${m[2]}${m[4] ? ` ${m[4]}` : ''}`;
}

const year2 = (y: string) => {
  const n = +y;
  return y.length === 2 ? n + (n < 50 ? 2000 : 1900) : y.length === 3 ? n + 1900 : n;
};

/**
 * Parses a timestamp and returns it as ISO 8601 with offset, or null when it is not a valid time.
 *
 * - ISO 8601 / RFC 3339 and the common `2025-04-09 11:27:00`, `2025/04/09 11:27`, `2025-04-09` forms;
 * - Chinese `2025年04月09日 11:27` (and `11时27分`);
 * - RFC 822 / 1123 (`Wed, 09 Apr 2025 11:27:00 +0800`, zones GMT, UT, EST…, `GMT+8`), RFC 850
 *   (`Wednesday, 09-Apr-25 11:27:00 GMT`), asctime and Java (`Wed Apr 09 11:27:00 CST 2025`).
 *
 * A zone-less time is read as wall-clock time in `timeZone` (IANA name). A time with a zone keeps its
 * instant and its given offset (`Z`, `GMT` → `+00:00`). `CST` means China Standard Time (+08:00) when
 * `timeZone` is at +08:00 (the default Asia/Shanghai, Asia/Taipei…), else US Central Standard Time
 * (-06:00, RFC 822).
 */
export function toIsoWithOffset(input: string, timeZone: string): string | null {
  if (typeof input !== 'string') return null;
  const trimmed = input.trim();
  // Checked before the rewrite: its patterns must never meet a long run of spaces.
  if (trimmed.length > 64) return null;
  // RFC 5322 allows a comment after the zone: `+0800 (CST)`.
  const s = hours12(cjk(trimmed.replace(/\s*\([^()]*\)$/, '')));
  let m = ISO.exec(s);
  if (m) {
    const off = parseOffset(m[8]);
    if (off === undefined) return null;
    const ms = m[7] ? Math.round(Number(`0.${m[7]}`) * 1000) : 0;
    return build(
      +m[1],
      +m[2],
      +m[3],
      +(m[4] ?? 0),
      +(m[5] ?? 0),
      +(m[6] ?? 0),
      Math.min(ms, 999),
      off,
      timeZone,
    );
  }
  m = RFC822.exec(s);
  if (m) {
    const mo = MONTHS.indexOf(m[2].toLowerCase());
    const off = parseOffset(m[7]);
    if (mo < 0 || mo % 3 || off === undefined) return null;
    return build(year2(m[3]), mo / 3 + 1, +m[1], +m[4], +m[5], +(m[6] ?? 0), 0, off, timeZone);
  }
  m = ASCTIME.exec(s);
  if (m) {
    const mo = MONTHS.indexOf(m[1].toLowerCase());
    const off = parseOffset(m[6]);
    if (mo < 0 || mo % 3 || off === undefined) return null;
    return build(+m[7], mo / 3 + 1, +m[2], +m[3], +m[4], +(m[5] ?? 0), 0, off, timeZone);
  }
  const us = monthFirst(s);
  return us !== s ? toIsoWithOffset(us, timeZone) : null;
}
