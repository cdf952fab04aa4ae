import { sheets } from './sheets-from-text.js';
import { defineVanilla } from './vanilla.js';
import { boot } from './boot-common.js';

defineVanilla(sheets);
boot('vanilla');
