import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { $, $$, article, articleWithTools, shown, type ArticleEl } from './helpers.js';
import { FONT_SIZE_KEY, setFontSize } from '../../src/news-tools/font-scale.js';
import type { NewsToolsElement } from '../../src/news-tools/news-tools.js';

const paragraphSize = (el: Element) => parseFloat(getComputedStyle($(el, '[part~="paragraph"]')!).fontSize);
const pressed = (tools: Element) =>
  $$(tools, '[part~="font-button"]')
    .filter((b) => b.getAttribute('aria-pressed') === 'true')
    .map((b) => b.textContent!.trim());
const button = (tools: Element, text: string) =>
  $$(tools, '[part~="font-button"]').find((b) => b.textContent!.trim() === text)!;

describe('<news-tools> 字号 大/中/小', () => {
  beforeEach(() => {
    setFontSize('medium');
    localStorage.removeItem(FONT_SIZE_KEY);
  });
  after(() => {
    setFontSize('medium');
    localStorage.removeItem(FONT_SIZE_KEY);
  });

  it('shows 【字体：大 中 小】 as a labelled group of toggle buttons, 中 pressed', async () => {
    const { tools } = await articleWithTools(article(), 'font');
    const group = $(tools, '[part~="font"]')!;
    expect(group.getAttribute('role')).to.equal('group');
    expect(group.getAttribute('aria-label')).to.equal('字体');
    expect(group.textContent!.replace(/\s+/g, '')).to.equal('【字体：大中小】');
    expect(pressed(tools)).to.deep.equal(['中']);
  });

  it('scales every <news-article> on the page, and marks the choice in every tools element', async () => {
    const one = await articleWithTools(article(), 'font');
    const two = await articleWithTools(article({ title: '另一篇' }), 'font');
    const bare = await shown(
      await fixture<ArticleEl>(html`<news-article .article=${article({ title: '无工具' })}></news-article>`),
    );
    const normal = paragraphSize(one.article);
    button(one.tools, '大').click();
    expect(paragraphSize(one.article)).to.be.closeTo(normal * 1.125, 0.01);
    expect(paragraphSize(two.article)).to.be.closeTo(normal * 1.125, 0.01);
    expect(paragraphSize(bare)).to.be.closeTo(normal * 1.125, 0.01);
    expect(pressed(one.tools)).to.deep.equal(['大']);
    expect(pressed(two.tools)).to.deep.equal(['大']);
    button(two.tools, '小').click();
    expect(paragraphSize(one.article)).to.be.closeTo(normal * 0.875, 0.01);
    expect(pressed(one.tools)).to.deep.equal(['小']);
    // An article added afterwards takes the choice too.
    const later = await shown(
      await fixture<ArticleEl>(html`<news-article .article=${article({ title: '后来的' })}></news-article>`),
    );
    expect(paragraphSize(later)).to.be.closeTo(normal * 0.875, 0.01);
  });

  it('is keyboard operable (Tab between sizes, Enter or Space)', async () => {
    const { tools } = await articleWithTools(article(), 'font');
    button(tools, '大').focus();
    await sendKeys({ press: 'Enter' });
    expect(pressed(tools)).to.deep.equal(['大']);
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(tools.shadowRoot!.activeElement?.textContent!.trim()).to.equal('小');
    await sendKeys({ press: 'Space' });
    expect(pressed(tools)).to.deep.equal(['小']);
  });

  it('is remembered for the next visit (localStorage)', async () => {
    const { tools } = await articleWithTools(article(), 'font');
    button(tools, '小').click();
    expect(localStorage.getItem(FONT_SIZE_KEY)).to.equal('small');
  });

  it('still works where storage is blocked', async () => {
    const { tools, article: a } = await articleWithTools(article(), 'font');
    const normal = paragraphSize(a);
    const blocked = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    const original = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')!;
    Object.defineProperty(Storage.prototype, 'setItem', { value: blocked, configurable: true });
    try {
      button(tools, '大').click();
    } finally {
      Object.defineProperty(Storage.prototype, 'setItem', original);
    }
    expect(pressed(tools)).to.deep.equal(['大']);
    expect(paragraphSize(a)).to.be.closeTo(normal * 1.125, 0.01);
  });

  it('follows a choice made in another page of the site, and the other page follows this one', async () => {
    const { tools, article: a } = await articleWithTools(article(), 'font');
    const normal = paragraphSize(a);
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="another page" src="/test/news-tools/fixtures/page.html"></iframe>`,
    );
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const doc = frame.contentDocument!;
    await waitUntil(() =>
      doc.querySelector<NewsToolsElement>('news-tools')?.shadowRoot?.querySelector('button'),
    );
    const other = doc.querySelector<NewsToolsElement>('news-tools')!;
    const otherArticle = doc.querySelector<ArticleEl>('news-article')!;
    await waitUntil(() => otherArticle.shadowRoot?.querySelector('[part~="paragraph"]'));
    const otherNormal = paragraphSize(otherArticle);

    // The other page chooses 大: this page follows (storage event / BroadcastChannel).
    button(other, '大').click();
    await waitUntil(() => pressed(tools)[0] === '大', 'this page did not follow the other page');
    expect(paragraphSize(a)).to.be.closeTo(normal * 1.125, 0.01);

    // This page chooses 小: the other page follows.
    button(tools, '小').click();
    await waitUntil(() => pressed(other)[0] === '小', 'the other page did not follow this page');
    expect(paragraphSize(otherArticle)).to.be.closeTo(otherNormal * 0.875, 0.01);
  });

  it('is accessible (axe) in each state', async () => {
    const { tools } = await articleWithTools(article(), 'font');
    await expect(tools).to.be.accessible();
    button(tools, '大').click();
    await expect(tools).to.be.accessible();
  });
});
