// Minifies the text of Lit's tagged templates in a TypeScript module, for the minified builds (CDN and size
// report), with @literals/html-css-minifier: `html`/`svg` templates through html-minifier-next, static `css`
// templates through Lightning CSS. Templates are found by parsing the module, so expressions and nested
// templates are left untouched.
import { readFile } from 'node:fs/promises';
import { minifyHTMLLiterals } from '@literals/html-css-minifier';
import ts from 'typescript';
import { transform } from 'lightningcss';

/** `code` with its `css` and `html` template texts minified; unchanged when it has none. */
export async function minifyTemplates(code, filename) {
  if (!/(css|html|svg)`/i.test(code)) return code;
  const out = await minifyHTMLLiterals(code, { fileName: filename, generateSourceMap: false });
  return out?.code ?? code;
}

/** minifyTemplates() as an esbuild plugin, for the TypeScript sources under src/. */
export const minifyLiteralsEsbuild = {
  name: 'minify-literals',
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: await minifyTemplates(await readFile(args.path, 'utf8'), args.path),
      loader: 'ts',
    }));
  },
};

const HTML_TAGS = new Set(['html', 'staticHtml', 'svg']);

/** A cooked string as template-literal source. */
const escape = (text) => text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');

/** Runs of white space holding a line break, not after a backslash (a line continuation). */
const collapse = (raw) => raw.replace(/(?<!\\)[ \t]*\n\s*/g, ' ');

/**
 * The previous, synchronous minifier (`css` through Lightning CSS, `html` by collapsing the indentation between
 * tags), for bench/build.mjs, whose esbuild plugin minifies synchronously. Remove once it awaits
 * minifyTemplates().
 */
export function minifyLiterals(code, filename) {
  if (!/\b(css|html|staticHtml|svg)`/.test(code)) return code;
  const file = ts.createSourceFile(filename, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const tag = node.tag.text;
      const t = node.template;
      if (tag === 'css' && ts.isNoSubstitutionTemplateLiteral(t)) {
        const css = transform({ filename, code: Buffer.from(t.text), minify: true }).code.toString();
        edits.push([t.getStart() + 1, t.getEnd() - 1, escape(css)]);
      } else if (HTML_TAGS.has(tag)) {
        const parts = ts.isNoSubstitutionTemplateLiteral(t)
          ? [[t.getStart() + 1, t.getEnd() - 1]]
          : [
              [t.head.getStart() + 1, t.head.getEnd() - 2],
              ...t.templateSpans.map(({ literal: l }) => [
                l.getStart() + 1,
                l.getEnd() - (ts.isTemplateTail(l) ? 1 : 2),
              ]),
            ];
        for (const [start, end] of parts) {
          const raw = code.slice(start, end);
          const min = collapse(raw);
          if (min !== raw) edits.push([start, end, min]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}
