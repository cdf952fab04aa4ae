// Lit's hydration support, for pages with server-rendered elements (news-widgets/ssr): load it before the
// elements are defined, and they take over the server's HTML in place instead of rendering it again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
