// Stands in for pagefind-engine.ts in the folder edition's build of the search page's script
// (integrations/client-bundles.ts): the folder edition has no Pagefind (it needs a server), so its
// script carries no code that would go looking for it. The folder edition brings its own engine
// (folder-search.ts), so this one only answers if that engine failed to load.
import type { SearchEngine } from './engine.ts';

export function pagefindEngine(_bootUrl: string): SearchEngine {
  return {
    search() {
      return Promise.reject(
        new Error("The folder edition's search engine did not load; Pagefind cannot run from a folder."),
      );
    },
  };
}
