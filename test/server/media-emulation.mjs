// Media emulation for engines whose driver has no command for it (Firefox over WebDriver BiDi,
// WebKitGTK over classic WebDriver). `emulateMedia()` from @web/test-runner-commands reaches this through
// test/server/engine-commands.mjs. Chromium keeps the real emulation (DevTools protocol).
//
// It rewrites the conditions of the @media rules in the page's style sheets (document, adopted sheets
// and every open shadow root): when an emulated value differs from the engine's real one, the two values
// swap places in each condition, so `(prefers-color-scheme: dark)` matches in a light engine exactly
// when dark is emulated, and `print` matches on screen when print is. The original condition text is
// kept, so emulating the engine's own value (or null) restores it. Sheets that appear after the call are
// not rewritten; tests emulate after their element has rendered.

/**
 * Runs in the page (serialised with Function.prototype.toString, so it uses nothing from this module).
 * @param {{ media?: string | null, colorScheme?: string | null, reducedMotion?: string | null }} payload
 * @returns {number} how many @media rules now differ from their original text
 */
export function emulateMediaInPage(payload) {
  const KEY = '__newsWidgetsMediaEmulation';
  const state = (window[KEY] ??= { wanted: {}, originals: new Map() });
  for (const name of ['media', 'colorScheme', 'reducedMotion']) {
    if (payload && name in payload) state.wanted[name] = payload[name] ?? undefined;
  }
  // Each emulated feature: the engine's real value, and the value the test wants.
  const features = [
    {
      wanted: state.wanted.colorScheme,
      real: matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light',
      swap: (text, a, b) =>
        text.replace(
          /(prefers-color-scheme\s*:\s*)(dark|light)\b/gi,
          (_, f, v) => f + (v.toLowerCase() === a ? b : v.toLowerCase() === b ? a : v),
        ),
    },
    {
      wanted: state.wanted.reducedMotion,
      real: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'reduce' : 'no-preference',
      swap: (text, a, b) =>
        text.replace(
          /(prefers-reduced-motion\s*:\s*)(reduce|no-preference)\b/gi,
          (_, f, v) => f + (v.toLowerCase() === a ? b : v.toLowerCase() === b ? a : v),
        ),
    },
    {
      wanted: state.wanted.media,
      real: matchMedia('print').matches ? 'print' : 'screen',
      // Media types stand outside parentheses: `print`, `only screen`, `not print and (…)`.
      swap: (text, a, b) =>
        text.replace(/\([^)]*\)|\b(print|screen)\b/gi, (m, type) => {
          if (!type) return m;
          const t = type.toLowerCase();
          return t === a ? b : t === b ? a : m;
        }),
    },
  ];
  const rewrite = (original) => {
    let text = original;
    for (const f of features) {
      if (f.wanted && f.wanted !== f.real) text = f.swap(text, f.wanted, f.real);
    }
    return text;
  };

  const sheets = new Set();
  const addSheets = (root) => {
    for (const s of root.styleSheets ?? []) sheets.add(s);
    for (const s of root.adoptedStyleSheets ?? []) sheets.add(s);
  };
  addSheets(document);
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_ELEMENT);
  const visit = (node) => {
    if (node.shadowRoot) {
      addSheets(node.shadowRoot);
      const inner = document.createTreeWalker(node.shadowRoot, NodeFilter.SHOW_ELEMENT);
      for (let n = inner.nextNode(); n; n = inner.nextNode()) visit(n);
    }
  };
  for (let n = walker.nextNode(); n; n = walker.nextNode()) visit(n);

  let changed = 0;
  const visitRules = (rules) => {
    for (const rule of rules) {
      if (rule instanceof CSSMediaRule) {
        if (!state.originals.has(rule)) state.originals.set(rule, rule.media.mediaText);
        const original = state.originals.get(rule);
        const text = rewrite(original);
        if (rule.media.mediaText !== text) rule.media.mediaText = text;
        if (text !== original) changed++;
      }
      if (rule.cssRules) visitRules(rule.cssRules);
    }
  };
  for (const sheet of sheets) {
    let rules;
    try {
      rules = sheet.cssRules;
    } catch {
      continue; // a cross-origin sheet
    }
    visitRules(rules);
  }
  // Rules seen by an earlier call but no longer reachable are restored as well.
  for (const [rule, original] of state.originals) {
    const text = rewrite(original);
    if (rule.media.mediaText !== text) rule.media.mediaText = text;
  }
  return changed;
}
