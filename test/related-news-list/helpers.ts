import { fixture, type html } from '@open-wc/testing';
import type { RelatedNewsListElement } from '../../src/related-news-list/related-news-list.js';
import type { RelatedItem } from '../../src/data/model.js';

export const FIX = '/test/fixtures';

/** The seed's five related items (test/fixtures/list-array.json), as the data says them. */
export const SEED_TITLES = [
  '省委常委会召开会议 吴晓军主持',
  '中央第十巡视组巡视内蒙古自治区工作动员会召开',
  '【理响中国】发挥中华优秀传统文化“厚实力”',
  '市委7个巡察组已进驻！联系方式公布',
  '北京部署2025年住房保障工作！明确六项重点——',
];
export const SEED_TIMES = [
  '2025-04-16 11:28:00',
  '2025-04-16 09:20:00',
  '2025-04-14 21:21:00',
  '2025-04-14 14:41:00',
  '2025-04-14 14:15:00',
];

export async function seedItems(): Promise<RelatedItem[]> {
  return (await (await fetch(`${FIX}/list-array.json`)).json()) as RelatedItem[];
}

/** `n` generated items. */
export function generate(n: number, from = 0): RelatedItem[] {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    return {
      title: `Item ${i}`,
      url: `https://news.example.com/item/${i}`,
      summary: `Summary of item ${i}`,
      published: new Date(Date.UTC(2025, 3, 16, 3, 28) - i * 60000).toISOString(),
    };
  });
}

export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
export const $$ = (el: Element, selector: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];
export const titles = (el: Element) => $$(el, '[part="title"]').map((h) => h.textContent!.trim());
export const links = (el: Element) => $$(el, 'a[part="link"]') as HTMLAnchorElement[];

/** Renders the template and waits until the data has settled and the final DOM is there. */
export async function settled(template: ReturnType<typeof html>): Promise<RelatedNewsListElement> {
  const el = await fixture<RelatedNewsListElement>(template);
  await el.loaded;
  await el.updateComplete;
  return el;
}

/** A URL of the test server's fault route serving a fixture file with a content type. */
export function served(file: string, type: string, extra = ''): string {
  return `/__fault/list?file=test/fixtures/${file}&type=${encodeURIComponent(type)}${extra}`;
}
