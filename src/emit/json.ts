/**
 * Records → JSON text: two-space indent, LF line endings, a final newline, key order as validated.
 */
export function emitJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** Deep copy with object keys in sorted order (for the machine-facing metadata files). */
export function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}
