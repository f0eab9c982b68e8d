import { describe, expect, it } from 'vitest';
import { splitByMeaning, splitWhoByOwners } from '../../src/extract/common/split-by-meaning';
import { isWhoText } from '../../src/extract/common/who';

const owner = (t: string) => isWhoText(t) && !t.startsWith('(');

describe('splitByMeaning', () => {
  const texts = [
    'Inzet op transparantie over voorwaarden, geschilbeslechting en zoekresultaten in relatie tussen platforms en ondernemers, ook in Europa.',
    'Het kabinet is in gesprek met gemeenten en platforms over een vorm van uniforme registratie van verhuurders die hun woning voor vakantie-verhuur aanbieden op platforms.',
  ];

  it('deals the sentences of one paragraph to the actions whose words they share', () => {
    const status =
      "Op 11 juli 2019 is de Europese verordening 'Platform-to-Business' (P2B) gepubliceerd. Hierin zijn transparantievereisten en bepalingen over geschil-beslechting opgenomen voor platforms. " +
      'Er is een wetsvoorstel gemaakt dat gemeenten de mogelijkheid geeft een registratieplicht op te leggen aan verhuurders van een woning. De gemeenten zijn in gesprek over een uniform registratiesysteem.';
    const parts = splitByMeaning(status, texts);
    expect(parts?.[0]).toMatch(/^Op 11 juli 2019.*voor platforms\.$/);
    expect(parts?.[1]).toMatch(/^Er is een wetsvoorstel.*registratiesysteem\.$/);
  });

  it('gives up (null) without evidence, or with fewer sentences than actions', () => {
    expect(splitByMeaning('Afgerond.', texts)).toBeNull();
    expect(splitByMeaning('Loopt. Loopt nog steeds.', texts)).toBeNull();
  });
});

describe('splitWhoByOwners', () => {
  it.each([
    ['EZK BZK (Q1-4)', 2, ['EZK', 'BZK (Q1-4)']],
    ['EZK (Q4) EZK (Q2-Q3)', 2, ['EZK (Q4)', 'EZK (Q2-Q3)']],
    ['OCW/ EZK (Doorlopend)', 2, null],
    ['EZK', 2, null],
  ])('%s into %i', (raw, k, expected) => {
    expect(splitWhoByOwners(raw, k, owner)).toEqual(expected);
  });
});
