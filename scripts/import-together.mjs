// The expression a bundle uses to load one of its lazy chunks (CDN build: vite.config.ts; benchmark
// bundles: bench/build.mjs): an `import()` of the chunk and, in the same call, of every chunk it imports
// statically (transitively), so the browser requests them all at once instead of one level after the
// other (as Vite's preload does for applications). It resolves to the lazy chunk's module.

/**
 * @param {string} file the lazy chunk, relative to the importing module (`chunks/normalize-x.js`)
 * @param {(file: string) => readonly string[] | undefined} importsOf the chunks `file` imports statically,
 *   in the same relative form
 */
export function importTogether(file, importsOf) {
  const deps = new Set();
  const walk = (f) => {
    for (const d of importsOf(f) ?? []) {
      if (deps.has(d)) continue;
      deps.add(d);
      walk(d);
    }
  };
  walk(file);
  const load = (f) => `import("./${f}")`;
  return deps.size ? `Promise.all([${[file, ...deps].map(load).join(',')}]).then(m=>m[0])` : load(file);
}
