/** Helpers of the security suites: payload fixtures, a deep walk of shadow trees, and URL verdicts. */
import { fixture, type html } from '@open-wc/testing';

export interface Flagged {
  __sec?: number;
}
/** The flag every payload sets when it runs (`window.__sec = …`). */
export const flag = (): number | undefined => (window as unknown as Flagged).__sec;
export const resetFlag = (): void => void delete (window as unknown as Flagged).__sec;

export async function payloads<T>(name: string): Promise<T> {
  const r = await fetch(`/test/fixtures/${name}`);
  if (!r.ok) throw new Error(`fixture ${name}: HTTP ${r.status}`);
  return (await r.json()) as T;
}

/** Every element under `root`, descending into open shadow roots (nested elements included). */
export function deepElements(root: ParentNode): Element[] {
  const out: Element[] = [];
  const walk = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  return out;
}

/** Renders the template and waits until the data has settled and the final DOM is there. */
export async function settle<
  T extends HTMLElement & { loaded: Promise<void>; updateComplete: Promise<unknown> },
>(template: ReturnType<typeof html>): Promise<T> {
  const el = await fixture<T>(template);
  await el.loaded;
  await el.updateComplete;
  // Nested elements (credits, related list) settle on their own.
  for (const inner of deepElements(el.shadowRoot!)) {
    const nested = inner as Partial<T>;
    if (nested.loaded instanceof Promise) {
      await nested.loaded;
      await nested.updateComplete;
    }
  }
  return el;
}

/** Two frames: long enough for a handler of an element inserted now (a script, an event) to have run. */
export const frames = (): Promise<void> =>
  new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

const URL_ATTRS = [
  'href',
  'src',
  'poster',
  'cite',
  'action',
  'formaction',
  'data',
  'background',
  'xlink:href',
];

/** The scheme the browser reads from an attribute value (after stripping what its URL parser strips). */
export function schemeOf(value: string, base = document.baseURI): string {
  try {
    return new URL(value, base).protocol;
  } catch {
    return 'invalid:';
  }
}

/** True when `value` in a link would go anywhere but http(s) or mailto, carry credentials or a backslash. */
export function unsafeLink(value: string): boolean {
  let u: URL;
  try {
    u = new URL(value, document.baseURI);
  } catch {
    return true;
  }
  return (
    !['http:', 'https:', 'mailto:'].includes(u.protocol) ||
    !!u.username ||
    !!u.password ||
    /^[^?#]*\\/.test(value)
  );
}

/** True when `value` as an image/media source is anything but http(s) or a raster/SVG data image. */
export const unsafeSource = (value: string): boolean => {
  const scheme = schemeOf(value);
  if (scheme === 'data:') return !/^data:image\/(png|gif|jpe?g|webp|avif|svg\+xml)[;,]/i.test(value.trim());
  return scheme !== 'http:' && scheme !== 'https:';
};

/**
 * Every problem found under `root`: event-handler or style attributes on rendered data, live script
 * surfaces (script, iframe, object, embed, form, input, base, meta, link, style inside content), and URL
 * attributes that are not http(s)/mailto (links) or http(s)/data-image (sources).
 */
export function problemsUnder(root: ParentNode): string[] {
  const out: string[] = [];
  for (const el of deepElements(root)) {
    const tag = el.localName;
    if (
      [
        'script',
        'iframe',
        'object',
        'embed',
        'form',
        'input',
        'button',
        'base',
        'meta',
        'link',
        'svg',
        'math',
        'frame',
        'textarea',
        'select',
        'noscript',
        'template',
      ].includes(tag) &&
      !(tag === 'button' && el.getAttribute('part'))
    )
      out.push(`<${tag}>`);
    for (const { name, value } of el.attributes) {
      if (name.startsWith('on')) out.push(`${tag}[${name}]`);
      if (name === 'srcdoc' || name === 'formaction' || name === 'action') out.push(`${tag}[${name}]`);
      if (name === 'style' && el.closest('[part~="body"]')) out.push(`${tag}[style]`);
      if (!URL_ATTRS.includes(name) && name !== 'srcset') continue;
      if (name === 'srcset') {
        for (const t of value.split(/[\s,]+/))
          if (t && /^[a-z][\w+.-]*:/i.test(t) && unsafeSource(t)) out.push(`${tag}[srcset=${t}]`);
      } else if (tag === 'a' || name === 'cite' || name === 'action' || name === 'formaction') {
        if (unsafeLink(value)) out.push(`${tag}[${name}=${value}]`);
      } else if (unsafeSource(value)) out.push(`${tag}[${name}=${value}]`);
    }
    if (
      tag === 'a' &&
      el.hasAttribute('href') &&
      el.getAttribute('target') &&
      !/noopener/.test(el.getAttribute('rel') ?? '')
    )
      out.push('a[target] without noopener');
  }
  return out;
}
