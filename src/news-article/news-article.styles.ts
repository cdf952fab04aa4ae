import { css } from 'lit';

export const styles = css`
  .root {
    --_indent: var(--news-paragraph-indent, 0);
  }
  article {
    display: block;
  }
  header {
    margin-block-end: calc(var(--_space) * 1.25);
    padding-block-end: calc(var(--_space) * 0.75);
    border-block-end: 1px solid var(--_border);
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0;
    font-weight: 700;
    line-height: 1.4;
    color: var(--_text);
  }
  [part~='headline'] {
    font-size: var(--news-headline-size, 1.75em);
    letter-spacing: 0.01em;
  }
  .channel {
    color: var(--_accent);
  }
  .kicker {
    display: block;
    margin-block-end: 0.35em;
    font-size: 0.5em;
    letter-spacing: 0.06em;
    text-transform: uppercase;
  }
  .kicker-sep {
    color: var(--_accent);
    margin-inline: 0.1em;
  }
  .subtitle {
    margin: 0.5em 0 0;
    font-size: 1.125em;
    color: var(--_muted);
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0.75em 0 0;
    font-size: 0.875em;
    line-height: 1.6;
    color: var(--_muted);
  }
  time {
    font-variant-numeric: tabular-nums;
  }
  .listen {
    display: block;
    width: 100%;
    max-width: 28em;
    height: 2.5em;
    margin-block-end: var(--_space);
  }
  .body {
    font-size: 1.0625em;
    line-height: var(--_line);
  }
  .body p {
    margin: 0 0 var(--_space);
    text-indent: var(--_indent);
  }
  article:lang(zh) .body p {
    text-align: justify;
  }
  article:lang(en) .body,
  .root:lang(en) .body {
    --_line: var(--news-line-height, 1.65);
  }
  .body strong {
    font-weight: 700;
    color: var(--_text);
  }
  .body h2,
  .body h3,
  .body h4,
  .body h5,
  .body h6 {
    margin: 1.5em 0 0.75em;
    font-size: 1.2em;
  }
  .body h3,
  .body h4,
  .body h5,
  .body h6 {
    font-size: 1.08em;
  }
  .body blockquote {
    margin: 1.25em 0;
    padding: 0.25em 0 0.25em 1em;
    border-inline-start: 0.25em solid var(--_border);
    color: var(--_muted);
  }
  .body blockquote p {
    text-indent: 0;
  }
  .body ul,
  .body ol {
    margin: 0 0 var(--_space);
    padding-inline-start: 1.5em;
  }
  .body li {
    margin-block-end: 0.25em;
  }
  .body a[href] {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .body .html > :first-child {
    margin-block-start: 0;
  }
  /* Preformatted text wraps rather than run out of a narrow column, where it could not be scrolled. */
  .body pre {
    white-space: pre-wrap;
  }
  .body table {
    border-collapse: collapse;
    margin-block-end: var(--_space);
  }
  .body td,
  .body th {
    border: 1px solid var(--_border);
    padding: 0.25em 0.5em;
  }
  figure,
  .body figure {
    margin: 1.5em 0;
    text-align: center;
  }
  img,
  video {
    display: block;
    max-width: 100%;
    height: auto;
    margin-inline: auto;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  img.unsized {
    width: 100%;
    aspect-ratio: var(--news-image-aspect-ratio, 16 / 9);
    object-fit: contain;
  }
  audio {
    width: 100%;
  }
  figcaption {
    margin-block-start: 0.5em;
    font-size: 0.875em;
    line-height: 1.6;
    color: var(--_muted);
    text-indent: 0;
  }
  footer {
    margin-block-start: calc(var(--_space) * 1.5);
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    margin: 0 0 var(--_space);
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .tags li {
    padding: 0.15em 0.75em;
    border-radius: 1em;
    background: var(--_surface);
    color: var(--_muted);
  }
  news-credits {
    margin-block: var(--_space);
  }
  related-news-list {
    margin-block-start: calc(var(--_space) * 2);
  }
  .skeleton-article {
    display: grid;
    gap: 0.9em;
    min-height: 24em;
  }
  .line {
    height: 1em;
  }
  .line.headline {
    height: 1.75em;
    width: 80%;
  }
  .line.short {
    width: 45%;
  }
  .article-nav ul {
    list-style: none;
    margin: var(--news-spacing, 1em) 0 0;
    padding: 0.75em 0 0;
    border-top: 1px solid var(--news-border-color, #e2e4e8);
    display: grid;
    gap: 0.5em;
  }
  .article-nav a {
    color: var(--news-link-color, #0b4f9c);
  }
  .article-nav .label {
    color: var(--news-muted-color, #5f6368);
  }
  @media print {
    related-news-list,
    .article-nav,
    audio,
    video,
    .listen {
      display: none !important;
    }
    .body a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.875em;
      word-break: break-all;
    }
    img {
      break-inside: avoid;
    }
  }
`;
