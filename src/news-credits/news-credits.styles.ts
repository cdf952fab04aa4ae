import { css } from 'lit';

/**
 * Inline: the items follow each other on one line and wrap as wholes (the seed's
 * `来源/永登县委统战部 编辑/王珺茹 责编/张旭峰 主编/顾学云`); an item longer than the line wraps inside.
 * Stacked: one item per line. Sizes in em, relative to the widget's base size.
 */
export const styles = css`
  .root {
    --_size: var(--news-credits-font-size, 0.875em);
    --_gap: var(--news-credits-gap, 1em);
    --_row-gap: var(--news-credits-row-gap, 0);
    --_role: var(--news-credits-role-color, var(--_muted));
    --_name: var(--news-credits-name-color, var(--_text));
    --_align: var(--news-credits-align, start);
  }
  .list,
  .placeholder {
    font-size: var(--_size);
  }
  .list {
    display: flex;
    flex-wrap: wrap;
    justify-content: var(--_align);
    column-gap: var(--_gap);
    row-gap: var(--_row-gap);
    margin: 0;
    padding: 0;
  }
  .item {
    display: block;
    min-width: 0;
    max-width: 100%;
  }
  dt,
  dd {
    display: inline;
    margin: 0;
    padding: 0;
  }
  dt {
    color: var(--_role);
    font-weight: var(--news-credits-role-font-weight, normal);
  }
  dd {
    color: var(--_name);
  }
  .separator {
    color: var(--news-credits-separator-color, inherit);
    white-space: pre;
  }
  .sr {
    user-select: none;
    -webkit-user-select: none;
  }
  :host([layout='stacked']) .list {
    display: block;
    text-align: var(--_align);
  }
  :host([layout='stacked']) .item + .item {
    margin-block-start: var(--_row-gap);
  }
  .placeholder {
    display: block;
  }
  .placeholder .skeleton {
    width: min(100%, 28em);
    height: 1em;
    margin-block: calc((var(--_line) - 1) * 0.5em);
  }
  .placeholder .skeleton:nth-child(even) {
    width: min(80%, 18em);
  }
`;
