/**
 * 上一篇 / 下一篇 and the reading time, for the article to show: `renderArticleNav` is the labelled
 * navigation at the article's end (styled by the article's own styles), `readingTime` the note of its
 * meta line (阅读约 N 分钟 / N min read).
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Article, Block } from '../data/model.js';
import type { Locale } from '../shared/i18n.js';
import { safeUrl } from '../shared/url.js';
import { label } from './labels.js';

/**
 * Reading speeds. Chinese: 300 characters a minute, the low end of the 300–700 characters a minute of
 * native silent reading and above the 255 ± 29 of reading aloud (Trauzettel-Klosinski & Dietz 2012,
 * IReST); news text is dense, so the low end. English: 238 words a minute, the mean silent reading rate
 * of non-fiction in Brysbaert's 2019 meta-analysis (Journal of Memory and Language 109, 104047).
 */
export const CJK_PER_MINUTE = 300;
export const WORDS_PER_MINUTE = 238;

/** Han characters, kana and hangul: each counts as one unit of CJK text. */
const CJK = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uac00-\ud7af]/g;

function blockText(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return `${b.lead ?? ''} ${b.text}`;
    case 'heading':
    case 'quote':
      return b.text;
    case 'list':
      return b.items.join(' ');
    case 'html':
      return b.html.replace(/<[^>]*>/g, ' ');
    default:
      return '';
  }
}

/** The minutes it takes to read the article's body (at least 1): CJK characters and other words apart. */
export function readingMinutes(article: Pick<Article, 'body'>): number {
  const text =
    typeof article.body === 'string'
      ? article.body.replace(/<[^>]*>/g, ' ')
      : article.body.map(blockText).join(' ');
  const cjk = text.match(CJK)?.length ?? 0;
  const words = text.replace(CJK, ' ').match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu)?.length ?? 0;
  return Math.max(1, Math.ceil(cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE));
}

/** 阅读约 N 分钟 / 閱讀約 N 分鐘 / N min read. */
export function readingTime(article: Pick<Article, 'body'>, locale: Locale): string {
  return label(locale, 'readingTime', { n: readingMinutes(article) });
}

/**
 * The 上一篇 / 下一篇 navigation of `article` (`nothing` when it names neither, or neither has a safe
 * URL): a landmark labelled 上一篇和下一篇, with `rel="prev"` / `rel="next"` links.
 */
export function renderArticleNav(
  article: Pick<Article, 'previous' | 'next'>,
  locale: Locale,
): TemplateResult | typeof nothing {
  const colon = label(locale, 'colon');
  const items = (['previous', 'next'] as const).flatMap((key) => {
    const link = article[key];
    const href = safeUrl(link?.url);
    if (!link?.title || !href) return [];
    return [
      html`<li part=${key}>
        <span class="label">${label(locale, key)}${colon}</span
        ><a href=${href} rel=${key === 'previous' ? 'prev' : 'next'}>${link.title}</a>
      </li>`,
    ];
  });
  if (!items.length) return nothing;
  return html`<nav part="article-nav" class="article-nav" aria-label=${label(locale, 'articleNav')}>
    <ul>
      ${items}
    </ul>
  </nav>`;
}
