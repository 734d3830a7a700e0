export interface PageScript {
  name: string;
  bytes: number;
  gzip: number;
}
export function pageScripts(dist: string, pagePath: string): PageScript[];
export function totalGzip(scripts: PageScript[]): number;
