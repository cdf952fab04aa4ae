import { fixture, html } from '@open-wc/testing';
import '../../src/news-article/news-article.define.js';
import '../../src/news-tools/news-tools.define.js';
import type { Article } from '../../src/data/model.js';
import type { NewsToolsElement, NewsTocElement } from '../../src/news-tools/news-tools.js';

export type ArticleEl = HTMLElement & { value: Article | null; loaded: Promise<void>; article?: unknown };

export const SEED = '/demo/data/seed-article.json';
let seed: Article | undefined;
export async function seedArticle(): Promise<Article> {
  seed ??= await (await fetch(SEED)).json();
  return structuredClone(seed!);
}

export function article(extra: Partial<Article> = {}): Article {
  return {
    title: '标题',
    lang: 'zh-CN',
    body: [
      { type: 'paragraph', text: '第一段。' },
      { type: 'paragraph', lead: '小标题一。', text: '第二段。' },
    ],
    ...extra,
  } as Article;
}

export const $ = <T extends Element = HTMLElement>(el: Element, selector: string): T | null =>
  el.shadowRoot!.querySelector<T>(selector);
export const $$ = <T extends Element = HTMLElement>(el: Element, selector: string): T[] => [
  ...(el.shadowRoot?.querySelectorAll<T>(selector) ?? []),
];

/** Waits for an article's first render. */
export async function shown(el: ArticleEl): Promise<ArticleEl> {
  if (!el.value) await new Promise((resolve) => el.addEventListener('news-load', resolve, { once: true }));
  return el;
}

let n = 0;
/** An article with its tools (and contents), rendered. */
export async function articleWithTools(
  data: Article,
  tools = 'font listen share print',
): Promise<{ article: ArticleEl; tools: NewsToolsElement; toc: NewsTocElement; wrap: HTMLElement }> {
  const id = `article-${++n}`;
  const wrap = await fixture<HTMLElement>(html`<div>
    <news-tools for=${id} tools=${tools}></news-tools>
    <news-toc for=${id}></news-toc>
    <news-article id=${id} .article=${data}></news-article>
  </div>`);
  const article = await shown(wrap.querySelector<ArticleEl>('news-article')!);
  const el = wrap.querySelector('news-tools')!;
  const toc = wrap.querySelector('news-toc')!;
  await el.updateComplete;
  await toc.updateComplete;
  return { article, tools: el, toc, wrap };
}
