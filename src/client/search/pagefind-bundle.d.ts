// Pagefind's generated browser bundle, which pagefind-boot.ts imports under this name
// (scripts/build-search-index.mjs points it at dist/pagefind/pagefind.js).
declare module 'pagefind-bundle' {
  export function options(options: object): Promise<void>;
  export function init(): Promise<void>;
  export function search(term: string | null, options?: object): Promise<unknown>;
}
