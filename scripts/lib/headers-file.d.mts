export interface HeaderRule {
  pattern: string;
  /** Lower-case header name → value. */
  headers: Map<string, string>;
}
export function parseHeaders(text: string): HeaderRule[];
export function patternMatches(pattern: string, path: string): boolean;
export function headersFor(rules: HeaderRule[], path: string): Map<string, string>[];
