import { defineElement } from '../shared/define-element.js';
import { RelatedNewsListElement } from './related-news-list.js';

defineElement('related-news-list', RelatedNewsListElement);

declare global {
  interface HTMLElementTagNameMap {
    'related-news-list': RelatedNewsListElement;
  }
}
