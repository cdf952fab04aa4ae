// No prototype: `&constructor;` must not find Object's.
const entities = {
  __proto__: null,
  colon: ':',
  tab: '',
  newline: '',
  sol: '/',
  lpar: '(',
  rpar: ')',
} as unknown as Record<string, string | undefined>;

/** Decodes the character references an attacker may use to hide a scheme (`java&#115;cript:`). */
function decodeReferences(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);?/gi, (match, ref: string) => {
    if (ref[0] !== '#') return entities[ref.toLowerCase()] ?? match;
    const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
  });
}

const checked = new Map<string, string | undefined>();

/** The base URL relative URLs are read against: the document's, or a stand-in where there is none (a server). */
export const pageBase = (): string => globalThis.document?.baseURI || 'http://localhost/';

/**
 * Returns `url` if it is safe to put in an `href` or `src`: http(s), a relative URL, or `mailto:`
 * (and, where `image` is true, `data:image/*`). Every other scheme, including obfuscated forms
 * (`JaVaScRiPt:`, tabs or newlines inside the scheme, character references), gives `undefined`; so do
 * URLs with credentials (`https://bank.example@evil.example/`) or a backslash before the query.
 */
export function safeUrl(url: unknown, image = false): string | undefined {
  if (typeof url !== 'string') return undefined;
  // Lists check the same URLs on every render: remember the verdicts (bounded).
  // Both kinds prefixed: a link's verdict is never an image's (`i data:image/…` is no key of an image).
  const key = (image ? 'i' : 'u') + url;
  if (checked.has(key)) return checked.get(key);
  const verdict = checkUrl(url, image);
  if (checked.size > 5000) checked.clear();
  checked.set(key, verdict);
  return verdict;
}

/** The verdict of `safeUrl`, uncached. */
function checkUrl(url: string, image: boolean): string | undefined {
  const value = url.trim();
  if (!value) return undefined;
  // An http(s) URL the parser would keep as it is needs no parse: its scheme is literally at its start.
  return isCanonical(value) ? value : parsedVerdict(value, image);
}

/** The verdict from what the URL parser makes of `value` (trimmed, not empty). */
export function parsedVerdict(value: string, image = false): string | undefined {
  // What the URL parser would see: control characters and white space removed, references decoded.
  // eslint-disable-next-line no-control-regex
  const probe = decodeReferences(value).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
  let parsed: URL;
  try {
    parsed = new URL(probe, pageBase());
  } catch {
    return undefined;
  }
  const scheme = parsed.protocol;
  if (parsed.username || parsed.password || /^[^?#]*\\/.test(probe)) return undefined;
  if (scheme === 'http:' || scheme === 'https:' || scheme === 'mailto:') return value;
  if (image && scheme === 'data:' && /^data:image\/(png|gif|jpe?g|webp|avif|svg\+xml)[;,]/i.test(probe))
    return value;
  return undefined;
}

/**
 * An absolute http(s) URL the URL parser would return unchanged: lower-case host name (no numeric or
 * encoded host), no default or zero-led port, a path and query of characters it leaves as they are, no dot
 * segment (plain or encoded), no fragment. Most item URLs are such, and a long list then needs no parse.
 */
export function isCanonical(url: string): boolean {
  const m =
    /^(https?):\/\/([a-z][a-z\d-]*(?:\.[a-z\d-]+)*)(?::([1-9]\d{0,4}))?(\/[\w\-.~!$&()*+,;=:@/%]*)(\?[\w\-.~!$&()*+,;=:@/?%]*)?$/.exec(
      url,
    );
  return (
    !!m &&
    !/(^|\/)\.\.?(\/|$)|%2e|%(?![\dA-F]{2})/i.test(m[4]) &&
    !/%(?![\dA-F]{2})/i.test(m[5] ?? '') &&
    !(m[3] && (Number(m[3]) > 65535 || m[3] === (m[1] === 'http' ? '80' : '443'))) &&
    !/(^|\.)xn--|\.$|\.\d+$|(^|\.)-|-(\.|$)/.test(m[2])
  );
}

/** A fragment link (`#section`) stays on this page, also when a `<base href>` points elsewhere. */
export const onPage = (url: string): string =>
  url[0] === '#' && globalThis.document?.URL && document.baseURI !== document.URL
    ? document.URL.replace(/#.*/, '') + url
    : url;
