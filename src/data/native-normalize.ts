/**
 * The normalizer's fast path for our own native JSON, loaded with the elements. Documents in any other
 * format (or native documents using keys beyond the model's, such as the credits shorthand) return
 * `undefined` here and go through `normalize()`, which the elements load only when such data appears.
 */
import type { Article, Credit, RelatedItem } from './model.js';
import { isObj } from './context.js';
import { isNative, readNative } from './formats/native.js';
import { type NormalizeOptions, type NormalizeResult, run } from './core.js';

const ARTICLE_KEYS = new Set([
  '$schema',
  'title',
  'channel',
  'subtitle',
  'summary',
  'id',
  'url',
  'lang',
  'published',
  'updated',
  'views',
  'image',
  'audio',
  'body',
  'credits',
  'tags',
  'related',
  'items',
  'next',
]);
const ITEM_KEYS = new Set(['title', 'url', 'summary', 'published', 'image', 'channel']);
const CREDIT_KEYS = new Set(['role', 'names', 'label']);

const only = (v: unknown, keys: Set<string>): boolean => isObj(v) && Object.keys(v).every((k) => keys.has(k));

/**
 * True when `input` uses only the native model's keys, so that the full detection would read it as
 * native too: no `@type`, `version`, `uri`, `headlines`, `content_html`… of another format.
 */
export function isPlainNative(input: unknown): boolean {
  if (!isNative(input)) return false;
  if (Array.isArray(input)) return input.every((x) => only(x, ITEM_KEYS) || only(x, CREDIT_KEYS));
  return only(input, ARTICLE_KEYS);
}

/** `normalize()` for plain native documents; `undefined` for anything that needs the full normalizer. */
export function normalizeNative(
  input: unknown,
  o: NormalizeOptions,
): NormalizeResult<Article | RelatedItem[] | Credit[]> | undefined {
  if (!isPlainNative(input)) return undefined;
  return run(input, o, (value, _expect, ctx) => ({ format: 'native', doc: readNative(value, ctx) }));
}
