/**
 * The crawler copy: the element's server-rendered shadow content, flattened into plain semantic light DOM
 * (slots filled, nested elements' shadow content inlined, styles, scripts, buttons, ids, classes and parts
 * left out). It goes inside the element beside the declarative shadow root. A shadow root shows no light-DOM
 * child that no slot takes, so readers see the shadow content (styled by the element, safe from the page's
 * CSS) and programs that read the markup without rendering it (crawlers, link previews, reader modes) find
 * the same text, headings and links. Made from the very markup the reader sees, it cannot say otherwise.
 */

interface El {
  name: string;
  attrs: [string, string][];
  children: Tree[];
}
type Tree = El | string;

const VOID = new Set('area base br col embed hr img input link meta source track wbr'.split(' '));
const RAW = new Set(['script', 'style', 'textarea', 'title']);

/** Parses well-formed markup (what the renderer and the sanitizer write) into a tree. Comments are dropped. */
function parse(markup: string): El {
  const root: El = { name: '#root', attrs: [], children: [] };
  const stack: El[] = [root];
  const re =
    /<!--[\s\S]*?-->|<\?[^>]*>|<\/([a-zA-Z][\w-]*)\s*>|<([a-zA-Z][\w-]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|[^<]+|</g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(markup))) {
    const top = stack[stack.length - 1];
    const [token, close, open, attrText, selfClose] = m;
    if (token.startsWith('<!--') || token.startsWith('<?')) continue;
    if (close) {
      const name = close.toLowerCase();
      const at = stack.map((e) => e.name).lastIndexOf(name);
      if (at > 0) stack.length = at;
      continue;
    }
    if (open) {
      const el: El = { name: open.toLowerCase(), attrs: [], children: [] };
      for (const a of (attrText ?? '').matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g))
        el.attrs.push([a[1].toLowerCase(), a[2] ?? a[3] ?? a[4] ?? '']);
      top.children.push(el);
      if (RAW.has(el.name)) {
        const end = markup.indexOf(`</${el.name}`, re.lastIndex);
        const stop = end < 0 ? markup.length : end;
        el.children.push(markup.slice(re.lastIndex, stop));
        re.lastIndex = stop;
      } else if (!VOID.has(el.name) && !selfClose) stack.push(el);
      continue;
    }
    top.children.push(token);
  }
  return root;
}

const attr = (el: El, name: string) => el.attrs.find(([n]) => n === name)?.[1];

/** Elements left out with their content: not text a reader reads on the page. */
const DROP = new Set([
  'style',
  'script',
  'button',
  'template',
  'audio',
  'video',
  'noscript',
  'input',
  'select',
]);
/** Attributes the copy keeps: what links, images, times and tables mean. */
const KEEP = new Set([
  'href',
  'src',
  'srcset',
  'sizes',
  'alt',
  'width',
  'height',
  'datetime',
  'lang',
  'dir',
  'cite',
  'colspan',
  'rowspan',
  'scope',
  'start',
  'reversed',
  'rel',
  'target',
]);

/** The shadow content of `host` with its slots filled from the host's light children. */
function flattenHost(host: El, template: El): Tree[] {
  const light = host.children.filter((c) => c !== template);
  const slotted = (name: string) =>
    light.filter((c) =>
      typeof c === 'string' ? !name && c.trim() !== '' : (attr(c, 'slot') ?? '') === name,
    );
  const fill = (nodes: Tree[]): Tree[] =>
    nodes.flatMap((n): Tree[] => {
      if (typeof n === 'string') return [n];
      if (n.name === 'slot') {
        const given = slotted(attr(n, 'name') ?? '');
        return given.length ? given : fill(n.children);
      }
      return [{ ...n, children: fill(n.children) }];
    });
  return fill(template.children);
}

/** The flattened copy of a tree: nested shadow roots inlined, custom elements replaced by their content. */
function flatten(nodes: Tree[]): Tree[] {
  return nodes.flatMap((n): Tree[] => {
    if (typeof n === 'string') return [n];
    const shadow = n.children.find(
      (c): c is El =>
        typeof c !== 'string' && c.name === 'template' && attr(c, 'shadowrootmode') !== undefined,
    );
    if (shadow) return flatten(flattenHost(n, shadow));
    if (DROP.has(n.name)) return [];
    const children = flatten(n.children);
    // Custom elements become their content; a hidden node is not shown.
    if (n.name.includes('-')) return children;
    if (attr(n, 'hidden') !== undefined) return [];
    const attrs = n.attrs.filter(([name]) => KEEP.has(name));
    if (n.name === 'img') attrs.push(['loading', 'lazy']);
    return [{ name: n.name, attrs, children }];
  });
}

const escapeAttr = (v: string) => v.replace(/&(?!(#\d+|#x[\da-f]+|\w+);)/gi, '&amp;').replace(/"/g, '&quot;');

function serialize(nodes: Tree[]): string {
  let out = '';
  for (const n of nodes) {
    if (typeof n === 'string') {
      out += n;
      continue;
    }
    // A div or span without attributes adds nothing: its content stands alone.
    if ((n.name === 'div' || n.name === 'span') && !n.attrs.length) {
      out += serialize(n.children);
      continue;
    }
    const attrs = n.attrs
      .map(([k, v]) => (v === '' && k !== 'alt' ? ` ${k}` : ` ${k}="${escapeAttr(v)}"`))
      .join('');
    out += `<${n.name}${attrs}>`;
    if (!VOID.has(n.name)) out += `${serialize(n.children)}</${n.name}>`;
  }
  // Runs of white space between blocks, left by the templates' indentation, count once.
  return out.replace(/\s*\n\s*/g, '\n');
}

/**
 * The crawler copy of the element rendered as `markup` (one element, with its declarative shadow root):
 * the content of its shadow root with slots filled, as plain semantic HTML, in a `<div>`.
 */
export function crawlerCopy(markup: string): string {
  const root = parse(markup);
  const host = root.children.find((c): c is El => typeof c !== 'string');
  if (!host) return '';
  const shadow = host.children.find(
    (c): c is El => typeof c !== 'string' && c.name === 'template' && attr(c, 'shadowrootmode') !== undefined,
  );
  if (!shadow) return '';
  // The host's own light children (the page's slotted content) are already in the page: only the shadow part.
  const content = flatten(flattenHost({ ...host, children: [shadow] }, shadow));
  return `<div>${serialize(content).trim()}</div>`;
}
