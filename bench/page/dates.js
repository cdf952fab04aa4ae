// Date text for the hand-written twins: the same strings the elements show (zh-Hans, Asia/Shanghai),
// made the same way: Asia/Shanghai is UTC+8 without daylight saving time from 1992 on, so a time since
// then needs no Intl object; an earlier one is read through an Intl formatter made on first need.
const ZONE = 'Asia/Shanghai';
const FIXED_SINCE = Date.UTC(1992, 0, 1);
let wall;

const pad = (n) => String(n).padStart(2, '0');

/** Offset in minutes of Asia/Shanghai at `ms`. */
function offsetAt(ms) {
  if (ms >= FIXED_SINCE) return 480;
  wall ??= new Intl.DateTimeFormat('en-US', {
    timeZone: ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const p = {};
  for (const x of wall.formatToParts(ms)) p[x.type] = x.value;
  const utc = Date.UTC(+p.year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  return Math.round((utc - Math.floor(ms / 1000) * 1000) / 60000);
}

/** `{ text: '2025-04-16 11:28:00', datetime: '2025-04-16T11:28:00+08:00', title: '2025年4月16日 11:28' }` */
export function formatTime(iso) {
  if (!iso) return undefined;
  const ms = new Date(iso).getTime();
  if (ms !== ms) return undefined;
  const off = offsetAt(ms);
  const w = new Date(Math.floor(ms / 1000) * 1000 + off * 60000);
  const year = String(w.getUTCFullYear()).padStart(4, '0');
  const month = pad(w.getUTCMonth() + 1);
  const day = pad(w.getUTCDate());
  const hour = pad(w.getUTCHours());
  const minute = pad(w.getUTCMinutes());
  const abs = Math.abs(off);
  const time = `${hour}:${minute}:${pad(w.getUTCSeconds())}`;
  return {
    text: `${year}-${month}-${day} ${time}`,
    datetime: `${year}-${month}-${day}T${time}${off < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`,
    title: `${+year}年${+month}月${+day}日 ${hour}:${minute}`,
  };
}
