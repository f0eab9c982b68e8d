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

  it('reports a second record of one key (read twice) with its place and leaves it out; the first stays', () => {
    const lines = markdownExtraction().records['budget-lines'].filter((l) => l.table === 'Tabel 2' && l.row === 'Regio');
    expect(lines.map((l) => l.value)).toEqual([27, 29, 47]);
    const copy = { ...lines[0], source: { page: 30, bbox: [14.4, 830.6, 628.3, 840.3] } };
    const result = validateType('budget-lines', [...lines, copy]);
    expect(result.value).toEqual(lines);
    expect(result.diagnostics).toEqual([
      {
        code: 'record-duplicate',
        severity: 'error',
        message: `a second budget-lines record with the key table "Tabel 2", row "Regio", year 2017 (the first is at line ${lines[0]?.source.line}): read twice, or two rows ran together; left out`,
        place: { page: 30, bbox: [14.4, 830.6, 628.3, 840.3] },
      },
    ]);
    // Records without a key of their own (amounts mentioned in the text) may repeat.
    const mention = markdownExtraction().records['budget-mentions'][0];
    expect(validateType('budget-mentions', [mention, mention]).diagnostics).toEqual([]);
  });
});
