// What a failed save for offline could not fetch: loaded by <site-offline> (site-offline.ts) only
// when a first save fails, so the pages do not carry it otherwise. It reads the service worker's
// list (sw-files.json), asks the server for each file and words the answer
// (src/lib/offline/save-failure.ts); null when nothing can be said (the list is unreadable, or no
// file could be fetched: the connection, not the site).
import { describeUnfetched, findUnfetched, parseFileList } from '../lib/offline/save-failure.ts';

declare global {
  interface Window {
    siteOfflineFailure?: (filesUrl: string, scope: string, template: string, lang: string) => Promise<string | null>;
  }
}

window.siteOfflineFailure = async (filesUrl, scope, template, lang) => {
  try {
    const response = await fetch(filesUrl, { cache: 'no-store' });
    const files = response.ok ? parseFileList(await response.text()) : null;
    if (!files) return null;
    const root = new URL(scope, location.href);
    const missing = await findUnfetched(files, async (file) => {
      const answer = await fetch(new URL(file, root), { method: 'HEAD', cache: 'no-store' });
      return answer.ok;
    });
    return missing?.length ? describeUnfetched(template, missing, lang) : null;
  } catch {
    return null;
  }
};
