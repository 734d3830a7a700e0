// Sets of code points as CSS unicode-range values: read, written, and taken from one another.
// A font cut into a small subset and the rest of it must cover what the whole font covered, with
// no code point in both (fonts.css, font-subsets.ts).

/** The first and last code point of a run, both included. */
export type CodeRange = readonly [first: number, last: number];

const hex = (cp: number) => cp.toString(16).toUpperCase().padStart(4, '0');

/** Sorted, with overlapping and touching runs joined. */
export function normalizeRanges(ranges: readonly CodeRange[]): CodeRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [first, last] of sorted) {
    if (first > last) throw new Error(`unicode range U+${hex(first)}-${hex(last)} runs backwards`);
    const previous = out.at(-1);
    if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else out.push([first, last]);
  }
  return out;
}

/** `U+0600-06FF, U+0020, U+4??` → runs. Throws on anything that is not a unicode-range token. */
export function parseUnicodeRange(value: string): CodeRange[] {
  return normalizeRanges(
    value
      .split(',')
      .map((token) => token.trim())
      .filter(Boolean)
      .map((token): CodeRange => {
        const match = /^U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?$/i.exec(token);
        if (!match) throw new Error(`"${token}" is not a unicode-range token`);
        const [, start, end] = match as unknown as [string, string, string | undefined];
        if (start.includes('?')) {
          if (end) throw new Error(`"${token}" mixes a wildcard and a range`);
          return [parseInt(start.replaceAll('?', '0'), 16), parseInt(start.replaceAll('?', 'F'), 16)];
        }
        return [parseInt(start, 16), parseInt(end ?? start, 16)];
      }),
  );
}

/** Runs → `U+0020, U+0621-0652`. */
export function formatUnicodeRange(ranges: readonly CodeRange[]): string {
  return normalizeRanges(ranges)
    .map(([first, last]) => (first === last ? `U+${hex(first)}` : `U+${hex(first)}-${hex(last)}`))
    .join(', ');
}

/** The code points of `from` that are not in `remove`. */
export function subtractRanges(from: readonly CodeRange[], remove: readonly CodeRange[]): CodeRange[] {
  const removed = normalizeRanges(remove);
  const out: CodeRange[] = [];
  for (const [first, last] of normalizeRanges(from)) {
    let start = first;
    for (const [rFirst, rLast] of removed) {
      if (rLast < start || rFirst > last) continue;
      if (rFirst > start) out.push([start, rFirst - 1]);
      start = rLast + 1;
    }
    if (start <= last) out.push([start, last]);
  }
  return out;
}

/** Whether a code point is in one of the runs. */
export const inRanges = (ranges: readonly CodeRange[], cp: number): boolean =>
  ranges.some(([first, last]) => cp >= first && cp <= last);

/** Every code point of the runs, as a string (what a subsetter is asked to keep). */
export function rangesText(ranges: readonly CodeRange[]): string {
  let text = '';
  for (const [first, last] of normalizeRanges(ranges))
    for (let cp = first; cp <= last; cp++) text += String.fromCodePoint(cp);
  return text;
}
