// The first module of the CDN entry (src/cdn.ts): keeps what the page had under Lit's global hydration
// hook, which the hydration support the entry loads next replaces for the entry's own copy of Lit.
type Hooked = typeof globalThis & { litElementHydrateSupport?: unknown };

const had = Object.prototype.hasOwnProperty.call(globalThis, 'litElementHydrateSupport');
const before = (globalThis as Hooked).litElementHydrateSupport;

/** Puts the page's hook back (or none), so that another copy of Lit on the page is not patched by ours. */
export function restoreHydrationHook(): void {
  if (had) (globalThis as Hooked).litElementHydrateSupport = before;
  else delete (globalThis as Hooked).litElementHydrateSupport;
}
