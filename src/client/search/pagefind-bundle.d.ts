// Pagefind's generated browser bundle, which pagefind-boot.ts imports under this name
// (integrations/lib/pagefind-index.ts points it at dist/pagefind/pagefind.js), typed with the part of
// its API the site uses.
declare module 'pagefind-bundle' {
  import type { Pagefind } from './pagefind-types.ts';
  export const options: Pagefind['options'];
  export const init: Pagefind['init'];
  export const search: Pagefind['search'];
}
