// What the pages and the build steps that run once they are written agree on: where the folder
// edition's archive is, and the placeholders the pages carry until the numbers exist (the
// archive's size and checksum, the offline copy's size). A page is rendered before the archive is
// made, and the archive cannot hold its own checksum, so integrations/folder-edition.ts and
// integrations/service-worker.ts write the numbers in (integrations/lib/placeholders.ts); a test
// fails if a placeholder is left.
import type { Lang } from '../../i18n/locales.ts';
import { t } from '../../i18n/t.ts';
import { formatNumber } from '../format.ts';

/** The archive, relative to the web edition's root. */
export const ARCHIVE_FILE = 'download/syria-evidence.zip';
/** The one folder inside the archive that holds the site, so unzipping never scatters files. */
export const ARCHIVE_FOLDER = 'syria-evidence';

/** The service worker's list of files, beside it, which the page reads when saving fails. */
export const SW_FILES = 'sw-files.json';

export const PLACEHOLDER = {
  archiveSize: '__ARCHIVE_SIZE__',
  archiveSha256: '__ARCHIVE_SHA256__',
  offlineSize: '__OFFLINE_SIZE__',
  offlineCount: '__OFFLINE_COUNT__',
} as const;

/** "3.4 MB" / "3.4 ميغابايت", "850 KB"; decimal units, as file managers show them. */
export function formatBytes(bytes: number, lang: Lang): string {
  if (bytes >= 1_000_000)
    return t(lang, 'offline.megabytes', { n: formatNumber(Math.round(bytes / 100_000) / 10, lang) });
  return t(lang, 'offline.kilobytes', { n: formatNumber(Math.max(1, Math.round(bytes / 1000)), lang) });
}
