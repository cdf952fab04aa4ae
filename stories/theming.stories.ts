import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/define.js';

interface ThemeArgs {
  fontFamily: string;
  fontScale: number;
  textColor: string;
  mutedColor: string;
  accentColor: string;
  linkColor: string;
  backgroundColor: string;
  lineHeight: number;
  paragraphIndent: string;
  maxWidth: string;
}

/**
 * How a portal makes the widgets its own, from the outside: `--news-*` custom properties (they inherit
 * into the shadow roots and into the nested credits and related list) and `::part()` selectors on the
 * structural pieces. The host page's own global CSS cannot reach inside.
 */
const meta: Meta<ThemeArgs> = {
  title: 'Guides/Theming',
  args: {
    fontFamily: "'Noto Serif CJK SC', 'Songti SC', SimSun, serif",
    fontScale: 1,
    textColor: '#222222',
    mutedColor: '#6b6b6b',
    accentColor: '#005bac',
    linkColor: '#005bac',
    backgroundColor: '#fffdf7',
    lineHeight: 2,
    paragraphIndent: '2em',
    maxWidth: '40em',
  },
  argTypes: {
    fontScale: { control: { type: 'range', min: 0.75, max: 1.5, step: 0.125 } },
    lineHeight: { control: { type: 'range', min: 1.4, max: 2.4, step: 0.1 } },
    textColor: { control: 'color' },
    mutedColor: { control: 'color' },
    accentColor: { control: 'color' },
    linkColor: { control: 'color' },
    backgroundColor: { control: 'color' },
  },
};
export default meta;

type Story = StoryObj<ThemeArgs>;

/** Every shared `--news-*` custom property, as controls. */
export const CustomProperties: Story = {
  render: (a) =>
    html`<news-article
      src="/data/seed-article.json"
      style="
        --news-font-family: ${a.fontFamily};
        --news-font-scale: ${a.fontScale};
        --news-text-color: ${a.textColor};
        --news-muted-color: ${a.mutedColor};
        --news-accent-color: ${a.accentColor};
        --news-link-color: ${a.linkColor};
        --news-background-color: ${a.backgroundColor};
        --news-line-height: ${a.lineHeight};
        --news-paragraph-indent: ${a.paragraphIndent};
        --news-max-width: ${a.maxWidth};
        padding: 1em;
        background: ${a.backgroundColor};
      "
    ></news-article>`,
};

/**
 * `::part()` restyles single pieces: here a newspaper look — a boxed channel, a ruled meta line, red
 * bold leads, a framed credits line and numbered related items. The nested credits and list expose
 * their parts through the article as `credits-*` and `related-*`.
 */
export const Parts: Story = {
  render: () =>
    html`<style>
        .parts-demo::part(channel) {
          padding: 0 0.3em;
          background: #b3131b;
          color: #fff;
        }
        .parts-demo::part(headline) {
          text-align: center;
          font-family: 'Noto Serif CJK SC', 'Songti SC', serif;
        }
        .parts-demo::part(meta) {
          justify-content: center;
          border-top: 3px double #b3131b;
          border-bottom: 1px solid #b3131b;
          padding: 0.3em 0;
        }
        .parts-demo::part(lead) {
          color: #b3131b;
        }
        .parts-demo::part(credits) {
          padding: 0.5em 1em;
          border-left: 4px solid #b3131b;
          background: #faf3f3;
        }
        .parts-demo::part(related-heading) {
          border-bottom: 2px solid #b3131b;
          color: #b3131b;
        }
        .parts-demo::part(related-time) {
          color: #b3131b;
        }
      </style>
      <news-article class="parts-demo" src="/data/seed-article.json" style="--news-max-width: 44em"></news-article>`,
};

/** The three elements side by side in one theme set on a common ancestor: custom properties inherit. */
export const SharedTheme: Story = {
  render: () =>
    html`<div
      style="
        --news-accent-color: #2e7d32;
        --news-link-color: #1b5e20;
        --news-font-scale: 0.9375;
        display: grid;
        grid-template-columns: minmax(0, 2fr) minmax(0, 1fr);
        gap: 2em;
      "
    >
      <news-article src="/data/seed-article.json" hide="related"></news-article>
      <div>
        <related-news-list src="/data/latest.xml" heading="最新新闻" layout="compact" limit="6"></related-news-list>
        <news-credits layout="stacked" src="/data/seed-article.json"></news-credits>
      </div>
    </div>`,
};
