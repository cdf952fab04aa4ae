/** Where the data an element shows came from. */
export type DataSource = 'property' | 'data' | 'script' | 'src' | 'for';

/** What went wrong, for `news-error`. */
export type NewsErrorKind = 'network' | 'timeout' | 'http' | 'parse' | 'format' | 'invalid';

export interface Problem {
  path: string;
  message: string;
}

export interface NewsErrorDetail {
  kind: NewsErrorKind;
  message: string;
  url?: string;
  status?: number;
  problems?: Problem[];
}

export interface NewsLoadDetail<T = unknown> {
  data: T;
  source: DataSource;
}

/** Fired, bubbling and composed, after an element has rendered newly loaded data. */
export class NewsLoadEvent<T = unknown> extends Event {
  readonly detail: NewsLoadDetail<T>;
  constructor(detail: NewsLoadDetail<T>) {
    super('news-load', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** Fired, bubbling and composed, once for each failure to load or read data. */
export class NewsErrorEvent extends Event {
  readonly detail: NewsErrorDetail;
  constructor(detail: NewsErrorDetail) {
    super('news-error', { bubbles: true, composed: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'news-load': NewsLoadEvent;
    'news-error': NewsErrorEvent;
  }
}
