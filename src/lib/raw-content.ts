// The content folder as plain files, before any check: what integrations/lib/content-files.ts
// reads and src/lib/content-integrity.ts checks.
import type { LandPolygon } from './geo/land.ts';

export interface RawFile {
  /** Path relative to the project root, for messages: "content/events/ar/tadamon-massacre.mdx". */
  file: string;
  /** Parsed front matter or JSON entry; not yet validated. */
  data: unknown;
  /** MDX body (empty for JSON entries). */
  body: string;
  /** Set when the file could not be read as front matter or JSON. */
  parseError?: string;
  /** The line of the file where reading failed, when known. */
  parseErrorLine?: number;
}

export interface RawMdxFile extends RawFile {
  /** Folder name: the language, "ar" or "en" if the file is where it belongs. */
  lang: string;
  /** File name without extension: the id shared by both languages. */
  id: string;
}

export interface RawContent {
  events: RawMdxFile[];
  pages: RawMdxFile[];
  /** Classroom pages, content/classroom/<lang>/<chapter>.mdx. */
  classroom: RawMdxFile[];
  /** One RawFile per array entry, all with the same file name. */
  places: RawFile[];
  sources: RawFile[];
  /** Problems with the folder itself (a missing JSON file, a JSON file that is not an array). */
  folderErrors: { file: string; line?: number; message: string }[];
  /**
   * The land every place must lie on (src/lib/geo/land.ts), read with the content so the check
   * itself stays pure. Omitted, places are checked against the story's regions only.
   */
  land?: LandPolygon[];
}
