// Seeded benchmark data: the same items on every run. Text needs escaping (&, <, >, quotes), and mixes
// CJK, diacritics, € and —. Nothing in it is changed by the elements' plain-text normalizer, so every
// implementation renders exactly the same text.
import { readFileSync } from 'node:fs';

/** mulberry32: a small, fast, seeded PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CJK = [
  '永登县',
  '民族团结',
  '高质量发展',
  '乡村振兴',
  '兰州新区',
  '文化旅游',
  '黄河流域',
  '生态保护',
  '数字经济',
  '基层治理',
  '甘肃',
  '敦煌',
  '丝绸之路',
  '新能源',
];
const LATIN = [
  'São Paulo',
  'Zürich',
  'Málaga',
  'Ærøskøbing',
  'naïve',
  'café',
  'Kraków',
  'Dvořák',
  'Ångström',
  'jalapeño',
  'façade',
  'Øresund',
];
const MARKS = [
  'R&D',
  'AT&T',
  'a < b',
  'x > y',
  '“quoted”',
  '"double"',
  "it's",
  '€12.5m',
  '—',
  '5 > 3 & 2 < 4',
  "O'Brien",
  'Q&A',
];
const SENT = [
  '记者从相关部门获悉，今年以来当地持续推进重点项目建设。',
  'Officials in São Paulo said the plan would cost €4.2bn — more than expected.',
  '专家表示，这一举措将进一步释放发展活力。',
  'The R&D budget grew while costs < forecasts; "a rare result", analysts said.',
  '各族群众共同参与，形成了良好的社会氛围。',
  "Zürich's council called it naïve & premature — but passed it anyway.",
  '活动现场，来自各地的游客纷纷驻足观看。',
  'Prices rose 3% > the 2% target for the café & bakery sector.',
];

const pick = (r, a) => a[Math.floor(r() * a.length)];

/** `n` related items from seed 42 (+n, so each size is its own fixed list). */
export function makeItems(n, seed = 42) {
  const r = rng(seed + n);
  const base = Date.UTC(2025, 3, 16, 3, 28, 0);
  const items = [];
  for (let i = 0; i < n; i++) {
    const title = `${pick(r, CJK)}${pick(r, CJK)}：${pick(r, LATIN)} ${pick(r, MARKS)} ${pick(r, CJK)} ${i + 1}`;
    const sentences = 2 + Math.floor(r() * 2);
    let summary = '';
    for (let s = 0; s < sentences; s++) summary += (s ? ' ' : '') + pick(r, SENT);
    const published = new Date(base - i * 37 * 60000 - Math.floor(r() * 59) * 1000);
    items.push({
      title,
      url: `https://news.example.com/${published.getUTCFullYear()}/${i + 1}.html?from=related&id=${i + 1}`,
      summary,
      published: isoShanghai(published),
    });
  }
  return items;
}

/** `2025-04-16T11:28:00+08:00`: what a CMS in China sends. */
function isoShanghai(d) {
  const t = new Date(d.getTime() + 8 * 3600000).toISOString().slice(0, 19);
  return `${t}+08:00`;
}

/** The seed article of the demo. */
export function seedArticle() {
  return JSON.parse(readFileSync(new URL('../demo/data/seed-article.json', import.meta.url), 'utf8'));
}

// ---------------------------------------------------------------------------------------------------
// CMS-like data: what Chinese portals send. The same items as text, but written the way CMS output
// writes them: character references (&ldquo; &rdquo; &mdash; &hellip; &middot; &nbsp; &amp; &#8220; &#x4e2d;),
// inline tags (<font color=red>, <b>, <strong>, <span style>, <em>, <br>), full-width spaces, zone-less and
// Chinese times, view counts as strings. Every piece comes with its plain text, so `plain` is what the
// elements must show: the vanilla and React twins get it, already decoded, and render the same DOM.

/** [raw, plain] words: a CJK or Latin word, or one written with references or inline tags. */
const CMS_WORDS = [
  ['&ldquo;四个聚焦&rdquo;', '“四个聚焦”'],
  ['<font color=red>标红</font>', '标红'],
  ['<font color="#ff0000">重要</font>', '重要'],
  ['<b>高质量</b>发展', '高质量发展'],
  ['<strong>乡村振兴</strong>', '乡村振兴'],
  ['<span style="color:#c00">兰州新区</span>', '兰州新区'],
  ['<em>文化旅游</em>', '文化旅游'],
  ['R&amp;D', 'R&D'],
  ['AT&amp;T', 'AT&T'],
  ['&#8220;quoted&#8221;', '“quoted”'],
  ['&quot;double&quot;', '"double"'],
  ['it&#39;s', "it's"],
  ['&lt;b&gt;', '<b>'],
  ['5&nbsp;&gt;&nbsp;3', '5 > 3'],
  ['&#x4e2d;&#x6587;', '中文'],
  ['Zürich&middot;Málaga', 'Zürich·Málaga'],
  ['&mdash;', '—'],
  ['&hellip;', '…'],
  ['€12.5m&nbsp;&times;&nbsp;2', '€12.5m × 2'],
  ['黄河流域', '黄河流域'],
  ['生态保护', '生态保护'],
  ['São Paulo', 'São Paulo'],
];
/** [raw, plain] separators: each is one space once decoded and collapsed. */
const CMS_SEPS = [
  [' ', ' '],
  ['&nbsp;', ' '],
  ['\u3000', ' '],
  ['<br>', ' '],
  ['&emsp;', ' '],
];
/** [raw, plain] sentences of a summary. */
const CMS_SENT = [
  [
    '记者从相关部门获悉，今年以来当地持续推进重点项目建设。',
    '记者从相关部门获悉，今年以来当地持续推进重点项目建设。',
  ],
  [
    'Officials in São Paulo said the plan would cost €4.2bn &mdash; more than expected.',
    'Officials in São Paulo said the plan would cost €4.2bn — more than expected.',
  ],
  ['专家表示，这一举措将进一步释放发展活力&hellip;', '专家表示，这一举措将进一步释放发展活力…'],
  [
    'The R&amp;D budget grew while costs &lt; forecasts; &ldquo;a rare result&rdquo;, analysts said.',
    'The R&D budget grew while costs < forecasts; “a rare result”, analysts said.',
  ],
  [
    '<span style="font-size:14px">各族群众共同参与</span>，形成了良好的社会氛围。',
    '各族群众共同参与，形成了良好的社会氛围。',
  ],
  ['活动现场，来自各地的游客纷纷驻足观看。<br>', '活动现场，来自各地的游客纷纷驻足观看。'],
];

/** [raw, plain] text of `count` words with separators. */
function cmsText(r, count) {
  let raw = '';
  let plain = '';
  for (let w = 0; w < count; w++) {
    const [rw, pw] = pick(r, CMS_WORDS);
    if (w) {
      const [rs, ps] = pick(r, CMS_SEPS);
      raw += rs;
      plain += ps;
    }
    raw += rw;
    plain += pw;
  }
  return [raw, plain];
}

const pad2 = (n) => String(n).padStart(2, '0');

/**
 * `n` related items as a CMS sends them (`raw`, for the elements) and as they are shown (`plain`, for the
 * twins), from seed 42 (+n). Times are Asia/Shanghai wall times written zone-less (`2025-04-16 11:28:00`),
 * with slashes or the Chinese way (`2025年4月16日 11:28`); the plain ones are ISO 8601 with offset.
 */
export function makeCmsItems(n, seed = 42) {
  const r = rng(seed + n);
  const base = Date.UTC(2025, 3, 16, 3, 28, 0);
  const raw = [];
  const plain = [];
  for (let i = 0; i < n; i++) {
    const [rt, pt] = cmsText(r, 3 + Math.floor(r() * 3));
    const sentences = 2 + Math.floor(r() * 2);
    let rs = '';
    let ps = '';
    for (let s = 0; s < sentences; s++) {
      const [a, b] = pick(r, CMS_SENT);
      rs += (s ? ' ' : '') + a;
      ps += (s ? ' ' : '') + b;
    }
    ps = ps.trim();
    const at = new Date(base - i * 37 * 60000 - (r() < 0.5 ? 0 : Math.floor(r() * 59) * 1000));
    const w = new Date(at.getTime() + 8 * 3600000); // the wall clock in Asia/Shanghai
    const [y, mo, d, h, mi, sec] = [
      w.getUTCFullYear(),
      w.getUTCMonth() + 1,
      w.getUTCDate(),
      w.getUTCHours(),
      w.getUTCMinutes(),
      w.getUTCSeconds(),
    ];
    const form = i % 3;
    const published =
      form === 0
        ? `${y}-${pad2(mo)}-${pad2(d)} ${pad2(h)}:${pad2(mi)}:${pad2(sec)}`
        : form === 1
          ? `${y}/${pad2(mo)}/${pad2(d)} ${pad2(h)}:${pad2(mi)}:${pad2(sec)}`
          : `${y}年${mo}月${d}日 ${pad2(h)}时${pad2(mi)}分${pad2(sec)}秒`;
    const url = `https://news.example.com/${y}/${i + 1}.html?from=related&id=${i + 1}`;
    raw.push({ title: `${rt} ${i + 1}`, url, summary: rs, published });
    plain.push({ title: `${pt} ${i + 1}`, url, summary: ps, published: isoShanghai(at) });
  }
  return { raw, plain };
}

/** The seed article as a CMS sends it (`raw`) and as it is shown (`plain`). */
export function cmsArticle() {
  const plain = seedArticle();
  const raw = structuredClone(plain);
  raw.title = plain.title.replace(/“([^”]*)”/g, '&ldquo;$1&rdquo;').replace(/^(.{4})/, '<strong>$1</strong>');
  if (plain.subtitle) raw.subtitle = `<font color=red>${plain.subtitle.replace(/—/g, '&mdash;')}</font>`;
  if (plain.channel) raw.channel = `<b>${plain.channel}</b>`;
  if (typeof plain.views === 'number') raw.views = plain.views.toLocaleString('en');
  if (plain.published) {
    const m = /^(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):\d\d\+08:00$/.exec(plain.published);
    if (m) raw.published = `${m[1]}年${+m[2]}月${+m[3]}日 ${m[4]}:${m[5]}`;
    if (m) plain.published = `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:00+08:00`;
  }
  return { raw, plain };
}
