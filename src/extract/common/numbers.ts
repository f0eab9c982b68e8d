/**
 * Dutch number notation → numbers: `1.521` is 1521 (dot groups thousands), `23,5` is 23.5.
 */

/** Parses a Dutch-notation number; null when the text is not one. */
export function parseDutchNumber(text: string): number | null {
  // (A space may group thousands, `1 281`; figures apart, `137 41`, are two numbers, not one.)
  const t = text.trim().replace(/(\d)\s+(?=\d{3}(?!\d))/g, '$1');
  if (!/^-?\d{1,3}(\.\d{3})*(,\d+)?$|^-?\d+(,\d+)?$/.test(t)) return null;
  return Number(t.replace(/\./g, '').replace(',', '.'));
}

/** Rounds away floating-point noise so that equal sums compare equal and print the same. */
export function roundTo(value: number, decimals = 6): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
