import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Credit } from '../src/data/model.js';
import type { CreditLabels, CreditsLayout, CreditsShorthand } from '../src/news-credits/news-credits.js';
import '../src/news-credits/news-credits.define.js';

interface CreditsArgs {
  credits?: Credit[] | CreditsShorthand;
  layout: CreditsLayout;
  separator?: string;
  labels?: CreditLabels;
  src?: string;
  lang?: string;
  theme: 'light' | 'dark' | 'auto';
}

const SEED: Credit[] = [
  { role: 'source', names: ['永登县委统战部'] },
  { role: 'editor', names: ['王珺茹'] },
  { role: 'responsibleEditor', names: ['张旭峰'] },
  { role: 'chiefEditor', names: ['顾学云'] },
];

/** Every built-in role, several names for some, plus two print-only roles with their own labels. */
const LONG_CHAIN: Credit[] = [
  { role: 'source', names: ['新甘肃·甘肃日报'] },
  { role: 'author', names: ['王小明'] },
  { role: 'reporter', names: ['郎兵兵', '谭安丽'] },
  { role: 'photographer', names: ['李五', '孙六'] },
  { role: 'editor', names: ['王珺茹', '李四', '张三'] },
  { role: 'responsibleEditor', names: ['张旭峰'] },
  { role: 'reviewer', names: ['周八'] },
  { role: 'proofreader', names: ['吴九', '郑十'] },
  { role: 'chiefEditor', names: ['顾学云'] },
  { role: 'producer', names: ['冯十一'] },
  { role: 'finalReviewer', names: ['陈十二'] },
  { role: 'dutyChief', label: '总值班', names: ['褚十三'] },
  { role: 'artEditor', label: '美编', names: ['卫十四'] },
];

const ENGLISH: Credit[] = [
  { role: 'source', names: ['Gansu Daily'] },
  { role: 'reporter', names: ['Ann Lee', 'Bob Chen'] },
  { role: 'photographer', names: ['Cy Wu'] },
  { role: 'editor', names: ['Di Ma'] },
  { role: 'responsibleEditor', names: ['Ed Hu'] },
  { role: 'chiefEditor', names: ['Fay Xu'] },
];

const meta: Meta<CreditsArgs> = {
  title: 'Elements/news-credits',
  component: 'news-credits',
  parameters: {
    docs: {
      usage: `<news-credits data='{ "source": "永登县委统战部", "editor": "王珺茹", "责编": "张旭峰" }'></news-credits>

<!-- or the credits of an article on the page -->
<news-credits for="a123"></news-credits>`,
    },
  },
  args: { layout: 'inline', theme: 'light' },
  argTypes: {
    separator: { control: 'text', description: 'Default `/` (`: ` in English)' },
    labels: { control: 'object' },
    credits: { control: 'object' },
    src: { control: 'text' },
    lang: { control: 'text', description: 'Overrides the toolbar locale for this element' },
  },
  render: (args) =>
    html`<news-credits
      layout=${args.layout}
      separator=${ifDefined(args.separator)}
      lang=${ifDefined(args.lang)}
      theme=${args.theme}
      src=${ifDefined(args.src)}
      .credits=${args.credits}
      .labels=${args.labels}
    ></news-credits>`,
};
export default meta;

type Story = StoryObj<CreditsArgs>;

/** The seed's line: `来源/永登县委统战部 编辑/王珺茹 责编/张旭峰 主编/顾学云`. */
export const SeedCredits: Story = { args: { credits: SEED } };

/** The whole 三审三校 chain, several names per role, wrapping as whole items. */
export const LongChain: Story = { args: { credits: LONG_CHAIN } };

/** `lang="en"` on the element: English labels, `: ` as separator, names joined with "and". */
export const English: Story = { args: { credits: ENGLISH, lang: 'en' } };

/** One role per line. */
export const Stacked: Story = { args: { credits: SEED, layout: 'stacked' } };

/** A full-width colon, as many portals print it (`编辑：王珺茹`). */
export const ColonSeparator: Story = { args: { credits: SEED, separator: '：' } };

/** A portal's own wording: 责任编辑 instead of 责编, 总编辑 instead of 主编. */
export const CustomLabels: Story = {
  args: { credits: SEED, labels: { responsibleEditor: '责任编辑', chiefEditor: '总编辑' } },
};

/** The shorthand object, keys in any order or language; shown in the chain's order. */
export const Shorthand: Story = {
  args: { credits: { 主编: '顾学云', 责任编辑: '张旭峰', editor: ['王珺茹'], source: '永登县委统战部' } },
};

/** Credits taken from an article document (`src` to the demo's seed article). */
export const FromArticleSrc: Story = { args: { src: '/data/seed-article.json' } };

/** No credits: nothing is shown and `state="empty"` (the frame below stays empty). */
export const Empty: Story = {
  args: { credits: [] },
  render: (args) =>
    html`<div style="outline: 1px dashed #999; min-height: 1px">
      <news-credits layout=${args.layout} .credits=${args.credits}></news-credits>
    </div>`,
};

/** `src` answers 404: an alert saying so, and a retry button. */
export const Error: Story = { args: { src: '/data/missing.json' } };

/**
 * While loading, the light-DOM fallback (the default slot) stays on screen and `aria-busy="true"` is set.
 * To hold the state, the credits follow (`for`) an article that never loads: it is lazy and hidden.
 */
export const Loading: Story = {
  render: (args) =>
    html`<news-article
        id="credits-story-pending"
        src="/data/seed-article.json"
        loading="lazy"
        hidden
      ></news-article>
      <news-credits layout=${args.layout} for="credits-story-pending"
        ><span style="color:#5f6368"
          >来源/永登县委统战部 编辑/王珺茹 责编/张旭峰 主编/顾学云</span
        ></news-credits
      >`,
};

/** While loading without a fallback: a skeleton line of reserved height and a hidden "loading" status. */
export const LoadingSkeleton: Story = {
  render: (args) =>
    html`<news-article
        id="credits-story-pending-2"
        src="/data/seed-article.json"
        loading="lazy"
        hidden
      ></news-article>
      <news-credits layout=${args.layout} for="credits-story-pending-2"></news-credits>`,
};
