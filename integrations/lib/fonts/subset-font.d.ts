// subset-font ships no types: the one call the build makes (harfbuzz's subsetter, as WebAssembly).
declare module 'subset-font' {
  export default function subsetFont(
    font: Uint8Array,
    text: string,
    options?: { targetFormat?: 'woff2' | 'woff' | 'sfnt' | 'truetype' },
  ): Promise<Uint8Array>;
}
