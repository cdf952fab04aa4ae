import '../../src/define.ts';
