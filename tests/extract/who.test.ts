import { describe, expect, it } from 'vitest';
import { isWhoText, parseWho, readsAsWho, WHO_WORDS, whoNotes } from '../../src/extract/common/who';
import { splitWhoByOwners } from '../../src/extract/common/split-by-meaning';

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

describe('parseWho: owners as other editions write them', () => {
  it.each([
    // A ministry after `Min.` or `ministerie van`, or written out, is its code.
    ['Min. EZK (Doorlopend)', ['EZK'], [], ['Doorlopend']],
    ['ministerie van SZW', ['SZW'], [], []],
    ['Economische Zaken en Klimaat (Q3-4)', ['EZK'], [], ['Q3-4']],
    ['Ministerie van Onderwijs, Cultuur en Wetenschap (Q4)', ['OCW'], [], ['Q4']],
    ['Binnenlandse Zaken en Koninkrijksrelaties/ JenV', ['BZK', 'JenV'], [], []],
    // Other cabinets' ministries keep codes of their own: EZ is not EZK.
    ['EZ/ KGG (Doorlopend)', ['EZ', 'KGG'], [], ['Doorlopend']],
    ['Economische Zaken (2025)', ['EZ'], [], ['2025']],
    ['IenM en VenJ', ['IenM', 'VenJ'], [], []],
    ['EZK/ RDI (Q2)', ['EZK', 'RDI'], [], ['Q2']],
    // Organisations without a code are kept as written.
    ['BZK en VNG (Doorlopend)', ['BZK'], ['VNG'], ['Doorlopend']],
    ['JenV, Logius/ BZK (Q3)', ['JenV', 'BZK'], ['Logius'], ['Q3']],
    ['EZK en Kamer van Koophandel (2021)', ['EZK'], ['Kamer van Koophandel'], ['2021']],
    ['BZK en gemeenten', ['BZK'], ['gemeenten'], []],
  ])('%s', (raw, owners, others, timing) => {
    const parsed = parseWho(raw);
    expect(parsed).toMatchObject({ owners, others, timing, unknown: [] });
    expect(readsAsWho(raw)).toBe(true);
  });

  it('pairs organisations with their timings in the entries', () => {
    expect(parseWho('BZK (Q2) VNG (Q4)').entries).toEqual([
      { owners: ['BZK'], timing: ['Q2'] },
      { owners: [], timing: ['Q4'], others: ['VNG'] },
    ]);
  });

  it('takes an organisation for an owner only where the column says so; a sentence never', () => {
    // By its text alone a cell is a who cell only with codes (isWhoText); organisations need the column.
    expect(isWhoText('Logius (Doorlopend)')).toBe(false);
    expect(readsAsWho('Logius (Doorlopend)')).toBe(true);
    for (const text of ['Er wordt gewerkt aan de uitvoering.', 'Afgerond.', 'De uitvoering van het actieplan digitale inclusie loopt door in 2020.']) {
      expect(readsAsWho(text)).toBe(false);
      expect(parseWho(text).others).toEqual([]);
    }
    // A code the page edge cut (`JenV/ B`, `Alle (Do)`) is no organisation, nor a letter alone.
    expect(parseWho('JenV/ B (Q3)')).toMatchObject({ owners: ['JenV'], others: [], unknown: ['B'] });
    expect(parseWho('Alle (Do)')).toMatchObject({ owners: [], others: [], unknown: ['Alle'] });
    // Such a cell is still the owners' cell where its column says so.
    expect(readsAsWho('JenV/ B (Q3)')).toBe(true);
    expect(isWhoText('JenV/ B (Q3)')).toBe(false);
    // Beside words that are no owner, a name is one more unknown word (a sentence in the owners' column).
    expect(parseWho('In 2018 en 2019 vonden bijeenkomsten plaats i.s.m. NLdigital')).toMatchObject({ others: [], unknown: ['In 2018', '2019 vonden bijeenkomsten plaats', 'NLdigital'] });
    // A timing without its brackets names no one.
    for (const text of ['Q3 2021', 'Doorlopend', 'Eind 2022']) expect(parseWho(text)).toMatchObject({ others: [], unknown: [text] });
    // Words beside a code that are no owner are unknown, as before.
    expect(parseWho('EZK Doorlopend')).toMatchObject({ owners: ['EZK'], others: [], unknown: ['Doorlopend'] });
  });

  it('says what it kept as written and what it could not read', () => {
    const place = { line: 1231 };
    expect(whoNotes(parseWho('BZK en VNG (Doorlopend)'), 'action 20', place)).toEqual([
      { code: 'owner-named', severity: 'info', message: 'action 20: VNG named as owner without an owner code (kept as written in ownersOther)', place },
    ]);
    expect(whoNotes(parseWho('EZK Doorlopend'), 'action 20', place)).toEqual([
      { code: 'owner-unknown', severity: 'warning', message: 'action 20: "Doorlopend" in the who cell is neither an owner code nor an organisation\'s name (kept in whoRaw only)', place },
    ]);
    expect(whoNotes(parseWho('BZK (Doorlopend)'), 'action 20', place)).toEqual([]);
  });

  it('takes a shared who cell apart at a ministry written out (WHO_WORDS)', () => {
    expect(splitWhoByOwners('Economische Zaken en Klimaat BZK (Q1-4)', 2, (t) => isWhoText(t) && !t.startsWith('('), WHO_WORDS)).toEqual(['Economische Zaken en Klimaat', 'BZK (Q1-4)']);
    expect(splitWhoByOwners('Min. EZK BZK (Q1-4)', 2, (t) => isWhoText(t) && !t.startsWith('('), WHO_WORDS)).toEqual(['Min. EZK', 'BZK (Q1-4)']);
    // By words alone, the name is four words, none an owner: no split.
    expect(splitWhoByOwners('Economische Zaken en Klimaat BZK (Q1-4)', 2, (t) => isWhoText(t) && !t.startsWith('('))).toBeNull();
  });
});
