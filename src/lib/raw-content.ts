// The content folder as plain files, before any check: what integrations/lib/content-files.ts
// reads and src/lib/content-integrity.ts checks.
export interface RawFile {
  /** Path relative to the project root, for messages: "content/events/ar/tadamon-massacre.mdx". */
  file: string;
  /** Parsed front matter or JSON entry; not yet validated. */
  data: unknown;
  /** MDX body (empty for JSON entries). */
  body: string;
  /** Set when the file could not be read as front matter or JSON. */
  parseError?: string;
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
  folderErrors: { file: string; message: string }[];
}
