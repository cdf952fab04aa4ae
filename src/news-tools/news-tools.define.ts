import { defineElement } from '../shared/define-element.js';
import { NewsToolsElement, NewsTocElement } from './news-tools.js';

defineElement('news-tools', NewsToolsElement);
defineElement('news-toc', NewsTocElement);

declare global {
  interface HTMLElementTagNameMap {
    'news-tools': NewsToolsElement;
    'news-toc': NewsTocElement;
  }
}
