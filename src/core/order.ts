/**
 * Code-unit order for strings: the same on every machine and locale, unlike localeCompare. Every
 * deterministic order in cspm (inventory lists, stored findings) sorts with it.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
