import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Article } from '../src/data/model.js';
import '../src/define.js';

/**
 * Requests whose URL contains `__pending__` never answer (until the element aborts them), so that the
 * loading state can be looked at. Every other request goes to the network untouched.
 */
const PENDING = '__pending__';
if (!(window as { __newsPendingFetch?: boolean }).__newsPendingFetch) {
  (window as { __newsPendingFetch?: boolean }).__newsPendingFetch = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    if (!url.includes(PENDING)) return realFetch(input, init);
    return new Promise<Response>((_, reject) => {
      init?.signal?.addEventListener('abort', () => reject(init.signal!.reason), { once: true });
    });
  };
}

interface ArticleArgs {
  src?: string;
  article?: Article;
  lang?: string;
  headingLevel?: number;
  dateFormat: 'datetime' | 'date' | 'long' | 'relative';
  hide: string;
  views?: number;
  timeZone: string;
  width?: string;
}

/** A short article with an HTML body: the markup goes through DOMPurify; the attack attempts vanish. */
const HTML_ARTICLE: Article = {
  title: '兰州新区春耕备耕全面展开',
  channel: '视听甘肃',
  published: '2025-04-10T07:30:00+08:00',
  views: 3265,
  body: `<p><strong>智能农机上阵。</strong>4月10日,兰州新区各乡镇抢抓农时,北斗导航播种机穿梭田间。</p>
<h2>播种效率提升三成</h2>
<p>技术人员介绍,<em>北斗导航</em>让播种行距误差控制在几厘米之内。<a href="https://www.example.com/more">了解更多</a></p>
<ul><li>植保无人机 120 架</li><li>智能播种机 86 台</li></ul>
<img src="/data/yellow-river.svg" width="1200" height="600" alt="示意图" onerror="alert('xss')">
<script>alert('xss')</script><a href="javascript:alert('xss')">危险链接（href 已被移除）</a>
<p style="color:red" onclick="alert('xss')">行内样式与事件处理属性都被移除。</p>`,
  credits: [
    { role: 'source', names: ['兰州新区融媒体中心'] },
    { role: 'reporter', names: ['张三'] },
    { role: 'editor', names: ['李四'] },
  ],
  tags: ['春耕', '兰州新区'],
};

const meta: Meta<ArticleArgs> = {
  title: 'Elements/news-article',
  component: 'news-article',
  parameters: {
    docs: {
      usage: `<news-article src="/api/articles/123.json" heading-level="2"></news-article>

<!-- or the data inline, no request -->
<news-article>
  <script type="application/json">{ "title": "…", "published": "2025-04-09T11:27:00+08:00", "body": [] }</script>
</news-article>`,
    },
  },
  args: { src: '/data/seed-article.json', dateFormat: 'datetime', hide: '', timeZone: 'Asia/Shanghai' },
  argTypes: {
    src: { control: 'text' },
    article: { control: 'object' },
    lang: { control: 'text', description: 'Overrides the toolbar locale for this element' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    hide: { control: 'text', description: 'Space-separated: credits related tags meta views image' },
    views: { control: 'number' },
    timeZone: { control: 'text' },
    width: { control: 'text', description: 'Width of the frame around the element (story only)' },
  },
  render: (args) =>
    html`<div style=${args.width ? `max-width:${args.width}` : nothing}>
      <news-article
        src=${ifDefined(args.src)}
        .article=${args.article}
        lang=${ifDefined(args.lang)}
        heading-level=${ifDefined(args.headingLevel)}
        date-format=${args.dateFormat}
        hide=${args.hide}
        .views=${args.views}
        time-zone=${args.timeZone}
      ></news-article>
    </div>`,
};
export default meta;

type Story = StoryObj<ArticleArgs>;

/** The seed article as its portal shows it: 视听甘肃 kicker, `0次浏览 发布时间:2025-04-09 11:27:00`, bold leads, credits and related news. */
export const ReadyChinese: Story = { name: 'Ready (zh)' };

/** An English article: image with caption and credit, heading, quote, list, tags; English labels and dates. */
export const ReadyEnglish: Story = {
  name: 'Ready (en)',
  args: { src: '/data/en-article.json', lang: 'en', dateFormat: 'long' },
};

/** An HTML string body, sanitized by DOMPurify: `<script>`, `onerror`, `onclick`, `style` and `javascript:` URLs are removed. */
export const HtmlBody: Story = { name: 'HTML body', args: { src: undefined, article: HTML_ARTICLE } };

/** Loading with server-rendered fallback content in the default slot: it stays readable until the data arrives. */
export const Loading: Story = {
  args: { src: `/data/seed-article.json?${PENDING}` },
  render: (args) =>
    html`<news-article src=${ifDefined(args.src)}>
      <h1>视听甘肃丨永登县:“四聚焦”推进民族团结进步事业 高质量发展</h1>
      <p>2024年,永登县深入学习贯彻习近平总书记关于加强和改进民族工作的重要思想……（服务端渲染的回退内容）</p>
    </news-article>`,
};

/** Loading without fallback content: a skeleton of reserved height and a hidden status for screen readers. */
export const LoadingSkeleton: Story = { args: { src: `/data/seed-article.json?${PENDING}` } };

/** The document answers 404: an alert saying what failed, and a retry button. */
export const Error404: Story = { name: 'Error (404)', args: { src: '/data/missing-article.json' } };

/** The document is not valid JSON. */
export const ErrorMalformed: Story = {
  name: 'Error (malformed JSON)',
  args: { src: '/data/malformed.json' },
};

/** Valid JSON without a title. */
export const ErrorInvalid: Story = { name: 'Error (no title)', args: { src: '/data/no-title.json' } };

/** An empty document (`{}`). */
export const Empty: Story = { args: { src: '/data/empty.json' } };

/** The dark theme (the Theme toolbar switches every story). */
export const Dark: Story = { globals: { theme: 'dark' } };

/** A 360 px phone column. */
export const Narrow: Story = { args: { width: '360px' } };

/** `heading-level="2"`: the headline becomes an `<h2>` (for pages that have their own `<h1>`); the related list heading follows as `<h3>`. */
export const HeadingLevel: Story = { args: { headingLevel: 2 } };

/** The four `date-format` values, with the current time pinned to 2025-04-10 09:00 Beijing time for `relative`. */
export const DateFormats: Story = {
  render: () => {
    const now = Date.parse('2025-04-10T09:00:00+08:00');
    return html`${(['datetime', 'date', 'long', 'relative'] as const).map(
      (f) =>
        html`<h3 style="font:600 14px system-ui;margin:1.5em 0 0">date-format="${f}"</h3>
          <news-article src="/data/seed-article.json" date-format=${f} .now=${now} hide="credits related"
            style="max-height: 9.5em; overflow: hidden"></news-article>`,
    )}`;
  },
};

/** `hide="credits related"`: the article alone, for pages that place the credits and list elsewhere. */
export const HideCreditsAndRelated: Story = { args: { hide: 'credits related' } };

/** The 大/中/小 switch of Chinese portals: `--news-font-scale` at 1.125. */
export const FontScaleLarge: Story = {
  name: 'Font scale (大)',
  render: () =>
    html`<news-article src="/data/seed-article.json" style="--news-font-scale: 1.125"></news-article>`,
};
