// Two outlines the map and the content check need, kept as data with where they come from.
// Rings are [longitude, latitude] pairs, as in GeoJSON.

/**
 * The Golan Heights as Natural Earth draws them: the feature "Golan Heights" ("Admin. By Israel;
 * Claimed by Syria") of its 1:50m layer "Admin 0 – Breakaway, disputed areas"
 * (nvkelso/natural-earth-vector, geojson/ne_50m_admin_0_breakaway_disputed_areas.geojson,
 * commit 117488dc884bad03366ff727eca013e434615127; public domain). Approximate at that scale,
 * to within a few kilometres. The map uses its western and southern edge (the line of June 1967,
 * along the Jordan, the eastern shore of Lake Tiberias and the Yarmouk); the eastern edge is
 * taken from the basemap's own Israel–Syria line, so the two datasets meet without a gap
 * (integrations/lib/basemap-data.ts).
 */
export const GOLAN_NATURAL_EARTH_50M: [number, number][] = [
  [35.841863, 32.875954],
  [35.833283, 32.820094],
  [35.787253, 32.734927],
  [35.734439, 32.728881],
  [35.611243, 32.682062],
  [35.591657, 32.722654],
  [35.608142, 32.759784],
  [35.635686, 32.8073],
  [35.632895, 32.866573],
  [35.614498, 32.890861],
  [35.588557, 32.952769],
  [35.577291, 33.009613],
  [35.600597, 33.039586],
  [35.635272, 33.118341],
  [35.64075, 33.200196],
  [35.602871, 33.240607],
  [35.627211, 33.275049],
  [35.734439, 33.332591],
  [35.787459, 33.369772],
  [35.840738, 33.415661],
  [35.816125, 33.361879],
  [35.792531, 33.334107],
  [35.785024, 33.291089],
  [35.800038, 33.256121],
  [35.808618, 33.208577],
  [35.826849, 33.195117],
  [35.833399, 33.161129],
  [35.817197, 33.133173],
  [35.824704, 33.108024],
  [35.84508, 33.084665],
  [35.85903, 32.99021],
  [35.887977, 32.944379],
  [35.841863, 32.875954],
];

/**
 * Syria as world-atlas 2.0.2 draws it at 1:110m (countries-110m.json, Natural Earth 4.1.0),
 * rounded to four decimals. Coarse (borders within ~10 km): the content check uses it only to
 * notice coordinates whose latitude and longitude were swapped. A unit test re-derives it from
 * the package so it cannot drift from its source.
 */
export const SYRIA_WORLD_ATLAS_110M: [number, number][] = [
  [35.7214, 32.7093],
  [35.6998, 32.716],
  [35.8366, 32.8684],
  [35.8222, 33.278],
  [36.067, 33.8247],
  [36.6106, 34.2021],
  [36.4486, 34.5931],
  [35.9986, 34.6456],
  [35.905, 35.4106],
  [36.1498, 35.8219],
  [36.4162, 36.0402],
  [36.6862, 36.2603],
  [36.7402, 36.8171],
  [37.0678, 36.6225],
  [38.1694, 36.9017],
  [38.6986, 36.7122],
  [39.523, 36.7156],
  [40.675, 37.0913],
  [41.2114, 37.0744],
  [42.349, 37.2301],
  [41.8378, 36.6055],
  [41.2906, 36.3584],
  [41.3842, 35.6289],
  [41.0062, 34.4188],
  [38.7922, 33.3795],
  [36.8338, 32.3132],
  [35.7214, 32.7093],
];
