/**
 * What every normalizer shares: the result types, the run loop (time zone, detection, required fields,
 * never throwing) and the finishing of an article. Format detection is passed in, so the native-only
 * path (loaded with the elements) does not carry the other formats (loaded when the data needs them).
 */
import type { Article, Credit, RelatedItem } from './model.js';
import { type Problem, Ctx, clean } from './context.js';
import { DEFAULT_TIME_ZONE, isValidTimeZone } from './time.js';
import { splitChannel } from './inline-text.js';
import type { Doc, Draft } from './formats/native.js';

export type { Problem };
export type Expect = 'article' | 'list' | 'credits';
export type FormatName = 'native' | 'schema-org' | 'ninjs' | 'json-feed' | 'rss' | 'atom' | 'item-list';

export interface NormalizeOptions {
  expect: Expect;
  /** IANA time zone in which zone-less times are read; default 'Asia/Shanghai'. */
  timeZone?: string;
}

export interface NormalizeResult<T> {
  /** The normalized value; null only when the input is unusable. */
  value: T | null;
  /** Warnings, and the reasons when `value` is null. */
  problems: Problem[];
  /** The detected format. */
  format: FormatName | null;
  /** Set when `value` is null: 'format' = fits no known format; 'invalid' = a required field is missing. */
  errorKind?: 'format' | 'invalid';
}

/** A list result; `next` is the next page's URL (JSON Feed `next_url`, native `next`, `<link rel="next">`). */
export type ListResult = NormalizeResult<RelatedItem[]> & { next?: string };

export type Found = { format: FormatName; doc: Doc } | { error: string };

/** Detects the format of `input` and reads it into a Doc, or says why it cannot. */
export type Detect = (input: unknown, expect: Expect, ctx: Ctx) => Found;

/** Runs `detect`, then checks and finishes the value; never throws. */
export function run(
  input: unknown,
  o: NormalizeOptions,
  detect: Detect,
): NormalizeResult<Article | RelatedItem[] | Credit[]> {
  let ctx = new Ctx(DEFAULT_TIME_ZONE);
  let format: FormatName | null = null;
  try {
    const tz = o?.timeZone ?? DEFAULT_TIME_ZONE;
    ctx = new Ctx(isValidTimeZone(tz) ? tz : DEFAULT_TIME_ZONE);
    if (ctx.timeZone !== tz)
      ctx.warn('', `unknown time zone ${JSON.stringify(tz)}; ${DEFAULT_TIME_ZONE} used`);
    const found = detect(input, o?.expect, ctx);
    if ('error' in found) return fail(ctx, null, 'format', found.error);
    format = found.format;
    return finish(found.doc, found.format, o.expect, ctx);
  } catch (e) {
    return fail(ctx, format, 'format', `unexpected error: ${e instanceof Error ? e.message : String(e)}`);
  }
}

function fail<T>(
  ctx: Ctx,
  format: FormatName | null,
  errorKind: 'format' | 'invalid',
  message: string,
  path = '',
) {
  ctx.warn(path, message);
  return { value: null as T | null, problems: ctx.problems, format, errorKind };
}

function finish(
  doc: Doc,
  format: FormatName,
  expect: Expect,
  ctx: Ctx,
): NormalizeResult<Article | RelatedItem[] | Credit[]> {
  if (expect === 'list') {
    const value = doc.list ? doc.list() : (doc.article?.()?.related ?? []);
    const out: ListResult = { value, problems: ctx.problems, format };
    if (doc.next) out.next = doc.next;
    return out;
  }
  if (expect === 'credits') {
    return {
      value: (doc.credits ?? (() => doc.article?.()?.credits))() ?? [],
      problems: ctx.problems,
      format,
    };
  }
  const draft = doc.article?.();
  if (!draft) return fail(ctx, format, 'format', `a ${format} document without an article`);
  if (!draft.title)
    return fail(ctx, format, 'invalid', 'the article has no title (required field "title")', 'title');
  return { value: finishArticle(draft as Draft & { title: string }), problems: ctx.problems, format };
}

/** Splits a channel prefix off the title, or strips it when it repeats the given channel. */
function finishArticle(d: Draft & { title: string }): Article {
  const split = splitChannel(d.title);
  let { title, channel } = d;
  if (split && (!channel || channel === split[0])) [channel, title] = split;
  return clean({ ...d, title, channel, body: d.body ?? [] });
}
