/**
 * Records compared across inputs whose pages or boxes differ (a page put in, the same document
 * rendered or tagged otherwise): their values without the places they were read at.
 */
import { modelOfPages, type ReadResult } from '../../src/load/pdf';
import { extractFromModel } from '../../src/pipeline';
import type { RecordSet } from '../../src/schemas/records';

/** A value without its `source` and `sources` (provenance), at any depth. */
export function placeless<T>(value: T): T {
  if (Array.isArray(value)) return value.map(placeless) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'source' && k !== 'sources').map(([k, v]) => [k, placeless(v)])) as T;
  return value;
}

/** The records of a PDF's read pages (laid out as loadPdf lays them out), without provenance. */
export function placelessRecordsOf(read: ReadResult, name = 'x.pdf'): RecordSet {
  return placeless(extractFromModel(modelOfPages(read, name)).records);
}
