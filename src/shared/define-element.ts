const warned = new Set<string>();

/**
 * Registers `tag` only when it is free. When another class already holds the tag (a second copy of the
 * library, another version, or a different component), it warns once and leaves the registry as it is.
 * Never throws, so the CDN build and the npm build can both load on one page.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor, registry = customElements): void {
  const existing = registry.get(tag);
  if (existing === ctor) return;
  if (existing) {
    if (!warned.has(tag)) {
      warned.add(tag);
      console.warn(`news-widgets: <${tag}> is already defined by another script; keeping that definition.`);
    }
    return;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    // The same constructor registered under another name, or an invalid tag: report, never throw.
    if (!warned.has(tag)) {
      warned.add(tag);
      console.warn(`news-widgets: could not define <${tag}>:`, error);
    }
  }
}
