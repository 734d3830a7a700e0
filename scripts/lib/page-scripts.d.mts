export interface PageScript {
  name: string;
  bytes: number;
  gzip: number;
}
/** `later`: also the scripts the page's own scripts load later (src/lib/loaded-later.ts). */
export function pageScripts(dist: string, pagePath: string, options?: { later?: boolean }): PageScript[];
export function totalGzip(scripts: PageScript[]): number;
