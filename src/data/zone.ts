/**
 * Time zones through Intl: offsets at an instant (cached per quarter hour) and ISO 8601 formatting with
 * offset. Loaded with the elements; the parsing of time strings (time.ts) loads with the full normalizer.
 */

export const DEFAULT_TIME_ZONE = 'Asia/Shanghai';

/**
 * Asia/Shanghai has kept UTC+8 without daylight saving time since its last summer time ended in September
 * 1991 (IANA tz database). From 1992 on its offset needs no Intl formatter: the first Intl object a page
 * makes costs it tens of milliseconds of main thread (the ICU data), which the default zone need not pay.
 */
const FIXED_SINCE = Date.UTC(1992, 0, 1);
const fixedOffset = (timeZone: string, epoch: number): number | undefined =>
  timeZone === DEFAULT_TIME_ZONE && epoch >= FIXED_SINCE ? 480 : undefined;

const formats = new Map<string, Intl.DateTimeFormat>();

/** True when `timeZone` is an IANA zone name the runtime knows (the default zone always is). */
export function isValidTimeZone(timeZone: string): boolean {
  return timeZone === DEFAULT_TIME_ZONE || zoneFormat(timeZone) !== null;
}

function zoneFormat(timeZone: string): Intl.DateTimeFormat | null {
  let f = formats.get(timeZone);
  if (!f) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      return null;
    }
    formats.set(timeZone, f);
  }
  return f;
}

const offsets = new Map<string, number>();
const QUARTER_HOUR = 900000;

/**
 * Offset of `timeZone` at the instant `epoch`, in minutes east of UTC (0 for a zone the runtime does not
 * know). Zones change offset only on quarter hours, so one Intl call per zone and quarter hour serves
 * every time in it.
 */
function offsetAt(timeZone: string, epoch: number): number {
  const known = fixedOffset(timeZone, epoch);
  if (known !== undefined) return known;
  const key = `${timeZone}|${Math.floor(epoch / QUARTER_HOUR)}`;
  let offset = offsets.get(key);
  if (offset !== undefined) return offset;
  const f = zoneFormat(timeZone);
  if (!f) return timeZone === DEFAULT_TIME_ZONE ? 480 : 0;
  const p: Record<string, string> = {};
  for (const { type, value } of f.formatToParts(epoch)) p[type] = value;
  const wall = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  offset = Math.round((wall - Math.floor(epoch / 1000) * 1000) / 60000);
  if (offsets.size > 2000) offsets.clear();
  offsets.set(key, offset);
  return offset;
}

/** Offset of `timeZone` at `epoch` in minutes east of UTC; null for a zone the runtime does not know. */
export function zoneOffset(epoch: number, timeZone: string): number | null {
  return isValidTimeZone(timeZone) ? offsetAt(timeZone, epoch) : null;
}

/** Epoch of a wall-clock time (given as if UTC) in `timeZone` (a valid zone), and the offset there.
 * DST-correct: a time in a spring-forward gap moves forward; a repeated autumn time takes the earlier
 * instant. */
export function fromWall(wallUtc: number, timeZone: string): [number, number] {
  const off = offsetAt(timeZone, wallUtc);
  let epoch = wallUtc - off * 60000;
  const off2 = offsetAt(timeZone, epoch);
  if (off2 !== off && offsetAt(timeZone, wallUtc - off2 * 60000) === off2) epoch = wallUtc - off2 * 60000;
  return [epoch, offsetAt(timeZone, epoch)];
}

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

/** Formats an instant as ISO 8601 with the given offset (minutes east of UTC). */
export function formatWithOffset(epoch: number, offset: number): string {
  const d = new Date(epoch + offset * 60000);
  const ms = d.getUTCMilliseconds();
  const y = d.getUTCFullYear();
  return (
    `${y < 0 ? '-' : ''}${pad(y, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${ms ? '.' + pad(ms, 3) : ''}` +
    `${offset < 0 ? '-' : '+'}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`
  );
}

/** Formats an epoch (milliseconds) in `timeZone`; null for an invalid zone or instant. */
export function epochToIso(epoch: number, timeZone: string): string | null {
  // Years 1000-9999, as for times given as text: a four-digit ISO year.
  if (!isValidTimeZone(timeZone) || !(epoch >= -30610224000000 && epoch < 253402300800000)) return null;
  return formatWithOffset(epoch, offsetAt(timeZone, epoch));
}
