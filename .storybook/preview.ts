import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ref } from 'lit/directives/ref.js';
import manifest from '../custom-elements.json';
import '../src/define.js';
import { extractArgTypes, extractComponentDescription, setManifest, type Manifest } from './api.js';
import { DocsPage } from './docs-page.js';

/**
 * The manifest as an editor should see it in Docs and Controls: public attributes, properties, events,
 * slots, parts and custom properties, without the private (`#…`) and protected members of the classes.
 */
type Member = { name?: string; privacy?: string; static?: boolean };
const publicOnly = (members: Member[] | undefined) =>
  members?.filter((m) => !m.privacy && !m.static && !m.name?.startsWith('#') && !m.name?.startsWith('_'));
setCustomElementsManifest({
  ...manifest,
  modules: manifest.modules.map((module) => ({
    ...module,
    declarations: module.declarations?.map((d) =>
      'members' in d ? { ...d, members: publicOnly(d.members as Member[]) } : d,
    ),
  })),
});

setManifest(manifest as Manifest);

const TAGS = 'news-article, news-credits, related-news-list';

/**
 * The Theme toolbar: "dark" sets `theme="dark"` on every news-* element inside the story wrapper, now
 * and whenever the story adds elements later (elements nested in a news-article follow its theme);
 * "light" gives each element back the theme its story gave it, so stories with a `theme` control keep it.
 */
function applyTheme(theme: 'light' | 'dark') {
  let observer: MutationObserver | undefined;
  return (wrapper?: Element) => {
    observer?.disconnect();
    if (!wrapper) return;
    const set = () => {
      for (const el of wrapper.querySelectorAll(TAGS)) {
        const own = el.getAttribute('data-story-theme');
        if (theme === 'dark') {
          if (own === null) el.setAttribute('data-story-theme', el.getAttribute('theme') ?? '');
          if (el.getAttribute('theme') !== 'dark') el.setAttribute('theme', 'dark');
        } else if (own !== null) {
          el.removeAttribute('data-story-theme');
          if (own) el.setAttribute('theme', own);
          else el.removeAttribute('theme');
        }
      }
    };
    queueMicrotask(set);
    observer = new MutationObserver(set);
    observer.observe(wrapper, { childList: true, subtree: true });
  };
}

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    locale: {
      description: 'Language of the labels and dates',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: [
          { value: 'zh-Hans', title: '简体中文' },
          { value: 'zh-Hant', title: '繁體中文' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Colour scheme',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { locale: 'zh-Hans', theme: 'light' },
  decorators: [
    (story, context) => {
      const dark = context.globals.theme === 'dark';
      const locale = (context.globals.locale as string) || 'zh-Hans';
      // The wrapper's lang is inherited by the elements; the theme is set on every element inside.
      return html`<div
        lang=${locale}
        class="story-wrapper"
        data-theme=${dark ? 'dark' : 'light'}
        style="padding:1rem;${dark ? 'background:#15171a;color:#e8eaed;color-scheme:dark' : ''}"
        ${ref(applyTheme(dark ? 'dark' : 'light'))}
      >
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    docs: { story: { inline: true }, extractArgTypes, extractComponentDescription, page: DocsPage },
  },
};
export default preview;
