/**
 * What a source needs only for asynchronous work: `@lit/task` for the runs, and an intersection observer
 * controller for `loading="lazy"`. Loaded with the first such work, beside the chunk that work loads
 * anyway (the loader, the full normalizer), so data given inline in the native format needs neither.
 */
export { Task, initialState } from '@lit/task';
export { IntersectionController } from '@lit-labs/observers/intersection-controller.js';
