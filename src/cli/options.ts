/**
 * Raw command-line values → one canonical options object, checked once.
 */
import { NdsError } from '../model/diagnostics';
import { FORMATS, type Format } from '../emit/dataset';
import { RECORD_TYPES, type RecordType } from '../schemas/records';

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export function parseFormats(value: string | undefined): Format[] {
  if (value === undefined) return [...FORMATS];
  const items = list(value);
  const bad = items.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (bad.length > 0 || items.length === 0) {
    throw new NdsError('usage', `unknown format ${bad.join(', ') || '(none)'}; choose from ${FORMATS.join(', ')}`);
  }
  return FORMATS.filter((f) => items.includes(f));
}

export function parseTypes(value: string | undefined): RecordType[] {
  if (value === undefined) return [...RECORD_TYPES];
  const items = list(value);
  const bad = items.filter((t) => !(RECORD_TYPES as readonly string[]).includes(t));
  if (bad.length > 0 || items.length === 0) {
    throw new NdsError('usage', `unknown record type ${bad.join(', ') || '(none)'}; choose from ${RECORD_TYPES.join(', ')}`);
  }
  return RECORD_TYPES.filter((t) => items.includes(t));
}
