import type { Locale } from '../shared/i18n.js';

/**
 * The reader tools' labels, keyed like the library's message table (`src/shared/i18n.ts`): one table per
 * label locale, `{name}` placeholders filled by `label()`.
 */
const zhHans = {
  tools: '阅读工具',
  font: '字体',
  fontLarge: '大',
  fontMedium: '中',
  fontSmall: '小',
  listen: '听新闻',
  listenPlayer: '听新闻：{title}',
  pause: '暂停',
  resume: '继续',
  stop: '停止',
  share: '分享',
  shareTo: '分享到',
  copyLink: '复制链接',
  copied: '链接已复制',
  copyFailed: '复制失败，请手动复制链接',
  link: '文章链接',
  weibo: '新浪微博',
  systemShare: '更多方式…',
  wechat: '微信扫一扫',
  wechatHint: '用微信“扫一扫”打开本文，再分享给朋友或朋友圈',
  qr: '本文链接的二维码',
  close: '关闭',
  print: '打印',
  toc: '目录',
  previous: '上一篇',
  next: '下一篇',
  articleNav: '上一篇和下一篇',
  // Punctuation: the colon after a label, and the 【】 around the 字体 switch.
  colon: '：',
  bracketOpen: '【',
  bracketClose: '】',
  readingTime: '阅读约 {n} 分钟',
};

export type LabelKey = keyof typeof zhHans;

const labels: Record<Locale, Record<LabelKey, string>> = {
  'zh-Hans': zhHans,
  'zh-Hant': {
    tools: '閱讀工具',
    font: '字體',
    fontLarge: '大',
    fontMedium: '中',
    fontSmall: '小',
    listen: '聽新聞',
    listenPlayer: '聽新聞：{title}',
    pause: '暫停',
    resume: '繼續',
    stop: '停止',
    share: '分享',
    shareTo: '分享到',
    copyLink: '複製連結',
    copied: '連結已複製',
    copyFailed: '複製失敗，請手動複製連結',
    link: '文章連結',
    weibo: '新浪微博',
    systemShare: '更多方式…',
    wechat: '微信掃一掃',
    wechatHint: '用微信「掃一掃」開啟本文，再分享給朋友或朋友圈',
    qr: '本文連結的二維碼',
    close: '關閉',
    print: '列印',
    toc: '目錄',
    previous: '上一篇',
    next: '下一篇',
    articleNav: '上一篇和下一篇',
    colon: '：',
    bracketOpen: '【',
    bracketClose: '】',
    readingTime: '閱讀約 {n} 分鐘',
  },
  en: {
    tools: 'Reading tools',
    font: 'Text size',
    fontLarge: 'Large',
    fontMedium: 'Medium',
    fontSmall: 'Small',
    listen: 'Listen',
    listenPlayer: 'Listen: {title}',
    pause: 'Pause',
    resume: 'Resume',
    stop: 'Stop',
    share: 'Share',
    shareTo: 'Share to',
    copyLink: 'Copy link',
    copied: 'Link copied',
    copyFailed: 'Could not copy: copy the link by hand',
    link: 'Link to this article',
    weibo: 'Weibo',
    systemShare: 'More…',
    wechat: 'Scan with WeChat',
    wechatHint: 'Scan with WeChat to open this article there and share it',
    qr: 'QR code of the link to this article',
    close: 'Close',
    print: 'Print',
    toc: 'Contents',
    previous: 'Previous',
    next: 'Next',
    articleNav: 'Previous and next articles',
    colon: ': ',
    bracketOpen: '',
    bracketClose: '',
    readingTime: '{n} min read',
  },
};

/**
 * The label locale of a BCP 47 tag, as `toLocale` of the library's message module maps it (zh-TW/HK/MO
 * and zh-Hant → zh-Hant; other zh → zh-Hans; anything else → en); repeated here so that the tools' code
 * does not carry the library's whole message table.
 */
export function labelLocale(tag: string | null | undefined): Locale | undefined {
  const t = tag?.trim().toLowerCase();
  if (!t) return undefined;
  if (t === 'zh' || t.startsWith('zh-') || t.startsWith('zh_'))
    return /hant|-tw|-hk|-mo|_tw|_hk|_mo/.test(t) ? 'zh-Hant' : 'zh-Hans';
  return 'en';
}

/** A label in `locale`, with `{name}` placeholders filled from `values`. */
export function label(locale: Locale, key: LabelKey, values?: Record<string, string | number>): string {
  const text = (labels[locale] ?? labels.en)[key];
  return values ? text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m)) : text;
}
