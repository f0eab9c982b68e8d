/**
 * What extraction reports besides records: gaps, fragments and checks (they land in document.json).
 */
import type { SourcePlace } from './document';

/** Something the document should hold but the input lacks (e.g. actions lost with a page). */
export interface Gap {
  type: string;
  key: string;
  reason: string;
  place?: SourcePlace;
}

/** Table content that belongs to no record found, and the record it most likely belongs to. */
export interface Fragment {
  type: string;
  likelyKey: string | null;
  reason: string;
  content: Record<string, string[] | string>;
  place: SourcePlace;
}

/** A table total checked against the sum of its column. */
export interface Check {
  table: string;
  column: string;
  expected: number;
  sum: number;
  ok: boolean;
  place?: SourcePlace;
}
