// What the build steps after `astro build` and the pages they patch agree on: where the folder
// edition's archive is, and the placeholders the web edition's pages carry until the numbers
// exist (the archive's size and checksum, the offline copy's size). A page is rendered before
// the archive is made, and the archive cannot hold its own checksum, so the numbers are written
// into the web edition's pages afterwards (scripts/write-archive-checksum.mjs,
// scripts/build-service-worker.mjs); a test fails if a placeholder is left.
import type { Lang } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { formatNumber } from '../format.ts';

/** The archive, relative to the web edition's root. */
export const ARCHIVE_FILE = 'download/syria-evidence.zip';
/** The one folder inside the archive that holds the site, so unzipping never scatters files. */
export const ARCHIVE_FOLDER = 'syria-evidence';

export const PLACEHOLDER = {
  archiveSize: '__ARCHIVE_SIZE__',
  archiveSha256: '__ARCHIVE_SHA256__',
  offlineSize: '__OFFLINE_SIZE__',
  offlineCount: '__OFFLINE_COUNT__',
} as const;

/** "3.4 MB" / "3.4 ميغابايت", "850 KB"; decimal units, as file managers show them. */
export function formatBytes(bytes: number, lang: Lang): string {
  if (bytes >= 1_000_000) return t(lang, 'offline.megabytes', { n: formatNumber(Math.round(bytes / 100_000) / 10, lang) });
  return t(lang, 'offline.kilobytes', { n: formatNumber(Math.max(1, Math.round(bytes / 1000)), lang) });
}

/** The page's language from its file in the built site ("ar/download/index.html"), or null. */
export function langOfFile(file: string): Lang | null {
  const first = file.split('/')[0];
  return first === 'ar' || first === 'en' ? first : null;
}

/** Fills the placeholders a page carries with their text (already formatted for the page's language). */
export function fillPlaceholders(html: string, values: Partial<Record<keyof typeof PLACEHOLDER, string>>): string {
  let out = html;
  for (const [key, text] of Object.entries(values) as [keyof typeof PLACEHOLDER, string][]) out = out.split(PLACEHOLDER[key]).join(text);
  return out;
}
