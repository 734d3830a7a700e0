export interface PageScript {
  name: string;
  bytes: number;
  gzip: number;
}
/** The scripts a built page loads; with `later`, also those a loader on the page adds afterwards. */
export function pageScripts(dist: string, pagePath: string, options?: { later?: boolean }): PageScript[];
export function totalGzip(scripts: PageScript[]): number;
