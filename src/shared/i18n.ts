/** The user-interface locales with their own labels. */
export type Locale = 'zh-Hans' | 'zh-Hant' | 'en';

/** Maps a BCP 47 tag to one of our label locales: zh-TW/HK/MO and zh-Hant → zh-Hant; other zh → zh-Hans. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const t = tag.trim().toLowerCase();
  if (!t) return undefined;
  if (t === 'zh' || t.startsWith('zh-') || t.startsWith('zh_')) {
    return /hant|-tw|-hk|-mo|_tw|_hk|_mo/.test(t) ? 'zh-Hant' : 'zh-Hans';
  }
  return 'en';
}

/** The nearest `lang` at or above `el`, crossing shadow-root boundaries; empty when none is set. */
export function inheritedLang(el: Element): string {
  // An element's own `lang` property first: it may be newer than its attribute during an update.
  if (el instanceof HTMLElement && el.lang) return el.lang;
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return '';
}

/**
 * The label locale of an element: its `lang`, else the nearest ancestor's, else `<html lang>`,
 * else the language of its data, else zh-Hans.
 */
export function localeOf(el: Element, dataLang?: string): Locale {
  return toLocale(inheritedLang(el)) ?? toLocale(dataLang) ?? 'zh-Hans';
}

/** The tag handed to `Intl` for a label locale. */
export const intlTag: Record<Locale, string> = { 'zh-Hans': 'zh-CN', 'zh-Hant': 'zh-TW', en: 'en' };

const zhHans = {
  loading: '正在加载…',
  retry: '重试',
  empty: '暂无内容',
  emptyRelated: '暂无相关新闻',
  related: '相关新闻',
  more: '加载更多',
  loadingMore: '正在加载更多…',
  loadedMore: '已加载 {n} 条',
  published: '发布时间',
  updated: '更新时间',
  views: '{n}次浏览',
  source: '来源',
  tags: '标签',
  errorPrefix: '加载失败',
  // Credit roles
  'role.source': '来源',
  'role.author': '作者',
  'role.reporter': '记者',
  'role.photographer': '摄影',
  'role.editor': '编辑',
  'role.responsibleEditor': '责编',
  'role.reviewer': '审核',
  'role.chiefEditor': '主编',
  'role.proofreader': '校对',
  'role.producer': '监制',
  'role.finalReviewer': '终审',
  photoBy: '{name} 摄',
};

export type MessageKey = keyof typeof zhHans;

const messages: Record<Locale, Record<MessageKey, string>> = {
  'zh-Hans': zhHans,
  'zh-Hant': {
    ...zhHans,
    loading: '正在載入…',
    retry: '重試',
    empty: '暫無內容',
    emptyRelated: '暫無相關新聞',
    related: '相關新聞',
    more: '載入更多',
    loadingMore: '正在載入更多…',
    loadedMore: '已載入 {n} 條',
    published: '發佈時間',
    updated: '更新時間',
    views: '{n}次瀏覽',
    source: '來源',
    tags: '標籤',
    errorPrefix: '載入失敗',
    'role.source': '來源',
    'role.reporter': '記者',
    'role.editor': '編輯',
    'role.responsibleEditor': '責編',
    'role.reviewer': '審核',
    'role.chiefEditor': '主編',
    'role.proofreader': '校對',
    'role.producer': '監製',
    'role.finalReviewer': '終審',
    photoBy: '{name} 攝',
  },
  en: {
    loading: 'Loading…',
    retry: 'Try again',
    empty: 'Nothing to show',
    emptyRelated: 'No related news',
    related: 'Related news',
    more: 'Load more',
    loadingMore: 'Loading more…',
    loadedMore: '{n} more loaded',
    published: 'Published',
    updated: 'Updated',
    views: '{n} views',
    source: 'Source',
    tags: 'Tags',
    errorPrefix: 'Could not load',
    'role.source': 'Source',
    'role.author': 'Author',
    'role.reporter': 'Reporter',
    'role.photographer': 'Photographer',
    'role.editor': 'Editor',
    'role.responsibleEditor': 'Responsible editor',
    'role.reviewer': 'Reviewer',
    'role.chiefEditor': 'Chief editor',
    'role.proofreader': 'Proofreader',
    'role.producer': 'Producer',
    'role.finalReviewer': 'Final review',
    photoBy: 'Photo: {name}',
  },
};

/** A label in `locale`, with `{name}` placeholders filled from `values`. */
export function msg(locale: Locale, key: MessageKey, values?: Record<string, string | number>): string {
  const text = messages[locale][key] ?? messages.en[key];
  return values ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m)) : text;
}

/** The label of a credit role, or undefined for a role we have no label for. */
export function roleLabel(locale: Locale, role: string): string | undefined {
  const key = `role.${role}`;
  return key in messages[locale] ? messages[locale][key as MessageKey] : undefined;
}
