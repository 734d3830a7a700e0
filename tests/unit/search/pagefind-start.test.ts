import { describe, expect, it } from 'vitest';
import { PAGEFIND_OPTIONS, PAGEFIND_STARTED, pagefindStartScript, warmWord } from '../../../src/lib/search/pagefind-start.ts';

describe('pagefindStartScript', () => {
  it('is one classic script that starts Pagefind from the bundle path with the engine\'s options and warms it in the page\'s language', () => {
    const script = pagefindStartScript('/pagefind/', 'ar');
    expect(() => new Function(script)).not.toThrow(); // valid as a classic script
    expect(script).toContain(`window.${PAGEFIND_STARTED}=import(new URL("/pagefind/pagefind.js",location.href).href)`);
    expect(script).toContain(JSON.stringify(PAGEFIND_OPTIONS));
    expect(script).toContain(`p.search(${JSON.stringify(warmWord('ar'))})`);
    expect(pagefindStartScript('/pagefind/', 'en')).toContain('p.search("the")');
  });

  it('never lets a failed start surface as an unhandled rejection', () => {
    expect(pagefindStartScript('/pagefind/', 'en')).toMatch(/\.catch\(function\(\)\{\}\);$/);
  });
});
