interface TrustedTypePolicyLike {
  createHTML(input: string): unknown;
  createScriptURL(input: string): unknown;
}

let policy: TrustedTypePolicyLike | null | undefined;

/**
 * The library's Trusted Types policy, `news-widgets`, or null where Trusted Types do not exist (or the
 * page's CSP does not allow the name). It only hands markup to inert parsers — `DOMParser` documents
 * and DOMPurify — never to a live sink.
 */
export function trustedTypesPolicy(): TrustedTypePolicyLike | null {
  if (policy !== undefined) return policy;
  const tt = (globalThis as { trustedTypes?: { createPolicy(n: string, p: object): TrustedTypePolicyLike } })
    .trustedTypes;
  try {
    policy = tt
      ? tt.createPolicy('news-widgets', { createHTML: (s: string) => s, createScriptURL: (s: string) => s })
      : null;
  } catch {
    policy = null;
  }
  return policy;
}

/** Parses markup into an inert document, wrapping it for pages that enforce Trusted Types. */
export function parseInert(markup: string, type: DOMParserSupportedType): Document {
  const p = trustedTypesPolicy();
  return new DOMParser().parseFromString((p ? p.createHTML(markup) : markup) as string, type);
}
