/**
 * Records compared across inputs whose pages or boxes differ (a page put in, the same document
 * rendered or tagged otherwise): their values without the places they were read at.
 */

/** A value without its `source` and `sources` (provenance), at any depth. */
export function placeless<T>(value: T): T {
  if (Array.isArray(value)) return value.map(placeless) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'source' && k !== 'sources').map(([k, v]) => [k, placeless(v)])) as T;
  return value;
}
