/**
 * Records → JSON text: two-space indent, LF line endings, a final newline, key order as validated.
 */
export function emitJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
