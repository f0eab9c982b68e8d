import { describe, expect, it } from 'vitest';
import { cellEntries } from '../../src/extract/common/entries';
import { parseHtmlFragment } from '../../src/load/html-fragment';

const entriesOf = (html: string) => cellEntries(parseHtmlFragment(html));

describe('cellEntries', () => {
  it('gives each list item and each paragraph one entry', () => {
    expect(entriesOf('<p>Eerste.</p> <ul><li>a</li><li>b</li></ul>')).toEqual({ entries: ['Eerste.', 'a', 'b'], topics: [null, null, null] });
  });

  it('keeps italic sub-headings as topics, not entries', () => {
    expect(entriesOf('<p><i>Big data</i></p> <ul><li>x</li></ul> <p><i>Blockchain</i></p> <ul><li>y</li><li>z</li></ul>')).toEqual({
      entries: ['x', 'y', 'z'],
      topics: ['Big data', 'Blockchain', 'Blockchain'],
    });
  });

  it('reads a paragraph in italics that says a sentence, or stands last in its cell, as an entry, not a topic (a document set in italics throughout)', () => {
    // (Chromium, `body { font-style: italic }`, measured: every status paragraph in italics; action
    // 8's one paragraph had become a topic over nothing, its status empty with nothing said.)
    expect(entriesOf('<p><i>Eind 2019 is het Kennis- en Innovatieconvenant uitgebracht.</i></p>')).toEqual({ entries: ['Eind 2019 is het Kennis- en Innovatieconvenant uitgebracht.'], topics: [null] });
    expect(entriesOf('<p><i>SBIR voor gegevenslandschap is gestart.</i></p> <p><i>Uit de 21 projecten zijn 5 winnaars gekozen.</i></p>').entries).toEqual([
      'SBIR voor gegevenslandschap is gestart.',
      'Uit de 21 projecten zijn 5 winnaars gekozen.',
    ]);
    expect(entriesOf('<p>Eerste.</p> <p><i>Big data</i></p>')).toEqual({ entries: ['Eerste.', 'Big data'], topics: [null, null] });
    // (Bad input for the entry: a short label in italics over text is that text's topic, as before.)
    expect(entriesOf('<p><i>Big data</i></p> <p>Het programma loopt.</p>')).toEqual({ entries: ['Het programma loopt.'], topics: ['Big data'] });
  });

  it('treats a short plain label before a list as a topic', () => {
    expect(entriesOf('<p>AI</p> <ul><li>Eind 2020 zijn 20 AI-onderzoekslabs gerealiseerd.</li></ul>').topics).toEqual(['AI']);
  });

  it('splits inline bullets into entries, with a label before them as topic', () => {
    expect(entriesOf('Hoger onderwijs: • Eerste punt. • Tweede punt.')).toEqual({
      entries: ['Eerste punt.', 'Tweede punt.'],
      topics: ['Hoger onderwijs', 'Hoger onderwijs'],
    });
  });

  it('reads a label that closes a point inside a list item as the topic of the points after it, as in a paragraph', () => {
    // WeasyPrint at 13 pt, the plans cell of action 39: its points inline, the topic *Inzage en
    // correctie* after a point the loader read into a list item (its line opened with `•`).
    const item = 'Het streven is nog steeds dat burgers vanaf eind 2020 in MijnOverheid kunnen zien voor welke gegevens al het principe van eenmalige gegevensverstrekking geldt. Inzage en correctie • We doen een proef met een overheidsbreed, organisatie-overstijgend oplosteam. • Burgers vinden in MijnOverheid welke organisaties welke basisgegevens ontvangen.';
    const blocks = [{ kind: 'text' as const, text: 'Eenmalige gegevensverstrekking • We onderzoeken wat de belemmeringen zijn.' }, { kind: 'list' as const, ordered: false, items: [{ text: item, depth: 0 }] }];
    expect(cellEntries(blocks)).toEqual({
      entries: [
        'We onderzoeken wat de belemmeringen zijn.',
        'Het streven is nog steeds dat burgers vanaf eind 2020 in MijnOverheid kunnen zien voor welke gegevens al het principe van eenmalige gegevensverstrekking geldt.',
        'We doen een proef met een overheidsbreed, organisatie-overstijgend oplosteam.',
        'Burgers vinden in MijnOverheid welke organisaties welke basisgegevens ontvangen.',
      ],
      topics: ['Eenmalige gegevensverstrekking', 'Eenmalige gegevensverstrekking', 'Inzage en correctie', 'Inzage en correctie'],
    });
    // (A closing sentence of more than five words is a point, not a label.)
    expect(cellEntries([{ kind: 'list', ordered: false, items: [{ text: 'Het plan is af. Daarna volgt een tweede consultatie over de opties • Eerste punt.', depth: 0 }] }]).topics).toEqual([null, null]);
  });

  it('splits inline bullets inside a list item too (a PDF line that ended in `•` left the next point in the item)', () => {
    // Chromium, US Letter landscape: the plans cell of action 17, its `•` the last glyph of a line.
    const item = "Hierin worden producten opgeleverd om docenten te ondersteunen bij het doordacht digitaliseren van onderwijs. • Daarnaast wordt gewerkt aan een set 'bouwstenen voor professionalisering'.";
    expect(cellEntries([{ kind: 'list', ordered: false, items: [{ text: item, depth: 0 }] }]).entries).toEqual([
      'Hierin worden producten opgeleverd om docenten te ondersteunen bij het doordacht digitaliseren van onderwijs.',
      "Daarnaast wordt gewerkt aan een set 'bouwstenen voor professionalisering'.",
    ]);
    // (A bullet that joins two words, `A•B`, is no point of its own.)
    expect(cellEntries([{ kind: 'list', ordered: false, items: [{ text: 'Het merk A•B blijft.', depth: 0 }] }]).entries).toEqual(['Het merk A•B blijft.']);
  });

  it('keeps a long sentence before a list as an entry', () => {
    expect(entriesOf('<p>Het actieplan LLO wordt uitgewerkt op 6 sporen 2019-2022:</p><ol><li>1. Eerste</li></ol>').entries).toEqual([
      'Het actieplan LLO wordt uitgewerkt op 6 sporen 2019-2022:',
      '1. Eerste',
    ]);
  });
});
