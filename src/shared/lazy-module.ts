/** A module loaded on first need, once per page. */
export interface LazyModule<M> {
  /** The module, once it has arrived. */
  readonly loaded: M | undefined;
  /** Loads the module (one request however often it is called); a failed load is tried again next time. */
  load(): Promise<M>;
}

/** `load` is a function around a literal `import('…')`, so that the bundler makes that module a lazy chunk. */
export function lazyModule<M>(load: () => Promise<M>): LazyModule<M> {
  let pending: Promise<M> | undefined;
  let loaded: M | undefined;
  return {
    get loaded() {
      return loaded;
    },
    load: () =>
      (pending ??= load().then(
        (m) => (loaded = m),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      )),
  };
}
