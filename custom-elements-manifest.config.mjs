export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.define.ts', 'src/define.ts', 'src/data/**'],
  outdir: '.',
  litelement: true,
  // package.json names the manifest itself ("customElements"); the analyzer must not rewrite it, or a run with
  // another --outdir would leave that path in package.json.
  packagejson: false,
  plugins: [
    {
      // The analyzer lists modules in directory-read order, which differs between checkouts: sort them,
      // so that the committed manifest is the same wherever it is generated.
      name: 'news-widgets-sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      },
    },
  ],
};
