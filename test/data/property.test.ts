import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { normalize, type Expect } from '../../src/data/normalize.js';
import { normalizeNative } from '../../src/data/native-normalize.js';
import { JSON_FIXTURES, XML_FIXTURES, fixture, fixtureText, schemaValidator, seed } from './helpers.js';

type Validate = Awaited<ReturnType<typeof schemaValidator>>;
type Json = unknown;

/** Every path (keys and indices) inside a JSON value, parents before children. */
function paths(
  v: Json,
  prefix: (string | number)[] = [],
  out: (string | number)[][] = [],
): (string | number)[][] {
  if (v && typeof v === 'object') {
    for (const [k, x] of Object.entries(v)) {
      const p = [...prefix, Array.isArray(v) ? Number(k) : k];
      out.push(p);
      paths(x, p, out);
    }
  }
  return out;
}

type Op = { at: number; kind: 'delete' | 'replace' | 'wrap'; value: Json };

/** Applies random deletions and replacements to a copy of a fixture. */
function mutate(doc: Json, ops: Op[]): Json {
  const copy = structuredClone(doc) as Json;
  for (const op of ops) {
    const all = paths(copy);
    if (!all.length) break;
    const p = all[op.at % all.length];
    let parent = copy as Record<string | number, Json>;
    for (const k of p.slice(0, -1)) parent = parent[k] as Record<string | number, Json>;
    const key = p[p.length - 1];
    if (op.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else parent[key] = op.kind === 'wrap' ? [parent[key]] : op.value;
  }
  return copy;
}

const EXPECTS: Expect[] = ['article', 'list', 'credits'];

describe('normalize: property tests', function () {
  this.timeout(60000);
  let validators: Record<Expect, Validate>;
  let docs: Json[];
  let xmls: string[];

  before(async () => {
    const [a, i, c] = await Promise.all(['Article', 'RelatedItem', 'Credit'].map((d) => schemaValidator(d)));
    validators = { article: a, list: i, credits: c };
    docs = [...(await Promise.all(JSON_FIXTURES.map(fixture))), await seed()];
    xmls = await Promise.all(XML_FIXTURES.map(fixtureText));
  });

  /** Never throws; a value validates against the schema, or is null with problems and an error kind. */
  function holds(input: unknown, expect_: Expect, timeZone?: string): boolean {
    const r = normalize(input, { expect: expect_, timeZone });
    // The elements' native fast path, where it applies, gives exactly what the full normalizer gives.
    const fast = normalizeNative(input, { expect: expect_, timeZone });
    if (fast && JSON.stringify(fast) !== JSON.stringify(r)) {
      throw new Error(`fast path differs for ${JSON.stringify(input).slice(0, 300)}`);
    }
    if (r.value === null)
      return r.problems.length > 0 && (r.errorKind === 'format' || r.errorKind === 'invalid');
    const v = validators[expect_];
    const ok = expect_ === 'article' ? v(r.value) : Array.isArray(r.value) && r.value.every((x) => v(x));
    if (!ok) throw new Error(`${JSON.stringify(v.errors)} for ${JSON.stringify(r.value).slice(0, 500)}`);
    return true;
  }

  it('holds for 4,000 random JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(...EXPECTS), (v, e) => holds(v, e)),
      { numRuns: 4000 },
    );
  });

  it('holds for 5,000 mutated JSON fixtures', () => {
    const op = fc.record({
      at: fc.nat(),
      kind: fc.constantFrom('delete' as const, 'replace' as const, 'wrap' as const),
      value: fc.oneof(
        fc.jsonValue({ maxDepth: 2 }),
        fc.constantFrom(
          '',
          ' ',
          '2025-04-09 11:27:00',
          'Wed, 09 Apr 2025 11:27:00 GMT',
          'x丨y',
          -1,
          '1,234',
          null,
        ),
      ),
    });
    fc.assert(
      fc.property(
        fc.nat({ max: 99 }),
        fc.array(op, { minLength: 1, maxLength: 6 }),
        fc.constantFrom(...EXPECTS),
        fc.constantFrom(undefined, 'UTC', 'America/New_York', 'Bad/Zone'),
        (i, ops, e, tz) => holds(mutate(docs[i % docs.length], ops), e, tz),
      ),
      { numRuns: 5000 },
    );
  });

  it('holds for 1,000 mutated XML and JSON strings', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: 99 }),
        fc.nat(),
        fc.nat(),
        fc.string({ maxLength: 20 }),
        fc.constantFrom(...EXPECTS),
        (i, a, b, insert, e) => {
          const all = [...xmls, ...docs.map((d) => JSON.stringify(d))];
          const s = all[i % all.length];
          const [from, to] = [a % s.length, b % s.length].sort((x, y) => x - y);
          return holds(s.slice(0, from) + insert + s.slice(to), e);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('the fast path gives exactly what normalize() gives, or declines, for 3,000 generated native documents', () => {
    // Mostly values in normalized form, some that the normalizer would repair or drop.
    const mostly = <T>(good: T[], bad: T[]) =>
      fc.oneof(
        { arbitrary: fc.constantFrom(...good), weight: 15 },
        { arbitrary: fc.constantFrom(...bad), weight: 1 },
      );
    const text = mostly(
      ['a', 'Ann', '新闻 标题', 'a < b', 'R&D', 'AT&T Co', 'a <3 b', '& Co;'],
      [
        ...[' a', 'a ', 'a  b', 'a\tb', 'a\u3000b', 'a\u00a0b', 'a\nb', '<b>x</b>', '<B>x</B>', '<!-- c -->'],
        ...['a &amp; b', 'a &AMP; b', '&#65;', '&#X41;', '&#xfF;', 'x丨y', 'x | y', ''],
      ],
    );
    const time = mostly<string | number>(
      [
        '2025-04-09T11:27:00+08:00',
        '2025-04-09T11:27:00.250-05:30',
        '2024-02-29T23:59:59+00:00',
        '2000-02-29T00:00:00+08:00',
        '2025-12-31 23:59:59',
        '2025-04-09 11:27:00',
        '2025-04-09T11:27',
        '2025-03-09 02:30:00',
        '2025-11-02 01:30:00.500',
        '2025-04-09',
      ],
      [
        '2025-04-09T11:27:00.000+08:00',
        '2025-02-29T00:00:00+08:00',
        '2025-04-09T24:00:00+08:00',
        '2025-04-09T11:27:00Z',
        '2025-04-31 10:00:00',
        '2100-02-29 00:00:00',
        '2025-06-31T00:00:00+08:00',
        '2025-04-09T11:27:00+24:00',
        '2025-04-09 11:27:00+08:00',
        '2025-04-09T11:27+08:00',
        '2025-4-9 11:27:00',
        '2025-04-09T11:27:00-00:00',
        '0999-01-01T00:00:00+00:00',
        1744169220,
      ],
    );
    const num = mostly<number | string>([0, 7, 1200], [1.5, -1, 1e20, '12']);
    const any = <T>(v: fc.Arbitrary<T>) =>
      fc.oneof({ arbitrary: v, weight: 6 }, text, num, fc.constant(null), fc.constant([]));
    const media = fc.oneof(
      { arbitrary: fc.constant(undefined), weight: 3 },
      text,
      fc.constant({}),
      fc.record(
        { src: text, alt: text, width: num, height: num, mimeType: text, caption: text, url: text },
        { requiredKeys: [] },
      ),
    );
    const block = fc.record(
      {
        type: mostly(['paragraph', 'heading', 'quote', 'html', 'image', 'video', 'audio', 'list'], ['embed']),
        text,
        lead: text,
        level: mostly<number | string>([2, 3, 4], [1, '2']),
        cite: text,
        html: text,
        src: text,
        alt: text,
        caption: text,
        poster: text,
        width: num,
        items: fc.array(text, { minLength: 1, maxLength: 3 }),
        ordered: any(fc.boolean()),
        id: text,
      },
      { requiredKeys: ['type', 'text', 'html', 'src', 'alt', 'items'] },
    );
    const credit = fc.record(
      {
        role: mostly(['source', 'editor', 'chiefEditor', 'photographer'], ['编辑', 'Foo', '']),
        names: fc.oneof(
          fc.constant(['王珺茹']),
          fc.constant(['Ann', 'Bo']),
          fc.array(text, { maxLength: 2 }),
        ),
        label: text,
        '@type': text,
      },
      { requiredKeys: ['role', 'names'] },
    );
    const item = fc.record(
      {
        title: text,
        url: text,
        summary: text,
        published: time,
        image: media,
        channel: text,
        id: text,
        role: mostly([undefined], ['editor']),
      },
      { requiredKeys: ['title'] },
    );
    const article = fc.record(
      {
        title: text,
        channel: text,
        subtitle: text,
        summary: text,
        id: any(text),
        url: text,
        lang: text,
        published: time,
        updated: time,
        views: num,
        image: media,
        audio: media,
        body: fc.oneof(
          { arbitrary: fc.array(block, { maxLength: 4 }), weight: 4 },
          text,
          fc.array(fc.oneof(block, text), { maxLength: 4 }),
        ),
        credits: fc.oneof(
          { arbitrary: fc.uniqueArray(credit, { maxLength: 4, selector: (c) => c.role }), weight: 4 },
          fc.array(credit, { maxLength: 3 }),
          fc.record({ editor: text }),
        ),
        tags: fc.oneof(
          { arbitrary: fc.uniqueArray(fc.constantFrom('a', 'b', '标签'), { maxLength: 3 }), weight: 4 },
          text,
          fc.array(fc.constantFrom('a', 'b', 'a,b', ' c'), { maxLength: 3 }),
        ),
        related: fc.array(item, { maxLength: 3 }),
        next: mostly([undefined], ['/page/2']),
        $schema: mostly([undefined, 'https://example.com/article.schema.json'], ['ninjs']),
      },
      { requiredKeys: ['title'] },
    );
    const doc = fc.oneof(
      article,
      fc.array(item, { maxLength: 4 }),
      fc.array(credit, { maxLength: 4 }),
      fc.record({ items: fc.array(item, { maxLength: 4 }), next: text }, { requiredKeys: ['items'] }),
    );
    let taken = 0;
    fc.assert(
      fc.property(
        doc,
        fc.constantFrom(...EXPECTS),
        fc.constantFrom(undefined, 'UTC', 'America/New_York', 'Bad/Zone'),
        (d, e, tz) => {
          const fast = normalizeNative(d, { expect: e, timeZone: tz });
          if (!fast) return true;
          taken++;
          expect(JSON.stringify(fast), JSON.stringify(d)).to.equal(
            JSON.stringify(normalize(d, { expect: e, timeZone: tz })),
          );
          return true;
        },
      ),
      { numRuns: 3000 },
    );
    // Enough documents are in normalized form (about 100 of 3,000) for the comparison to mean something.
    expect(taken).to.be.greaterThan(50);
  });

  it('the fast path reads every time as normalize() does, those already in its form included', () => {
    const times = [
      ...['2025-04-09T11:27:00+08:00', '2024-02-29T23:59:59+00:00', '2025-04-09T11:27:00+23:59'],
      ...['2025-04-09T11:27:00-00:00', '2025-04-09T11:27:00-05:30', '2025-04-09T11:27:00.250+08:00'],
      ...['2025-04-09 11:27:00+08:00', '2025/04/09T11:27:00+08:00', '2025-04-09T11:27：00+08:00'],
      ...['2025-04-09T1:27:00+08:00', '2025-4-09T11:27:00+08:00', '2025-04-09T11:27:60+08:00'],
      ...['2025-04-09T11:27:00+24:00', '2025-02-29T00:00:00+08:00', '2025-04-09T11:27+08:00'],
      ...['2025-04-09 11:27:00', '2025年4月9日 11:27', '2025-04-09'],
    ];
    let taken = 0;
    for (const timeZone of [undefined, 'UTC', 'America/New_York'])
      for (const published of times) {
        const doc = [{ title: 'a', published }];
        const fast = normalizeNative(doc, { expect: 'list', timeZone });
        if (!fast) continue;
        taken++;
        expect(JSON.stringify(fast), `${published} in ${timeZone}`).to.equal(
          JSON.stringify(normalize(doc, { expect: 'list', timeZone })),
        );
      }
    expect(taken).to.be.greaterThan(30);
  });

  // A quadratic pass over these inputs would run far past the suite's timeout. normalize() turns any
  // exception into an "unexpected error" problem, so that problem is what shows a throw.
  it('handles 10 MB strings without throwing: each gives its own result or its own format error', () => {
    const big = 'x'.repeat(10_000_000);
    const cases: [string, (r: ReturnType<typeof normalize>, e: Expect) => void][] = [
      [big, (r) => expect(r.problems[0].message).to.match(/^not JSON or XML/)],
      [`<${big}`, (r) => expect(r.problems[0].message).to.match(/^not well-formed XML/)],
      [`"${big}"`, (r) => expect(r.problems[0].message).to.match(/^a string: expected native JSON/)],
      [
        JSON.stringify({ title: big, body: big, published: big, views: big }),
        (r, e) => {
          expect(r.format).to.equal('native');
          if (e === 'article') {
            // The text kept whole (lengths compared, so that a failure does not print 10 MB), the time and
            // the view count dropped with a problem each.
            const a = r.value as { title: string; body: string };
            expect(Object.keys(a)).to.deep.equal(['title', 'body']);
            expect([a.title.length, a.body.length]).to.deep.equal([10_000_000, 10_000_000]);
            expect(r.problems.map((p) => p.path)).to.deep.equal(['published', 'views']);
          } else expect(r.value).to.deep.equal([]);
        },
      ],
      [
        JSON.stringify({
          '@type': 'NewsArticle',
          headline: `a ${'丨 '.repeat(100000)}b`,
          articleBody: '\n'.repeat(1_000_000),
        }),
        (r, e) => {
          expect(r.format).to.equal('schema-org');
          if (e === 'article') {
            const a = r.value as { title: string; channel: string; body: unknown[] };
            expect([a.channel, a.title.length, a.title.slice(-3), a.body.length]).to.deep.equal([
              'a',
              199_999,
              '丨 b',
              0,
            ]);
          } else expect(r.value).to.deep.equal([]);
        },
      ],
    ];
    for (const [input, outcome] of cases) {
      for (const e of EXPECTS) {
        const r = normalize(input, { expect: e });
        const what = `${input.slice(0, 12)}… as ${e}`;
        expect(
          r.problems.map((p) => p.message).filter((m) => /^unexpected error/.test(m)),
          what,
        ).to.deep.equal([]);
        if (r.value === null) {
          expect(r.errorKind, what).to.equal('format');
          expect(r.problems, what).to.have.length(1);
        } else {
          const v = validators[e];
          const ok = e === 'article' ? v(r.value) : Array.isArray(r.value) && r.value.every((x) => v(x));
          expect(ok, `${what}: ${JSON.stringify(v.errors)}`).to.equal(true);
        }
        outcome(r, e);
      }
    }
  });
});
