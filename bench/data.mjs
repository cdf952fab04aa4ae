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
