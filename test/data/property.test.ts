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

  // A quadratic pass over these inputs would run far past the suite's timeout.
  it('handles 10 MB strings without throwing', () => {
    const big = 'x'.repeat(10_000_000);
    for (const input of [
      big,
      `<${big}`,
      `"${big}"`,
      JSON.stringify({ title: big, body: big, published: big, views: big }),
      JSON.stringify({
        '@type': 'NewsArticle',
        headline: `a ${'丨 '.repeat(100000)}b`,
        articleBody: '\n'.repeat(1_000_000),
      }),
    ]) {
      for (const e of EXPECTS) expect(() => normalize(input, { expect: e })).to.not.throw();
    }
  });
});
