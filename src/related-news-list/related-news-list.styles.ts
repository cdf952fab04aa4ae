import { css } from 'lit';

/**
 * Item heights come from the line boxes (title 1.5em, summary lines × 1.4em, time 1.3125em, two 0.25em
 * row gaps), so the skeleton and the items reserve the same height: no layout shift when data arrives.
 * The heading takes 1.75em + 0.5em × 1.25 (its own font size), which the skeleton heading copies.
 */
export const styles = css`
  .root {
    --_gap: var(--news-item-gap, 0.75em);
    --_lines: var(--news-summary-lines, 2);
  }
  [part='heading'] {
    margin: 0 0 0.5em;
    font-size: var(--news-heading-size, 1.25em);
    line-height: 1.4;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .item,
  .sk {
    display: grid;
    min-height: calc(3.3125em + var(--_lines) * 1.4em + 2 * var(--_gap) + 1px);
    padding-block: var(--_gap);
    border-bottom: 1px solid var(--_border);
  }
  article {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    row-gap: 0.25em;
    align-content: start;
  }
  article > * {
    grid-column: 1;
    margin: 0;
  }
  .title {
    font-size: 1em;
    line-height: 1.5;
  }
  .title a {
    color: var(--news-item-title-color, var(--_text));
  }
  .channel {
    color: var(--_accent);
    margin-inline-end: 0.5em;
  }
  .summary,
  time {
    font-size: 0.875em;
    line-height: 1.6;
    color: var(--_muted);
  }
  .summary {
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: var(--_lines);
    overflow: hidden;
  }
  time {
    line-height: 1.5;
  }
  .summary:empty,
  time:empty {
    display: none;
  }
  img {
    grid-area: 1 / 2 / span 3;
    width: var(--news-thumbnail-width, 7.5em);
    margin-inline-start: 1em;
    aspect-ratio: var(--news-thumbnail-ratio, 4 / 3);
    object-fit: cover;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .compact .item {
    --_gap: var(--news-item-gap, 0.4em);
    min-height: calc(1.5em + 2 * var(--_gap) + 1px);
  }
  .compact .title {
    font-weight: 400;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  /* On a phone a one-line title would show a few characters: titles wrap instead (WCAG reflow). */
  .compact.narrow .title {
    white-space: normal;
  }
  @media (max-width: 30em) {
    .compact .title {
      white-space: normal;
    }
  }
  .compact time {
    grid-area: 1 / 2;
    margin-inline-start: 1em;
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(var(--news-card-min-width, 15em), 1fr));
    gap: var(--_gap);
  }
  .cards .item {
    min-height: 0;
    padding: 0 0 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
    background: var(--_surface);
  }
  .cards article {
    grid-template-columns: minmax(0, 1fr);
  }
  .cards article > * {
    margin-inline: 0.75em;
  }
  .cards img {
    grid-area: auto;
    width: 100%;
    margin: 0 0 0.25em;
    aspect-ratio: var(--news-thumbnail-ratio, 16 / 9);
    border-radius: 0;
  }
  .scroll {
    height: var(--news-list-max-height, 40em);
    overflow: auto;
  }
  .scroll .item {
    width: 100%;
  }
  .more {
    display: block;
    width: 100%;
    margin-top: 0.75em;
    padding: 0.5em;
    font: inherit;
    color: var(--_link);
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .sk-h {
    height: 1.75em;
    width: 6em;
    margin-bottom: 0.625em;
  }
`;
