/**
 * Records → validated records.
 *
 * In: the records of every type. Out: the same records as parsed by their zod schemas (which also
 * fixes key order), and one diagnostic per zod issue, carrying the record's source place and the
 * path into the record. Nothing is thrown: invalid records are reported, and the CLI refuses to write.
 */
import type { Diagnostic, StageResult } from '../model/diagnostics';
import { PRIMARY_KEYS, RECORD_SCHEMAS, RECORD_TYPES, type RecordSet, type RecordType } from '../schemas/records';

function placeOf(record: unknown): Diagnostic['place'] {
  if (record && typeof record === 'object' && 'source' in record) {
    const source = (record as { source: unknown }).source;
    if (source && typeof source === 'object') return source as Diagnostic['place'];
  }
  return undefined;
}

/** `['actions', 3, 'owners', 1]` → `actions[3].owners.1`. */
export function formatPath(path: readonly (string | number)[] | undefined): string {
  if (!path || path.length === 0) return '';
  const [type, index, ...rest] = path;
  return `${type}${index !== undefined ? `[${index}]` : ''}${rest.length > 0 ? `.${rest.join('.')}` : ''}`;
}

/** Validates one list of records against the schema of its type. */
export function validateType<T extends RecordType>(type: T, records: unknown[]): StageResult<RecordSet[T]> {
  const schema = RECORD_SCHEMAS[type];
  const diagnostics: Diagnostic[] = [];
  const value: unknown[] = [];
  records.forEach((record, index) => {
    const parsed = schema.safeParse(record);
    if (parsed.success) {
      value.push(parsed.data);
      return;
    }
    for (const issue of parsed.error.issues) {
      const path = [type, index, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
      diagnostics.push({ code: 'record-invalid', severity: 'error', message: issue.message, place: placeOf(record), path });
    }
  });
  return { value: withoutDuplicates(type, value, diagnostics) as RecordSet[T], diagnostics };
}

/**
 * Two records of one key (the type's primary key) cannot both be right: the input was read twice
 * there (a line a producer drew on two pages), or two rows ran into one key. An error with the place
 * of each later one, which is left out (so that what `--partial` writes still has unique keys).
 */
function withoutDuplicates(type: RecordType, records: unknown[], diagnostics: Diagnostic[]): unknown[] {
  const key = PRIMARY_KEYS[type];
  if (key.length === 0) return records;
  const first = new Map<string, unknown>();
  return records.filter((record) => {
    const values = key.map((k) => (record as Record<string, unknown>)[k]);
    const id = JSON.stringify(values);
    const earlier = first.get(id);
    if (earlier === undefined) {
      first.set(id, record);
      return true;
    }
    const at = placeOf(earlier);
    diagnostics.push({
      code: 'record-duplicate',
      severity: 'error',
      message: `a second ${type} record with the key ${key.map((k, i) => `${k} ${JSON.stringify(values[i])}`).join(', ')}${at?.page !== undefined ? ` (the first is on p.${at.page})` : at?.line !== undefined ? ` (the first is at line ${at.line})` : ''}: read twice, or two rows ran together; left out`,
      place: placeOf(record),
    });
    return false;
  });
}

/** Validates every record type. */
export function validateRecords(records: RecordSet): StageResult<RecordSet> {
  const diagnostics: Diagnostic[] = [];
  const value = {} as Record<RecordType, unknown[]>;
  for (const type of RECORD_TYPES) {
    const result = validateType(type, records[type]);
    value[type] = result.value;
    diagnostics.push(...result.diagnostics);
  }
  return { value: value as unknown as RecordSet, diagnostics };
}
