/**
 * Which on-device voice reads an article: the article's language decides (zh-CN, zh-TW, en…). Small,
 * so the 听新闻 button can show only where a voice exists, before the speech code loads.
 */
import { labelLocale as toLocale } from './labels.js';

/** The language to speak an article in, from its language tag: zh-CN, zh-TW (or zh-HK), or as given. */
export function speechLang(tag: string | undefined): string {
  const t = (tag || 'zh-CN').replace(/_/g, '-');
  const locale = toLocale(t);
  if (locale === 'zh-Hant') return /-(hk|mo)\b/i.test(t) ? 'zh-HK' : 'zh-TW';
  if (locale === 'zh-Hans') return 'zh-CN';
  return t;
}

const norm = (lang: string) => lang.replace(/_/g, '-').toLowerCase();

/**
 * The best on-device voice for `lang` (from `speechLang`), or undefined. Mandarin text is read by a
 * voice of the same region first, then of the same script, then any Mandarin one (never a Cantonese
 * zh-HK voice for zh-CN text); other languages by the same tag, then the same language.
 */
export function pickVoice(
  voices: readonly SpeechSynthesisVoice[],
  lang: string,
): SpeechSynthesisVoice | undefined {
  const local = voices.filter((v) => v.localService !== false);
  const want = norm(lang);
  const primary = want.split('-')[0];
  const ranks: ((l: string) => boolean)[] =
    primary === 'zh'
      ? want === 'zh-cn'
        ? [
            (l) => l === 'zh-cn' || l === 'cmn-cn' || l === 'cmn-hans-cn' || l.startsWith('zh-hans'),
            (l) => l === 'zh-sg' || l === 'zh',
            (l) => l === 'zh-tw' || l === 'cmn-tw' || l.startsWith('zh-hant-tw'),
          ]
        : [
            (l) => l === want || l === `cmn-${want.slice(3)}` || l.startsWith(`zh-hant-${want.slice(3)}`),
            (l) => l === 'zh-tw' || l === 'cmn-tw' || l.startsWith('zh-hant'),
            (l) => l === 'zh-hk',
            (l) => l === 'zh-cn' || l === 'cmn-cn' || l === 'zh',
          ]
      : [(l) => l === want, (l) => l.split('-')[0] === primary];
  for (const rank of ranks) {
    const found = local.find((v) => rank(norm(v.lang)));
    if (found) return found;
  }
  return undefined;
}
