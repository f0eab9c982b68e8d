/**
 * The YAML printer (src/emit/yaml.ts) against a real YAML parser: every record of the bundled
 * edition, and strings chosen to trip YAML readers, come back as the same data under YAML 1.2 and
 * under YAML 1.1 (where yes/no/on/off are booleans).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { beforeAll, describe, expect, it } from 'vitest';
import { emitYaml } from '../../src/emit/yaml';
import { RECORD_TYPES } from '../../src/schemas/records';
import { extractedDataset } from '../helpers/fixture';

const both = (text: string): [unknown, unknown] => [parse(text, { version: '1.2' }), parse(text, { version: '1.1' })];

let dir: string;
beforeAll(async () => {
  dir = await extractedDataset();
});

const HOSTILE = [
  'yes', 'No', 'ON', 'off', 'y', 'N', 'true', 'False', 'null', 'Null', '~', '', ' ', '-', '- x', '-x', ':', ': x', 'a: b', 'a:b', 'a:', 'a #b', 'a#b', '#x',
  '"q"', "'q'", "it's", '1', '1.5', '-2', '1e3', '0x1F', '0o17', '012', '1_000', '+1', '.5', '.inf', '-.Inf', '.NaN', '2020-01-01', '2020-01-01 10:00', '12:30', '1:20:30',
  ' lead', 'trail ', 'tab\tx', 'line\nbreak', 'cr\rx', '\u0085', 'x\u2028y', '\ufeffbom', 'del\x7f', 'é', '€ 5 mln', '@x', '`x', '%x', '!x', '&x', '*x', '|x', '>x',
  '{x}', '[x]', '? x', 'x?', 'a,b', 'a, b', '<<', '=', 'back\\slash', 'quote"mid', 'Nederland denkt mee, doet mee: en #1', 'a\u00a0', '\u{1F600} emoji',
];

describe('emitYaml', () => {
  it('gives back every record of the bundled edition as it was, under YAML 1.2 and 1.1', () => {
    for (const type of RECORD_TYPES) {
      const records = JSON.parse(readFileSync(join(dir, `${type}.json`), 'utf8')) as unknown[];
      expect(records.length, type).toBeGreaterThan(0);
      const [v12, v11] = both(emitYaml(records));
      expect(v12, type).toEqual(records);
      expect(v11, type).toEqual(records);
    }
  });

  it('writes a record as block YAML: plain words plain, numbers-looking and reserved words quoted', () => {
    const text = emitYaml([{ number: 3, owners: ['BZK', 'n'], section: '2.2', theme: null, flags: [], place: {}, ok: true, nested: [['a'], [{ k: 'v' }]] }]);
    expect(text).toBe(
      [
        '- number: 3',
        '  owners:',
        '    - BZK',
        '    - "n"',
        '  section: "2.2"',
        '  theme: null',
        '  flags: []',
        '  place: {}',
        '  ok: true',
        '  nested:',
        '    - - a',
        '    - - k: v',
        '',
      ].join('\n'),
    );
  });

  it('round-trips strings that trip YAML readers, as values and as keys', () => {
    const value = { list: HOSTILE, map: Object.fromEntries(HOSTILE.map((s, i) => [s, i])) };
    const [v12, v11] = both(emitYaml(value));
    expect(v12).toEqual(value);
    expect(v11).toEqual(value);
  });

  it('writes numbers as JSON does and refuses what JSON cannot hold', () => {
    expect(both(emitYaml([0, -1.5, 1e21, 12345678901234567890, 5e-7]))[0]).toEqual([0, -1.5, 1e21, 12345678901234567890, 5e-7]);
    expect(() => emitYaml([Number.NaN])).toThrow(/JSON data only/);
    expect(() => emitYaml([() => 1])).toThrow(/JSON data only/);
  });
});
