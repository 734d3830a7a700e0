// The dataset as a spreadsheet: one row per event, RFC 4180 (CRLF line ends, fields quoted where
// they hold a comma, a quote or a line break, quotes doubled), UTF-8 with a byte-order mark,
// without which Excel reads the file in the machine's legacy code page and garbles Arabic.
import type { DateRecord, EventRecord } from './records.ts';

export const BYTE_ORDER_MARK = '\uFEFF';

/**
 * A cell a spreadsheet program reads as text, never as a formula. Excel, LibreOffice and Google
 * Sheets run a cell that starts with "=", "+", "-" or "@" (or a tab or carriage return before one)
 * as a formula, which can fetch addresses or run commands when the file is opened ("CSV
 * injection"). Such a cell gets a leading apostrophe, which the programs read as "this is text".
 * The dataset's cells are text, dates and ids: none starts so unless its text does.
 */
export function spreadsheetText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One field, safe for spreadsheets, and quoted only when RFC 4180 requires it. */
export function csvField(value: string): string {
  const text = spreadsheetText(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole file: BOM, a header row, then the rows, each line ending in CRLF. */
export function csvFile(header: readonly string[], rows: readonly (readonly string[])[]): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length)
      throw new Error(`CSV row ${i + 1} has ${row.length} fields, not ${header.length}`);
  }
  return BYTE_ORDER_MARK + [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** The columns of events.csv, in order. Lists in one cell (places, sources) are separated by "; ". */
export const EVENT_COLUMNS = [
  'id',
  'url',
  'title',
  'summary',
  'chapter',
  'kind',
  'lead',
  'happened_start',
  'happened_end',
  'happened_precision',
  'happened_approximate',
  'happened_standing',
  'revealed_start',
  'revealed_end',
  'revealed_precision',
  'revealed_approximate',
  'revealed_standing',
  'place_ids',
  'place_names',
  'source_ids',
  'figures',
  'corrections',
  'updated',
] as const;

const LIST = '; ';

function dateCells(date: DateRecord | null): string[] {
  if (!date) return ['', '', '', '', ''];
  return [date.start, date.end ?? '', date.precision, String(date.approximate), date.standing];
}

/** A figure in one cell: "People killed = at-least 41 [g1, confirmed]". */
function figureCell(claim: EventRecord['claims'][number]): string {
  return `${claim.label} = ${claim.qualifier} ${claim.value} [${claim.source}, ${claim.standing}]`;
}

export function eventRow(record: EventRecord): string[] {
  return [
    record.id,
    record.url,
    record.title,
    record.summary,
    record.chapter,
    record.kind,
    String(record.lead),
    ...dateCells(record.happened),
    ...dateCells(record.revealed),
    record.places.map((p) => p.id).join(LIST),
    record.places.map((p) => p.name).join(LIST),
    record.sources.map((s) => s.id).join(LIST),
    record.claims.map(figureCell).join(LIST),
    record.corrections.map((c) => `${c.date}: ${c.note}`).join(LIST),
    record.updated,
  ];
}

export function eventsCsv(records: readonly EventRecord[]): string {
  return csvFile(EVENT_COLUMNS, records.map(eventRow));
}
