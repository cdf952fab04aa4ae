import type { Article } from '../data/model.js';
import { safeUrl } from '../shared/url.js';

/** What a share channel shares: the article's absolute URL, its title and first image. */
export interface ShareData {
  url: string;
  title: string;
  image?: string;
}

/** The share channels of `<news-tools>`; a `news-share` event names one. */
export type ShareChannel = 'copy' | 'weibo' | 'native' | 'wechat';

const absolute = (url: string | undefined, base: string): string | undefined => {
  if (!url) return undefined;
  try {
    return new URL(url, base).href;
  } catch {
    return undefined;
  }
};

/**
 * The shared data of `article`: its `url` (absolute, against `base`), else the page's address without
 * its fragment; its headline; its lead image, else the first image of its body.
 */
export function shareData(article: Article, base = document.baseURI, page = location.href): ShareData {
  const own = absolute(safeUrl(article.url), base);
  const url = own && /^https?:/.test(own) ? own : page.replace(/#.*$/, '');
  const first = Array.isArray(article.body) ? article.body.find((b) => b.type === 'image') : undefined;
  const src = article.image?.src ?? (first?.type === 'image' ? first.src : undefined);
  const image = absolute(safeUrl(src), base);
  return {
    url,
    title: article.channel ? `${article.channel}丨${article.title}` : article.title,
    ...(image && /^https?:/.test(image) ? { image } : {}),
  };
}

/** Weibo's share page for `data`: the title, the URL and the first image (`pic`), all in UTF-8. */
export function weiboUrl(data: ShareData): string {
  const e = encodeURIComponent;
  const pic = data.image ? `&pic=${e(data.image)}` : '';
  return `https://service.weibo.com/share/share.php?url=${e(data.url)}&title=${e(data.title)}${pic}`;
}
