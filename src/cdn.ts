// The CDN files (news-widgets.js and the classic news-widgets.iife.js): the elements with Lit inlined, and
// Lit's hydration support installed before Lit's element class is made, so that elements a server rendered
// (news-widgets/ssr) are taken over in place. It must share the file's own copy of Lit, which a page
// cannot reach, so it cannot be a separate script or a lazy chunk (those carry their own copy of lit-html).
// Modules run in import order: the page's hook is saved, ours installed, our LitElement patched by it, and
// the page's hook put back, so that a copy of Lit the page loads later is not patched with ours.
import { restoreHydrationHook } from './cdn-hook.js';
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './define.js';

restoreHydrationHook();
