/**
 * Where a text stands in a sentence (src/model/sentences.ts): the tests a cut cell's rest is joined
 * by, in the layout and in the extractors.
 */
import { describe, expect, it } from 'vitest';
import { abbreviationGoesOn, brokeOffOnWord, numberGoesOn } from '../../src/model/sentences';
import { goesOnFrom } from '../../src/extract/actions/types';

describe('a sentence that goes on past a stop', () => {
  it('goes on after an abbreviation where the text after it opens with a word in lower case', () => {
    expect(abbreviationGoesOn('Tijdens het NFO op 20 februari jl.', 'heeft EZK het CRP een platform geboden')).toBe(true);
    expect(abbreviationGoesOn('Samen met o.a.', 'gemeenten en provincies')).toBe(true);
    expect(abbreviationGoesOn('De regeling, i.s.m.', 'het ministerie van EZK')).toBe(true);
    expect(abbreviationGoesOn('Meer kanalen, bijv.', 'radio en televisie')).toBe(true);
    // (The progress cell the page cut, joined to its rest.)
    expect(goesOnFrom('Tijdens het NFO op 20 februari jl.', 'heeft EZK het CRP een platform geboden')).toBe(true);
  });

  it('does not after a word of a sentence\'s end, nor before a capital, a figure or a word that is no word in lower case', () => {
    expect(abbreviationGoesOn('Het convenant is verlengd.', 'daarna volgt overleg')).toBe(false);
    expect(abbreviationGoesOn('Tijdens het NFO op 20 februari jl.', 'Het CRP kreeg een platform')).toBe(false);
    expect(abbreviationGoesOn('Tijdens het NFO op 20 februari jl.', '2020 was het jaar')).toBe(false);
    expect(abbreviationGoesOn('Tijdens het NFO op 20 februari jl.', 'eHerkenning is uitgebreid')).toBe(false);
    expect(abbreviationGoesOn('', 'heeft EZK')).toBe(false);
    expect(goesOnFrom('Het convenant is verlengd.', 'daarna volgt overleg')).toBe(false);
  });

  it('goes on a number after the abbreviation that numbers it', () => {
    expect(numberGoesOn('Kamerstukken II, 2019-2020, 35134, nr.', '13). De Europese')).toBe(true);
    expect(numberGoesOn('Kamerstukken II, 2019-2020, 35134, nr.', 'De Europese')).toBe(false);
  });

  it('goes on after a word no sentence ends on (an article, a conjunction), whatever the next text opens with', () => {
    // LibreOffice, the 2024 edition (held out): connectivity action 5's row cut after `De voorbereiding van de`.
    expect(brokeOffOnWord('De voorbereiding van de')).toBe(true);
    expect(brokeOffOnWord('Overleg met gemeenten en')).toBe(true);
    expect(brokeOffOnWord('Er komt een analyse zoals')).toBe(true);
    expect(goesOnFrom('De voorbereiding van de', '3,5 GHz-veiling is gestart.')).toBe(true);
    expect(goesOnFrom('Voorstellen voor een', 'Europese aanpak.')).toBe(true);
  });

  it('does not after a word a sentence may end on: a stranded preposition, a verb\'s particle, a pronoun, a name', () => {
    expect(brokeOffOnWord('Daar is geen sprake van')).toBe(false);
    expect(brokeOffOnWord('Het kabinet voert de motie uit')).toBe(false);
    expect(brokeOffOnWord('We doen het')).toBe(false);
    expect(brokeOffOnWord('In de Nota Mobile')).toBe(false);
    expect(brokeOffOnWord('Verdelen van de 3,5')).toBe(false);
    expect(brokeOffOnWord('')).toBe(false);
    expect(goesOnFrom('Afgerond', 'Overleg organiseren met de provincies.')).toBe(false);
    // (Nothing goes on past it: an empty rest.)
    expect(goesOnFrom('De voorbereiding van de', '')).toBe(false);
  });
});
