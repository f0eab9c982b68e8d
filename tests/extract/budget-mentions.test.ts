import { describe, expect, it } from 'vitest';
import { extractBudgetMentions } from '../../src/extract/budget-mentions';
import { loadMarkdown } from '../../src/load/markdown';
import { segmentDocument } from '../../src/segment/sections';
import { segmented } from '../helpers/fixture';

const mentionsIn = (paragraph: string) =>
  extractBudgetMentions(segmentDocument(loadMarkdown(`# NDS\n\n${paragraph}\n`, 't.md')).value).mentions.map((m) => [m.amountEur, m.raw, m.period, m.rate]);

describe('extractBudgetMentions on small texts', () => {
  it.each([
    ['Er is €23,5 mln. beschikbaar voor de periode 2020-2024.', [[23_500_000, '€23,5 mln.', '2020-2024', null]]],
    ['Het budget is € 1.143 mln. in 2016.', [[1_143_000_000, '€ 1.143 mln.', '2016', null]]],
    ['Het Rijk trekt €45 miljoen per jaar uit.', [[45_000_000, '€45 miljoen', 'per jaar', 'per jaar']]],
    ['Jaarlijks is 5 miljoen beschikbaar gesteld.', [[5_000_000, '5 miljoen', 'per jaar', 'per jaar']]],
    ['Het kabinet stelde 6,3 miljoen euro beschikbaar.', [[6_300_000, '6,3 miljoen euro', null, null]]],
    ['Tussen de €4 en €5 mln. per jaar.', [[4_000_000, '€4', 'per jaar', 'per jaar'], [5_000_000, '€5 mln.', 'per jaar', 'per jaar']]],
    ['Er wonen 17 miljoen mensen in Nederland.', []],
    ['Het netwerk heeft 2 miljoen gebruikers en een budget.', []],
    ['Tabel (x € 1 mln) van 2020.', []],
    // (A table's unit set in capitals, or with a times sign: a header a style sheet set in upper case.)
    ['FINANCIERINGSBRON (X € 1 MLN.)', []],
    ['Bedragen (× € 1 mln)', []],
    ['De 5G-uitrol kost tijd.', []],
    // Units and signs other editions write: milliards as `mrd`, thousands, `EUR` before or after.
    ['Het fonds bedraagt € 1,5 mrd in 2021.', [[1_500_000_000, '€ 1,5 mrd', '2021', null]]],
    ['Er is €2,5 mrd. beschikbaar.', [[2_500_000_000, '€2,5 mrd.', null, null]]],
    ['Er is € 500 duizend beschikbaar.', [[500_000, '€ 500 duizend', null, null]]],
    ['Het kabinet stelt EUR 20 mln beschikbaar.', [[20_000_000, 'EUR 20 mln', null, null]]],
    ['Er is 20 mln EUR beschikbaar.', [[20_000_000, '20 mln EUR', null, null]]],
    // Not amounts: thousands of people, `EUR` glued to a word, `euro` as a word.
    ['Er werken 20 duizend mensen in de sector.', []],
    ['De EURO-zone en 5 landen.', []],
  ])('%s', (text, expected) => {
    expect(mentionsIn(text)).toEqual(expected);
  });
});

describe('extractBudgetMentions on the NDS 2020 markdown edition', () => {
  const { mentions } = extractBudgetMentions(segmented());
  const at = (line: number) => mentions.filter((m) => m.source.line === line);

  it('finds 41 euro amounts', () => {
    expect(mentions).toHaveLength(41);
  });

  it.each([
    [94, 23_500_000, '2020-2024', null, '1'],
    [96, 314_000_000, null, null, '1'],
    [97, 48_000_000, '2020-2022', 'per jaar', '1'],
    [162, 45_000_000, 'per jaar', 'per jaar', '2.2'],
    [206, 30_000_000_000, 'per jaar', 'per jaar', '2.2'],
    [499, 6_300_000, null, null, '2.4'],
    [1090, 555_000_000_000, '2020', null, '3'],
    [1260, 1_000_000, '2020', null, 'Bijlage 1.2'],
    [1288, 5_000_000, 'per jaar', 'per jaar', 'Bijlage 1.2'],
    [1359, 1_143_000_000, '2016', null, 'Bijlage 3'],
    [1392, 23_500_000, '2020-2024', null, 'Bijlage 3'],
    [1419, 15_600_000, null, null, 'Bijlage 3'],
  ])('line %i: €%i, period %s, rate %s, section %s', (line, amount, period, rate, section) => {
    expect(at(line)[0]).toMatchObject({ amountEur: amount, period, rate, section });
  });

  it('keeps the sentence as context and every amount of a sentence', () => {
    expect(at(1213).map((m) => m.amountEur)).toEqual([62_000_000, 17_000_000, 20_000_000, 5_500_000]);
    expect(at(1400).map((m) => m.amountEur)).toEqual([9_000_000, 6_000_000, 3_000_000]);
    expect(at(1400)[0]?.context).toBe(
      'De omvang van dit TNO brede kennisprogramma is momenteel €9 mln. per jaar, waarvan €6 mln. uit de additionele middelen van het kabinet en €3 mln. uit private en publieke matching.',
    );
    expect(at(1405).map((m) => [m.raw, m.amountEur])).toEqual([
      ['€4', 4_000_000],
      ['€5 mln.', 5_000_000],
      ['€3 mln.', 3_000_000],
    ]);
  });
});
