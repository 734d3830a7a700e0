// The "Save for offline" control's logic apart from the browser: what it says while a first copy
// is stored, while an update is stored or waits (never 100% before the copy is complete and in
// use), and how a failed save names the files the server would not give.
import { describe, expect, it } from 'vitest';
import { describeUnfetched, displayPath, findUnfetched, parseFileList } from '../../src/lib/offline/save-failure.ts';
import { saveState } from '../../src/lib/offline/save-progress.ts';
import { t } from '../../src/i18n/t.ts';

const workers = (installing: boolean, waiting: boolean, active: boolean) => ({ installing, waiting, active });

describe('the state of saving for offline', () => {
  it('counts the first copy, and never says 100% before it is in use', () => {
    expect(saveState(workers(true, false, false), 50, 100)).toEqual({ kind: 'saving', percent: 50 });
    expect(saveState(workers(true, false, false), 100, 100)).toEqual({ kind: 'saving', percent: 99 });
    expect(saveState(workers(false, true, false), 100, 100)).toEqual({ kind: 'saving', percent: 99 });
    expect(saveState(workers(false, false, true), 100, 100)).toEqual({ kind: 'done' });
  });

  it('tells an update apart from a save, whatever the precache holds', () => {
    // The precache holds the copy in use and what the update stored so far: 100 and more.
    for (const stored of [0, 100, 160]) {
      expect(saveState(workers(true, false, true), stored, 100)).toEqual({ kind: 'updating' });
      expect(saveState(workers(false, true, true), stored, 100)).toEqual({ kind: 'update-ready' });
    }
  });

  it('finds a copy in use with files missing, and a save with no worker left', () => {
    expect(saveState(workers(false, false, true), 99, 100)).toEqual({ kind: 'incomplete' });
    expect(saveState(workers(false, false, false), 40, 100)).toEqual({ kind: 'failed' });
  });
});

describe('naming what a failed save could not fetch', () => {
  it('reads only a list of paths relative to the site', () => {
    expect(parseFileList('["ar/index.html","js/a.1a2b3c4d5e.js"]')).toEqual(['ar/index.html', 'js/a.1a2b3c4d5e.js']);
    for (const bad of ['', '{}', '[]', '[1]', '["/abs"]', '["https://x.org/a"]', '["a?b"]', 'not json'])
      expect(parseFileList(bad), bad).toBeNull();
  });

  it('checks every file, a few at a time, and keeps the list order', async () => {
    const files = Array.from({ length: 20 }, (_, i) => `f${i}.html`);
    let running = 0;
    let most = 0;
    const check = async (file: string) => {
      most = Math.max(most, ++running);
      await new Promise((done) => setTimeout(done, file === 'f3.html' ? 5 : 1));
      running -= 1;
      if (file === 'f17.html') throw new TypeError('network');
      return !['f3.html', 'f11.html'].includes(file);
    };
    expect(await findUnfetched(files, check, 4)).toEqual(['f3.html', 'f11.html', 'f17.html']);
    expect(most).toBe(4);
    expect(await findUnfetched(files, async () => true)).toEqual([]);
  });

  it('says nothing about the files when none could be fetched (the connection, not the site)', async () => {
    expect(await findUnfetched(['a', 'b'], async () => false)).toBeNull();
  });

  it('names the files as the reader knows them, in either language', () => {
    expect(displayPath('ar/sources/index.html')).toBe('/ar/sources/');
    expect(displayPath('index.html')).toBe('/');
    expect(displayPath('js/a.1a2b3c4d5e.js')).toBe('/js/a.1a2b3c4d5e.js');
    const missing = ['ar/sources/index.html', 'en/index.html', 'js/a.js', 'js/b.js'];
    const en = describeUnfetched(t('en', 'offline.unfetched'), missing, 'en');
    expect(en).toBe(
      "Saving did not finish: 4 of the site's files could not be fetched (\u2068/ar/sources/\u2069, \u2068/en/\u2069, and \u2068/js/a.js\u2069 …). Nothing was kept; try again later.",
    );
    const ar = describeUnfetched(t('ar', 'offline.unfetched'), missing.slice(0, 1), 'ar');
    expect(ar).toBe(
      'لم يكتمل الحفظ: تعذّر تنزيل 1 من ملفات الموقع (\u2068/ar/sources/\u2069). لم يُحفظ شيء، فأعد المحاولة لاحقًا.',
    );
  });
});
