import '../../src/cdn.ts';
import { boot } from './boot-common.js';

boot('lit');
