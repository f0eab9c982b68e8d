import { describe, expect, it } from 'vitest';
import { extractFootnotes, parseKamerstukken } from '../../src/extract/footnotes';
import { segmentDocument } from '../../src/segment/sections';
import type { FootnoteBlock } from '../../src/model/document';
import { markdownExtraction, markdownModel, markdownText, segmented } from '../helpers/fixture';
import { loadMarkdown } from '../../src/load/markdown';

describe('parseKamerstukken', () => {
  it.each([
    ['Kamerstuk 26 643, nr. 623.', [['26 643', '623']]],
    ['Kamerstukken 26 643 en 32 761, nr. 640.', [['26 643', '640'], ['32 761', '640']]],
    ['Kamerstukken 22 112, nr. 2858 en 2859, en 26 643, nr. 680.', [['22 112', '2858'], ['22 112', '2859'], ['26 643', '680']]],
    ['Kamerstuk 35 300-XIII, nr. 20.', [['35 300-XIII', '20']]],
    ['Kamerstuk 35134 nr. 7.', [['35 134', '7']]],
    ['Kamerstukken 26 643, nr. 647 en nr. 614.', [['26 643', '647'], ['26 643', '614']]],
    ['Kamerstukken 26 643, nr. 641 (bijlage 1).', [['26 643', '641']]],
    ['Kamerstukken II, 2019-2020, 26 643 en 32 761, nr. 640', [['26 643', '640'], ['32 761', '640']]],
    ['Kamerstukken 32 359, nr. 9, 35 095 nr. 10, 35 000-XV nr. 41 en 61.', [['32 359', '9'], ['35 095', '10'], ['35 000-XV', '41'], ['35 000-XV', '61']]],
    ['Kamerstukken 32637, nr. 316; 29826, nr. 94 en <https://x.nl/a.pdf>', [['32 637', '316'], ['29 826', '94']]],
    ['Vergadernummer 49, item 36', []],
  ])('%s', (text, expected) => {
    expect(parseKamerstukken(text).map((k) => [k.dossier, k.number])).toEqual(expected);
  });
});

describe('extractFootnotes on the NDS 2020 markdown edition', () => {
  const { footnotes, gaps } = extractFootnotes(segmented());
  const fn = (n: number) => footnotes.find((f) => f.n === n);

  it('reads 72 footnotes; 63 is absent with its reason', () => {
    expect(footnotes).toHaveLength(72);
    expect(gaps).toEqual([expect.objectContaining({ type: 'footnotes', key: '63' })]);
    expect(gaps[0]?.reason).toContain('from 62 (line 1184) to 64 (line 1207)');
  });

  it('keeps text, URLs and parliamentary papers', () => {
    expect(fn(1)).toMatchObject({ text: 'Kamerstuk 26 643, nr. 623.', urls: [], kamerstukken: [{ dossier: '26 643', number: '623' }], source: { line: 56 } });
    expect(fn(61)?.urls).toEqual(['https://www.knmi.nl/over-het-knmi/nieuws/afname-luchtvervuiling-boven-nederland']);
    expect(fn(62)?.urls).toEqual(['https://www.eib.org/attachments/efs/eibis_2019_report_on_digitalisation_en.pdf', 'https://monitor-nederlanddigitaal.nl/page-6872']);
    expect(fn(4)?.urls[0]).toBe('https://www.tweedekamer.nl/sites/default/files/atoms/files/eindrapport_tijdelijke_commissie_digitale_toekomst_tweede_kamer_der_statengeneraal.pdf');
    expect(fn(64)?.kamerstukken).toEqual([
      { dossier: '26 643', number: '640' },
      { dossier: '32 761', number: '640' },
    ]);
    expect(fn(73)?.kamerstukken.map((k) => k.dossier)).toEqual(['32 637', '29 826']);
  });

  it('reads an address that a note writes as www.… with no link to it (a PDF without link annotations) as a web address', () => {
    // The notes as a PDF without link annotations gives them: their text only.
    const model = structuredClone(markdownModel());
    for (const b of model.blocks) if (b.kind === 'footnote') (b as FootnoteBlock).urls = [];
    const unlinked = (n: number) => extractFootnotes(segmentDocument(model).value).footnotes.find((f) => f.n === n);
    expect(unlinked(14)?.urls).toEqual(['http://www.tweedekamer.nl']);
    expect(unlinked(33)?.urls).toEqual(['http://www.overalsnelinternet.nl/breedbandkaart']);
    expect(unlinked(14)?.urls).toEqual(fn(14)?.urls);
    // Where a link gives the address, its text adds no second writing of it (`https://…/` and `www.…`).
    expect(fn(56)?.urls).toEqual(['http://www.slmicrosoftrijk.nl']);
    // Bad input: `www.` with nothing after it is no address.
    const bare = structuredClone(markdownModel());
    const note = bare.blocks.find((b) => b.kind === 'footnote' && b.n === 14) as FootnoteBlock;
    note.urls = [];
    note.text = 'Raadpleegbaar via www. of de griffie.';
    expect(extractFootnotes(segmentDocument(bare).value).footnotes.find((f) => f.n === 14)?.urls).toEqual([]);
  });

  it('gives a note\'s addresses in the order its text writes them, whatever the order of its links', () => {
    // LibreOffice, note 62: the link to the EIB report came after the Monitor's.
    const model = structuredClone(markdownModel());
    const note = model.blocks.find((b) => b.kind === 'footnote' && b.n === 62) as FootnoteBlock;
    note.urls = ['https://monitor-nederlanddigitaal.nl/page-6872', 'https://www.eib.org/attachments/efs/eibis_2019_report_on_digitalisation_en.pdf'];
    const read = (m: typeof model) => extractFootnotes(segmentDocument(m).value).footnotes.find((f) => f.n === 62)?.urls;
    expect(read(model)).toEqual(fn(62)?.urls);
    // (Note 17: two addresses on one site, which open alike, by where the text writes each whole.)
    const seventeen = model.blocks.find((b) => b.kind === 'footnote' && b.n === 17) as FootnoteBlock;
    seventeen.urls = [...seventeen.urls].reverse();
    expect(extractFootnotes(segmentDocument(model).value).footnotes.find((f) => f.n === 17)?.urls).toEqual(fn(17)?.urls);
    expect(fn(17)?.urls[0]).toBe('https://ec.europa.eu/digital-single-market/en/news/ethics-guidelines-trustworthy-ai');
    // (A link whose address the text does not write keeps the order they came in.)
    note.urls = ['https://example.org/rapport', ...note.urls];
    expect(read(model)?.[0]).toBe('https://example.org/rapport');
  });

  it('keeps footnote markers out of every other record', () => {
    const records = markdownExtraction().records;
    const text = JSON.stringify([records.actions, records['connectivity-actions'], records.priorities, records['budget-mentions']]);
    expect(text).not.toMatch(/<sup>|SAPAI64|Sjoerdsma\. ?65/);
    const action11 = records.actions.find((a) => a.number === 11);
    expect(action11?.status.join(' ')).toContain('Strategisch Actieplan voor Artificiële intelligentie (SAPAI) gelanceerd');
  });
});

describe('Kamerstuk references in the forms editions write them', () => {
  it.each([
    ['conform Amhaouch (35 300 XIII, nr. 44).', [{ dossier: '35 300-XIII', number: '44' }]],
    ['zie 26 643, nrs. 600 en 601.', [{ dossier: '26 643', number: '600' }, { dossier: '26 643', number: '601' }]],
    ['Kamerstuk 35300-XIII, nr. 57', [{ dossier: '35 300-XIII', number: '57' }]],
    ['Staatsblad 2020, 199', []],
    // By their official ids, as officielebekendmakingen.nl addresses give them, or with a hyphen after the word.
    ['Zie https://zoek.officielebekendmakingen.nl/kst-26643-623.html', [{ dossier: '26 643', number: '623' }]],
    ['zoek.officielebekendmakingen.nl/kst-35300-XIII-20.pdf', [{ dossier: '35 300-XIII', number: '20' }]],
    ['Kamerstuk 29696-7.', [{ dossier: '29 696', number: '7' }]],
    ['Kamerstuk 26 643-680 en 32 761-640', [{ dossier: '26 643', number: '680' }, { dossier: '32 761', number: '640' }]],
    ['Kamerstuk 26 643, no. 623.', [{ dossier: '26 643', number: '623' }]],
    ['Kamerstuk 26 643 nummer 623', [{ dossier: '26 643', number: '623' }]],
    ['Kamerstukken II 2019/20, 26 643, nr. 680.', [{ dossier: '26 643', number: '680' }]],
    // Not a Kamerstuk: hyphenated numbers outside a reference, an id with a short dossier, a phone number.
    ['In 2019-2020 gingen 26643-680 bezoekers', []],
    ['kst-2664-623 en tel. 070-3456789', []],
    ['Kamerstuk 26 643-6801234', []],
  ])('%s', (text, expected) => {
    expect(parseKamerstukken(text)).toEqual(expected);
  });

  it('reads the official id of a link whose text names none (`hier`)', () => {
    expect(parseKamerstukken('De brief staat hier.', ['https://zoek.officielebekendmakingen.nl/kst-26643-680.html'])).toEqual([{ dossier: '26 643', number: '680' }]);
    expect(parseKamerstukken('De brief staat hier.', ['https://www.tweedekamer.nl/kamerstukken/brieven_regering'])).toEqual([]);
  });

  it('gives the bundled edition\'s notes rewritten with official ids the same Kamerstukken', () => {
    const rewritten = markdownText().replace(/(<sup>\d+<\/sup> )Kamerstuk (\d\d) ?(\d{3}), nr\. (\d+)\./g, (_, sup: string, a: string, b: string, nr: string) => `${sup}Zie https://zoek.officielebekendmakingen.nl/kst-${a}${b}-${nr}.html`);
    expect(rewritten).not.toBe(markdownText());
    const notes = extractFootnotes(segmentDocument(loadMarkdown(rewritten, 'nds-2020.md')).value).footnotes;
    const before = markdownExtraction().records.footnotes;
    expect(notes.find((f) => f.n === 16)).toMatchObject({ text: 'Zie https://zoek.officielebekendmakingen.nl/kst-26643-680.html', kamerstukken: [{ dossier: '26 643', number: '680' }] });
    expect(notes.map((f) => f.kamerstukken)).toEqual(before.map((f) => f.kamerstukken));
  });

  it('footnote 31 of the bundled edition names its Kamerstuk without the word', () => {
    expect(markdownExtraction().records.footnotes.find((f) => f.n === 31)?.kamerstukken).toEqual([{ dossier: '35 300-XIII', number: '44' }]);
  });
});
