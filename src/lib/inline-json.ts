// Data for browser code travels inside the page as <script type="application/json">, so it
// works from a folder where fetch() is blocked. The JSON must not be able to end the script
// element or open a comment: "<" is written as \u003c, which JSON.parse reads back as "<".
export function inlineJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
