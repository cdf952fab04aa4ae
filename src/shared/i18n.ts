/**
 * Every word the elements show, in one place: labels, error reasons, punctuation and the joining of
 * names, in Simplified Chinese, Traditional Chinese and English. Elements ask for a key; they never
 * branch on the language themselves.
 */
import type { NewsErrorKind } from './events.js';

/**
 * A locale: `zh-Hans`, `zh-Hant` and `en` have labels of their own; any other BCP 47 tag (`ja`, `fr-CA`)
 * gets its dates and numbers from `Intl` in that language, and the labels registered for it
 * (`registerLocale`), else English ones.
 */
export type Locale = string;

const locales = new Map<string, Locale | undefined>();

/** Maps a BCP 47 tag to a locale: zh-TW/HK/MO and zh-Hant → zh-Hant; other zh → zh-Hans; others as tagged. */
export function toLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  // Every render asks (own lang, then the ancestors'): remembered, a page has few tags.
  let locale = locales.get(tag);
  if (locale === undefined && !locales.has(tag)) {
    const t = tag.trim().toLowerCase().replace(/_/g, '-');
    try {
      locale = !t
        ? undefined
        : t === 'zh' || t.startsWith('zh-')
          ? /hant|-tw|-hk|-mo/.test(t)
            ? 'zh-Hant'
            : 'zh-Hans'
          : Intl.getCanonicalLocales(t)[0];
    } catch {
      locale = undefined;
    }
    if (locales.size < 64) locales.set(tag, locale);
  }
  return locale;
}

/**
 * The nearest `lang` above `el` (its own is read by the caller), crossing shadow-root boundaries;
 * empty when none is set. Needs a DOM: elements call it only while connected.
 */
export function inheritedLang(el: Element): string {
  let node: Node | null = el.parentNode ?? null;
  while (node) {
    const lang = (node as Element).getAttribute?.('lang');
    if (lang) return lang;
    node = node.parentNode ?? (node as ShadowRoot).host ?? null;
  }
  return '';
}

/** The label locale for an element's own `lang`, else its ancestors', else its data's language, else zh-Hans. */
export function localeOf(ownLang: string | undefined, ancestorLang: string, dataLang?: string): Locale {
  return toLocale(ownLang) ?? toLocale(ancestorLang) ?? toLocale(dataLang) ?? 'zh-Hans';
}

/** The tag handed to `Intl` for a locale. */
export const intlTag = (locale: Locale): string =>
  locale === 'zh-Hans' ? 'zh-CN' : locale === 'zh-Hant' ? 'zh-TW' : locale;

/** Chinese, whose portals write times as `2025-04-09 11:27:00` and count views in 万. */
export const isChinese = (locale: Locale): boolean => locale.startsWith('zh');

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
  listen: '听新闻',
  errorPrefix: '加载失败',
  // Punctuation: the meta line's colon (the seed prints 发布时间:…), the colon read out between a label
  // and its value, the visible separator of a credit (来源/…), and the one between channel and headline.
  metaColon: ':',
  colon: '：',
  creditSeparator: '/',
  kicker: '丨',
  // Where the view count stands in the meta line: first (0次浏览 发布时间:…) or last.
  viewsAt: 'start',
  // Why a load failed (after errorPrefix and colon).
  'error.network': '无法连接服务器',
  'error.timeout': '请求超时',
  'error.http': '服务器返回错误 {status}',
  'error.parse': '数据不是有效的 JSON',
  'error.format': '数据格式无法识别',
  'error.invalid': '数据缺少必要字段',
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

/** Labels by key, all or some: a locale's table, or an element's own `labels`. */
export type Labels = Partial<Record<MessageKey, string>>;

const messages: Record<string, Labels> = {
  'zh-hans': zhHans,
  'zh-hant': {
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
    listen: '聽新聞',
    errorPrefix: '載入失敗',
    'error.network': '無法連線伺服器',
    'error.timeout': '請求逾時',
    'error.http': '伺服器回傳錯誤 {status}',
    'error.parse': '資料不是有效的 JSON',
    'error.format': '無法辨識資料格式',
    'error.invalid': '資料缺少必要欄位',
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
    listen: 'Listen to this article',
    errorPrefix: 'Could not load',
    metaColon: ': ',
    colon: ': ',
    creditSeparator: ': ',
    kicker: ': ',
    viewsAt: 'end',
    'error.network': 'the server could not be reached',
    'error.timeout': 'the request timed out',
    'error.http': 'the server answered {status}',
    'error.parse': 'the data is not valid JSON',
    'error.format': 'the data is in a format we do not read',
    'error.invalid': 'the data lacks a required field',
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

/**
 * Registers labels for a locale, once for the page: `registerLocale('ja', { published: '公開日時' })`.
 * Keys not given fall back to the language's own table (`ja` for `ja-JP`), then English. Also extends
 * or changes the built-in tables (`zh-Hans`, `zh-Hant`, `en`).
 */
export function registerLocale(tag: string, labels: Labels): void {
  const key = (toLocale(tag) ?? tag).toLowerCase();
  messages[key] = { ...messages[key], ...labels };
}

/**
 * A label in `locale` (the element's own `labels` first), with `{name}` placeholders filled from `values`.
 */
export function msg(
  locale: Locale,
  key: MessageKey,
  values?: Record<string, string | number>,
  own?: Labels,
): string {
  const tag = locale.toLowerCase();
  const text = own?.[key] ?? messages[tag]?.[key] ?? messages[tag.split('-')[0]]?.[key] ?? messages.en[key]!;
  return values ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m)) : text;
}

/** The label of a credit role, or undefined for a role we have no label for. */
export function roleLabel(locale: Locale, role: string, own?: Labels): string | undefined {
  const key = `role.${role}` as MessageKey;
  return key in messages.en ? msg(locale, key, undefined, own) : undefined;
}

/**
 * The whole text of the error state: `加载失败：请求超时` / `Could not load: the request timed out`, with
 * the HTTP `status` where it has one and the data `field` at fault where one is named.
 */
export function errorText(
  locale: Locale,
  kind: NewsErrorKind,
  status?: number,
  field?: string,
  own?: Labels,
): string {
  const reason = msg(locale, `error.${kind}` as MessageKey, { status: status ?? '' }, own);
  return (
    msg(locale, 'errorPrefix', undefined, own) +
    msg(locale, 'colon', undefined, own) +
    reason +
    (field ? ` (${field})` : '')
  );
}

const listFormats = new Map<Locale, Intl.ListFormat | null>();

/**
 * Names joined the way the locale lists people: `Ann and Bob`, `Ann, Bob, and Cy` in English;
 * `王珺茹、李四、张三` in Chinese (the enumeration comma of credit lines, the narrow zh list format).
 */
export function joinNames(locale: Locale, given: readonly string[]): string {
  if (given.length < 2) return given[0] ?? '';
  // A name with bidi controls is isolated (FSI…PDI): an unclosed U+202E cannot reorder the names after it.
  const names = given.map((n) => (/[\u202a-\u202e\u2066-\u2069]/.test(n) ? `\u2068${n}\u2069` : n));
  if (!listFormats.has(locale)) {
    let format: Intl.ListFormat | null = null;
    try {
      format = new Intl.ListFormat(intlTag(locale), {
        type: 'conjunction',
        style: isChinese(locale) ? 'narrow' : 'long',
      });
    } catch {
      // No Intl.ListFormat: join by hand below.
    }
    listFormats.set(locale, format);
  }
  const format = listFormats.get(locale);
  return format ? format.format(names) : names.join(isChinese(locale) ? '、' : ', ');
}

/** Reads a `labels` attribute: a JSON object of strings. Anything else is ignored. */
export const labelsConverter = {
  fromAttribute(value: string | null): Record<string, string> | undefined {
    try {
      const parsed: unknown = JSON.parse(value ?? '');
      if (typeof parsed !== 'object' || !parsed || Array.isArray(parsed)) return undefined;
      return Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string'));
    } catch {
      return undefined;
    }
  },
};
