/**
 * Plain text from the markup CMSs put in titles, summaries, channels and names, without a parser: character
 * references, `<br>` and inline tags (`<b>`, `<strong>`, `<font color=red>`, `<span>`, `<em>`…). Loaded with
 * the elements and pure (no DOM), so it also runs in Node. Where an HTML parser could read the string
 * differently (another tag, a comment, a reference it does not know), it gives `undefined` and the caller
 * uses the full normalizer, which parses; what it does return is exactly what the parser's text gives.
 */

/** A character reference: what makes a string HTML even without a tag. */
export const REF = /&(#\d+|#x[\da-f]+|[a-z][a-z\d]*);/i;

// Most text has only single spaces: test first, and replace only when there is something to collapse.
export const collapse = (s: string): string => (/[^\S ]| {2}/.test(s) ? s.replace(/\s+/g, ' ') : s).trim();

/** The named references portals send, each followed by its character; others are left to the parser. */
const NAMES =
  'quot"amp&apos\'lt<gt>nbsp\u00a0ensp\u2002emsp\u2003ldquo“rdquo”lsquo‘rsquo’mdash—ndash–hellip…middot·bull•times×copy©';
let table: Map<string, string> | undefined;

/**
 * A start or end tag of an inline element (`<b>`, `</font>`, `<span style="…">`, `<br/>`) with well-formed
 * attributes, else `<` and what makes the parser read markup there; or a character reference.
 */
const TOKEN =
  /<(?:\/?(b|strong|em|i|u|font|span|br)(?: +[^\s"'/<=>]+(?:=(?:"[^"]*"|'[^']*'|[^\s"'<=>`]+))?)* *\/?>|[a-z/!?])?|&(?:#(\d+|x[\da-f]+)?|([a-z\d]*))(;?)/gi;

/**
 * The text an HTML parser makes of `html`: tags gone, a space for `<br>`, references decoded. Undefined
 * where the parser could read it otherwise: other markup, a reference not known here, one without `;`
 * (`&copy2025` is ©2025 to a parser), NUL, or a code point the parser replaces.
 */
function strip(html: string): string | undefined {
  let ok = !html.includes('\0');
  const out = html.replace(TOKEN, (m, tag?: string, num?: string, name?: string, semi?: string) => {
    let c: string | undefined = m;
    if (tag) c = /^br$/i.test(tag) ? ' ' : '';
    else if (num) {
      const n = num[0] > '9' ? parseInt(num.slice(1), 16) : +num;
      c =
        semi && n && (n < 0x80 || n > 0x9f) && (n < 0xd800 || n > 0xdfff) && n < 0x110000
          ? String.fromCodePoint(n)
          : undefined;
      // `<` before a letter, `/`, `!` or `?`; `&` before a letter or `#`. A lone `<` or `&` is text.
    } else if (m[0] === '<' ? m[1] : name === undefined || /^[a-z]/i.test(name)) {
      table ??= new Map([...NAMES.matchAll(/([a-z]+)(.)/gi)].map((x) => [x[1], x[2]]));
      c = semi ? table.get(name!) : undefined;
    }
    ok &&= c !== undefined;
    return c ?? m;
  });
  return ok ? out : undefined;
}

/**
 * Plain text from a title-like string: tags removed, references decoded, whitespace collapsed, as
 * `htmlToText` gives it; text escaped twice (`&amp;ldquo;`) is decoded once more. `undefined` when the
 * string needs an HTML parser.
 */
export function inlineText(html: string, again = true): string | undefined {
  if (!/<[a-z/!]/i.test(html) && !REF.test(html)) return collapse(html);
  const t = strip(html);
  if (t === undefined) return undefined;
  const out = collapse(t);
  return again && REF.test(out) ? inlineText(out, false) : out;
}

// No quantified white space around the separator: on a long run of spaces that backtracks quadratically
// (Firefox throws too much recursion, WebKit stalls); the trims below take the spaces off.
const CHANNEL_SEP = /[丨｜]|\s\|\s/;

/** `视听甘肃丨永登县…` → ['视听甘肃', '永登县…']; null when there is no prefix or a side would be empty. */
export function splitChannel(title: string): [string, string] | null {
  const m = CHANNEL_SEP.exec(title);
  if (!m) return null;
  const channel = title.slice(0, m.index).trim();
  const rest = title.slice(m.index + m[0].length).trim();
  return channel && rest ? [channel, rest] : null;
}
