// Minifies the text of Lit's tagged templates in a TypeScript module, for the minified builds (CDN and size
// report), with @literals/html-css-minifier: `html`/`svg` templates through html-minifier-next, static `css`
// templates through Lightning CSS. Templates are found by parsing the module, so expressions and nested
// templates are left untouched.
import { readFile } from 'node:fs/promises';
import { minifyHTMLLiterals } from '@literals/html-css-minifier';

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
