/**
 * The virtual scrolling a long list loads: `@lit-labs/virtualizer` with its flow layout in the same
 * module, given explicitly, so the virtualizer does not fetch the layout itself after its first render.
 */
export { virtualize } from '@lit-labs/virtualizer/virtualize.js';
export { flow } from '@lit-labs/virtualizer/layouts/flow.js';
