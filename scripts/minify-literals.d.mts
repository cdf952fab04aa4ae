/** `code` with its `css` and `html` template texts minified; unchanged when it has none. */
export function minifyTemplates(code: string, filename: string): Promise<string>;
/** minifyTemplates() as an esbuild plugin, for the TypeScript sources under src/. */
export const minifyLiteralsEsbuild: { name: string; setup(build: unknown): void };
