// Registers <news-credits> (side effect). Safe to load more than once.
import { defineElement } from '../shared/define-element.js';
import { NewsCreditsElement } from './news-credits.js';

defineElement('news-credits', NewsCreditsElement);

declare global {
  interface HTMLElementTagNameMap {
    'news-credits': NewsCreditsElement;
  }
}
