import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { Article } from '../src/data/model.js';
import '../src/define.js';
import '../src/news-tools/news-tools.define.js';

interface ToolsArgs {
  tools: string;
  lang: string;
}

/** A short article with section leads, a recording-less body and a lead image: every tool has work. */
const ARTICLE: Article = {
  title: '永登县:“四聚焦”推进民族团结进步事业 高质量发展',
  channel: '视听甘肃',
  lang: 'zh-CN',
  url: 'https://news.example.com/2025/0409/yongdeng.html',
  published: '2025-04-09T11:27:00+08:00',
  image: { src: '/data/yellow-river.svg', alt: '黄河', width: 1200, height: 600 },
  body: [
    { type: 'paragraph', text: '2024年,永登县以“四个聚焦”着力构建各族群众共有家园。' },
    { type: 'paragraph', lead: '聚焦统筹部署,强化组织之力。', text: '为开展民族工作提供组织保障。' },
    { type: 'paragraph', lead: '聚焦宣传教育,筑牢团结之基。', text: '有形有感有效铸牢中华民族共同体意识。' },
    {
      type: 'paragraph',
      lead: '聚焦文化引领,凝聚奋进之魂。',
      text: '促进各族群众的思想认同、情感认同和实践认同。',
    },
  ],
};

const EN_ARTICLE: Article = {
  title: 'Lanzhou opens its riverside footpath to cyclists',
  lang: 'en',
  body: [
    { type: 'paragraph', text: 'Cyclists can now ride the whole of the Yellow River footpath.' },
    { type: 'heading', text: 'A new bike lane' },
    { type: 'paragraph', text: 'The last section opened on Friday morning.' },
  ],
};

const meta: Meta<ToolsArgs> = {
  title: 'Elements/news-tools',
  component: 'news-tools',
  args: { tools: 'font listen share print', lang: '' },
  argTypes: {
    tools: { control: 'text', description: 'Space-separated tools: font listen share print' },
    lang: { control: 'select', options: ['', 'zh-CN', 'zh-TW', 'en'] },
  },
  render: ({ tools, lang }) =>
    html`<news-tools for="story-article" tools=${tools} lang=${lang || ''}></news-tools>
      <news-article id="story-article" .article=${ARTICLE}></news-article>`,
};
export default meta;
type Story = StoryObj<ToolsArgs>;

/** 【字体：大 中 小】, 听新闻 (where the device has a Chinese voice), 分享 and 打印 above the article. */
export const AllTools: Story = {};

/** The 大/中/小 switch alone: the choice applies to every `<news-article>` on the page and is remembered. */
export const FontSize: Story = {
  args: { tools: 'font' },
  render: ({ tools }) =>
    html`<news-tools for="story-a" tools=${tools}></news-tools>
      <news-article id="story-a" .article=${ARTICLE}></news-article>
      <news-article .article=${{ ...ARTICLE, title: '同一页面上的另一篇文章', channel: undefined }}></news-article>`,
};

/** The share panel opened: copy link, 新浪微博, the browser's share sheet, and the QR code for 微信扫一扫. */
export const ShareOpen: Story = {
  args: { tools: 'share' },
  play: async ({ canvasElement }) => {
    const tools = canvasElement.querySelector('news-tools')!;
    await (tools as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    tools.shadowRoot!.querySelector<HTMLButtonElement>('[part~="share"]')!.click();
  },
};

/** 听新闻 with a recording: a labelled player instead of on-device speech. */
export const ListenRecording: Story = {
  args: { tools: 'listen' },
  render: ({ tools }) =>
    html`<news-tools for="story-audio" tools=${tools}></news-tools>
      <news-article
        id="story-audio"
        .article=${{ ...ARTICLE, audio: { src: '/data/listen.mp3', caption: '听新闻：永登县“四聚焦”' } }}
      ></news-article>`,
};

/** 目录: the bold section leads as links; the section being read is marked. A closed disclosure on phones. */
export const TableOfContents: Story = {
  render: () =>
    html`<news-toc for="story-toc"></news-toc>
      <news-article id="story-toc" .article=${ARTICLE}></news-article>`,
};

/** English labels, and the contents of an article with headings. */
export const English: Story = {
  args: { lang: 'en' },
  render: ({ tools }) =>
    html`<news-tools for="story-en" tools=${tools}></news-tools>
      <news-toc for="story-en"></news-toc>
      <news-article id="story-en" .article=${EN_ARTICLE}></news-article>`,
};

/** Traditional Chinese labels (繁體). */
export const TraditionalChinese: Story = {
  args: { lang: 'zh-TW' },
};
