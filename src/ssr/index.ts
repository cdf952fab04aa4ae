/**
 * `news-widgets/ssr`: renders `<news-article>`, `<news-credits>` and `<related-news-list>` to HTML in Node
 * (declarative shadow DOM, a crawler copy, hydration data, JSON-LD). Server-only: never imported by the
 * browser entries.
 */
export {
  renderToString,
  renderDocument,
  renderPage,
  type RenderOptions,
  type RendererOptions,
  type AttributeOptions,
  type RenderResult,
  type Tag,
  type Problem,
  type Publisher,
} from './render.js';
export { articleJsonLd, jsonLdScript, describesArticle, jsonLdIn } from '../shared/json-ld.js';
