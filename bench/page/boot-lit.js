import '../../src/define.ts';
import { boot } from './boot-common.js';

boot('lit');
