// Files a page's own script loads later rather than the page itself: the map's stylesheet, basemap
// and code, once the reader comes near the map (src/client/site-map-loader.ts), and the embed
// panel's script, once the panel is opened (src/client/embed-code-loader.ts). The page names each
// in an attribute of the element that needs it, as a site path like any src or href, so whatever
// reads the built pages finds them: the folder edition makes them relative and checks that they
// exist and run from a folder (integrations/lib/folder/), and the tests of the built site count
// them in the page's weight.
export const LOADED_LATER_ATTRIBUTES = ['data-script', 'data-basemap', 'data-stylesheet'] as const;
