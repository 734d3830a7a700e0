// The licence of the site's text and of everything written from it (the open data, the feeds,
// the pages' structured data): Creative Commons Attribution 4.0 International (LICENSE).
export const CONTENT_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;
