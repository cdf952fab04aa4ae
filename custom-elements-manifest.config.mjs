export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/**/*.define.ts', 'src/define.ts', 'src/data/**'],
  outdir: '.',
  litelement: true,
};
