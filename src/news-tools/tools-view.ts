/**
 * What `<news-tools>` shows and does, loaded when the element is first put on a page. Speech and the
 * QR code load when first used.
 */
import { html, nothing, render, type TemplateResult } from 'lit';
import { safeUrl } from '../shared/url.js';
import { ArticleBinding, langAbove, styledRoot, type ArticleElement } from './binding.js';
import { fontSize, onFontSize, setFontSize, type FontSize } from './font-scale.js';
import { label } from './labels.js';
import { observeReading } from './reading-events.js';
import { shareData, weiboUrl, type ShareChannel, type ShareData } from './share-links.js';
import { pickVoice, speechLang } from './voice.js';
import type { ToolView } from './binding.js';
import type { Reader, SpeechState } from './speech.js';

const TOOLS = ['font', 'listen', 'share', 'print'] as const;
type Tool = (typeof TOOLS)[number];

const SIZES: { size: FontSize; key: 'fontLarge' | 'fontMedium' | 'fontSmall' }[] = [
  { size: 'large', key: 'fontLarge' },
  { size: 'medium', key: 'fontMedium' },
  { size: 'small', key: 'fontSmall' },
];

const styles = `
:host{display:block;font-family:var(--news-font-family,system-ui,sans-serif);font-size:calc(var(--news-font-size,16px)*0.875);color:var(--news-muted-color,#5f6368)}
:host([hidden]){display:none}
.tools{display:flex;flex-wrap:wrap;align-items:center;gap:var(--news-tools-gap,0.5em)}
button,a.channel{font:inherit;color:var(--news-link-color,#0b4f9c);background:none;border:1px solid transparent;border-radius:var(--news-radius,0.25em);padding:0.25em 0.5em;min-height:2.75em;min-width:2.75em;cursor:pointer;text-decoration:none;display:inline-flex;align-items:center;justify-content:center}
button:hover,a.channel:hover{border-color:var(--news-border-color,#e2e4e8)}
button:focus-visible,a.channel:focus-visible{outline:2px solid var(--news-focus-color,#1a73e8);outline-offset:1px}
button[aria-pressed=true]{color:var(--news-accent-color,#b3131b);font-weight:700;border-color:currentColor}
.font{display:inline-flex;align-items:center;gap:0.125em}
.listen audio{height:2.5em;max-width:100%}
.panel{flex-basis:100%;display:flex;flex-wrap:wrap;gap:0.75em 1.25em;align-items:flex-start;padding:0.75em;border:1px solid var(--news-border-color,#e2e4e8);border-radius:var(--news-radius,0.25em);background:var(--news-surface-color,#f4f5f7)}
.panel .channels{display:flex;flex-direction:column;align-items:flex-start;gap:0.25em}
.panel figure{margin:0;display:flex;flex-direction:column;align-items:center;gap:0.25em;max-width:12em;text-align:center}
canvas{width:10em;height:10em;image-rendering:pixelated;background:#fff}
figcaption strong{color:var(--news-text-color,#1f1f1f)}
.status{min-height:1.5em;color:var(--news-text-color,#1f1f1f)}
input{font:inherit;width:100%;max-width:28em}
.visually-hidden{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
@media print{:host{display:none!important}}
@media (prefers-color-scheme:dark){canvas{outline:0.5em solid #fff}}
`;

/** One constructed sheet for every element of this view. */
const sheet = new CSSStyleSheet();

/** Creates the view of a `<news-tools>` element. */
export function toolsView(host: HTMLElement): ToolView {
  return new ToolsView(host);
}

class ToolsView implements ToolView {
  readonly root: ShadowRoot;
  readonly binding: ArticleBinding;
  #size: FontSize = fontSize();
  #stopFont?: () => void;
  #stopReading?: () => void;
  #voice?: SpeechSynthesisVoice;
  #voicesWatched = false;
  #reader?: Reader;
  #speech: SpeechState = 'idle';
  #shareOpen = false;
  #status = '';
  #copyFailed = false;
  #drawnQr = '';

  constructor(readonly host: HTMLElement) {
    this.root = styledRoot(host, sheet, styles);
    this.binding = new ArticleBinding(
      host,
      () => this.render(),
      (previous) => this.#articleChanged(previous),
    );
    // An element taken off the page while this code loaded connects when it comes back.
    if (host.isConnected) this.update();
  }

  /** Work under way (speech or the QR code loading): `updateComplete` waits for it. */
  #pending: Promise<unknown> = Promise.resolve();

  get settled(): Promise<void> {
    return this.binding.settled.then(() => this.#pending).then(() => {});
  }

  update(): void {
    this.#stopFont ??= onFontSize((size) => {
      this.#size = size;
      this.render();
    });
    this.#size = fontSize();
    this.binding.update();
  }

  disconnect(): void {
    this.#stopFont?.();
    this.#stopFont = undefined;
    this.binding.disconnect();
  }

  #articleChanged(previous: ArticleElement | undefined): void {
    if (previous) this.#reader?.stop();
    this.#reader = undefined;
    this.#stopReading?.();
    this.#stopReading = this.binding.article ? observeReading(this.binding.article) : undefined;
    this.#shareOpen = false;
    this.#drawnQr = '';
  }

  get #tools(): Tool[] {
    const asked = (this.host.getAttribute('tools') ?? TOOLS.join(' ')).split(/\s+/);
    return asked.filter(
      (t, i): t is Tool => (TOOLS as readonly string[]).includes(t) && asked.indexOf(t) === i,
    );
  }

  render(): void {
    const locale = this.binding.locale;
    const article = this.binding.value;
    const tools = this.#tools;
    render(
      html`<div part="tools" class="tools" role="group" aria-label=${label(locale, 'tools')}>
        ${tools.map((tool) => {
          switch (tool) {
            case 'font':
              return this.#font(locale);
            case 'listen':
              return article ? this.#listen(locale) : nothing;
            case 'share':
              return article
                ? html`<button
                    part="share"
                    type="button"
                    aria-expanded=${String(this.#shareOpen)}
                    aria-controls=${this.#shareOpen ? 'share-panel' : nothing}
                    @click=${this.#toggleShare}
                  >
                    ${label(locale, 'share')}
                  </button>`
                : nothing;
            case 'print':
              return html`<button part="print" type="button" @click=${() => print()}>
                ${label(locale, 'print')}
              </button>`;
          }
        })}
        ${this.#shareOpen && article && tools.includes('share') ? this.#panel(locale, shareData(article)) : nothing}
      </div>`,
      this.root,
      { host: this },
    );
    if (this.#shareOpen && article) this.#drawQr(shareData(article));
  }

  #font(locale: Parameters<typeof label>[0]): TemplateResult {
    return html`<span part="font" class="font" role="group" aria-label=${label(locale, 'font')}
      ><span aria-hidden="true">${label(locale, 'bracketOpen')}${label(locale, 'font')}${label(locale, 'colon')}</span
      >${SIZES.map(
        ({ size, key }) =>
          html`<button
            part="font-button"
            type="button"
            aria-pressed=${String(this.#size === size)}
            @click=${() => setFontSize(size)}
          >
            ${label(locale, key)}
          </button>`,
      )}<span aria-hidden="true">${label(locale, 'bracketClose')}</span></span
    >`;
  }

  /** The recording's player, or the speech buttons when a voice for the article's language exists. */
  #listen(locale: Parameters<typeof label>[0]): TemplateResult | typeof nothing {
    const article = this.binding.value!;
    const audio = safeUrl(article.audio?.src);
    if (audio)
      return html`<span class="listen"
        ><audio
          part="listen"
          controls
          preload="none"
          src=${audio}
          aria-label=${article.audio?.caption || label(locale, 'listenPlayer', { title: article.title })}
        ></audio
      ></span>`;
    if (!this.#findVoice()) return nothing;
    const state = this.#speech;
    return html`<button
        part="listen"
        type="button"
        aria-pressed=${state === 'idle' ? nothing : String(state === 'playing')}
        @click=${() => (this.#pending = this.#listenClick())}
      >
        ${label(locale, state === 'idle' ? 'listen' : state === 'playing' ? 'pause' : 'resume')}</button
      >${
        state === 'idle'
          ? nothing
          : html`<button part="speech-control" type="button" @click=${() => this.#reader?.stop()}>
            ${label(locale, 'stop')}
          </button>`
      }`;
  }

  get #speechLang(): string {
    return speechLang(this.binding.value?.lang || langAbove(this.binding.article));
  }

  /** A voice for the article's language, watching for voices that arrive later. */
  #findVoice(): SpeechSynthesisVoice | undefined {
    const synth = globalThis.speechSynthesis;
    if (!synth || typeof SpeechSynthesisUtterance !== 'function') return undefined;
    if (!this.#voicesWatched) {
      this.#voicesWatched = true;
      synth.addEventListener?.('voiceschanged', () => this.render());
    }
    this.#voice = pickVoice(synth.getVoices(), this.#speechLang);
    return this.#voice;
  }

  #listenClick = async (): Promise<void> => {
    const article = this.binding.article;
    if (!article) return;
    if (this.#speech === 'playing') return this.#reader?.pause();
    if (this.#speech === 'paused') return this.#reader?.resume();
    const { Reader } = await import('./speech.js');
    this.#reader?.stop();
    this.#reader = new Reader(article, this.host, this.#speechLang, this.#voice, (state) => {
      this.#speech = state;
      this.render();
    });
    this.#reader.start();
  };

  // Share

  /** Dispatches the cancelable `news-share`; true when the channel should act. */
  #announce(channel: ShareChannel, data: ShareData): boolean {
    return this.host.dispatchEvent(
      new CustomEvent('news-share', {
        bubbles: true,
        composed: true,
        cancelable: true,
        detail: { channel, ...data },
      }),
    );
  }

  #toggleShare = (): void => {
    this.#shareOpen = !this.#shareOpen;
    this.#status = '';
    this.#copyFailed = false;
    this.#drawnQr = '';
    this.render();
    if (!this.#shareOpen) return;
    this.root.querySelector<HTMLElement>('#share-panel button, #share-panel a')?.focus();
  };

  #closeShare(): void {
    this.#shareOpen = false;
    this.render();
    this.root.querySelector<HTMLElement>('[part~="share"]')?.focus();
  }

  #panelKey = (e: KeyboardEvent): void => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      this.#closeShare();
    }
  };

  #panel(locale: Parameters<typeof label>[0], data: ShareData): TemplateResult {
    const native = typeof navigator.share === 'function';
    return html`<div
      id="share-panel"
      part="share-panel"
      class="panel"
      role="group"
      aria-label=${label(locale, 'shareTo')}
      @keydown=${this.#panelKey}
    >
      <div class="channels">
        <button type="button" @click=${() => (this.#pending = this.#copy(data, locale))}>${label(locale, 'copyLink')}</button>
        <a
          class="channel"
          href=${weiboUrl(data)}
          target="_blank"
          rel="noopener noreferrer"
          @click=${(e: Event) => this.#announce('weibo', data) || e.preventDefault()}
          >${label(locale, 'weibo')}</a
        >
        ${
          native
            ? html`<button type="button" @click=${() => this.#native(data)}>
              ${label(locale, 'systemShare')}
            </button>`
            : nothing
        }
        <span part="status" class="status" role="status">${this.#status}</span>
        ${
          this.#copyFailed
            ? html`<input
              readonly
              aria-label=${label(locale, 'link')}
              .value=${data.url}
              @focus=${(e: Event) => (e.target as HTMLInputElement).select()}
            />`
            : nothing
        }
      </div>
      <figure>
        <canvas part="qr" role="img" aria-label=${label(locale, 'qr')}></canvas>
        <figcaption><strong>${label(locale, 'wechat')}</strong><br />${label(locale, 'wechatHint')}</figcaption>
      </figure>
      <button type="button" @click=${() => this.#closeShare()}>${label(locale, 'close')}</button>
    </div>`;
  }

  async #copy(data: ShareData, locale: Parameters<typeof label>[0]): Promise<void> {
    if (!this.#announce('copy', data)) return;
    try {
      await navigator.clipboard.writeText(data.url);
      this.#status = label(locale, 'copied');
      this.#copyFailed = false;
    } catch {
      this.#status = label(locale, 'copyFailed');
      this.#copyFailed = true;
    }
    this.render();
  }

  async #native(data: ShareData): Promise<void> {
    if (!this.#announce('native', data)) return;
    try {
      await navigator.share({ url: data.url, title: data.title });
    } catch {
      // Dismissed by the reader, or refused: nothing to do.
    }
  }

  /** Draws the QR code once per opening, after a `news-share` for `wechat` that no one cancelled. */
  #drawQr(data: ShareData): void {
    if (this.#drawnQr === data.url) return;
    this.#drawnQr = data.url;
    const canvas = this.root.querySelector<HTMLCanvasElement>('canvas[part~="qr"]');
    if (!canvas) return;
    if (!this.#announce('wechat', data)) {
      canvas.closest('figure')!.hidden = true;
      return;
    }
    this.#pending = import('./share-qr.js').then(({ drawQr }) => {
      if (canvas.isConnected) drawQr(canvas, data.url);
    });
  }
}
