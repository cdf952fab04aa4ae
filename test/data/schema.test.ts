import { expect } from '@open-wc/testing';
import { normalize } from '../../src/data/normalize.js';
import type { Article, Block, Credit, Media, RelatedItem } from '../../src/data/model.js';
import {
  ISO_WITH_OFFSET,
  JSON_FIXTURES,
  XML_FIXTURES,
  fixture,
  fixtureText,
  schemaValidator,
  seed,
} from './helpers.js';

type Validate = Awaited<ReturnType<typeof schemaValidator>>;
interface SchemaDoc {
  $defs: Record<
    string,
    { properties?: Record<string, { enum?: unknown[] }>; oneOf?: { properties: Record<string, unknown> }[] }
  >;
}

/** Every time string in a value, for the ISO-with-offset check. */
function times(v: unknown, out: string[] = []): string[] {
  if (Array.isArray(v)) v.forEach((x) => times(x, out));
  else if (v && typeof v === 'object')
    for (const [k, x] of Object.entries(v)) {
      if ((k === 'published' || k === 'updated') && typeof x === 'string') out.push(x);
      else times(x, out);
    }
  return out;
}

describe('schema/article.schema.json', () => {
  let article: Validate;
  let item: Validate;
  let credit: Validate;
  let schema: SchemaDoc;
  const inputs: [string, unknown][] = [];

  before(async () => {
    [article, item, credit] = await Promise.all(
      ['Article', 'RelatedItem', 'Credit'].map((d) => schemaValidator(d)),
    );
    schema = (await (await fetch('/schema/article.schema.json')).json()) as SchemaDoc;
    for (const f of JSON_FIXTURES) inputs.push([f, await fixture(f)]);
    for (const f of XML_FIXTURES) inputs.push([f, await fixtureText(f)]);
    inputs.push(['seed-article.json', await seed()]);
  });

  const check = (v: Validate, data: unknown, what: string) => {
    const ok = v(data);
    expect(ok, `${what}: ${JSON.stringify(v.errors)}`).to.equal(true);
  };

  it('validates the native fixtures', async () => {
    check(article, await seed(), 'seed');
    check(article, await fixture('native-en.json'), 'native-en');
  });

  it('rejects documents that break the model', () => {
    const bad = [
      { body: [] },
      { title: '', body: [] },
      { title: 't', body: [{ type: 'image', src: 'x' }] },
      { title: 't', body: [{ type: 'marquee', text: 'x' }] },
      { title: 't', body: [], views: -1 },
      { title: 't', body: [], published: '2025-04-09 11:27:00' },
      { title: 't', body: [], credits: [{ role: 'editor', names: [] }] },
      { title: 't', body: [], extra: 1 },
    ];
    for (const b of bad) expect(article(b), JSON.stringify(b)).to.equal(false);
  });

  it('validates every normalized output of every fixture (article, list, credits)', () => {
    for (const [name, input] of inputs) {
      const a = normalize(input, { expect: 'article' });
      if (a.value) check(article, a.value, `${name} article`);
      else expect(a.problems.length, name).to.be.greaterThan(0);
      const l = normalize(input, { expect: 'list' });
      (l.value ?? []).forEach((x, i) => check(item, x, `${name} list[${i}]`));
      const c = normalize(input, { expect: 'credits' });
      (c.value ?? []).forEach((x, i) => check(credit, x, `${name} credits[${i}]`));
      for (const t of times([a.value, l.value])) expect(t, name).to.match(ISO_WITH_OFFSET);
    }
  });

  it('normalizes every fixture of a known format to a value', () => {
    const results = inputs.map(([name, input]) => [name, normalize(input, { expect: 'article' })] as const);
    const failed = results.filter(([, r]) => !r.value).map(([name, r]) => [name, r.errorKind]);
    expect(failed).to.deep.equal([
      ['itemlist.json', 'format'],
      ['invalid-no-title.json', 'invalid'],
      ['unknown-format.json', 'format'],
    ]);
  });

  it('agrees with the TypeScript model', () => {
    // Compile-time: these records must name every key of the types; run-time: the schema must too.
    const articleKeys = {
      title: 1,
      channel: 1,
      subtitle: 1,
      summary: 1,
      id: 1,
      url: 1,
      lang: 1,
      published: 1,
      updated: 1,
      views: 1,
      image: 1,
      audio: 1,
      body: 1,
      credits: 1,
      tags: 1,
      related: 1,
      previous: 1,
      next: 1,
    } satisfies Record<keyof Article, 1>;
    const blockTypes = {
      paragraph: 1,
      heading: 1,
      image: 1,
      video: 1,
      audio: 1,
      quote: 1,
      list: 1,
      html: 1,
    } satisfies Record<Block['type'], 1>;
    const itemKeys = { title: 1, url: 1, summary: 1, published: 1, image: 1, channel: 1 } satisfies Record<
      keyof RelatedItem,
      1
    >;
    const mediaKeys = {
      src: 1,
      alt: 1,
      width: 1,
      height: 1,
      mimeType: 1,
      caption: 1,
      credit: 1,
    } satisfies Record<keyof Media, 1>;
    const creditKeys = { role: 1, names: 1, label: 1 } satisfies Record<keyof Credit, 1>;
    const d = schema.$defs;
    const keys = (name: string) => Object.keys(d[name].properties ?? {}).filter((k) => k !== '$schema');
    expect(keys('Article')).to.have.members(Object.keys(articleKeys));
    expect(keys('RelatedItem')).to.have.members(Object.keys(itemKeys));
    expect(keys('Media')).to.have.members(Object.keys(mediaKeys));
    expect(keys('Credit')).to.have.members(Object.keys(creditKeys));
    expect(d.Block.properties!.type.enum).to.have.members(Object.keys(blockTypes));
  });
});
