/** IPTC ninjs 2.x (lowercase names: `versioncreated`) and 3.x (camelCase: `versionCreated`). */
import type { Credit, Media } from '../model.js';
import { type Ctx, type Obj, arr, clean, first, isObj } from '../context.js';
import { count, looksLikeHtml, paragraphs, plain, str, tagsOf } from '../text.js';
import { addCredit, mapRole, sortCredits } from '../credits.js';
import { type Doc, type Draft, relatedList } from './native.js';

/** A field under its 3.x camelCase name or its 2.x lowercase name. */
const get = (o: Obj, camel: string): unknown => o[camel] ?? o[camel.toLowerCase()];

const NINJS_KEYS = [
  'uri',
  'headlines',
  'bodies',
  'body_html',
  'body_text',
  'versioncreated',
  'versionCreated',
];

export function isNinjs(v: unknown): boolean {
  return isObj(v) && (NINJS_KEYS.some((k) => k in v) || /ninjs/i.test(str(v.$schema) ?? ''));
}

export function readNinjs(o: Obj, ctx: Ctx): Doc {
  return {
    article: () => ninjsArticle(o, ctx),
    credits: () => credits(o),
    list: () => (o.related == null ? [] : relatedList(o.related, ctx, 'related')),
  };
}

/** The entry of a `{role, value}` list with one of the wanted roles, else (if `any`) the first. */
function byRole(list: unknown, roles: string[], any: boolean): Obj | undefined {
  const items = arr(list).filter(isObj);
  return items.find((x) => roles.includes(str(x.role)?.toLowerCase() ?? '')) ?? (any ? items[0] : undefined);
}

const isHtml = (o: Obj, value: string) =>
  /html/i.test(str(get(o, 'contentType')) ?? '') || looksLikeHtml(value);

export function ninjsArticle(o: Obj, ctx: Ctx): Draft {
  const main = byRole(o.headlines, ['main', 'headline'], true);
  const kicker = byRole(o.headlines, ['kicker', 'overline', 'channel', 'section', 'dateline'], false);
  const sub = byRole(o.headlines, ['sub', 'subtitle', 'subheadline', 'subhead', 'deck'], false);
  const desc = byRole(o.descriptions, ['summary', 'abstract', 'lead', 'lede', 'teaser'], true);
  const uri = str(o.uri);
  return {
    title: plain(main?.value) ?? plain(o.headline) ?? plain(o.title),
    channel: plain(kicker?.value),
    subtitle: plain(sub?.value),
    summary: plain(desc?.value) ?? plain(o.description_text) ?? plain(o.description_html),
    id: uri,
    url: uri && /^https?:/i.test(uri) ? uri : undefined,
    lang: str(o.language),
    // A wire item that gives only the time of this version (as AP's often do) was published then.
    published: ctx.time(
      get(o, 'firstCreated') ?? get(o, 'contentCreated') ?? get(o, 'versionCreated'),
      'firstcreated',
    ),
    updated: ctx.time(get(o, 'versionCreated'), 'versioncreated'),
    image: association(o, 'picture') ?? (str(o.type) === 'picture' ? ownPicture(o) : undefined),
    audio: association(o, 'audio'),
    body: body(o),
    credits: credits(o),
    tags: tagsOf(o.subjects, o.keywords),
    related: o.related == null ? undefined : relatedList(o.related, ctx, 'related'),
  };
}

function body(o: Obj): Draft['body'] {
  const b = byRole(o.bodies, ['main', 'body'], true);
  const v = str(b?.value);
  if (b && v) return isHtml(b, v) ? v : paragraphs(v);
  const html = str(o.body_html);
  if (html) return html;
  const text = str(o.body_text);
  return text ? paragraphs(text) : [];
}

const SOURCE_ROLES = /^(origin|suppl|distribut|aggregat|enhanc|modif|publish|source|credit|provider)/i;

function credits(o: Obj): Credit[] {
  const list: Credit[] = [];
  addCredit(
    list,
    'author',
    // `by` (2.x, 3.x); `byline` (1.x)
    arr(o.by ?? o.byline).flatMap((b) => plain(isObj(b) ? b.name : b)?.replace(/^by\s+/i, '') || []),
  );
  for (const s of arr(get(o, 'infoSources')).filter(isObj)) {
    const name = plain(s.name);
    if (!name) continue;
    const role = str(s.role);
    const mapped =
      !role || SOURCE_ROLES.test(role.replace(/^.*[/:]/, '')) ? { role: 'source' } : mapRole(role);
    addCredit(list, mapped.role, [name], 'label' in mapped ? mapped.label : undefined);
  }
  return sortCredits(list);
}

/** A 2.x object keyed by name, or a 3.x array of objects with `name`. */
const named = (v: unknown): Obj[] =>
  (Array.isArray(v)
    ? v
    : isObj(v)
      ? Object.entries(v).map(([name, x]) => ({ name, ...(isObj(x) ? x : {}) }))
      : []
  ).filter(isObj);

/** Associations: a 2.x object keyed by name, or a 3.x array with `name`. */
function association(o: Obj, type: string): Media | undefined {
  const matches = named(o.associations).filter((a) => str(a.type) === type);
  const a = matches.find((x) => /main|feature|lead|top/i.test(str(x.name) ?? '')) ?? matches[0];
  if (!a) return undefined;
  const r = bestRendition(a.renditions);
  const src = str(r?.href ?? a.uri);
  if (!src || !/^(https?:|\/|\.)/i.test(src)) return undefined;
  const desc = byRole(a.descriptions, ['caption', 'summary'], true);
  return clean({
    src,
    width: count(r?.width),
    height: count(r?.height),
    mimeType: str(r && get(r, 'contentType')) ?? str(r?.mimetype),
    caption: plain(desc?.value) ?? plain(first(byRole(a.headlines, ['main'], true)?.value)),
    credit: plain(a.by) ?? plain(get(a, 'copyrightNotice')),
  });
}

/** A picture item's own renditions. */
function ownPicture(o: Obj): Media | undefined {
  const r = bestRendition(o.renditions);
  const src = str(r?.href);
  if (!r || !src || !/^(https?:|\/|\.)/i.test(src)) return undefined;
  return clean({
    src,
    width: count(r.width),
    height: count(r.height),
    mimeType: str(get(r, 'contentType')) ?? str(r.mimetype),
  });
}

/** Renditions: a 2.x object keyed by name or a 3.x array; prefer the base/original, else the widest. */
function bestRendition(v: unknown): Obj | undefined {
  const list = named(v);
  return (
    list.find((r) => /^(base|original|baseimage|highres|main)/i.test(str(r.name) ?? '')) ??
    [...list].sort((a, b) => (count(b.width) ?? 0) - (count(a.width) ?? 0))[0]
  );
}
