import { describe, expect, it } from 'vitest';
import { validateType } from '../../src/validate/validate';
import { markdownExtraction } from '../helpers/fixture';

describe('validateType', () => {
  const good = markdownExtraction().records.actions.find((a) => a.number === 3);

  it('accepts a real record and keeps its values', () => {
    const result = validateType('actions', [good]);
    expect(result.diagnostics).toEqual([]);
    expect(result.value[0]).toEqual(good);
  });

  it.each<[string, Record<string, unknown>, (string | number)[]]>([
    ['an empty text', { text: '' }, ['actions', 0, 'text']],
    ['an unknown owner code', { owners: ['EZK', 'Ministerie'] }, ['actions', 0, 'owners', 1]],
    ['part 0 (parts count from 1; any number of parts is fine)', { part: 0 }, ['actions', 0, 'part']],
    ['a source with neither line nor page', { source: {} }, ['actions', 0, 'source']],
    ['an unknown field', { extra: 1 }, ['actions', 0]],
  ])('reports %s with its path and the record place', (_name, change, path) => {
    const result = validateType('actions', [{ ...good, ...change }]);
    expect(result.value).toEqual([]);
    expect(result.diagnostics[0]).toMatchObject({ code: 'record-invalid', severity: 'error', path });
    expect(result.diagnostics[0]?.place).toEqual('source' in change ? change.source : { line: 1190 });
  });
});
