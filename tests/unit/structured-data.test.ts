import { describe, expect, it } from 'vitest';
import type { Place, Source } from '../../src/lib/content-schema.ts';
import { formatEventDate } from '../../src/lib/format.ts';
import { inlineJson } from '../../src/lib/inline-json.ts';
import { datasetStructuredData, eventPageStructuredData, type EventPageFacts } from '../../src/lib/structured-data.ts';
import { t } from '../../src/i18n/t.ts';

const damascus: Place = {
  id: 'damascus',
  name: { ar: 'دمشق', en: 'Damascus' },
  lat: 33.5,
  lng: 36.3,
  precision: 5000,
  basis: 'sourced',
  source: 's1',
};
const homs: Place = { ...damascus, id: 'homs', name: { ar: 'حمص', en: 'Homs' }, lat: 34.7, lng: 36.7 };
const dated: Source = {
  id: 's1',
  publisher: { ar: 'الناشر', en: 'The Publisher' },
  title: 'A report </script><script>alert(1)</script>',
  date: '2022-04',
  url: 'https://news.example/report',
  language: 'en',
};
const undated: Source = { id: 's2', publisher: { ar: 'مدونة', en: 'A blog' }, title: 'مقال', language: 'ar' };

const facts = (over: Partial<EventPageFacts> = {}): EventPageFacts => ({
  lang: 'ar',
  title: 'العنوان',
  summary: 'الملخّص.',
  date: { start: '2013-04-16', approximate: false },
  updated: '2026-11-30',
  places: [damascus],
  sources: [dated, undated],
  url: 'https://site.example/ar/events/x/',
  twinUrl: 'https://site.example/en/events/x/',
  siteUrl: 'https://site.example/ar/',
  ...over,
});

describe('eventPageStructuredData', () => {
  it('describes the page as an Article by the site, in its language, under CC BY 4.0', () => {
    const data = eventPageStructuredData(facts());
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: 'العنوان',
      description: 'الملخّص.',
      url: 'https://site.example/ar/events/x/',
      inLanguage: 'ar',
      dateModified: '2026-11-30',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      isAccessibleForFree: true,
      publisher: { '@type': 'Organization', name: t('ar', 'site.name') },
      author: { '@type': 'Organization', name: t('ar', 'site.name') },
    });
    expect(data).not.toHaveProperty('datePublished');
    expect(eventPageStructuredData(facts({ lang: 'en' }))).toMatchObject({
      inLanguage: 'en',
      publisher: { name: t('en', 'site.name') },
    });
  });

  it('is about an Event dated as precisely as the sources are, with its places', () => {
    const data = eventPageStructuredData(
      facts({ date: { start: '2011-03', end: '2013-08', approximate: false }, places: [damascus, homs] }),
    );
    expect(data.about).toEqual({
      '@type': 'Event',
      name: 'العنوان',
      description: 'الملخّص.',
      startDate: '2011-03',
      endDate: '2013-08',
      location: [
        { '@type': 'Place', name: 'دمشق', geo: { '@type': 'GeoCoordinates', latitude: 33.5, longitude: 36.3 } },
        { '@type': 'Place', name: 'حمص', geo: { '@type': 'GeoCoordinates', latitude: 34.7, longitude: 36.7 } },
      ],
    });
    const single = eventPageStructuredData(facts({ lang: 'en', date: { start: '2013', approximate: false } }));
    expect(single.about).toMatchObject({ startDate: '2013', location: { name: 'Damascus' } });
    expect(single.about).not.toHaveProperty('endDate');
    expect(eventPageStructuredData(facts({ places: [] })).about).not.toHaveProperty('location');
  });

  it('says in the Event’s description when it became public, as the page writes the date', () => {
    const revealed = { start: '2022-04-27', approximate: false };
    for (const lang of ['ar', 'en'] as const) {
      const about = eventPageStructuredData(facts({ lang, revealed })).about as { description: string };
      expect(about.description.startsWith('الملخّص.')).toBe(true);
      expect(about.description).toContain(t(lang, 'date.revealed'));
      expect(about.description).toContain(formatEventDate(revealed, lang));
    }
  });

  it('gives a date its standing in the description where sources do not confirm it', () => {
    const disputed = facts({
      lang: 'en',
      date: { start: '2013-08', approximate: false, status: 'disputed' },
      revealed: { start: '2014-01', approximate: false, status: 'single-source' },
    });
    const about = eventPageStructuredData(disputed).about as { description: string; startDate: string };
    expect(about.startDate).toBe('2013-08');
    expect(about.description).toContain('Happened: August 2013 (disputed).');
    expect(about.description).toContain('Became public: January 2014 (single source).');
    const confirmed = eventPageStructuredData(facts({ lang: 'en', revealed: undefined })).about as {
      description: string;
    };
    expect(confirmed.description).not.toContain('Happened');
  });

  it('cites every source, with what is known of it', () => {
    const data = eventPageStructuredData(facts({ lang: 'en' }));
    expect(data.citation).toEqual([
      {
        '@type': 'CreativeWork',
        name: dated.title,
        url: dated.url,
        publisher: { '@type': 'Organization', name: 'The Publisher' },
        datePublished: '2022-04',
        inLanguage: 'en',
      },
      {
        '@type': 'CreativeWork',
        name: 'مقال',
        publisher: { '@type': 'Organization', name: 'A blog' },
        inLanguage: 'ar',
      },
    ]);
  });

  it('links the Arabic original and its English translation both ways', () => {
    const ar = eventPageStructuredData(facts());
    expect(ar.workTranslation).toEqual({
      '@type': 'Article',
      url: 'https://site.example/en/events/x/',
      inLanguage: 'en',
    });
    expect(ar).not.toHaveProperty('translationOfWork');
    const en = eventPageStructuredData(
      facts({ lang: 'en', url: 'https://site.example/en/events/x/', twinUrl: 'https://site.example/ar/events/x/' }),
    );
    expect(en.translationOfWork).toEqual({
      '@type': 'Article',
      url: 'https://site.example/ar/events/x/',
      inLanguage: 'ar',
    });
    expect(en).not.toHaveProperty('workTranslation');
    expect(eventPageStructuredData(facts({ twinUrl: undefined }))).not.toHaveProperty('workTranslation');
  });

  it('survives being written into a script element', () => {
    const text = inlineJson(eventPageStructuredData(facts()));
    expect(text).not.toContain('</script');
    expect(JSON.parse(text)).toEqual(eventPageStructuredData(facts()));
  });
});

describe('datasetStructuredData', () => {
  it('describes the data page as a Dataset with each file as a download, media types bare', () => {
    const ld = datasetStructuredData({
      lang: 'ar',
      name: 'أحداث',
      description: 'وصف',
      url: 'https://example.org/ar/data/',
      updated: '2026-12-05',
      period: { start: '2011-02', end: '2025-06-30' },
      files: [{ url: 'https://example.org/ar/data/events.csv', mediaType: 'text/csv; charset=utf-8; header=present' }],
      siteUrl: 'https://example.org/ar/',
    });
    expect(ld).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      inLanguage: 'ar',
      license: 'https://creativecommons.org/licenses/by/4.0/',
      temporalCoverage: '2011-02/2025-06-30',
      spatialCoverage: { '@type': 'Place', name: 'سوريا' },
      distribution: [
        { '@type': 'DataDownload', contentUrl: 'https://example.org/ar/data/events.csv', encodingFormat: 'text/csv' },
      ],
    });
    expect(ld.publisher).toEqual({ '@type': 'Organization', name: 'سوريا: الأدلّة', url: 'https://example.org/ar/' });
  });
});
