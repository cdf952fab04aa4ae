/**
 * 听新闻 on the device: the headline, then each paragraph of the article, read by `speechSynthesis`,
 * one utterance a paragraph. The paragraph being read carries the part `reading` (styled
 * `news-article::part(reading)`) and is kept in view. Loaded when the reader first presses 听新闻.
 */
import type { ArticleElement } from './binding.js';

export type SpeechState = 'idle' | 'playing' | 'paused';

/** The text blocks of the article's body, in reading order (the innermost of nested ones). */
const BLOCKS = 'p, h2, h3, h4, h5, h6, li';

/** One sheet for the whole page: the highlight, in a layer so that any page rule restyles it. */
let sheet: CSSStyleSheet | undefined;
function highlightStyles(): void {
  if (sheet) return;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(
    `@layer news-tools{news-article::part(reading){background:var(--news-reading-background,#fff4d6);box-shadow:-0.5em 0 0 var(--news-reading-background,#fff4d6),0.5em 0 0 var(--news-reading-background,#fff4d6);outline:0.125em solid transparent;border-radius:0.125em}@media print{news-article::part(reading){background:none;box-shadow:none}}}`,
  );
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/** The reader speaking now, page-wide: another one starting stops it. */
const speaking: { reader?: Reader } = {};

export class Reader {
  state: SpeechState = 'idle';
  #segments: { text: string; el?: Element }[] = [];
  #index = 0;
  #token = 0;
  #watch?: MutationObserver;
  #current?: Element;

  constructor(
    readonly article: ArticleElement,
    readonly host: HTMLElement,
    readonly lang: string,
    readonly voice: SpeechSynthesisVoice | undefined,
    readonly onState: (state: SpeechState) => void,
  ) {}

  /** What will be read: the headline, then each text block of the body. */
  segments(): { text: string; el?: Element }[] {
    const out: { text: string; el?: Element }[] = [];
    const title = this.article.value?.title;
    if (title) out.push({ text: title });
    const body = this.article.shadowRoot?.querySelector('[part~="body"]');
    if (body) {
      const blocks = [...body.querySelectorAll(BLOCKS)];
      for (const el of blocks) {
        if (blocks.some((other) => other !== el && el.contains(other))) continue;
        const text = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (text) out.push({ text, el });
      }
    }
    return out;
  }

  start(): void {
    if (speaking.reader !== this) speaking.reader?.stop();
    speaking.reader = this;
    highlightStyles();
    speechSynthesis.cancel();
    this.#segments = this.segments();
    this.#index = 0;
    // Removing the article or the tools from the page ends the reading.
    this.#watch = new MutationObserver(() => {
      if (!this.article.isConnected || !this.host.isConnected) this.stop();
    });
    this.#watch.observe(document, { childList: true, subtree: true });
    this.#set('playing');
    this.#speak();
  }

  #speak(): void {
    const segment = this.#segments[this.#index];
    this.#mark(segment?.el);
    if (!segment) return this.stop();
    const token = ++this.#token;
    const u = new SpeechSynthesisUtterance(segment.text);
    u.lang = this.lang;
    if (this.voice) u.voice = this.voice;
    u.addEventListener('end', () => {
      if (token !== this.#token) return;
      this.#index++;
      this.#speak();
    });
    u.addEventListener('error', (e) => {
      // Cancelled by us (stop, another reader) is no failure; any other error ends the reading.
      if (token === this.#token && (e as SpeechSynthesisErrorEvent).error !== 'interrupted') this.stop();
    });
    speechSynthesis.speak(u);
  }

  /** Highlights the block being read and keeps it in view. */
  #mark(el: Element | undefined): void {
    if (this.#current === el) return;
    if (this.#current) setPart(this.#current, false);
    this.#current = el;
    if (!el) return;
    setPart(el, true);
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    el.scrollIntoView({ block: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
  }

  pause(): void {
    if (this.state !== 'playing') return;
    speechSynthesis.pause();
    this.#set('paused');
  }

  resume(): void {
    if (this.state !== 'paused') return;
    speechSynthesis.resume();
    this.#set('playing');
  }

  stop(): void {
    if (this.state === 'idle') return;
    this.#token++;
    this.#watch?.disconnect();
    this.#mark(undefined);
    if (speaking.reader === this) {
      speaking.reader = undefined;
      globalThis.speechSynthesis?.cancel();
    }
    this.#set('idle');
  }

  #set(state: SpeechState): void {
    this.state = state;
    this.onState(state);
  }
}

/** Adds or removes the `reading` part of a block, keeping its other parts. */
function setPart(el: Element, on: boolean): void {
  const parts = (el.getAttribute('part') ?? '').split(/\s+/).filter((p) => p && p !== 'reading');
  if (on) parts.push('reading');
  if (parts.length) el.setAttribute('part', parts.join(' '));
  else el.removeAttribute('part');
}
