import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../src/define.js';

setCustomElementsManifest(manifest);

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
      // The wrapper's lang is inherited by the elements; the theme is applied to every element inside.
      return html`<div
        lang=${locale}
        class="story-wrapper"
        data-theme=${dark ? 'dark' : 'light'}
        style="padding:1rem;${dark ? 'background:#15171a;color:#e8eaed' : ''}"
      >
        ${story()}
      </div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    docs: { story: { inline: true } },
  },
};
export default preview;
