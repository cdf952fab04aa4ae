import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { inlineText } from '../../src/data/inline-text.js';
import { htmlToText } from '../../src/data/text.js';
import { normalize, type Expect } from '../../src/data/normalize.js';
import { normalizeNative } from '../../src/data/native-normalize.js';

// What CMSs put in titles, summaries, channels and names, in pieces. `common` pieces are read on the
// elements' eager path; `rare` ones may need the parser (the full normalizer).
const WORDS = [
  '四个聚焦',
  '推进',
  '标红',
  '标题',
  'São Paulo',
  'Zürich',
  '“quoted”',
  "it's",
  '"x"',
  '—',
  '1',
  'x',
];
const MARKS = ['a < b', '5 > 3', 'a <3 b', '& Co', '&;', '&1;', '1&2'];
const SPACES = [' ', '  ', '\u3000', '\u00a0', '\n', '\t', '\r\n'];
const NAMED = [
  ...['&ldquo;', '&rdquo;', '&lsquo;', '&rsquo;', '&mdash;', '&ndash;', '&hellip;', '&middot;', '&bull;'],
  ...['&nbsp;', '&emsp;', '&ensp;', '&amp;', '&lt;', '&gt;', '&quot;', '&apos;', '&times;', '&copy;'],
];
const TAGS = [
  ...['<b>', '</b>', '<strong>', '</strong>', '<em>', '</em>', '<i>', '</i>', '<u>', '</u>', '<I>'],
  ...['<font color=red>', '<font color="#f00" size=3>', '</font>', '<FONT COLOR=RED>', '</FONT>', '<B>'],
  ...['<span style="color:red">', "<span class='a b'>", '<span title="a>b">', '</span>', '<span  >'],
  ...['<br>', '<br/>', '<br />', '<BR>', '</br>'],
];
const ESCAPED_TWICE = ['&amp;ldquo;', '&amp;amp;', '&amp;#x4e2d;', '&amp;lt;b&amp;gt;', '&amp;nbsp;'];
const RARE = [
  ...['<p>', '</p>', '<div>', '</div>', '<a href="/x">', '</a>', '<!-- c -->', '<script>x</script>'],
  ...[
    '<style>p{}</style>',
    '<img src=x>',
    '<bx>',
    '<b/x>',
    '<b class="x>',
    '<',
    '</',
    '<?x?>',
    '<b',
    '<b x=">',
  ],
  ...['<font color = red>', '<span\ttitle=x>', '<b\u3000x>', '<span title=a\u00a0b>', '<span\n>', '<sup>'],
  ...['</sub>', '<small>', '<big>', '<s>'],
  ...[
    '&hearts;',
    '&alpha;',
    '&foo;',
    '&notit;',
    '&notin;',
    '&copy2025',
    '&amp',
    '&ampx',
    '&lt3',
    '&#65',
    '&#;',
  ],
  ...['&#x;', '&#0;', '&#150;', '&#xD800;', '&#1114112;', '&constructor;', '\0', '&AMP;', '&QUOT;', '&reg;'],
  ...[
    '&eacute;',
    '&Eacute;',
    '&ccedil;',
    '&uuml;',
    '&yuml;',
    '&Aring;',
    '&AElig;',
    '&szlig;',
    '&frac12;',
    '&le;',
  ],
  ...['&euro;', '&yen;', '&rarr;', '&deg;', '&trade;', '&divide;', '&permil;', '&zwj;', '&Bgrave;'],
  // A bare `&` before a word: text in plain text, the parser's in markup.
  ...['Q&A', 'R&D', 'AT&T', 'R&D &amp;'],
];
const numeric = fc
  .oneof(
    // Not `&`, `;`, `<` (new markup for the second reading of text escaped twice) or `|` (a channel separator).
    fc.integer({ min: 0x20, max: 0x7e }).filter((c) => !'&;<|'.includes(String.fromCharCode(c))),
    fc.integer({ min: 0xa0, max: 0x2fff }),
    // Not 丨 (U+4E28), a channel separator in article titles.
    fc.integer({ min: 0x4e00, max: 0x9fff }).filter((c) => c !== 0x4e28),
    fc.integer({ min: 0x1f300, max: 0x1f6ff }),
  )
  .chain((c) =>
    fc.constantFrom(`&#${c};`, `&#0${c};`, `&#x${c.toString(16)};`, `&#X${c.toString(16).toUpperCase()};`),
  );
const pieces = (named: string[], twice: string[]) =>
  fc.oneof(
    fc.constantFrom(...WORDS, ...MARKS),
    fc.constantFrom(...SPACES),
    fc.constantFrom(...named),
    fc.constantFrom(...TAGS),
    ...twice.map((t) => fc.constant(t)),
    numeric,
  );
const commonPiece = pieces(NAMED, []);
// Text escaped twice is read twice, by the parser too: a `<` decoded the first time starts a tag then,
// and an `&` a reference.
const twicePiece = pieces(
  NAMED.filter((n) => n !== '&lt;' && n !== '&amp;'),
  ESCAPED_TWICE,
);
const anyPiece = fc.oneof(
  { arbitrary: commonPiece, weight: 3 },
  { arbitrary: twicePiece, weight: 2 },
  { arbitrary: fc.constantFrom(...RARE), weight: 1 },
  { arbitrary: fc.string({ maxLength: 4, unit: 'binary' }), weight: 1 },
);
const join = (p: fc.Arbitrary<string>, max = 8) => fc.array(p, { maxLength: max }).map((a) => a.join(''));
const commonText = fc.oneof(join(commonPiece), join(twicePiece));
const cmsText = join(anyPiece);

describe('inline CMS text without a parser', function () {
  this.timeout(60000);

  it('reads references, inline tags and spaces as the HTML parser does', () => {
    expect(inlineText('&ldquo;四个聚焦&rdquo;推进')).to.equal('“四个聚焦”推进');
    expect(inlineText('<font color=red>标红</font>标题')).to.equal('标红标题');
    expect(inlineText('a<br>b&nbsp;&nbsp;c\u3000d')).to.equal('a b c d');
    expect(inlineText('&#8220;&#x4e2d;&#X4E2D;&amp;&mdash;&times;')).to.equal('“中中&—×');
    expect(inlineText('<span title="a>b">R</span> &amp;amp; 1&2')).to.equal('R & 1&2');
    expect(inlineText('R&D, AT&T')).to.equal('R&D, AT&T');
    // A reference it does not know, a bare `&` before a word in markup, or markup other than inline
    // tags: the parser decides.
    for (const s of [
      '&hearts;',
      '&eacute;',
      'R&D <b>x</b>',
      '<p>a</p>',
      '<!-- c -->x',
      '&#150;',
      'a &notit; b',
    ])
      expect(inlineText(s), s).to.equal(undefined);
  });

  it('gives what the full normalizer (DOMParser) gives, for 20,000 generated strings, and reads all common ones', () => {
    let taken = 0;
    fc.assert(
      fc.property(cmsText, (s) => {
        const fast = inlineText(s.trim());
        if (fast === undefined) return true;
        taken++;
        expect(fast, JSON.stringify(s)).to.equal(htmlToText(s.trim()));
        return true;
      }),
      { numRuns: 20000 },
    );
    expect(taken).to.be.greaterThan(5000);
    fc.assert(
      fc.property(commonText, (s) => {
        expect(inlineText(s.trim()), JSON.stringify(s)).to.equal(htmlToText(s.trim()));
        return true;
      }),
      { numRuns: 5000 },
    );
  });
});

// Times as portals write them (read on the eager path), and rarer ones for the full normalizer.
const hh = fc.integer({ min: 0, max: 23 });
const mm = fc.integer({ min: 0, max: 59 });
const pad = (n: number) => String(n).padStart(2, '0');
const commonTime = fc
  .tuple(
    fc.integer({ min: 1990, max: 2039 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 31 }),
    hh,
    mm,
    mm,
    fc.nat(7),
  )
  .map(([y, mo, d, h, mi, s, form]) => {
    d = Math.min(d, 28);
    return [
      `${y}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}:${pad(s)}`,
      `${y}-${pad(mo)}-${pad(d)} ${pad(h)}:${pad(mi)}`,
      `${y}/${pad(mo)}/${pad(d)}`,
      `${y}/${mo}/${d} ${h}:${pad(mi)}`,
      `${y}年${mo}月${d}日 ${pad(h)}:${pad(mi)}`,
      `${y}年${pad(mo)}月${pad(d)}日`,
      `${y}年${mo}月${d}日${h}时${pad(mi)}分`,
      `${y}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}+08:00`,
    ][form];
  });
const rareTime = fc.constantFrom(
  ...['Wed, 09 Apr 2025 11:27:00 +0800', '2025-04-09T11:27:00Z', '2025-04-31 10:00', '2025年4月9日 下午3:27'],
  ...['2025-04-09 11:27:00 CST', '1744169220', '2025-04-09T11:27:00.123456+08:00', ' 2025-04-09', '2025.4.9'],
  ...['2025年4月9日T11:27', '2025-04-09 24:00', '2025年4月9日 11：27：30', '2025-04-09T11:27:00-00:00', ''],
  ...['2025/04/09 11:27:00+05:45', '2100-02-29', '2024-02-29 12:00', '2025-03-09 02:30:00', '999-01-01'],
);
const commonViews = fc.oneof(
  fc.nat(10_000_000),
  fc.nat(99_999_999).map(String),
  fc.constantFrom('1,234', '12,345,678'),
);
const rareViews = fc.constantFrom(
  '1.2万',
  '10万+',
  ' 12',
  '3k',
  '1234次浏览',
  1.5,
  -1,
  '',
  'x',
  '9'.repeat(30),
);

const mix = <T, U>(common: fc.Arbitrary<T>, rare: fc.Arbitrary<U>) =>
  fc.oneof({ arbitrary: common, weight: 6 }, { arbitrary: rare, weight: 1 });

/** A native document as a portal sends it; `rare` adds what only the full normalizer reads. */
function documents(rare: boolean) {
  const text = rare ? cmsText : commonText;
  const title = rare ? cmsText : commonText.map((t) => `${t}题`);
  const time = rare ? mix(commonTime, rareTime) : commonTime;
  const views = rare ? mix(commonViews, rareViews) : commonViews;
  const empty = fc.constantFrom(null, '');
  const opt = <T>(a: fc.Arbitrary<T>) => fc.oneof({ arbitrary: a, weight: 4 }, empty);
  const channel = fc.constantFrom('视听甘肃', '要闻', '&ldquo;要闻&rdquo;', '<b>国际</b>');
  const item = fc.record(
    {
      title: fc.oneof(
        title,
        channel.chain((c) => title.map((t) => `${c}丨${t}`)),
      ),
      url: opt(fc.constantFrom('/a.html', 'https://news.example.com/2025/1.html?a=1&b=2')),
      summary: opt(text),
      published: opt(time),
      channel: opt(channel),
      id: fc.constantFrom('1', 42),
    },
    { requiredKeys: ['title'] },
  );
  const credit = fc.record(
    {
      role: fc.constantFrom('source', 'editor', 'reporter', 'chiefEditor'),
      names: fc.uniqueArray(
        fc.constantFrom('王珺茹', '李&nbsp;四', 'By Jane Doe', '<b>Ann</b>', 'Bo&#8217;s'),
        {
          minLength: 1,
          maxLength: 3,
        },
      ),
      label: opt(fc.constantFrom('责任编辑', '&ldquo;编辑&rdquo;')),
    },
    { requiredKeys: ['role', 'names'] },
  );
  const credits = fc.uniqueArray(credit, { maxLength: 4, selector: (c) => c.role });
  const article = fc.record(
    {
      // An article title with a channel prefix (视听甘肃丨…) is split by the full normalizer.
      title: rare
        ? fc.oneof(
            title,
            channel.chain((c) => title.map((t) => `${c}丨${t}`)),
          )
        : title,
      channel: opt(channel),
      subtitle: opt(text),
      summary: opt(text),
      url: opt(fc.constant('/article.html')),
      published: opt(time),
      updated: opt(time),
      views: fc.oneof(views, fc.constant(null)),
      image: fc.oneof(
        fc.constant(null),
        fc.record({
          src: fc.constant('/a.jpg'),
          alt: fc.constant(''),
          caption: opt(text),
          credit: opt(text),
        }),
      ),
      body: fc.array(
        fc.oneof(
          fc.record({ type: fc.constant('paragraph'), text: fc.constantFrom('正文。', 'Body & text') }),
          fc.record({ type: fc.constant('quote'), text: fc.constant('引语'), cite: opt(text) }),
        ),
        { maxLength: 3 },
      ),
      // Null credits are a problem to the full normalizer when it reads the credits alone.
      credits: rare ? fc.oneof(credits, fc.constant(null)) : credits,
      related: fc.array(item, { maxLength: 3 }),
    },
    { requiredKeys: ['title'] },
  );
  return fc.oneof(
    article.map((a) => ['article', a] as const),
    fc.array(item, { maxLength: 5 }).map((a) => ['list', a] as const),
    fc.record({ items: fc.array(item, { maxLength: 5 }) }).map((a) => ['list', a] as const),
    credits.filter((c) => c.length > 0).map((a) => ['credits', a] as const),
    article.map((a) => ['credits', a] as const),
  );
}

describe('the eager path for CMS data', function () {
  this.timeout(60000);
  const zones = fc.constantFrom(undefined, 'UTC', 'America/New_York');

  it('reads zone-less, slashed and Chinese times as normalize() does, and declines the others', () => {
    const common = [
      ...['2025-04-09 11:27:00', '2025-04-09 11:27', '2025/04/09', '2025/4/9 9:05', '2025.04.09'],
      ...['2025年4月9日 11:27', '2025年04月09日', '2025年4月9日11时27分', '2025年4月9日 11时27分30秒'],
      ...['2025年4月9日 11：27', '2025-04-09T11:27:00+08:00', '2025-04-09T11:27:00.250-05:30', '2024-02-29'],
    ];
    const rare = [
      ...['2025年4月9日T11:27', '2025年4月9日 11时27分+08:00', '2025-04-09日T11:27', '2025年4月9日 下午3:27'],
      ...['Wed, 09 Apr 2025 11:27:00 +0800', '2025-04-31', '2025-02-29', '2025-04-09 24:00', ' 2025-04-09'],
      ...['2025-04-09T11:27:00Z', '2025-04-09 11:27:00 CST', '1744169220', '2025年4月9日+08:00'],
    ];
    for (const timeZone of [undefined, 'UTC', 'America/New_York']) {
      for (const published of [...common, ...rare]) {
        const doc = { title: 't', published };
        const fast = normalizeNative(doc, { expect: 'article', timeZone });
        const full = normalize(doc, { expect: 'article', timeZone });
        if (common.includes(published)) expect(fast, published).to.not.equal(undefined);
        if (fast) expect(JSON.stringify(fast), published).to.equal(JSON.stringify(full));
      }
    }
  });

  it('gives exactly what normalize() gives, or declines, for 4,000 generated portal documents', () => {
    let taken = 0;
    fc.assert(
      fc.property(documents(true), zones, ([expect_, doc], timeZone) => {
        const fast = normalizeNative(doc, { expect: expect_ as Expect, timeZone });
        if (!fast) return true;
        taken++;
        expect(JSON.stringify(fast), JSON.stringify(doc)).to.equal(
          JSON.stringify(normalize(doc, { expect: expect_ as Expect, timeZone })),
        );
        return true;
      }),
      { numRuns: 4000 },
    );
    expect(taken).to.be.greaterThan(500);
  });

  it('reads every document made of common CMS text, times and counts, as normalize() does', () => {
    fc.assert(
      fc.property(documents(false), zones, ([expect_, doc], timeZone) => {
        const full = JSON.stringify(normalize(doc, { expect: expect_ as Expect, timeZone }));
        expect(JSON.stringify(normalizeNative(doc, { expect: expect_ as Expect, timeZone })), full).to.equal(
          full,
        );
        return true;
      }),
      { numRuns: 3000 },
    );
  });
});
