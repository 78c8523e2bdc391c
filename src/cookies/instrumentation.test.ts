import { describe, expect, it } from 'vitest';
import { scriptUrlsOnStack } from './instrumentation.js';

describe('scriptUrlsOnStack', () => {
  it('names the writing script first and leaves out the instrumentation and repeats', () => {
    const stack = [
      'Error',
      '    at stack (grondslag-instrumentation.js:8:15)',
      '    at HTMLDocument.set [as cookie] (grondslag-instrumentation.js:19:47)',
      '    at setCookie (https://cdn.tracker.example/analytics.js:1:200)',
      '    at https://cdn.tracker.example/analytics.js:1:900',
      '    at loader (https://www.shop.example/gtm.js?id=1:4:10)',
      '    at eval (eval at run (https://x.example/a.js:1:1), <anonymous>:1:1)',
    ].join('\n');
    expect(scriptUrlsOnStack(stack)).toEqual([
      'https://cdn.tracker.example/analytics.js',
      'https://www.shop.example/gtm.js?id=1',
    ]);
  });

  it('has no script for a stack of the instrumentation alone', () => {
    expect(scriptUrlsOnStack('Error\n    at set (grondslag-instrumentation.js:1:1)')).toEqual([]);
  });
});
