/**
 * Why a load failed, in each label locale. Loaded with a dynamic `import()` when an element first fails:
 * until then (and if this module cannot load, e.g. offline) the error state says 加载失败 / Could not
 * load with its retry button, without the reason.
 */
import type { NewsErrorKind } from './events.js';
import type { Locale } from './i18n.js';

const reasons: Record<Locale, Record<NewsErrorKind, string>> = {
  'zh-Hans': {
    network: '无法连接服务器',
    timeout: '请求超时',
    http: '服务器返回错误 {status}',
    parse: '数据不是有效的 JSON',
    format: '数据格式无法识别',
    invalid: '数据缺少必要字段',
  },
  'zh-Hant': {
    network: '無法連線伺服器',
    timeout: '請求逾時',
    http: '伺服器回傳錯誤 {status}',
    parse: '資料不是有效的 JSON',
    format: '無法辨識資料格式',
    invalid: '資料缺少必要欄位',
  },
  en: {
    network: 'the server could not be reached',
    timeout: 'the request timed out',
    http: 'the server answered {status}',
    parse: 'the data is not valid JSON',
    format: 'the data is in a format we do not read',
    invalid: 'the data lacks a required field',
  },
};

/**
 * What follows 加载失败 / Could not load for a failure of `kind`: the separator and the reason (with the
 * HTTP `status` where it has one, and the data `field` at fault where one is named), in `locale`.
 */
export function errorReason(locale: Locale, kind: NewsErrorKind, status?: number, field?: string): string {
  const reason = (reasons[locale][kind] ?? reasons[locale].network).replace('{status}', String(status ?? ''));
  return (locale === 'en' ? ': ' : '：') + reason + (field ? ` (${field})` : '');
}
