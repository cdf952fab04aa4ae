import '../../src/cdn.ts';
