// The part of jsdom's API the server sanitizer uses (jsdom ships no types of its own).
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: { url?: string });
    readonly window: Record<string, unknown>;
    reconfigure(options: { url?: string }): void;
  }
}
