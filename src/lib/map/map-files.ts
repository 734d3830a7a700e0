// The files a <site-map> needs, from the attributes the page gives it (src/components/SiteMap.astro):
// its stylesheet, the basemap and the code that draws it. Read by the loader
// (src/client/site-map-loader.ts), which adds to the page only what it does not have yet.

export interface MapFiles {
  stylesheet: string | null;
  /** In the order they must run: the basemap (a global) before the code that draws it. */
  scripts: string[];
}

/** The files named by a <site-map>'s data-stylesheet, data-basemap and data-script. */
export function mapFiles(dataset: { stylesheet?: string; basemap?: string; script?: string }): MapFiles {
  const named = (value: string | undefined) => (value && value.trim() !== '' ? value : null);
  return {
    stylesheet: named(dataset.stylesheet),
    scripts: [named(dataset.basemap), named(dataset.script)].filter((s): s is string => s !== null),
  };
}

/**
 * The files of `wanted` the page does not already load. `resolve` turns a name as written in the
 * page (relative in the folder edition) into the address the page's elements report
 * (`link.href`, `script.src`); `present` lists those.
 */
export function missingFiles(
  wanted: MapFiles,
  present: { stylesheets: readonly string[]; scripts: readonly string[] },
  resolve: (name: string) => string,
): MapFiles {
  const styles = new Set(present.stylesheets);
  const scripts = new Set(present.scripts);
  return {
    stylesheet: wanted.stylesheet && !styles.has(resolve(wanted.stylesheet)) ? wanted.stylesheet : null,
    scripts: wanted.scripts.filter((src) => !scripts.has(resolve(src))),
  };
}
