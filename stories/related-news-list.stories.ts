import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { RelatedItem } from '../src/data/model.js';
import '../src/related-news-list/related-news-list.define.js';
import seed from './fixtures/list-seed.json';
import english from './fixtures/list-en.json';
import thumbs from './fixtures/list-thumbs.json';

interface ListArgs {
  items?: RelatedItem[] | unknown;
  src?: string;
  heading?: string;
  headingLevel: number;
  noHeading: boolean;
  limit?: number;
  exclude?: string;
  layout: 'list' | 'compact' | 'cards';
  summaryLines?: number;
  dateFormat: 'datetime' | 'date' | 'relative';
  target?: string;
  pageSize?: number;
  loading: 'eager' | 'lazy';
  lang?: string;
  theme: 'light' | 'dark' | 'auto';
}

/** 10,000 generated items: only the visible rows are in the DOM. */
function generated(n: number): RelatedItem[] {
  const start = Date.UTC(2025, 3, 16, 3, 28);
  return Array.from({ length: n }, (_, i) => ({
    title: `第 ${i + 1} 条：${seed[i % seed.length].title}`,
    url: `https://news.example.cn/latest/${i + 1}.html`,
    summary: seed[i % seed.length].summary,
    published: new Date(start - i * 7 * 60000).toISOString(),
  }));
}

const meta: Meta<ListArgs> = {
  title: 'Elements/related-news-list',
  component: 'related-news-list',
  parameters: {
    docs: {
      usage: `<related-news-list src="/feeds/latest.xml" heading="最新新闻" limit="5" layout="compact"></related-news-list>`,
    },
  },
  args: {
    headingLevel: 2,
    noHeading: false,
    layout: 'list',
    dateFormat: 'datetime',
    loading: 'eager',
    theme: 'light',
  },
  argTypes: {
    items: { control: 'object' },
    src: { control: 'text' },
    heading: { control: 'text', description: 'Default 相关新闻 / Related news' },
    headingLevel: { control: { type: 'number', min: 1, max: 6 } },
    noHeading: { control: 'boolean' },
    limit: { control: { type: 'number', min: 0 } },
    exclude: { control: 'text' },
    summaryLines: { control: { type: 'number', min: 1, max: 6 } },
    target: { control: 'inline-radio', options: [undefined, '_self', '_blank'] },
    pageSize: { control: { type: 'number', min: 0 } },
    lang: { control: 'text', description: 'Overrides the toolbar locale for this element' },
  },
  render: (args) =>
    html`<related-news-list
      .items=${args.items}
      src=${ifDefined(args.src)}
      heading=${ifDefined(args.heading)}
      heading-level=${args.headingLevel}
      ?no-heading=${args.noHeading}
      limit=${ifDefined(args.limit)}
      exclude=${ifDefined(args.exclude)}
      layout=${args.layout}
      summary-lines=${ifDefined(args.summaryLines)}
      date-format=${args.dateFormat}
      target=${ifDefined(args.target)}
      page-size=${ifDefined(args.pageSize)}
      loading=${args.loading}
      lang=${ifDefined(args.lang)}
      theme=${args.theme}
    ></related-news-list>`,
};
export default meta;

type Story = StoryObj<ListArgs>;

/** The seed portal's five related items: bold title link, two-line grey summary, `2025-04-16 11:28:00`. */
export const SeedList: Story = { args: { items: seed } };

/** English labels (Related news) and dates. */
export const English: Story = { args: { items: english, lang: 'en' } };

/** Cards with lazily loaded thumbnails of reserved aspect ratio, and channels. */
export const CardsWithThumbnails: Story = { args: { items: thumbs, layout: 'cards' } };

/** The list layout with thumbnails beside the text. */
export const ListWithThumbnails: Story = { args: { items: thumbs } };

/** Title and time on one line. */
export const Compact: Story = { args: { items: seed, layout: 'compact', dateFormat: 'relative' } };

/** An RSS 2.0 feed loaded from `src` (served from test/fixtures). */
export const RssSource: Story = { args: { src: '/fixtures/list-rss.xml' } };

/** A JSON Feed 1.1 loaded from `src`, paged: "load more" fetches `next_url`. */
export const JsonFeedSource: Story = { args: { src: '/fixtures/list-feed.json', pageSize: 2 } };

/** 10,000 items: above 200 the list is virtualized and scrolls inside the element (`--news-list-max-height`). */
export const TenThousandItems: Story = { args: { items: generated(10000), layout: 'compact' } };

/** Two items first; "load more" reveals the rest and moves focus to the first new link. */
export const LoadMore: Story = { args: { items: seed, pageSize: 2 } };

/** Nothing to list: 暂无相关新闻 / No related news. */
export const Empty: Story = { args: { items: [] } };

/**
 * The loading state, held open: the lists take their data (`for`) from a `<news-article>` that is
 * `hidden` and `loading="lazy"`, so it never starts loading. The first list shows its light-DOM
 * fallback; the second, with none, a skeleton of the height its items will take.
 */
export const Loading: Story = {
  render: (args) => html`
    <news-article
      id="story-pending-article"
      hidden
      loading="lazy"
      src="/data/seed-article.json"
    ></news-article>
    <related-news-list for="story-pending-article" theme=${args.theme} lang=${ifDefined(args.lang)}>
      <ul>
        <li><a href="https://news.example.cn/gs/2025-04/16/c_1001.html">省委常委会召开会议 吴晓军主持</a></li>
        <li>
          <a href="https://news.example.cn/gn/2025-04/16/c_1002.html"
            >中央第十巡视组巡视内蒙古自治区工作动员会召开</a
          >
        </li>
      </ul>
    </related-news-list>
    <hr />
    <related-news-list
      for="story-pending-article"
      theme=${args.theme}
      lang=${ifDefined(args.lang)}
    ></related-news-list>
  `,
};

/** A `src` that answers 404: an alert saying what failed, with a retry button. */
export const ErrorState: Story = { name: 'Error', args: { src: '/fixtures/list-missing.json' } };
