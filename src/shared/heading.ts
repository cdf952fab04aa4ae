import { literal, html as staticHtml, type StaticValue } from 'lit/static-html.js';
import type { TemplateResult } from 'lit';

const TAGS = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** A heading level from an attribute value, rounded and clamped to 1–6 (`7` is 6), or `fallback` when not a number. */
export function headingLevel(value: unknown, fallback: number): number {
  const n = Math.round(Number(value));
  return Number.isFinite(n) && value !== null && value !== '' ? Math.min(6, Math.max(1, n)) : fallback;
}

/** The tag name of a heading level (1–6), for templates of `lit/static-html.js`. */
export const headingTag = (level: number): StaticValue => TAGS[level - 1] ?? TAGS[5];

/** `<h1>`…`<h6>` with the given part, id and content. */
export function renderHeading(level: number, part: string, content: unknown, id?: string): TemplateResult {
  const tag = headingTag(level);
  return staticHtml`<${tag} part=${part} id=${id ?? part}>${content}</${tag}>`;
}
