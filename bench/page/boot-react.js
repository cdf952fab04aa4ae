import { sheets } from './sheets-from-text.js';
import { defineReact } from './react.js';
import { boot } from './boot-common.js';

defineReact(sheets);
boot('react');
