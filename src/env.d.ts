// What the build gives browser-independent code through import.meta.env, besides Astro's own.
interface ImportMetaEnv {
  /** Content-hashed file names, plain → hashed ("js/site-map.js" → "js/site-map.1a2b3c4d5e.js"),
   * set by the build (integrations/lib/asset-names.ts); absent in `astro dev` and unit tests. */
  readonly SITE_ASSETS?: Readonly<Record<string, string>>;
}
