import { css } from 'lit';

/**
 * Shared by the three elements. Every inherited property is set again on `.root`, so global CSS of
 * the host page (`html { font-size: 10px }`, `* { color: red !important }`) cannot reach inside; sizes
 * are in `em` from an absolute base, so the 大/中/小 scale (`--news-font-scale`) works everywhere.
 */
export const hostStyles = css`
  :host {
    display: block;
    contain: content;
  }
  :host([hidden]) {
    display: none;
  }
  .root {
    /* One list of fonts each: Chinese text takes the CJK fonts first, English the Latin ones (below). */
    --_cjk: 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', 'Source Han Sans SC';
    --_latin: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial;
    --_font: var(--news-font-family, var(--_cjk), var(--_latin), sans-serif);
    --_text: var(--news-text-color, #1f1f1f);
    --_muted: var(--news-muted-color, #5f6368);
    --_accent: var(--news-accent-color, #b3131b);
    --_link: var(--news-link-color, #0b4f9c);
    --_bg: var(--news-background-color, transparent);
    --_surface: var(--news-surface-color, #f4f5f7);
    --_border: var(--news-border-color, #e2e4e8);
    --_focus: var(--news-focus-color, #1a73e8);
    --_space: var(--news-spacing, 1em);
    --_radius: var(--news-radius, 0.25em);
    --_line: var(--news-line-height, 1.8);
    all: initial;
    /* 'all' leaves the direction alone: an RTL host page would reverse Chinese and English text. */
    direction: ltr;
    display: block;
    box-sizing: border-box;
    max-width: var(--news-max-width, none);
    font-family: var(--_font);
    font-size: calc(var(--news-font-size, 16px) * var(--news-font-scale, 1));
    line-height: var(--_line);
    color: var(--_text);
    background: var(--_bg);
    text-align: start;
    overflow-wrap: anywhere;
    -webkit-text-size-adjust: 100%;
    text-size-adjust: 100%;
  }
  /* English text in Latin fonts first: CJK fonts draw its quotes and apostrophes full-width. */
  .root:lang(en),
  .root [lang]:lang(en) {
    font-family: var(--news-font-family, var(--_latin), var(--_cjk), sans-serif);
  }
  .root [lang]:lang(zh) {
    font-family: var(--_font);
  }
  :host([theme='dark']) .root {
    --_text: var(--news-text-color, #e8eaed);
    --_muted: var(--news-muted-color, #aeb4bb);
    --_accent: var(--news-accent-color, #ff8a80);
    --_link: var(--news-link-color, #8ab4f8);
    --_bg: var(--news-background-color, #15171a);
    --_surface: var(--news-surface-color, #24272b);
    --_border: var(--news-border-color, #3a3f45);
    --_focus: var(--news-focus-color, #8ab4f8);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) .root {
      --_text: var(--news-text-color, #e8eaed);
      --_muted: var(--news-muted-color, #aeb4bb);
      --_accent: var(--news-accent-color, #ff8a80);
      --_link: var(--news-link-color, #8ab4f8);
      --_bg: var(--news-background-color, #15171a);
      --_surface: var(--news-surface-color, #24272b);
      --_border: var(--news-border-color, #3a3f45);
      --_focus: var(--news-focus-color, #8ab4f8);
    }
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* An anchor without href (a body link whose unsafe URL was dropped) is text, not a link. */
  a[href] {
    color: var(--_link);
    text-decoration: none;
  }
  /* Text from the data never reorders the text around it (a name ending in U+202E RIGHT-TO-LEFT OVERRIDE). */
  a,
  dt,
  dd,
  [part~='channel'],
  [part~='source'],
  [part~='byline'],
  [part~='lead'] {
    unicode-bidi: isolate;
  }
  a[href]:hover {
    text-decoration: underline;
  }
  /* The content, focused after a retry so that focus stays in the element: no ring around all of it. */
  .root[tabindex='-1']:focus {
    outline: none;
  }
  a:focus-visible,
  button:focus-visible {
    outline: max(2px, 0.125em) solid var(--_focus);
    outline-offset: 0.125em;
    border-radius: 0.125em;
  }
  .status {
    margin: 0;
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.9375em;
  }
  .status[role='alert'] {
    border-inline-start: 0.25em solid var(--_accent);
  }
  .status button {
    font: inherit;
    margin-inline-start: 0.75em;
    padding: 0.25em 0.9em;
    color: var(--_link);
    background: transparent;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .skeleton {
    display: block;
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_surface) 25%, var(--_border) 50%, var(--_surface) 75%) 0 0 /
      200% 100%;
    animation: news-shimmer 1.4s ease-in-out infinite;
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }
  /* Forced colours drop backgrounds: the placeholder shapes keep an outline. */
  @media (forced-colors: active) {
    .skeleton {
      border: 1px solid GrayText;
    }
  }
  @keyframes news-shimmer {
    to {
      background-position: -200% 0;
    }
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media print {
    .root {
      --_text: #000;
      --_muted: #333;
      --_link: #000;
      --_bg: #fff;
      color: #000;
      background: #fff;
    }
    button,
    .status,
    .skeleton {
      display: none !important;
    }
  }
`;
