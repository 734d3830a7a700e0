// Which edition is being built. The same source builds twice: the web edition (`dist/`, served
// over HTTP, with a service worker) and the folder edition (`dist-folder/`, zipped, opened from
// a folder with no server), chosen by EDITION=folder at build time. Read only at build time.
export type Edition = 'web' | 'folder';

export const EDITION: Edition = typeof process !== 'undefined' && process.env?.EDITION === 'folder' ? 'folder' : 'web';

export const isFolderEdition = EDITION === 'folder';
