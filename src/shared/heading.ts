import { html, type TemplateResult } from 'lit';

/** A heading level from an attribute value, clamped to 1–6, or `fallback`. */
export function headingLevel(value: unknown, fallback: number): number {
  const n = Math.round(Number(value));
  return Number.isFinite(n) && n >= 1 && n <= 6 ? n : fallback;
}

/** `<h1>`…`<h6>` with the given part, id and content. */
export function renderHeading(level: number, part: string, content: unknown, id?: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 part=${part} id=${id ?? part}>${content}</h1>`;
    case 2:
      return html`<h2 part=${part} id=${id ?? part}>${content}</h2>`;
    case 3:
      return html`<h3 part=${part} id=${id ?? part}>${content}</h3>`;
    case 4:
      return html`<h4 part=${part} id=${id ?? part}>${content}</h4>`;
    case 5:
      return html`<h5 part=${part} id=${id ?? part}>${content}</h5>`;
    default:
      return html`<h6 part=${part} id=${id ?? part}>${content}</h6>`;
  }
}
