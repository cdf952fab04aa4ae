import { epochToIso, toIsoWithOffset } from './time.js';

/** A warning, or the reason a document was rejected. `path` points into the input (`items[2].published`). */
export interface Problem {
  path: string;
  message: string;
}

export type Obj = Record<string, unknown>;

export const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `v` as an array: arrays as they are, absent as empty, anything else wrapped. */
export const arr = (v: unknown): unknown[] =>
  v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];

/** The first element of an array, or the value itself. */
export const first = (v: unknown): unknown => (Array.isArray(v) ? v[0] : v);

export const join = (path: string, key: string | number): string =>
  typeof key === 'number' ? `${path}[${key}]` : path ? `${path}.${key}` : key;

const MAX_PROBLEMS = 100;

/** State of one normalization: the time zone and the problems found so far. */
export class Ctx {
  readonly problems: Problem[] = [];
  /** Every problem met, also those past the cap. */
  warnings = 0;
  constructor(readonly timeZone: string) {}

  warn(path: string, message: string): void {
    this.warnings++;
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ path, message });
    else if (this.problems.length === MAX_PROBLEMS)
      this.problems.push({ path: '', message: 'further problems omitted' });
  }

  /**
   * A time as ISO 8601 with offset; numbers, and strings of 10 or 13 digits ("1744169220", as many
   * portal APIs send), are epoch seconds (< 1e11) or milliseconds; `/Date(1744169220000)/` too.
   */
  time(v: unknown, path: string): string | undefined {
    if (v === undefined || v === null || v === '') return undefined;
    let out: string | null = null;
    const epoch =
      typeof v === 'string' && /^\s*(?:\d{10}|\d{13}|\/Date\((\d+)(?:[+-]\d{4})?\)\/)\s*$/.exec(v);
    if (epoch) v = Number(epoch[1] ?? v);
    if (typeof v === 'string') out = toIsoWithOffset(v, this.timeZone);
    else if (typeof v === 'number') out = epochToIso(Math.abs(v) < 1e11 ? v * 1000 : v, this.timeZone);
    if (out === null) this.warn(path, `invalid time ${JSON.stringify(v)?.slice(0, 40)} dropped`);
    return out ?? undefined;
  }
}

/** Removes undefined values and empty arrays (except `body`), so outputs compare and validate cleanly. */
export function clean<T extends object>(o: T): T {
  const out: Obj = {};
  for (const k of Object.keys(o)) {
    const v = (o as Obj)[k];
    if (v === undefined || (Array.isArray(v) && v.length === 0 && k !== 'body')) continue;
    out[k] = v;
  }
  return out as T;
}
