// The search page's head runs this just before Pagefind's boot script tag (web edition only):
// it leaves the promise of a started Pagefind on `window` for the search engine
// (src/lib/search/pagefind-start.ts). A file rather than an inline script, so that the page's
// Content-Security-Policy allows no inline script at all.
import { watchPagefindBoot } from '../lib/search/pagefind-start.ts';

watchPagefindBoot(window as unknown as Record<string, unknown>, document);
