/**
 * Time parsing. Every time leaves as ISO 8601 with a numeric offset, e.g. `2025-04-09T11:27:00+08:00`
 * (UTC is written `+00:00`, never `Z`; milliseconds only when not zero).
 */

import { fromWall, formatWithOffset, isValidTimeZone } from './zone.js';

export { DEFAULT_TIME_ZONE, isValidTimeZone, zoneOffset, formatWithOffset, epochToIso } from './zone.js';

const ISO =
  /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;
const RFC822 =
  /^(?:[a-z]{2,9},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,3})?$/i;
const MONTHS = 'janfebmaraprmayjunjulaugsepoctnovdec';
/** RFC 822 zone names, in hours east of UTC. */
const ZONES: Record<string, number> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
};

function build(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  offset: number | null,
  timeZone: string,
): string | null {
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const wall = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  if (new Date(wall).getUTCDate() !== d) return null; // 31 April, 29 February in a common year
  if (offset !== null) return formatWithOffset(wall - offset * 60000, offset);
  if (!isValidTimeZone(timeZone)) return null;
  const [epoch, off] = fromWall(wall, timeZone);
  return formatWithOffset(epoch, off);
}

function parseOffset(z: string | undefined): number | null | undefined {
  if (!z) return null;
  const u = z.toUpperCase();
  if (u in ZONES) return ZONES[u] * 60;
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(z);
  if (!m) return undefined;
  const h = Number(m[2]);
  const mi = Number(m[3] ?? 0);
  if (h > 23 || mi > 59) return undefined;
  return (m[1] === '-' ? -1 : 1) * (h * 60 + mi);
}

/**
 * Parses a timestamp and returns it as ISO 8601 with offset, or null when it is not a valid time.
 *
 * - ISO 8601 / RFC 3339 and the common `2025-04-09 11:27:00`, `2025/04/09 11:27`, `2025-04-09` forms;
 * - RFC 822 / 1123 (`Wed, 09 Apr 2025 11:27:00 +0800`, zones GMT, UT, EST…).
 *
 * A zone-less time is read as wall-clock time in `timeZone` (IANA name). A time with a zone keeps its
 * instant and its given offset (`Z`, `GMT` → `+00:00`).
 */
export function toIsoWithOffset(input: string, timeZone: string): string | null {
  if (typeof input !== 'string') return null;
  const s = input.trim();
  if (s.length > 64) return null;
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
    let y = +m[3];
    if (m[3].length === 2) y += y < 50 ? 2000 : 1900;
    else if (m[3].length === 3) y += 1900;
    return build(y, mo / 3 + 1, +m[1], +m[4], +m[5], +(m[6] ?? 0), 0, off, timeZone);
  }
  return null;
}
