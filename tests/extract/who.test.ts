import { describe, expect, it } from 'vitest';
import { isWhoText, parseWho } from '../../src/extract/common/who';

describe('parseWho', () => {
  it.each([
    ['BZK (Doorlopend)', ['BZK'], ['Doorlopend'], []],
    ['OCW/ EZK (Doorlopend)', ['OCW', 'EZK'], ['Doorlopend'], []],
    ['EZK/ lenW (2020)', ['EZK', 'IenW'], ['2020'], ['lenW']],
    ['EZK (Q3-4) (Doorlopend) (Doorlopend)', ['EZK'], ['Q3-4', 'Doorlopend', 'Doorlopend'], []],
    ['(Q3)', [], ['Q3'], []],
    ['SZW', ['SZW'], [], []],
    ['EZK (Q2 2020 – Q1 2021)', ['EZK'], ['Q2 2020 – Q1 2021'], []],
    ['EZK/AT (Q2)', ['EZK', 'AT'], ['Q2'], []],
    ['Allen (Doorlopend)', ['Allen'], ['Doorlopend'], []],
    ['I&W (2020)', ['IenW'], ['2020'], []],
  ])('%s', (raw, owners, timing, ocr) => {
    const parsed = parseWho(raw);
    expect(parsed.owners).toEqual(owners);
    expect(parsed.timing).toEqual(timing);
    expect(parsed.ocrFixed).toEqual(ocr);
    expect(parsed.unknown).toEqual([]);
  });

  it('pairs owners with the timings written after them', () => {
    expect(parseWho('EZK (Q4) EZK (Doorlopend)').entries).toEqual([
      { owners: ['EZK'], timing: ['Q4'] },
      { owners: ['EZK'], timing: ['Doorlopend'] },
    ]);
  });

  it('reads a timing the page edge cut short (left open at the end) as far as it goes', () => {
    expect(parseWho('EZK (Q3-4')).toMatchObject({ owners: ['EZK'], timing: ['Q3-4'], unknown: [] });
    expect(parseWho('OCW (Q')).toMatchObject({ owners: ['OCW'], timing: ['Q'], unknown: [] });
    // An opening parenthesis inside a text is no timing: the text is not a who cell.
    expect(isWhoText('Er wordt gewerkt aan (de')).toBe(false);
  });

  it.each([
    ['JenV (Q2) (Q2-3)', true],
    ['', false],
    ['Afgerond', false],
    ['Doorlopende activiteit', false],
    ['Er wordt gewerkt aan (Q3) plannen', false],
  ])('isWhoText(%j) is %s', (raw, expected) => {
    expect(isWhoText(raw)).toBe(expected);
  });
});
