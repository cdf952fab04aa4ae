/** An `import()` of the lazy chunk `file` together with the chunks it imports statically (transitively). */
export function importTogether(
  file: string,
  importsOf: (file: string) => readonly string[] | undefined,
): string;
