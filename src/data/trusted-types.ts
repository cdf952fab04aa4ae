interface TrustedTypePolicyLike {
  createHTML(input: string): unknown;
  createScript(input: string): unknown;
  createScriptURL(input: string): unknown;
}

let policy: TrustedTypePolicyLike | null | undefined;

/** Depth of `inert()` calls under way: the policy blesses markup only while one runs. */
let armed = 0;

/** The text of a data script (JSON-LD) being written: the only script text the policy blesses. */
let dataScript: string | undefined;

/**
 * The library's Trusted Types policy, `news-widgets`, or null where Trusted Types do not exist (or the
 * page's CSP does not allow the name). It only hands markup to inert parsers — `DOMParser` documents
 * and DOMPurify — never to a live sink: `createHTML` refuses outside `inert()`, `createScript` refuses
 * all but the text `dataText()` is writing into a JSON-LD script, and `createScriptURL` (which DOMPurify
 * requires to exist) always refuses, so the policy is no gadget for other code.
 */
export function trustedTypesPolicy(): TrustedTypePolicyLike | null {
  if (policy !== undefined) return policy;
  const tt = (globalThis as { trustedTypes?: { createPolicy(n: string, p: object): TrustedTypePolicyLike } })
    .trustedTypes;
  try {
    policy = tt
      ? tt.createPolicy('news-widgets', {
          createHTML: (s: string) => {
            if (!armed) throw new TypeError('news-widgets: markup is only parsed inertly');
            return s;
          },
          createScript: (s: string) => {
            if (s !== dataScript) throw new TypeError('news-widgets: no scripts, only data');
            return s;
          },
          createScriptURL: () => {
            throw new TypeError('news-widgets: no script URLs');
          },
        })
      : null;
  } catch {
    policy = null;
  }
  return policy;
}

/** Runs `parse` (synchronous inert parsing: DOMParser, DOMPurify) with the policy's `createHTML` allowed. */
export function inert<T>(parse: () => T): T {
  armed++;
  try {
    return parse();
  } finally {
    armed--;
  }
}

/** Elements the depth count skips: void ones, and those whose end tag the parser implies. */
const UNCOUNTED = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd tr td th option optgroup rp rt tbody thead tfoot colgroup caption html head body'.split(
    ' ',
  ),
);

/** Deeper than this, markup is read as text only. Article markup nests a few levels; 256 is absurd. */
export const MAX_DEPTH = 256;

/**
 * An upper estimate of how deep the HTML parser's stack of open elements gets, in one linear scan. The
 * parser's work per tag grows with that depth, so `<div>` × 100,000 (1 MB) would hold the page for a minute.
 */
export function nestingDepth(markup: string): number {
  let depth = 0;
  let max = 0;
  for (const [, close, name] of markup.matchAll(/<(\/?)([a-zA-Z][^\s/>]*)/g)) {
    if (UNCOUNTED.has(name.toLowerCase())) continue;
    depth = close ? Math.max(0, depth - 1) : depth + 1;
    if (depth > max) max = depth;
  }
  return max;
}

/** `markup` with every tag removed (its text and character references kept) when it nests too deep. */
export function boundDepth(markup: string): string {
  return nestingDepth(markup) > MAX_DEPTH ? markup.replace(/<[^>]*>?/g, ' ') : markup;
}

/**
 * Parses markup into an inert document, wrapping it for pages that enforce Trusted Types. HTML nesting
 * deeper than `MAX_DEPTH` is parsed as text only (see `nestingDepth`).
 */
export function parseInert(markup: string, type: DOMParserSupportedType): Document {
  const p = trustedTypesPolicy();
  const input = type === 'text/html' ? boundDepth(markup) : markup;
  return inert(() => new DOMParser().parseFromString((p ? p.createHTML(input) : input) as string, type));
}

/**
 * Sets the text of a data script (`<script type="application/ld+json">`, which never runs): through the
 * policy where the page requires Trusted Types for scripts, which block a plain write to a script's text.
 */
export function dataText(script: HTMLScriptElement, text: string): void {
  const p = trustedTypesPolicy();
  dataScript = text;
  try {
    script.text = (p ? p.createScript(text) : text) as string;
  } finally {
    dataScript = undefined;
  }
}
