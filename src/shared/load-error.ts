import type { NewsErrorKind } from './events.js';

/** Milliseconds a request may take by default. */
export const DEFAULT_TIMEOUT = 10000;

/** A failed load, with the `news-error` kind it maps to. */
export class LoadError extends Error {
  constructor(
    readonly kind: NewsErrorKind,
    message: string,
    readonly url?: string,
    readonly status?: number,
    /** Seconds the server asked to wait before another request (`Retry-After`; NaN for a date). */
    readonly retryAfter = 0,
  ) {
    super(message);
    this.name = 'LoadError';
  }
}
