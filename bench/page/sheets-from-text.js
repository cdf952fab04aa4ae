// The twins' own stylesheets when they ship alone (boot probe): the elements' CSS text, constructed once.
/* global __CSS__ */
const sheet = (text) => {
  const s = new CSSStyleSheet();
  s.replaceSync(text);
  return s;
};
const host = sheet(__CSS__.host);
export const sheets = { list: [host, sheet(__CSS__.list)], article: [host, sheet(__CSS__.article)] };
