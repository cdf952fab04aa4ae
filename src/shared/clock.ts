/**
 * One clock for the page. An element that shows relative times (5分钟前, 3 hours ago) asks to be
 * updated when its text next changes; a single timer wakes at the earliest such moment and updates the
 * elements that are due, instead of an interval per element.
 */
interface Sleeper {
  requestUpdate(): void;
}

const due = new Map<Sleeper, number>();
let timer: ReturnType<typeof setTimeout> | undefined;
let timerAt = Infinity;

/** Longest a timer is set for at once (setTimeout overflows past 2^31 - 1 ms); it is set again then. */
const MAX_WAIT = 86_400_000;

/** Updates `element` at the time `at` (ms since the epoch); undefined cancels its wake-up. */
export function wakeAt(element: Sleeper, at: number | undefined): void {
  if (at === undefined || !Number.isFinite(at)) due.delete(element);
  else due.set(element, at);
  schedule();
}

function schedule(): void {
  let next = Infinity;
  for (const at of due.values()) next = Math.min(next, at);
  if (next === timerAt) return;
  clearTimeout(timer);
  timerAt = next;
  timer =
    next === Infinity ? undefined : setTimeout(tick, Math.min(Math.max(0, next - Date.now()), MAX_WAIT));
}

function tick(): void {
  timerAt = Infinity;
  const now = Date.now();
  for (const [element, at] of due) {
    if (at > now) continue;
    due.delete(element);
    element.requestUpdate();
  }
  schedule();
}

/**
 * The clock as a reactive controller: a render that shows relative times reports when each next changes
 * (`at`); once rendered, the host is woken at the earliest of them, and never once it is disconnected.
 */
export class ClockController {
  #host: Sleeper;
  #next = Infinity;

  constructor(host: Sleeper & { addController(c: object): void }) {
    this.#host = host;
    host.addController(this);
  }

  /** A relative time rendered now changes at `time` (ms since the epoch). */
  at(time: number | undefined): void {
    if (time) this.#next = Math.min(this.#next, time);
  }

  hostUpdated(): void {
    wakeAt(this.#host, this.#next);
    this.#next = Infinity;
  }

  hostDisconnected(): void {
    wakeAt(this.#host, undefined);
  }
}
