// Date text for the hand-written twins: the same strings the elements show (zh-Hans, Asia/Shanghai),
// from two Intl formatters made once (one formatToParts and one format per time).
const ZONE = 'Asia/Shanghai';
let wall;
let long;

export function initDates() {
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
  long ??= new Intl.DateTimeFormat('zh-CN', { timeZone: ZONE, dateStyle: 'long', timeStyle: 'short' });
}

const pad = (n) => String(n).padStart(2, '0');

/** `{ text: '2025-04-16 11:28:00', datetime: '2025-04-16T11:28:00+08:00', title: '2025年4月16日 11:28' }` */
export function formatTime(iso) {
  if (!iso) return undefined;
  const date = new Date(iso);
  const ms = date.getTime();
  if (ms !== ms) return undefined;
  const p = {};
  for (const x of wall.formatToParts(date)) p[x.type] = x.value;
  const year = p.year.padStart(4, '0');
  const utc = Date.UTC(+year, +p.month - 1, +p.day, +p.hour, +p.minute, +p.second);
  const off = Math.round((utc - Math.floor(ms / 1000) * 1000) / 60000);
  const abs = Math.abs(off);
  const day = `${year}-${p.month}-${p.day}`;
  const time = `${p.hour}:${p.minute}:${p.second}`;
  return {
    text: `${day} ${time}`,
    datetime: `${day}T${time}${off < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`,
    title: long.format(date),
  };
}
