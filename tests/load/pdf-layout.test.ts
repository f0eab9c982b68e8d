import { describe, expect, it } from 'vitest';
import { buildLines } from '../../src/load/pdf/lines';
import { fontTraits, glyphsAsText, heavierNameless, mayHoldTable, namelessBold, splitAtFonts, symbolMark, syntheticBold, type PageFont, type TextRun } from '../../src/load/pdf/page-data';
import { findGrids, ruleCounts, type Grid } from '../../src/load/pdf/tables';
import { proseInsideTables } from '../../src/load/pdf/unread';
import { continues, joinedCells, layoutPages, runTogether, withLinkTargets, withLoneNoteNumbers } from '../../src/load/pdf/layout';

const noteLine = (text: string, y: number, size: number): Line => ({ spans: [{ text, bold: false, italic: false }], text, x0: 62.7, x1: 62.7 + text.length * size * 0.5, y, size, footnoteRefs: [], widestGap: 0 });
import { cutRowsAtFoot, headRuledGrid } from '../../src/load/pdf/page-breaks';
import { restoreBullets, restoreEuroSigns } from '../../src/load/pdf/stand-ins';
import type { PageData } from '../../src/load/pdf/page-data';
import type { Diagnostic } from '../../src/model/diagnostics';
import { brokeOff, brokenAcross, brokenWord, hyphenated, hyphenates, innerWords, joinSpans, joinedAcross, joinsWithoutSpace, lexiconOf, listMarkers, longWordsBroken, markerPattern, segmentLines, wordsBrokenAnywhere } from '../../src/load/pdf/text-blocks';
import { proseLines } from '../helpers/pdf';
import type { Line } from '../../src/load/pdf/lines';
import type { DocumentModel } from '../../src/model/document';
import { extractFootnotes } from '../../src/extract/footnotes';
import { segmentDocument } from '../../src/segment/sections';

const run = (text: string, x: number, y: number, extra: Partial<TextRun> = {}): TextRun => ({
  text,
  x,
  y,
  width: text.length * 5,
  size: 10,
  bold: false,
  italic: false,
  ...extra,
});

// A table's line of text: [text, x] per cell on baseline y.
const textLine = (y: number, cells: [string, number][], extra: Partial<TextRun> = {}): TextRun[] => cells.map(([t, x]) => run(t, x, y, extra));
/** The cells' texts of each table layoutPages made, row by row. */
const tableRows = (blocks: ReturnType<typeof layoutPages>) => blocks.flatMap((b) => (b.kind === 'table' ? [b.rows.map((r) => r.cells.map((c) => c.text))] : []));

/** An A4 page `n` holding these runs, nothing drawn on it. */
const a4Page = (n: number, runs: TextRun[]): PageData => ({ page: n, width: 595, height: 842, runs, rules: [], fills: [], links: [] });

describe('fontTraits', () => {
  it.each([
    ['BAAAAA+DejaVuSans-Bold', true, false],
    ['CAAAAA+DejaVuSans', false, false],
    ['Helvetica-BoldOblique', true, true],
    ['ABCDEF+Calibri-Italic', false, true],
    ['TimesNewRomanPS-SemiboldMT', true, false],
    // pdfTeX with Times (URW's names): bold is `Medi`, italic `Ital`.
    ['QCZMCS+NimbusRomNo9L-Medi', true, false],
    ['MWGYCH+NimbusRomNo9L-ReguItal', false, true],
    ['ZSVOTC+NimbusRomNo9L-MediItal', true, true],
    ['WXALZL+NimbusRomNo9L-Regu', false, false],
    ['MinionPro-BoldIt', true, true],
    ['MinionPro-It', false, true],
    ['Roboto-Medium', true, false],
    // Not a style: a family name that holds the letters.
    ['MediaSans-Regular', false, false],
    ['DigitalFont', false, false],
  ])('%s', (name, bold, italic) => {
    expect(fontTraits(name)).toEqual({ bold, italic });
  });
});

describe('syntheticBold', () => {
  it('reads a Type 3 font that carries the name of a typeface embedded beside it as that typeface set bold (Chromium with no bold face)', () => {
    // Chromium, Noto Mono (no bold face): the body in the embedded font, headings and header labels
    // in a Type 3 font of the same name.
    expect(syntheticBold([
      { name: 'BAAAAA+NotoMono', type3: false },
      { name: 'AAAAAA+NotoMono', type3: true },
    ])).toEqual(new Set(['NotoMono']));
    // A Type 3 font alone (a producer that draws all its text so), or of another name, is not bold.
    expect(syntheticBold([{ name: 'AAAAAA+NotoMono', type3: true }])).toEqual(new Set());
    expect(syntheticBold([
      { name: 'BAAAAA+LiberationSans', type3: false },
      { name: 'AAAAAA+NotoColorEmoji', type3: true },
      { name: '', type3: true },
    ])).toEqual(new Set());
  });
});

describe('heavierNameless', () => {
  const font = (chars: number, density: number, glyphs = 60, name = 'Type3'): PageFont => ({ name, type3: true, outlines: true, chars, ink: { density, glyphs } });
  it('reads the nameless Type 3 font whose outlines lay down a fifth more ink than the body\'s as bold (TeX Gyre Pagella after Ghostscript: 1.39 times; its italic 0.97)', () => {
    const page = new Map([['g_d0_f1', font(546, 2505)], ['g_d0_f3', font(3763, 1805)], ['g_d0_f5', font(21, 1749, 47)]]);
    expect(heavierNameless(page)).toEqual(new Set(['g_d0_f1']));
  });

  it('reads none so where the fonts have names, draw too few glyphs to tell, or set less of the page than named fonts (bad input)', () => {
    expect(heavierNameless(new Map([['a', font(546, 2505, 60, 'AAAAAA+TeXGyrePagella-Bold')], ['b', font(3763, 1805, 60, 'BAAAAA+TeXGyrePagella-Regular')]]))).toEqual(new Set());
    expect(heavierNameless(new Map([['a', font(3, 2505, 2)], ['b', font(3763, 1805)]]))).toEqual(new Set());
    expect(heavierNameless(new Map([['a', font(546, 2505)], ['b', font(300, 1805)], ['c', { name: 'LiberationSerif', type3: false, outlines: false, chars: 4000 }]]))).toEqual(new Set());
  });
});

describe('splitAtFonts', () => {
  const item = (str: string, x: number, width: number, fontName = 'f1') => ({ str, transform: [7, 0, 0, 7, x, 750], width, fontName });
  it('cuts an item where its operators change font between words: each piece where its operator starts, named after its font', () => {
    const shows = [{ font: 'f1', x: 57, y: 750, text: 'mobiliteit' }, { font: 'f3', x: 88.9, y: 750, text: ' Een geïntegreerd' }];
    expect(splitAtFonts([item('mobiliteit Een geïntegreerd', 57, 86.3)], shows)).toEqual([
      { str: 'mobiliteit ', transform: [7, 0, 0, 7, 57, 750], width: expect.closeTo(31.9, 5), fontName: 'f1' },
      { str: 'Een geïntegreerd', transform: [7, 0, 0, 7, 88.9, 750], width: expect.closeTo(54.4, 5), fontName: 'f3' },
    ]);
  });

  it('keeps an item whole where a font sets a glyph inside a word, where the operators do not spell its text, or where it is not upright', () => {
    const inWord = [{ font: 'f1', x: 57, y: 750, text: 'toegankel' }, { font: 'f4', x: 84, y: 750, text: '4' }, { font: 'f1', x: 87, y: 750, text: 'ke overheid' }];
    expect(splitAtFonts([item('toegankel4ke overheid', 57, 70)], inWord)).toEqual([item('toegankel4ke overheid', 57, 70)]);
    const other = [{ font: 'f1', x: 57, y: 750, text: 'mobiliteit' }, { font: 'f3', x: 88.9, y: 750, text: 'Anders' }];
    expect(splitAtFonts([item('mobiliteit Een geïntegreerd', 57, 86.3)], other)).toEqual([item('mobiliteit Een geïntegreerd', 57, 86.3)]);
    const turned = { ...item('mobiliteit Een', 57, 50), transform: [0, 7, -7, 0, 57, 750] };
    expect(splitAtFonts([turned], [{ font: 'f1', x: 57, y: 750, text: 'mobiliteit' }, { font: 'f3', x: 57, y: 790, text: ' Een' }])).toEqual([turned]);
  });
});

describe('namelessBold', () => {
  const font = (name: string, type3: boolean, chars: number, outlines = type3): PageFont => ({ name, type3, outlines, chars });
  it('reads a Type 3 font that lost its name, drawn as outlines beside embedded fonts that set more text, as bold (Chromium\'s PDF written again by Cairo)', () => {
    // pdftocairo, measured on an appendix page: header labels and themes in a Type 3 font pdfjs calls `Type3`.
    const page = new Map([['g_d0_f1', font('Type3', true, 240)], ['g_d0_f2', font('CDVKGY+NotoMono', false, 2900)]]);
    expect(namelessBold(page)).toEqual(new Set(['g_d0_f1']));
  });

  it('reads no such font as bold when its glyphs are images (emoji, bitmap fonts), when it has a name, or when it sets most of the page', () => {
    expect(namelessBold(new Map([['a', font('Type3', true, 4, false)], ['b', font('LiberationSans', false, 2000)]]))).toEqual(new Set());
    expect(namelessBold(new Map([['a', font('T3Font_0', true, 40)], ['b', font('LiberationSans', false, 2000)]]))).toEqual(new Set());
    expect(namelessBold(new Map([['a', font('', true, 2000)], ['b', font('LiberationSans', false, 30)]]))).toEqual(new Set());
    expect(namelessBold(new Map([['a', font('Type3', true, 300)]]))).toEqual(new Set());
  });
});

describe('symbolMark', () => {
  // Word processors (LibreOffice from .doc and .docx) set list marks in the Symbol or Wingdings
  // font, whose glyphs have no Unicode: pdfjs gives the font's code in the private use area.
  it.each([
    ['\uF0B7', '•'],
    [' \uF0A7 ', '•'],
    ['\uF0D8', '•'],
    // Not a mark alone: text, two glyphs, another private-use glyph, an ordinary bullet.
    ['NL DIGIbeter, Agenda', 'NL DIGIbeter, Agenda'],
    ['\uF0B7 NL DIGIbeter', '\uF0B7 NL DIGIbeter'],
    ['\uF0B7\uF0B7', '\uF0B7\uF0B7'],
    ['\uE000', '\uE000'],
    ['•', '•'],
  ])('%j → %j', (text, mark) => {
    expect(symbolMark(text)).toBe(mark);
  });
});

describe('glyphsAsText', () => {
  // Chromium, TeX Gyre Pagella, `lang="nl"`: the font's Dutch `ij` glyph, named U+0133 in the text layer.
  it.each([
    ['toegankelĳk, zĳn, wereldwĳde', 'toegankelijk, zijn, wereldwijde'],
    ['Ĳsselmeer', 'IJsselmeer'],
    ['ﬁnanciering, ﬂexibel, eﬀect, eﬃciënt', 'financiering, flexibel, effect, efficiënt'],
    // XeLaTeX with Lato: the hyphen glyph named U+2010 (U+2011 where it may not break), a word broken at a line's end too.
    ['Kamerstuk 35 300\u2010XIII, 5G\u2011fieldlab, ont\u2010', 'Kamerstuk 35 300-XIII, 5G-fieldlab, ont-'],
    // Chromium, `font-variant: small-caps` in TeX Gyre Heros Cn: the font's own small capitals, named by
    // Adobe's glyph list in the private use area (Asmall U+F761 …, Edieresissmall U+F7EB, zerooldstyle U+F730 …).
    ['T\uF768\uF765\uF76D\uF761\'\uF773 & \uF761\uF76D\uF762\uF769\uF774\uF769\uF765', "Thema's & ambitie"],
    ['W\uF769\uF765 (T\uF769\uF76A\uF764)', 'Wie (Tijd)'],
    ['\uF763\uF76F\uF76E\uF774\uF769\uF76E\uF775\uF7EF\uF774\uF765\uF769\uF774 \uF732\uF730\uF732\uF730', 'continuïteit 2020'],
    // Everything else as it is: letters with diacritics, a bullet, the euro; codes of that area the list names no letter or figure for.
    ['geïntegreerd • € 23,5 miljoen', 'geïntegreerd • € 23,5 miljoen'],
    ['\uF722\uF7C0\uF6F0\uE000', '\uF722\uF7C0\uF6F0\uE000'],
  ])('%j → %j', (text, letters) => {
    expect(glyphsAsText(text)).toBe(letters);
  });
});

describe('joinsWithoutSpace', () => {
  it.each([
    ['voldoen aan een CE-', 'markering gaan gelden', true],
    ['Wet-', 'en regelgeving legt', false],
    ['telecom-', 'en internetsector', false],
    ['einde van een zin.', 'Nieuwe zin', false],
    ['soft\u00ad', 'hyphen', true],
    ['JenV (Q2) (Q2-', '3)', true],
    ['een algemene oriëntatie/', 'gemeenschappelijk standpunt', true],
    ['bereikbaar via de website: https://', 'www.ruimteinregels.nl', true],
    // (pdfTeX breaks a web address after its scheme.)
    ['bereikbaar via de website: https:', '//www.ruimteinregels.nl/thema', true],
    ['Zie: ', '//commentaar', false],
    ['website: https://www.ruimteinregels.', 'nl/thema/digitale-economie', true],
    ['zie www.example.nl.', 'Nieuwe zin', false],
    ['EZK (Doorlopend', ')', true],
    ['adviezen bij cyberdreigingen', '.', true],
    ['einde van een zin.', '(Nieuwe zin)', false],
    // (TeX breaks an address inside a word: the next line goes on with a slash, an underscore or an
    // inner dot in its first word; a word of prose, or an address of its own, does not.)
    ['Kamer: https://www.tweedekamer.nl/sites/default/files/atoms/files/eindrapport_tijdelijke_comm', 'issie_digitale_toekomst.pdf', true],
    ['https://ec.europa.eu/digital-single-market/en/news', '/ethics-guidelines-trustworthy-ai en', true],
    ['http://datalandscape.eu/sites/default/files/report/D2.6_EDM_S', 'econd_Interim_Report_28.06.2019.pdf', true],
    ['https://ec.europa.eu/digital-single-market/en/news/ethics-guidelines-trustworthy-ai', 'en https://ec.europa.eu/…', false],
    ['zie https://www.rijksoverheid.nl', 'https://www.overheid.nl', false],
    ['zie https://www.rijksoverheid.nl', 'Daarnaast is het plan.', false],
    // (A dash for the part of a word left out, after `en` or `of`, opens the word below it; a dash
    // between clauses, or one before a capital, keeps its space.)
    ['data gedreven problemen oplossen en –', 'werken, verantwoord gebruik van data', true],
    ['overheidswebsites en –', 'webapplicaties', true],
    ['gericht op data delen en -', 'gebruik', true],
    ['de bouw ging door –', 'met vertraging – en werd', false],
    ['oplossen en –', 'Werken', false],
    ['oplossen en – ', 'werken', false],
    // (An opening bracket that ends a line opens the word below it: `EZK (` / `Doorlopend)`.)
    ['EZK (', 'Doorlopend)', true],
    ['Allen [', 'Q2]', true],
    ['de wet (', '(b) en', false],
  ])('%j + %j → %s', (a, b, expected) => {
    expect(joinsWithoutSpace(a, b)).toBe(expected);
  });
});

describe('brokenWord', () => {
  // Words the document writes inside its lines (each line's last word is left out of the lexicon).
  const lexicon = lexiconOf([
    { text: 'het verdelen van frequentiebanden voor mobiele netwerken' },
    { text: 'de inzet van het kabinet in de regio' },
    { text: 'na het incident en andere incidenten bij Citrix' },
    { text: 'Het bestemmen en verdelen van frequentiebande' },
  ]);
  it.each([
    ['Het bestemmen en verdelen van frequentiebande', 'n', true],
    ['het kabinet zet in', 'zet de regio', false],
    ['naar aanleiding van het Citrix-incident', 'en andere cyberincidenten', false],
    ['Het bestemmen en verdelen van frequentiebande', 'N', false],
  ])('%j + %j → %s', (prev, next, expected) => {
    expect(brokenWord(prev, next, lexicon)).toBe(expected);
  });
});

describe('brokenAcross', () => {
  // (ReportLab breaks a word wider than its cell where each line ends, its first piece after the
  // words before it: `EZK (Doo` / `rlopend)`, `Doelmatig f` / `requentieg` / `ebruik`.)
  const lexicon = lexiconOf([
    { text: 'BZK (Doorlopend) en EZK (Doorlopend) samen' },
    { text: 'het doelmatig frequentiegebruik in de banden' },
    { text: 'van de do en de re en een mi daarna' },
  ]);
  const cell = (...texts: string[]): Line[] => texts.map((text, k) => ({ spans: [{ text, bold: false, italic: false }], text, x0: 0, x1: 60, y: 100 - 10 * k, size: 7, footnoteRefs: [], widestGap: 2 }));
  const joined = (lines: Line[]): string => joinSpans(lines, lexicon, true).map((s) => s.text).join('');

  it('joins the pieces of a word its cell broke, two or three, when they make a word the document writes and none is one of its words', () => {
    expect(brokenAcross(['EZK (Doo', 'rlopend)'], 1, lexicon)).toBe(true);
    expect(joined(cell('EZK (Doo', 'rlopend)'))).toBe('EZK (Doorlopend)');
    expect(joined(cell('Doelmatig f', 'requentieg', 'ebruik'))).toBe('Doelmatig frequentiegebruik');
    expect([1, 2].map((i) => brokenAcross(['Doelmatig f', 'requentieg', 'ebruik'], i, lexicon))).toEqual([true, true]);
  });

  it('takes a piece that only opens lines for no word when told the words inside lines (the rest of a word broken alike in other cells)', () => {
    const lines = [{ text: 'er zijn 20 samenwerkingsverbanden opgericht' }, { text: 'nieuwe samenwerki' }, { text: 'ngsverbanden. Naar verwachting' }];
    const lexicon = lexiconOf(lines);
    expect(lexicon.has('ngsverbanden')).toBe(true);
    expect(brokenAcross(['nieuwe samenwerki', 'ngsverbanden. Naar'], 1, lexicon)).toBe(false);
    expect(brokenAcross(['nieuwe samenwerki', 'ngsverbanden. Naar'], 1, lexicon, innerWords(lines))).toBe(true);
    // (A word that stands inside a line is one, wherever else it opens a line: `in` / `zet`.)
    const words = [{ text: 'de inzet van het kabinet zet in op' }];
    expect(brokenAcross(['het kabinet zet in', 'zet de regio'], 1, lexiconOf(words), innerWords(words))).toBe(false);
  });

  it('leaves words apart: a first piece that is a word of the document, pieces that make no word, a capital below, no lexicon', () => {
    // (`do` is one of its words, so `Allen (Do` / `orlopend)` stays as read.)
    expect(joined(cell('Allen (Do', 'orlopend)'))).toBe('Allen (Do orlopend)');
    expect(joined(cell('het doelmatig', 'gebruik van de banden'))).toBe('het doelmatig gebruik van de banden');
    expect(brokenAcross(['EZK (Doo', 'Rlopend)'], 1, lexicon)).toBe(false);
    expect(brokenAcross(['EZK (Doo', 'rlopend)'], 1, undefined)).toBe(false);
    expect(brokenAcross(['rlopend)'], 0, lexicon)).toBe(false);
  });
});

describe('hyphenation at line ends', () => {
  const lexicon = lexiconOf([
    { text: 'de oplossingsrichtingen voor toekomstig gebruik van de band' },
    { text: 'ICT als sleuteltechnologie in het beleid en daarna' },
    { text: 'de data-analyses die zij uitvoeren voor burgers' },
  ]);
  const line = (text: string): Line => ({ spans: [{ text, bold: false, italic: false }], text, x0: 0, x1: 100, y: 0, size: 8, footnoteRefs: [], widestGap: 2 });

  it('knows a hyphen that broke a word the document writes whole, not a compound it writes with one', () => {
    expect(hyphenated('het bepalen van op-', 'lossingsrichtingen voor', lexicon)).toBe(true);
    expect(hyphenated('de data-', 'analyses die zij', lexicon)).toBe(false);
    expect(hyphenated('Topsectoren-', 'en Innovatiebeleid', lexicon)).toBe(false);
    // (Nor after an abbreviation, whatever the document writes: `AI-` / `onderzoekslabs`.)
    expect(hyphenated('Eind 2020 zijn 20 AI-', 'onderzoekslabs gerealiseerd.', lexicon, true)).toBe(false);
    // (Unless the document writes the two as one word: `NL DIGI-` / `beter`.)
    expect(hyphenated('wordt NL DIGI-', 'beter, Agenda', lexiconOf([{ text: 'NL DIGIbeter is gelanceerd' }]), true)).toBe(true);
    // (In a web address only where the halves make a word the document writes: groff hyphenates
    // addresses, `…/sites/de-` / `fault/files`; an address's own hyphen, `staten-` / `generaal`, stays.)
    expect(hyphenated('https://www.example.nl/de_oplossings-', 'richtingen.pdf', lexiconOf([{ text: 'de oplossingsrichtingen voor' }]))).toBe(true);
    expect(hyphenated('https://www.example.nl/tweede_kamer_der_staten-', 'generaal.pdf', lexiconOf([{ text: 'de staten en de generaal zijn' }]))).toBe(false);
    expect(hyphenated('https://ec.europa.eu/digital-single-', 'market/en/news', lexiconOf([{ text: 'the single market is' }]))).toBe(false);
    // (A web address's own words count: another address writes `default` whole.)
    expect(hyphenated('https://www.tweedekamer.nl/sites/de-', 'fault/files/atoms', lexiconOf([{ text: 'zie https://www.tweedekamer.nl/sites/default/files/rapport.pdf en meer' }]))).toBe(true);
  });

  it('takes a producer for one that hyphenates when many line-ending hyphens break such words, and then drops them', () => {
    const pdfTeX = [[line('het bepalen van op-'), line('lossingsrichtingen.')], [line('ICT als sleutel-'), line('technologie')], [line('Allen de data-'), line('analyses')], [line('Alle op-'), line('lossingsrichtingen')]];
    expect(hyphenates(pdfTeX, lexicon)).toBe(true);
    expect(joinSpans(pdfTeX[0] as Line[], lexicon, true, true).map((s) => s.text).join('')).toBe('het bepalen van oplossingsrichtingen.');
    // A document that writes `sleutel-technologie` once, broken at its hyphen, among its own compounds.
    const own = [[line('ICT als sleutel-'), line('technologie')], [line('Allen de data-'), line('analyses')], [line('de Topsectoren-'), line('en Innovatie')], [line('e-'), line('learning')]];
    expect(hyphenates(own, lexicon)).toBe(false);
    expect(joinSpans(own[0] as Line[], lexicon, true, false).map((s) => s.text).join('')).toBe('ICT als sleutel-technologie');
  });

  it('where the producer hyphenates, drops the hyphen of a word the document writes nowhere else, but not of a compound of two of its words or after one letter', () => {
    // (XeLaTeX: `verdubbe-` / `len`, `Com-` / `mit2Data`; the document writes neither word whole elsewhere.)
    const prose = [line('zullen naar verwachting verdubbe-'), line('len tot 2050. Het programma (Com-'), line('mit2Data) omvat de data-'), line('analyses en de e-'), line('overheid.')];
    expect(joinSpans(prose, lexicon, false, true).map((s) => s.text).join('')).toBe('zullen naar verwachting verdubbelen tot 2050. Het programma (Commit2Data) omvat de data-analyses en de e-overheid.');
    // Only a producer that hyphenates: elsewhere such a hyphen is the document's own.
    expect(hyphenated('naar verwachting verdubbe-', 'len tot 2050', lexicon)).toBe(false);
    expect(hyphenated('naar verwachting verdubbe-', 'len tot 2050', lexicon, true)).toBe(true);
  });

  it('where the producer hyphenates, drops the hyphen between two words of the document unless Dutch or the document writes them as a hyphenated compound', () => {
    // groff (English patterns on Dutch text) and pdfTeX break compounds between their parts:
    // `Kamer-` / `brieven`, `in-` / `gevoerd`, `vol-` / `doet`, each half a word of the document.
    const words = lexiconOf([
      { text: 'de kamer en de brieven van de minister' },
      { text: 'het is in werking gevoerd en het doet wat het moet vol van zin' },
      { text: 'de data en de analyses van de privacy en de instellingen van' },
      { text: 'het leer en ontwikkel budget is up to date voor de leer periode' },
      { text: 'een publiek-private samenwerking van publiek en private partijen' },
      { text: 'de mkb-bedrijven en de mkb-sector zijn mkb en ondernemers samen' },
      { text: 'een bijdrage in-kind van de partijen in het land' },
    ]);
    expect(hyphenated('De Kamer-', 'brieven zijn verstuurd.', words, true)).toBe(true);
    expect(hyphenated('maatregelen worden in-', 'gevoerd waarmee', words, true)).toBe(true);
    expect(hyphenated('nog vol-', 'doet en een analyse', words, true)).toBe(true);
    // (Kept: letters that would run together, `data-` / `analyses`, `privacy-` / `instellingen`;)
    expect(hyphenated('de data-', 'analyses die zij', words, true)).toBe(false);
    expect(hyphenated('de privacy-', 'instellingen van', words, true)).toBe(false);
    // (a part left out, `leer-` / `en ontwikkelbudget`; three parts or more, `up-to-` / `date`, `up-` / `to-date`;)
    expect(hyphenated('het leer-', 'en ontwikkelbudget', words, true)).toBe(false);
    expect(hyphenated('houden het up-to-', 'date', words, true)).toBe(false);
    expect(hyphenated('houden het up-', 'to-date', words, true)).toBe(false);
    // (a compound the document writes with its hyphen inside a line, or a first part it so writes
    // in two compounds: `publiek-` / `private`, `mkb-` / `ondernemers`; not after one, `in-kind`.)
    expect(hyphenated('een publiek-', 'private aanpak', words, true)).toBe(false);
    expect(hyphenated('voor mkb-', 'ondernemers', words, true)).toBe(false);
    expect(words.has('in-')).toBe(false);
    // (Nor where the producer does not hyphenate: then every such hyphen is the document's own.)
    expect(hyphenated('De Kamer-', 'brieven zijn verstuurd.', words)).toBe(false);
  });

  it('keeps a label in italics whose lines a layout wrapped narrower than the column reaches one block (groff: `Artificiële In-` / `telligentie` / `(AI)`)', () => {
    const at = (text: string, x0: number, x1: number, y: number, italic: boolean): Line => ({ spans: [{ text, bold: false, italic }], text, x0, x1, y, size: 10, footnoteRefs: [], widestGap: 2 });
    // (Measured in shape: the label wraps at 222 pt, the column's items reach 229.4 pt.)
    const lines = [at('Artificiële In-', 163.5, 218.1, 735.2, true), at('telligentie', 163.5, 203.5, 723.2, true), at('(AI)', 163.5, 180.7, 711.2, true), at('De Nederlandse AI', 163.5, 229.4, 694.4, false)];
    const segments = segmentLines(lines, { right: 230.4, pitch: 12, cell: true });
    expect(segments.map((s) => s.lines.map((l) => l.text).join(' '))).toEqual(['Artificiële In- telligentie (AI)', 'De Nederlandse AI']);
    // (A label closed by a clause's end, and the next label under it, stay two.)
    const two = [at('Data:', 163.5, 190, 735.2, true), at('Mbo', 163.5, 180, 723.2, true)];
    expect(segmentLines(two, { right: 230.4, pitch: 12, cell: true }).length).toBe(2);
  });

  it('joins texts a page break parted as their lines are joined: the hyphen it added to a broken word goes where the producer hyphenates', () => {
    // (A paragraph, a cell or an item going on over the page: `het bepalen van op-` / `lossingsrichtingen`.)
    expect(joinedAcross('het bepalen van op-', 'lossingsrichtingen.', false, lexicon)).toBe('het bepalen van oplossingsrichtingen.');
    expect(joinedAcross('het bepalen van op-', 'lossingsrichtingen.')).toBe('het bepalen van op-lossingsrichtingen.');
    expect(joinedAcross('de data-', 'analyses die zij', false, lexicon)).toBe('de data-analyses die zij');
    expect(joinedAcross('Telecom-', 'en breedbandaanbieders', false, lexicon)).toBe('Telecom- en breedbandaanbieders');
    expect(joinedAcross('het bepalen van', 'oplossingen', false, lexicon)).toBe('het bepalen van oplossingen');
    // (A word the layout broke with no hyphen, its rest going on: one word.)
    expect(joinedAcross('frequentiegebr', 'uik.', true, lexicon)).toBe('frequentiegebruik.');
  });

  it('leaves out of the lexicon a word with a hyphen after it, the half of a word a cell broke inside a page line across a table', () => {
    // pdfTeX's page line runs across three cells: `Met een marktwer-` ends the middle cell's line.
    const words = lexiconOf([{ text: '12) We initiëren   Met een marktwer-   • In 2020 is' }, { text: 'het Kennis- en Innovatieconvenant is uitgebracht' }]);
    expect(words.has('marktwer')).toBe(false);
    expect(words.has('kennis')).toBe(false);
    expect(words.has('initiëren')).toBe(true);
    expect(hyphenated('Met een marktwer-', 'kingsanalyse zijn', words, true)).toBe(true);
  });

  it("counts a line's last word when punctuation closes it: a cell's owners and timing, broken elsewhere (groff)", () => {
    // groff sets `BZK (Doorlopend)` whole in one owners cell and breaks it in a narrower one.
    const words = lexiconOf([{ text: 'BZK (Doorlopend)' }, { text: 'SZW (Q2)' }, { text: 'Het bestemmen en verdelen van frequentiebande' }, { text: 'icatiewet.' }]);
    expect(words.has('doorlopend')).toBe(true);
    expect(words.has('frequentiebande')).toBe(false);
    // (A line's only word is not counted: it may be the rest of a word broken without a hyphen.)
    expect(words.has('icatiewet')).toBe(false);
    expect(hyphenated('BZK (Door-', 'lopend)', words, true)).toBe(true);
    // (A line's only word closed by punctuation counts after a line that ends with a word of the
    // document's, as in ReportLab's narrow cells, `afstemmen van` / `frequentiegebruik.`; not where
    // the two make a word the document writes, `samen` / `werking.`.)
    const cell = lexiconOf([{ text: 'Het internationaal' }, { text: 'afstemmen van' }, { text: 'frequentiegebruik.' }, { text: 'de samenwerking van de partners' }, { text: 'zij werken samen aan dit' }, { text: 'van samen' }, { text: 'werking.' }]);
    expect(cell.has('frequentiegebruik')).toBe(true);
    expect(cell.has('werking')).toBe(false);
    expect(brokenAcross(['Doelmatig f', 'requentieg', 'ebruik'], 2, cell)).toBe(true);
    // (The rest of a broken word under a line that a hyphen ends is no word: `en-` / `ergiesysteem`.)
    const broken = lexiconOf([{ text: 'Een flexibel en-' }, { text: 'ergiesysteem voor iedereen' }]);
    expect(broken.has('ergiesysteem')).toBe(false);
    expect(broken.has('voor')).toBe(true);
    expect(hyphenated('Een flexibel en-', 'ergiesysteem', broken, true)).toBe(true);
    // (Without it the halves are both Dutch words: joined all the same, as Dutch writes such a
    // compound whole, see the test above; kept where the document writes it with its hyphen.)
    expect(hyphenated('BZK (Door-', 'lopend)', new Set(['door', 'lopend']), true)).toBe(true);
    expect(hyphenated('BZK (Door-', 'lopend)', new Set(['door', 'lopend', 'door-lopend']), true)).toBe(false);
  });

  it('drops such hyphens in prose as well (the layout passes its lexicon there when the producer hyphenates), in a web address only where its halves make a word', () => {
    const prose = [line('de rapportage noemt de op-'), line('lossingsrichtingen die zij onderzocht.'), line('Zie https://www.example.nl/digitale-'), line('oplossingsrichtingen.pdf voor meer.')];
    expect(joinSpans(prose, lexicon, false, true).map((s) => s.text).join('')).toBe('de rapportage noemt de oplossingsrichtingen die zij onderzocht. Zie https://www.example.nl/digitale-oplossingsrichtingen.pdf voor meer.');
  });
});

describe('joinSpans in a cell', () => {
  // LibreOffice's lines of a 135 pt cell (measured): a word wider than the cell broken where it ended.
  const cellLine = (text: string, x1: number, y: number): Line => ({ spans: [{ text, bold: false, italic: false }], text, x0: 348.6, x1, y, size: 10, footnoteRefs: [], widestGap: 2.5 });
  const joined = (lines: Line[], cell = true): string => joinSpans(lines, undefined, cell).map((s) => s.text).join('');

  it('joins the rest of a word that overflowed its cell, which the document writes nowhere else', () => {
    const lines = [cellLine('identificatie voor mobiele', 470.1, 500), cellLine('telecommunicatiedienste', 475.44, 488), cellLine('n in de banden 24.25-27.5', 481.23, 476)];
    expect(joined(lines)).toBe('identificatie voor mobiele telecommunicatiediensten in de banden 24.25-27.5');
    // (The word need not stand alone: `BZK (Doorlopen` / `d)`, though `doorlopen` is a word too.)
    expect(joined([cellLine('BZK (Doorlopen', 475.44, 500), cellLine('d)', 360, 488)])).toBe('BZK (Doorlopend)');
  });

  it('keeps a space before a word of one letter, an abbreviation, a line that did not fill the cell, and outside cells', () => {
    const full = cellLine('telecommunicatiedienste', 475.44, 488);
    expect(joined([cellLine('Dit rapport is gemaakt voor', 481.23, 500), cellLine('gebruikers', 420, 488), cellLine('u kunt het lezen', 430, 476)])).toBe('Dit rapport is gemaakt voor gebruikers u kunt het lezen');
    expect(joined([full, cellLine('u kunt het lezen', 481.23, 476)])).toBe('telecommunicatiedienste u kunt het lezen');
    expect(joined([full, cellLine('n.a.v. het onderzoek', 481.23, 476)])).toBe('telecommunicatiedienste n.a.v. het onderzoek');
    expect(joined([cellLine('het onderzoeksrapport', 440, 488), cellLine('n het onderzoek', 481.23, 476)])).toBe('het onderzoeksrapport n het onderzoek');
    expect(joined([full, cellLine('n in de banden', 481.23, 476)], false)).toBe('telecommunicatiedienste n in de banden');
  });
});

describe('words wider than their cells (LibreOffice, narrow columns)', () => {
  // LibreOffice from pandoc's ODT, 64 pt columns, measured: a word wider than its column broken
  // where the column ends, no hyphen, its first part alone on its line and flush with the edge.
  const edge = 364;
  const cellOf = (texts: [string, number][]): Line[] => texts.map(([text, x1], i) => ({ spans: [{ text, bold: false, italic: false }], text, x0: 300, x1, y: 500 - 13.8 * i, size: 10, footnoteRefs: [], widestGap: 2.5 }));
  const cells = [
    cellOf([['De', 312], ['samenwerkingsverba', edge], ['nden in de regio', 358]]),
    cellOf([['Nieuwe', 331], ['frequentieband', edge], ['en voor 5G', 349]]),
    cellOf([['• Kamerbriev', edge], ['en over Smart', 355]]),
    cellOf([['Informatie,', 333], ['overheidsvoorzien', edge], ['ingen en nieuwe', 358]]),
    cellOf([['De', 312], ['Energiewet', edge], ['is sinds 2019', 352]]),
  ];
  // (The document's prose, set across the page, writes the first three words whole.)
  const prose = cellOf([['Met samenwerkingsverbanden en frequentiebanden zijn kamerbrieven verstuurd, zo is het.', 560]]);
  const lexicon = lexiconOf([...prose, ...cells.flat()]);
  const joined = (lines: Line[], words: ReadonlySet<string> | null): string => joinSpans(lines, lexicon, true, false, null, words).map((s) => s.text).join('');

  it('tells a layout that breaks such words (several go on into a word the document writes elsewhere) from one that only wraps', () => {
    expect(longWordsBroken(cells, lexicon, prose)).not.toBeNull();
    // (Only the words unknown: nothing says the layout broke them.)
    expect(longWordsBroken(cells.slice(3), lexicon, prose)).toBeNull();
  });

  it('joins the first part to the rest below, unless a whole word of the document goes on below and the two make none', () => {
    const words = longWordsBroken(cells, lexicon, prose);
    expect(cells.map((c) => joined(c, words))).toEqual(['De samenwerkingsverbanden in de regio', 'Nieuwe frequentiebanden voor 5G', '• Kamerbrieven over Smart', 'Informatie, overheidsvoorzieningen en nieuwe', 'De Energiewet is sinds 2019']);
    // (Where the layout only wraps, a word alone on its line stays a word.)
    expect(joined(cells[3] as Line[], null)).toBe('Informatie, overheidsvoorzien ingen en nieuwe');
    // (A compound written with hyphens below is no rest of a broken word: LibreOffice's ambition
    // title `Onderwijscurriculum` / `up-to-date`, a long word alone on its line at the edge.)
    expect(joined(cellOf([['Onderwijscurriculum', edge], ['up-to-date', 350]]), words)).toBe('Onderwijscurriculum up-to-date');
    expect(joined(cellOf([['Onderwijscurriculum', edge], ['up to date', 350]]), words)).toBe('Onderwijscurriculumup to date');
  });

  it('joins a part the lexicon holds (a column a few letters wide breaks the word alike elsewhere, before another word) only into a rest that is no word', () => {
    // pandoc's ODT in LibreOffice, columns seven letters wide, measured: `Nederla` / `nd` in one
    // cell, `Nederla` / `ndse AI` in another (which puts `nederla` in the lexicon), and the prose
    // writing `Nederland` whole; `monitor` / `en`, both words the document writes (and `monitoren`),
    // stays two: nothing tells the break from a wrap.
    const narrow = [cellOf([['tijdens', 340], ['Nederla', edge], ['nd en', 330]]), cellOf([['De', 312], ['Nederla ndse', edge], ['AI', 320]]), cellOf([['te', 312], ['monitor', edge], ['en de', 330]])];
    const text = cellOf([['In Nederland gaan we de vraag monitoren met een monitor en de kamerbrieven sturen, zo is het.', 560]]);
    const lex = lexiconOf([...text, ...prose, ...cells.flat(), ...narrow.flat()]);
    const words = longWordsBroken(cells, lex, [...text, ...prose]);
    expect(lex.has('nederla')).toBe(true);
    const join = (lines: Line[]): string => joinSpans(lines, lex, true, false, null, words).map((s) => s.text).join('');
    expect(join(narrow[0] as Line[])).toBe('tijdens Nederland en');
    expect(join(narrow[2] as Line[])).toBe('te monitor en de');
  });
});

describe('words broken anywhere in cells (CSS word-break: break-all)', () => {
  // The document's own prose set in 100 pt cells, each letter as wide as a sans face draws it
  // (narrow i, l, t; wide m, w): broken anywhere, a line takes letters while they fit; broken at
  // spaces, words while they fit, its end ragged or (justified) flush with the cell's edge.
  const width = (c: string): number => (/[iljtf.,' ]/.test(c) ? 2.2 : /[mwMW]/.test(c) ? 6.6 : /[A-Z]/.test(c) ? 5.4 : 4.4);
  const lineOf = (text: string, x1: number, y: number): Line => ({ spans: [{ text, bold: false, italic: false }], text, x0: 0, x1, y, size: 8, footnoteRefs: [], widestGap: 2.2 });
  const measure = (t: string): number => [...t].reduce((a, c) => a + width(c), 0);
  const setIn = (text: string, how: 'anywhere' | 'ragged' | 'justified'): Line[] => {
    const lines: string[] = [];
    let line = '';
    for (const piece of how === 'anywhere' ? [...text] : text.split(' ').map((w, i) => (i === 0 ? w : ` ${w}`))) {
      if (line !== '' && measure(line + piece) > 100) {
        lines.push(line);
        line = piece.trimStart();
      } else line += piece;
    }
    lines.push(line);
    return lines.map((t, i) => lineOf(t.trim(), how === 'justified' && i < lines.length - 1 ? 100 : measure(t.trim()), 500 - 10 * i));
  };
  const prose = proseLines(30);
  const cells = (how: 'anywhere' | 'ragged' | 'justified'): Line[][] => prose.map((p) => setIn(p, how));

  it('tells a layout that breaks words anywhere from ragged and justified ones', () => {
    expect(wordsBrokenAnywhere(cells('anywhere'))).not.toBeNull();
    expect(wordsBrokenAnywhere(cells('ragged'))).toBeNull();
    expect(wordsBrokenAnywhere(cells('justified'))).toBeNull();
    // (Too few lines say nothing.)
    expect(wordsBrokenAnywhere(cells('anywhere').slice(0, 2))).toBeNull();
  });

  it('joins a line at the edge to the next in one word there, unless both halves are words', () => {
    const set = cells('anywhere');
    const words = wordsBrokenAnywhere(set);
    const joined = (lines: Line[]): string => joinSpans(lines, undefined, true, false, words).map((s) => s.text).join('');
    // (Most of the prose comes back whole; a break that falls between two words is a space.)
    const back = set.filter((lines, k) => joined(lines) === (prose[k] as string).trim()).length;
    expect(back).toBeGreaterThanOrEqual(prose.length * 0.6);
    // (Measured, chromium, p. 24: `Een transparante en toeg` · `ankelijke digitale overhei` · `d Informatie, …`.)
    const measured = [lineOf('Een transparante en toeg', 98.1, 500), lineOf('ankelijke digitale overhei', 99.2, 490), lineOf('d Informatie, overheidsvoor', 98.6, 480), lineOf('zieningen.', 40, 470)];
    const known = new Set(['een', 'transparante', 'en', 'toegankelijke', 'digitale', 'overheid', 'informatie', 'overheidsvoorzieningen']);
    expect(joinSpans(measured, undefined, true, false, known).map((s) => s.text).join('')).toBe('Een transparante en toegankelijke digitale overheid Informatie, overheidsvoorzieningen.');
    // (An abbreviation broken in its capitals, `VS` · `NU`; two halves that are words and make one,
    // `manier` · `en`; but not two words that make none, `zie` · `verder`, nor a word and capitals.)
    const more = [lineOf('samen met de VS', 98.4, 500), lineOf('NU en op vele manier', 99.1, 490), lineOf('en (zie', 97.9, 480), lineOf('verder onder NL', 98.8, 470), lineOf('DIGIbeter.', 40, 460)];
    const also = new Set(['samen', 'met', 'de', 'vsnu', 'en', 'op', 'vele', 'manier', 'manieren', 'zie', 'verder', 'onder', 'nl', 'digibeter']);
    expect(joinSpans(more, undefined, true, false, also).map((s) => s.text).join('')).toBe('samen met de VSNU en op vele manieren (zie verder onder NL DIGIbeter.');
    // (Not where the layout breaks words at spaces only: there only a letter that overflowed the cell joins.)
    expect(joinSpans(measured, undefined, true, false, null).map((s) => s.text).join('')).toBe('Een transparante en toeg ankelijke digitale overheid Informatie, overheidsvoor zieningen.');
  });
});

describe('buildLines', () => {
  it('joins runs on one baseline with the spaces their gaps call for, and takes superscripts out as footnote references', () => {
    const [line] = buildLines([run('aangebracht.', 10, 100), run('1', 71, 104, { size: 6, width: 3 }), run('Deze', 90, 100)]);
    expect(line).toMatchObject({ text: 'aangebracht. Deze', footnoteRefs: [1] });
  });

  it('keeps the word space a footnote mark carries in its own run (cairo: `⁶ ` then the next word where the run ends)', () => {
    // Measured on a cairo re-write of the bundled PDF: `(SAPAI)` ends at 451.6, `6 ` 6.7 wide in 6.6 pt
    // raised 3.2 pt, `gepresenteerd.` at 458.4, 0.1 pt after the mark's run.
    const [line] = buildLines([run('ciële Intelligentie (SAPAI)', 351.6, 691.8, { width: 100, size: 7.9 }), run('6 ', 451.6, 695, { size: 6.6, width: 6.7 }), run('gepresenteerd.', 458.4, 691.8, { size: 7.9, width: 60.6 })]);
    expect(line).toMatchObject({ text: 'ciële Intelligentie (SAPAI) gepresenteerd.', footnoteRefs: [6] });
    // (A mark with no space of its own stays against the word after it, as a word's letters do.)
    expect(buildLines([run('(SAPAI)', 351.6, 691.8, { width: 100, size: 7.9 }), run('6', 451.6, 695, { size: 6.6, width: 3.4 }), run('-strategie', 455, 691.8, { size: 7.9, width: 40 })])[0]?.text).toBe('(SAPAI)-strategie');
  });

  it('takes a note\'s call raised by a tenth of a size, smaller and last on its line after a sentence\'s end, out as a reference (wkhtmltopdf, a cell\'s closing `<sup>`)', () => {
    // Measured (wkhtmltopdf, Letter): `… Sjoerdsma.` in 6.3 pt on 362.7, then `65` in 5.2 pt on 363.3.
    const call = (text: string, y = 363.3, extra: Partial<TextRun> = {}): Line | undefined =>
      buildLines([run(`conform de motie Weverling en ${text}`, 14.6, 362.7, { size: 6.3, width: 124.4 }), run(' ', 139, 362.7, { size: 6.3, width: 2.7 }), run('65', 140.5, y, { size: 5.2, width: 5.2, ...extra })])[0];
    expect(call('Sjoerdsma.')).toMatchObject({ text: 'conform de motie Weverling en Sjoerdsma.', footnoteRefs: [65] });
    // Bad input: level with the text, in the text's size, or after a word that ends no sentence, it is the text's.
    expect(call('Sjoerdsma.', 362.7)).toMatchObject({ text: 'conform de motie Weverling en Sjoerdsma. 65', footnoteRefs: [] });
    expect(call('Sjoerdsma.', 363.3, { size: 6.3 })).toMatchObject({ text: 'conform de motie Weverling en Sjoerdsma. 65', footnoteRefs: [] });
    expect(call('Sjoerdsma en')).toMatchObject({ text: 'conform de motie Weverling en Sjoerdsma en 65', footnoteRefs: [] });
    // (With the next column's text on its line, a gutter away, too; not with a word right after it.)
    const beside = (x: number): Line | undefined =>
      buildLines([run('Weverling en Sjoerdsma.', 104.2, 269.2, { size: 5.2, width: 138.1 }), run('65', 243.9, 269.8, { size: 4.6, width: 5.9 }), run('en degeneratiekosten.', x, 269.2, { size: 5.2, width: 58.5 })])[0];
    expect(beside(451)?.footnoteRefs).toEqual([65]);
    expect(beside(251.5)?.footnoteRefs).toEqual([]);
  });

  it('expands nothing and adds no space inside a word split over runs (ligatures)', () => {
    const [line] = buildLines([run('een', 10, 100), run('fi', 31, 100, { width: 5 }), run('nanciële', 36, 100)]);
    expect(line?.text).toBe('een financiële');
  });

  it('takes no edge from a run of spaces (a producer gave one the width of a tab gap, past the page edge), and notes the tab stop', () => {
    const [line] = buildLines([run('1', 54, 473, { width: 5 }), run(' ', 59, 473, { width: 38 }), run('Inleiding', 87, 473), run(' ', 132, 473, { width: 776 }), run('5', 705, 473, { width: 5 })]);
    expect(line).toMatchObject({ text: '1 Inleiding 5', x0: 54, x1: 710, tab: 573 });
  });

  it('takes a number raised half a line far from any text for no footnote reference (a contents entry’s page number centred beside its two lines)', () => {
    // LibreOffice, measured: `Bijlage 3 … digitale` / `economie`, the page number 5.7 pt under the
    // first line and 5.8 pt over the second, 265 pt right of the title's end.
    const lines = buildLines([run('Bijlage 3 Overzicht financiële middelen voor de digitale', 69.5, 239.8), run('76', 381.6, 234.1, { width: 11.1 }), run('economie', 69.5, 228.3, { width: 46.6 })]);
    expect(lines.map((l) => [l.text, l.footnoteRefs])).toEqual([
      ['Bijlage 3 Overzicht financiële middelen voor de digitale', []],
      ['economie 76', []],
    ]);
    // (Set against the word before it, the same number is a reference; a smaller one opens its
    // note however far the justified note's first space is stretched: Chromium, measured.)
    expect(buildLines([run('economie', 69.5, 228.3, { width: 46.6 }), run('76', 116.5, 234.1, { width: 11.1 })])[0]).toMatchObject({ text: 'economie', footnoteRefs: [76] });
    expect(buildLines([run('55', 305.6, 136.3, { size: 4.3, width: 4.3 }), run('Monitoring', 351.2, 134.1, { size: 5.2, width: 23.7 })])[0]).toMatchObject({ text: 'Monitoring', leadingRef: 55 });
  });

  it('reads a contents entry\'s section number, set smaller and raised in a column of its own, as the entry\'s text, not a note\'s number', () => {
    // WeasyPrint, the contents table's first column in 6.5 pt, p. 1 measured: `1` raised 2.4 pt at
    // 48.7, `Inleiding` 9 pt at 211.3, the page `5` at a tab stop at 630.3.
    const entry = [run('1', 48.7, 469.9, { size: 6.5, width: 3.8, bold: true }), run('Inleiding', 211.3, 467.5, { size: 9, width: 34.2, bold: true }), run('5', 630.3, 467.5, { size: 9, width: 5.2, bold: true })];
    const [line] = buildLines(entry);
    expect(line).toMatchObject({ text: '1 Inleiding 5', footnoteRefs: [] });
    expect(line?.leadingRef).toBeUndefined();
    // (Bad input: a note's number, however far its text, opens the note where the line ends in no
    // text at a tab stop — the justified note above; and so does one whose text follows it close.)
    expect(buildLines(entry.slice(0, 2))[0]).toMatchObject({ text: 'Inleiding', leadingRef: 1 });
    expect(buildLines([entry[0] as TextRun, run('Kamerstuk 26643, nr. 640 en', 54, 467.5, { size: 9, width: 110 }), run('5', 630.3, 467.5, { size: 9, width: 5.2 })])[0]).toMatchObject({ leadingRef: 1 });
  });

  it('takes a note number in the text’s own size, raised a third of it, for the note’s number (LibreOffice from RTF)', () => {
    // Measured: `60 ` 9 pt at 396.0, its address 9 pt at 392.6 (raised 0.38 of the size).
    const [line] = buildLines([run('60 ', 56.8, 396.0, { size: 9, width: 14.3 }), run('https://www.nldigital.nl/wp-content/uploads/2017/09/GeSI-SMARTer_2030-2015.pdf.', 71.1, 392.6, { size: 9, width: 375.7 })]);
    expect(line).toMatchObject({ leadingRef: 60, footnoteRefs: [], text: 'https://www.nldigital.nl/wp-content/uploads/2017/09/GeSI-SMARTer_2030-2015.pdf.' });
    // (Raised less than a third, it is the line's own text: a cell's baseline set a little higher.)
    expect(buildLines([run('60', 56.8, 395.0, { size: 9, width: 10 }), run('miljoen', 71.1, 392.6, { size: 9, width: 30 })])[0]).toMatchObject({ text: '60 miljoen', footnoteRefs: [] });
  });

  it('takes the raised number right after a level count that opens a note (`72. ⁷³ Kamerstukken`, WeasyPrint’s CSS footnote) for the note’s number, and drops the count', () => {
    // WeasyPrint, `.fn { float: footnote }`, p. 74 measured: its own count `72.` level with the
    // text, then the note's call `73` raised, as the document numbers it.
    const [line] = buildLines([
      run('72.', 56.7, 59.3, { size: 7.5, width: 10.4 }),
      run('73', 69.2, 62.9, { size: 7.2, width: 8 }),
      run('Kamerstukken 32637, nr. 316; 29826, nr. 94', 79.3, 59.3, { size: 7.5, width: 150 }),
    ]);
    expect(line).toMatchObject({ leadingRef: 73, footnoteRefs: [], text: 'Kamerstukken 32637, nr. 316; 29826, nr. 94' });
    // (A count with words before the raised number is text with a reference: `2. Het kabinet⁵`.)
    expect(buildLines([run('2.', 56.7, 100, { size: 7.5, width: 6 }), run('Het kabinet', 64, 100, { size: 7.5, width: 40 }), run('5', 104.5, 103.5, { size: 5, width: 3 })])[0]).toMatchObject({ text: '2. Het kabinet', footnoteRefs: [5] });
  });

  it('takes a note number raised over a justified line for the note’s number, however far its first space was stretched (WeasyPrint)', () => {
    // WeasyPrint, `text-align: justify`, p. 16 measured: `21` 7.2 pt at 532.5, the address 7.5 pt
    // at 528.9, 66.6 pt (nine sizes) right of it: too long to break, the line's one space stretched.
    const [line] = buildLines([
      run('21', 76.9, 532.5, { size: 7.2, width: 9.2 }),
      run(' ', 86, 532.5, { size: 7.2, width: 88.9 }),
      run('https://www.rijksoverheid.nl/documenten/rapporten/2018/12/30/generiek-afsprakenstelsel-voor-', 152.7, 528.9, { size: 7.5, width: 365.8 }),
    ]);
    expect(line).toMatchObject({ leadingRef: 21, footnoteRefs: [], text: 'https://www.rijksoverheid.nl/documenten/rapporten/2018/12/30/generiek-afsprakenstelsel-voor-' });
  });

  it('parts a baseline where a note opens far right of the text before it (notes side by side in columns, or beside a table’s note)', () => {
    // Chromium, two columns (w-chromium, p. 33 measured): a table's note in 9.9 pt at the left,
    // the note `⁶⁷ Kamerstuk …` in 7.5 pt in the right column, its number raised 2.8 pt.
    const lines = buildLines([
      run('* waaronder digitale innovatie, niet specifiek gelabeld', 40, 420, { size: 9.9, width: 215 }),
      run('67', 404, 422.8, { size: 5, width: 5 }),
      run('Kamerstuk 26643, nr. 563.', 410, 420, { size: 7.5, width: 80 }),
    ]);
    expect(lines.map((l) => [l.text, l.leadingRef ?? null])).toEqual([
      ['* waaronder digitale innovatie, niet specifiek gelabeld', null],
      ['Kamerstuk 26643, nr. 563.', 67],
    ]);
    // (A note's reference set against its word stays the line's; so does a number far right that
    // is not raised, a contents entry's page.)
    expect(buildLines([run('gelabeld', 40, 420, { width: 40 }), run('67', 81, 423, { size: 6, width: 5 }), run('en meer', 90, 420, { width: 35 })]).map((l) => [l.text, l.footnoteRefs])).toEqual([['gelabeld en meer', [67]]]);
    expect(buildLines([run('Bijlage 3 Overzicht', 40, 420, { width: 80 }), run('76', 400, 420, { width: 10 })]).map((l) => l.text)).toEqual(['Bijlage 3 Overzicht 76']);
  });

  it('keeps a footnote number that opens a line apart', () => {
    const [line] = buildLines([run('12', 10, 104, { size: 6, width: 6 }), run('Kamerstuk 26 643, nr. 623.', 18, 100, { size: 8 })]);
    expect(line).toMatchObject({ text: 'Kamerstuk 26 643, nr. 623.', leadingRef: 12, footnoteRefs: [] });
  });
});

describe('withLinkTargets', () => {
  const link = 'https://www.tweedekamer.nl/sites/default/files/atoms/files/eindrapport_tijdelijke_commissie_digitale_toekomst_tweede_kamer_der_staten-generaal.pdf';
  it('reads an address the page cut (its end, or its middle: clipped at the column’s edge) whole from the link over it', () => {
    // Chromium, two columns (w-chromium, pp. 2 and 17 measured): the note's address ran past the
    // column's edge, where the PDF holds none of its letters.
    expect(withLinkTargets('de site van de Tweede Kamer: https://www.tweedekamer.nl/sites/default/files/atoms/files/eindrapport_tijdelijke_commissie_digitale_toekomst_twee', [link])).toBe(`de site van de Tweede Kamer: ${link}`);
    expect(withLinkTargets('Kamer: https://www.tweedekamer.nl/sites/default/files/atoms/files/eindrapport_tijdelijke_commissie_digitale_toekomst_tweegeneraal.pdf.', [link])).toBe(`Kamer: ${link}.`);
  });

  it('keeps an address the text shows shorter than its link when it ends at the site (an author’s choice), and one of another site', () => {
    expect(withLinkTargets('zie https://www.rijksoverheid.nl voor meer.', ['https://www.rijksoverheid.nl/onderwerpen/digitale-overheid'])).toBe('zie https://www.rijksoverheid.nl voor meer.');
    expect(withLinkTargets('zie https://www.overheid.nl/a', [link])).toBe('zie https://www.overheid.nl/a');
  });
});

describe('withLinkTargets: an address broken over lines anywhere', () => {
  // ReportLab breaks an address too long for its line at any letter, `http` / `s://www…`, and links
  // each line's piece to the whole address.
  it('writes the address whole where the text shows its characters in order, a space at each break', () => {
    const link = 'https://www.tweedekamer.nl/sites/default/files/atoms/files/eindrapport_tijdelijke_commissie_digitale_toekomst_tweede_kamer_der_statengeneraal.pdf';
    expect(withLinkTargets('te vinden via de site van de Tweede Kamer: http s://www.tweedekamer.nl/sites/default/files/atoms/files/eindrapport_tijdelijke_commissie_digitale_toekomst_tweede_k amer_der_statengeneraal.pdf', [link])).toBe(`te vinden via de site van de Tweede Kamer: ${link}`);
    // (Its rest under a line that ended inside it is no text of its own: not read twice.)
    const rijk = 'https://www.rijksoverheid.nl/documenten/rapporten/2018/12/30/generiek-afsprakenstelsel-voor-datadeelinitiatieven-als-basis-van-de-digitale-economie';
    expect(withLinkTargets('https://www.rijksoverheid.nl/documenten/rapporten/2018/12/30/generiek-afsprakenstelsel-voor-datadeelinitiatiev en-als-basis-van-de-digitale-economie.', [rijk])).toBe(`${rijk}.`);
  });

  it('leaves text that does not show the address (a link over words), and words of its letters before the scheme, as they are', () => {
    expect(withLinkTargets('zie de website van de Kamer.', ['https://www.tweedekamer.nl'])).toBe('zie de website van de Kamer.');
    expect(withLinkTargets('h t t p s en dan https://www.tweede kamer.nl', ['https://www.tweedekamer.nl'])).toBe('h t t p s en dan https://www.tweedekamer.nl');
    expect(withLinkTargets('mailto: iemand', ['mailto:iemand@example.nl'])).toBe('mailto: iemand');
  });
});

describe('layoutPages: a note’s number alone on its line', () => {
  // ReportLab, p. 28 measured: note 47's first word (a long address) did not fit beside its number,
  // which stands alone on its line, 6.4 pt over 8 pt notes; the address on the line under it.
  const body = (text: string, y: number, extra: Partial<TextRun> = {}): TextRun => run(text, 62.7, y, { size: 9.5, width: 400, ...extra });
  const small = (text: string, x: number, y: number): TextRun => run(text, x, y, { size: 6.4, width: 8 });
  const note = (text: string, y: number): TextRun => run(text, 73.4, y, { size: 8, width: 300 });
  const page = (foot: TextRun[]): PageData => ({
    page: 28, width: 595, height: 842, rules: [], fills: [], links: [],
    runs: [
      body('beveiligingsmaatregelen (EU-toolbox) gepubliceerd', 400, { width: 245 }), run('47', 307.7, 404.7, { size: 7.6, width: 9.7 }), body(', die lidstaten kunnen nemen.', 400, { x: 317.4, width: 180 }),
      body('conclusies over de cybersecurity van 5G-netwerken', 388, { width: 246.8 }), run('46', 309.5, 392.7, { size: 7.6, width: 9.7 }), body('aangenomen.', 388, { x: 322.2, width: 60 }),
      body('Het kabinet werkt samen met de partnerlanden in Europa aan de veiligheid.', 376),
      ...foot,
    ],
  });
  const notesOf = (foot: TextRun[]) => layoutPages([page(foot)]).flatMap((b) => (b.kind === 'footnote' ? [[b.n, b.text]] : []));

  it('opens the note whose text stands on the line under it', () => {
    const foot = [small('46', 62.7, 258.5), note('https://www.consilium.europa.eu/media/41595/st14517-en19.pdf.', 254.5), small('47', 62.7, 245.1), run('https://ec.europa.eu/digital-single-market/en/news/cybersecurity-5g-networks-eu-toolbox.', 62.7, 230.7, { size: 8, width: 400 })];
    expect(notesOf(foot)).toEqual([
      [46, 'https://www.consilium.europa.eu/media/41595/st14517-en19.pdf.'],
      [47, 'https://ec.europa.eu/digital-single-market/en/news/cybersecurity-5g-networks-eu-toolbox.'],
    ]);
  });

  it('leaves a number the text calls nowhere, or one as large as the line under it, in the text', () => {
    const uncalled = [small('46', 62.7, 258.5), note('https://www.consilium.europa.eu/a.pdf.', 254.5), small('49', 62.7, 245.1), run('https://ec.europa.eu/b.', 62.7, 230.7, { size: 8, width: 400 })];
    expect(notesOf(uncalled)).toEqual([[46, expect.stringMatching(/a\.pdf\.\s?49 https:\/\/ec\.europa\.eu\/b\.$/)]]);
    expect(withLoneNoteNumbers([noteLine('47', 245.1, 8), noteLine('https://ec.europa.eu/b.', 230.7, 8)], new Set([47])).map((l) => [l.text, l.leadingRef])).toEqual([['47', undefined], ['https://ec.europa.eu/b.', undefined]]);
    expect(withLoneNoteNumbers([noteLine('47', 245.1, 6.4), noteLine('https://ec.europa.eu/b.', 230.7, 8)], new Set([47])).map((l) => [l.text, l.leadingRef])).toEqual([['https://ec.europa.eu/b.', 47]]);
    // (Nor one far above the line under it: a page number over a note.)
    expect(withLoneNoteNumbers([noteLine('47', 285.1, 6.4), noteLine('https://ec.europa.eu/b.', 230.7, 8)], new Set([47]))).toHaveLength(2);
  });
});

describe('layoutPages: a note set as a paragraph, cut by the page break', () => {
  // pandoc's LaTeX (XeTeX, held out): notes are paragraphs in body type, each opened by its raised
  // number; one the page break cut goes on at the top of the next page.
  const line = (text: string, y: number, width = 450): TextRun => run(text, 72, y, { width });
  const pages = (noteEnd: string, noteEndWidth: number, next: string): PageData[] => [
    { page: 14, width: 595, height: 842, rules: [], fills: [], links: [], runs: [
      line('De principes voor de digitale samenleving zijn uitgewerkt met de', 700), line('gemeenten en de provincies in een gezamenlijk kader.', 688, 260), run('24', 332, 692, { size: 7, width: 8 }),
      line('Het kabinet zet deze lijn voort in de komende jaren met de partners.', 664, 380),
      run('24', 72, 644, { size: 7, width: 8 }), run('Nieuwe dataruimtes voor o.a. de maakindustrie, de Green Deal, mobiliteit,', 81, 640, { width: 441 }),
      line(noteEnd, 628, noteEndWidth),
    ] },
    { page: 15, width: 595, height: 842, rules: [], fills: [], links: [], runs: [line(next, 760, 440), line('heen, zo blijkt uit de evaluatie.', 748, 170), line('Het volgende hoofdstuk gaat over vaardigheden en inclusie in het onderwijs.', 720, 400)] },
  ];
  const notesAndParagraphs = (read: PageData[]) => layoutPages(read).flatMap((b) => (b.kind === 'footnote' ? [`note ${b.n}: ${b.text}`] : b.kind === 'paragraph' ? [b.text] : []));

  it('goes on at the top of the next page: in lower case or with a figure, or before a capital where its last line left no room', () => {
    const out = notesAndParagraphs(pages('financiële sector, energie, landbouw, overheden en vaardigheden. Daarnaast wordt sinds', 450, '2017 gewerkt aan de Europese Open Wetenschapscloud (EOSC), voor onderzoekers over landgrenzen'));
    expect(out).toContain('note 24: Nieuwe dataruimtes voor o.a. de maakindustrie, de Green Deal, mobiliteit, financiële sector, energie, landbouw, overheden en vaardigheden. Daarnaast wordt sinds 2017 gewerkt aan de Europese Open Wetenschapscloud (EOSC), voor onderzoekers over landgrenzen heen, zo blijkt uit de evaluatie.');
    const capital = notesAndParagraphs(pages('zie de update van de Monitor Nederland', 450, 'Digitaal https://monitor-nederlanddigitaal.nl/page-6872 en de cijfers over landgrenzen'));
    expect(capital[2]).toMatch(/^note 24: .* Monitor Nederland Digitaal https:\/\/monitor-nederlanddigitaal\.nl\/page-6872 en de cijfers over landgrenzen heen/);
  });

  it('leaves a note that ended with a stop or an address, or a short last line before a capital, as it is', () => {
    const stop = notesAndParagraphs(pages('financiële sector, energie, landbouw, overheden en vaardigheden.', 330, '2017 was het jaar van de Europese Open Wetenschapscloud (EOSC), voor onderzoekers over landgrenzen'));
    expect(stop[2]).toBe('note 24: Nieuwe dataruimtes voor o.a. de maakindustrie, de Green Deal, mobiliteit, financiële sector, energie, landbouw, overheden en vaardigheden.');
    expect(stop[3]).toMatch(/^2017 was het jaar/);
    const address = notesAndParagraphs(pages('zie https://www.example.nl/dataruimtes', 200, '2017 was het jaar van de Europese Open Wetenschapscloud (EOSC), voor onderzoekers over landgrenzen'));
    expect(address[3]).toMatch(/^2017 was het jaar/);
    const short = notesAndParagraphs(pages('zie de update van de Monitor', 150, 'Digitaal is de naam van de Europese Open Wetenschapscloud (EOSC), voor onderzoekers over landgrenzen'));
    expect(short[3]).toMatch(/^Digitaal is de naam/);
  });
});

describe('layoutPages: a note whose web address the page pushed to the next page', () => {
  // wkhtmltopdf, print media (held out): note 4 ends its page with `… de site van de Tweede Kamer:`,
  // and its address opens the next page, in the note's type, over the body.
  const body = (text: string, y: number, width = 450): TextRun => run(text, 72, y, { width });
  const noteRun = (text: string, x: number, y: number, width: number): TextRun => run(text, x, y, { size: 5.8, width });
  const pages = (noteEnd: string, next: string): PageData[] => [
    { page: 2, width: 595, height: 842, rules: [], fills: [], links: [], runs: [
      body('Met de kabinetbrede NDS is hierin een belangrijke stap gezet voor het land.', 700), run('4', 390, 704, { size: 4.6, width: 3 }),
      body('Tenslotte gaan we in deze update in op de bijdrage die digitalisering levert.', 688),
      run('4', 72, 62, { size: 4.6, width: 3 }), noteRun(`Het eindrapport van de Tijdelijke Commissie Digitale Toekomst is te vinden via ${noteEnd}`, 78, 60, 370),
    ] },
    { page: 3, width: 595, height: 842, rules: [], fills: [], links: [], runs: [
      noteRun(next, 72, 800, 420),
      body('Nederland Digitaal gaat verder met de strategie in het komende jaar.', 770),
    ] },
  ];
  const out = (read: PageData[]) => layoutPages(read).flatMap((b) => (b.kind === 'footnote' ? [`note ${b.n}: ${b.text}`] : b.kind === 'paragraph' ? [b.text] : []));
  const ADDRESS = 'https://www.tweedekamer.nl/sites/default/files/atoms/files/eindrapport_tijdelijke_commissie_digitale_toekomst.pdf';

  it('goes on that note after its colon', () => {
    expect(out(pages('de site van de Tweede Kamer:', ADDRESS))).toContain(`note 4: Het eindrapport van de Tijdelijke Commissie Digitale Toekomst is te vinden via de site van de Tweede Kamer: ${ADDRESS}`);
  });

  // LibreOffice's import of the HTML sets notes as paragraphs in the text's flow: the body's
  // paragraph breaks off over the note (`Uit onderzoek blijkt dat`), the note's address, the next
  // note and the paragraph's rest (`digitalisering de CO2-uitstoot …`) open the next page, in that
  // order (held out: a LibreOffice rendering of the 2021 edition; the address had gone on the body's
  // paragraph, and the note had lost it).
  const flowPages = (next: TextRun[]): PageData[] => [
    { page: 37, width: 595, height: 842, rules: [], fills: [], links: [], runs: [
      body('Digitalisering is een sleutelfactor om diverse maatschappelijke doelen te behalen.', 100),
      body('Uit onderzoek blijkt dat', 85, 120),
      run('58', 72, 62, { size: 4.6, width: 6 }), noteRun('Het eindrapport is te vinden via de site van de Tweede Kamer:', 80, 60, 210),
    ] },
    { page: 38, width: 595, height: 842, rules: [], fills: [], links: [], runs: next },
  ];
  const flowed = [
    noteRun(ADDRESS, 72, 806, 420),
    run('59', 72, 790, { size: 4.6, width: 6 }), noteRun('Kamerstukken 22 112, nr. 2858 en 2859.', 80, 788, 200),
    body('digitalisering de CO2-uitstoot in andere sectoren tot 20% kan reduceren.', 765),
    body('Op beide aspecten wordt al gewerkt.', 740),
  ];

  it('goes on the note with its address, and the body\'s paragraph with its rest after the notes, where notes are set in the flow', () => {
    expect(out(flowPages(flowed))).toEqual([
      'Digitalisering is een sleutelfactor om diverse maatschappelijke doelen te behalen. Uit onderzoek blijkt dat digitalisering de CO2-uitstoot in andere sectoren tot 20% kan reduceren.',
      `note 58: Het eindrapport is te vinden via de site van de Tweede Kamer: ${ADDRESS}`,
      'note 59: Kamerstukken 22 112, nr. 2858 en 2859.',
      'Op beide aspecten wordt al gewerkt.',
    ]);
  });

  it('carries no body paragraph on with text in the notes\' smaller type, nor on past a note that opens the page alone (bad input for the joins)', () => {
    // (A note's rest that is no address after a colon: the notes' type carries on no body paragraph.)
    const small = out(flowPages([noteRun('bij de site van de Kamer te vinden, nummer 12.', 72, 806, 300), body('Op beide aspecten wordt al gewerkt.', 770)]));
    expect(small[0]).toBe('Digitalisering is een sleutelfactor om diverse maatschappelijke doelen te behalen. Uit onderzoek blijkt dat');
    expect(small).toContain('bij de site van de Kamer te vinden, nummer 12.');
    // (A note of its own atop the page, no rest of the one before: the paragraph under it starts anew.)
    const alone = out(flowPages([run('59', 72, 790, { size: 4.6, width: 6 }), noteRun('Kamerstukken 22 112, nr. 2858 en 2859.', 80, 788, 200), body('digitalisering de CO2-uitstoot in andere sectoren tot 20% kan reduceren.', 765)]));
    expect(alone).toContain('digitalisering de CO2-uitstoot in andere sectoren tot 20% kan reduceren.');
  });

  it('leaves an address after a note that ended with a stop, or text after a colon, as it is (bad input for the join)', () => {
    expect(out(pages('de site van de Tweede Kamer.', ADDRESS))).toContain(ADDRESS);
    expect(out(pages('de site van de Tweede Kamer:', 'Zie ook de bijlage bij dit rapport over de digitale toekomst.'))).toContain('Zie ook de bijlage bij dit rapport over de digitale toekomst.');
  });
});

describe('layoutPages: a note call the line\'s end pushed to the next line\'s start', () => {
  // WeasyPrint, Letter landscape, 9.5 pt body at a 12.35 pt pitch (p. 31 measured): `verzonden.`
  // ends 5 pt short of the column's edge, so its call `53` (10 pt wide) opens the next line, whose
  // raise sets that line 16.9 pt under the one above; the note itself stands at the page's foot.
  const body = (text: string, y: number, width: number, x = 57): TextRun => run(text, x, y, { size: 9.5, width });
  const page = (firstEnds: number): PageData => ({
    page: 31,
    width: 792,
    height: 612,
    rules: [],
    fills: [],
    links: [],
    runs: [
      ...[549.4, 537.05, 524.7, 512.35].map((y) => body('Digitalisering is lang gezien als automatisering. Wat ooit handwerk was, werd vervangen door processen die', y, 495)),
      body('Gezien het fundamentele karakter van de digitale transitie is het zinnig beleidsopties te verkennen, waarbij de', 500, 495),
      body('voorgestelde maatregelen worden meegewogen. Een van de bronnen daarvoor zijn de heroverwegingen, die zijn verzonden.', 487.65, firstEnds - 57),
      run('53', 57, 474.2, { size: 6.65, width: 7 }),
      body('Het algemene doel daarvan is om in de toekomst onderbouwde keuzes mogelijk te maken, door inzicht te geven in', 470.75, 485, 66.7),
      body('effectieve opties en de gevolgen daarvan.', 458.4, 180),
      body('Deze thema’s staan al op de agenda, maar zullen naar verwachting nog winnen aan belang en aandacht.', 440, 470),
      run('53', 57, 80, { size: 5.5, width: 5 }),
      run('Kamerstukken 32 359, nr. 9.', 63, 77, { size: 7.1, width: 110 }),
    ],
  });
  const read = (p: PageData) => layoutPages([p]).flatMap((b) => (b.kind === 'footnote' ? [`note ${b.n}: ${b.text}`] : b.kind === 'paragraph' ? [b.text] : []));

  it('reads the line the call opens as the paragraph going on, not as note 53, when the call found no room on the line above', () => {
    const out = read(page(547.3));
    expect(out.filter((t) => t.startsWith('note'))).toEqual(['note 53: Kamerstukken 32 359, nr. 9.']);
    expect(out.filter((t) => t.includes('Het algemene doel daarvan'))).toEqual([expect.not.stringMatching(/^note/)]);
  });

  it('still reads a note in body type under a line that ended well short of the edge, a line\'s space and more above it', () => {
    const out = read(page(400));
    expect(out.filter((t) => t.startsWith('note 53')).length).toBe(2);
  });

  it('reads a number the text calls elsewhere as its note\'s own, under a justified line that broke off (pandoc\'s LaTeX, notes among the paragraphs)', () => {
    // (pdfTeX, A4 landscape, 10 pt Helvetica at a 12 pt pitch, p. 26 measured: `… keteneffecten,` runs
    // to 4.5 pt short of the edge; under it, 18 pt down, `⁴⁴ Kamerstukken …`; the text called 44 a
    // page before, `aanvullende brieven⁴⁴`; the paragraph goes on after the note.)
    const text = (t: string, y: number, width: number, x = 51): TextRun => run(t, x, y, { size: 10, width });
    const p: PageData = {
      page: 26, width: 842, height: 595, rules: [], fills: [], links: [],
      runs: [
        text('In de beleidsreactie op het CSBN en aanvullende brieven', 400, 300),
        run('44', 351, 403.5, { size: 7, width: 7.8 }),
        text('is uiteengezet hoe het kabinet de digitale weerbaarheid verhoogt.', 388, 330),
        ...[320.3, 308.3, 296.3, 284.3].map((y) => text('Welke processen en aanbieders we als vitaal beschouwen is echter geen constant gegeven. Door digitalisering worden onderlinge', y, 739.9)),
        text('Strategie een versterkte aanpak van de bescherming van de vitale infrastructuur aangekondigd. Aandacht voor afhankelijkheden, keteneffecten,', 275.6, 735.4),
        run('44', 51, 261.3, { size: 7, width: 7.8 }),
        text('Kamerstukken 26 643, nr. 647 en nr. 614.', 257.6, 182.7, 62),
        text('netwerken en toeleveranciers. De Tweede Kamer wordt over de voortgang hiervan in de tweede helft van 2020 geïnformeerd.', 239.7, 550),
      ],
    };
    const out = read(p);
    expect(out.filter((t) => t.startsWith('note'))).toEqual(['note 44: Kamerstukken 26 643, nr. 647 en nr. 614.']);
    // (A number no line calls, under the same line: the call the line's end pushed, as above.)
    const uncalled = read({ ...p, runs: p.runs.filter((r) => r.y !== 403.5) });
    expect(uncalled.filter((t) => t.startsWith('note'))).toEqual([]);
  });
});

describe('layoutPages: a note reference a full line pushed down', () => {
  // WeasyPrint, justified cells (x-weasy, p. 62 measured): the cell's last line ran to its edge, and
  // its note's number, 7.2 pt beside 7.5 pt text, went to a line of its own 8.4 pt under it (lines
  // 9.75 pt apart).
  const ruled = (ys: number[], xs: number[]): PageData['rules'] => [
    ...ys.map((y) => ({ x0: xs[0] as number, x1: xs[xs.length - 1] as number, y0: y - 0.25, y1: y + 0.25 })),
    ...xs.map((x) => ({ x0: x - 0.25, x1: x + 0.25, y0: ys[ys.length - 1] as number, y1: ys[0] as number })),
  ];
  const page = (ref: TextRun): PageData => ({
    page: 1,
    width: 595,
    height: 842,
    runs: [
      ...textLine(790, [['Actie', 43], ['Wie (tijd)', 303]], { bold: true, size: 7.5 }),
      ...textLine(770, [['te komen tot best practices', 43], ['EZK', 303]], { size: 7.5 }),
      ...textLine(760.25, [['conform de motie Weverling.', 43]], { size: 7.5 }),
      ref,
    ],
    rules: ruled([800, 780, 740], [40, 300, 400]),
    fills: [],
    links: [],
  });
  const cell = (ref: TextRun) => tableRows(layoutPages([page(ref)])).flat()[1]?.[0];

  it('takes a number barely smaller than the text, closer under its line than the lines are apart, for the line’s note reference', () => {
    expect(cell(run('66', 43, 751.85, { size: 7.2, width: 7 }))).toBe('te komen tot best practices conform de motie Weverling.');
  });

  it('keeps a number in the text’s size, or as far under as a line, as the cell’s text', () => {
    expect(cell(run('66', 43, 751.85, { size: 7.5, width: 7 }))).toBe('te komen tot best practices conform de motie Weverling. 66');
    expect(cell(run('66', 43, 750.5, { size: 7.2, width: 7 }))).toBe('te komen tot best practices conform de motie Weverling. 66');
  });
});

describe('brokeOff', () => {
  it('says a text stops mid-sentence where no closing punctuation ends it, a note\'s number after one aside (`… Sjoerdsma. 65`, wkhtmltopdf)', () => {
    expect(['Verdelen van de 26', 'EZK (Q2 2020 – Q1', 'Het opstellen van de Nota Mobile', 'conform de motie 65'].map(brokeOff)).toEqual([true, true, true, true]);
    expect(['conform de motie Weverling en Sjoerdsma. 65', 'Het convenant is verlengd.', 'EZK (Q4)', 'zie noot 3).', ''].map(brokeOff)).toEqual([false, false, false, false, false]);
  });
});

describe('list items opened by another glyph than a bullet', () => {
  // WeasyPrint, `li { list-style: none } li::before { content: "– " }`, p. 35 measured: a plans
  // cell 6.5 pt, its text from 357.0 to the cell's inner edge at 493.4.
  const at = (text: string, y: number, width: number): TextRun => run(text, 357, y, { size: 6.5, width });
  const cell = buildLines([
    at('– Voor de zomer wordt NL DIGIbeter,', 477, 119),
    at('Agenda Digitale Overheid geactualiseerd.', 468.5, 135.8),
    at('– De uitvoering van het actieplan digitale', 460.1, 134.5),
    at('inclusie loopt door in 2020.', 451.6, 88.6),
    at('– We werken aan voorstellen voor', 443.2, 110),
    at('aanvullende onderwerpen in tranche II', 434.7, 126.1),
    at('– • Uiterlijk 23 september 2020 moet aan', 426.3, 125.5),
  ]);

  // (Two such cells: eight lines that open with the dash.)
  const document = [...cell, ...cell];

  it('takes a glyph for the document\'s list marker when eight lines or more open with it and an item\'s first word', () => {
    expect([...listMarkers(document)].sort()).toEqual(['–', '•']);
    // (Fewer lines: the text's own dashes, `vastgelegd: - overwegen …` / `- Het creëren …`.)
    expect([...listMarkers(cell)]).toEqual(['•']);
    // (Lines that go on in lower case after it: a dash a line break set there.)
    const prose = ['– samen met de provincies', '– zoals in 2019', '– waarvan de helft', '– en de gemeenten', '– Het kabinet'].map((t) => ({ text: t }));
    expect([...listMarkers([...prose, ...prose])]).toEqual(['•']);
  });

  it('starts an item at each line that opens with it, and strips it (and a bullet of the text\'s own) from the item', () => {
    const markers = listMarkers(document);
    const items = segmentLines(cell, { right: 493.4, pitch: 8.45, cell: true, markers });
    expect(items.map((s) => [s.bullet, s.lines.map((l) => l.text).join(' ').replace(markerPattern(markers), '')])).toEqual([
      [true, 'Voor de zomer wordt NL DIGIbeter, Agenda Digitale Overheid geactualiseerd.'],
      [true, 'De uitvoering van het actieplan digitale inclusie loopt door in 2020.'],
      [true, 'We werken aan voorstellen voor aanvullende onderwerpen in tranche II'],
      [true, 'Uiterlijk 23 september 2020 moet aan'],
    ]);
    // (Without them, the line that reached the cell's edge runs on into the next item.)
    expect(segmentLines(cell, { right: 493.4, pitch: 8.45, cell: true })).toHaveLength(3);
  });
});

describe('segmentLines: a line in other type', () => {
  // wkhtmltopdf, the 2021 edition, measured: a note's last line (6.3 pt) running on past the
  // paragraph's width with an address, and the body's next paragraph (7.5 pt) 12.7 pt under it, a
  // pitch of 9.8 (under 1.3 pitches).
  const note = run('Witboek AI, Brussel, 19.2.2020 COM(2020) 65 final. https://ec.europa.eu/info/publications/white-paper-artificial-intelligence-european-approach-excellence-and-trust_en', 23, 632.3, { size: 6.3, width: 540 });
  const body = run('Een belangrijke factor voor een brede(re) toepassing van AI in onze samenleving, is vertrouwen van burgers en consumenten.', 14.4, 619.6, { size: 7.5, width: 520 });

  it('starts a paragraph at a line in type an eighth or more larger or smaller than the line before', () => {
    expect(segmentLines(buildLines([note, body]), { right: 563, pitch: 9.8 }).map((s) => s.lines.map((l) => l.text))).toEqual([[note.text], [body.text]]);
  });

  it('but not at a line in type a little larger (a bold line set a shade larger, 7.5 pt after 7 pt)', () => {
    const before = run('Een belangrijke factor voor een brede(re) toepassing van AI in onze samenleving, is vertrouwen van burgers en', 14.4, 632.3, { size: 7, width: 548 });
    expect(segmentLines(buildLines([before, { ...body, text: 'consumenten in de toepassing.' }]), { right: 563, pitch: 9.8 })).toHaveLength(1);
  });
});

describe('segmentLines: a sub-heading in centred text', () => {
  // WeasyPrint, every cell's text centred (weasyprint-centred-grid.pdf), action 11's status, p. 22
  // measured and read as set flush left: the italic `Blockchain` after a sentence's end, on a line
  // of its own, though the line above left no room for it; its paragraph under it in plain text.
  const line = (text: string, x1: number, y: number, italic = false): Line => ({ spans: [{ text, bold: false, italic }], text, x0: 209.9, x1, y, size: 7, footnoteRefs: [], widestGap: 2 });
  const above = [line('Smart Industry, Cybersecurity, Sport', 338.4, 261.6), line('en Beweging en Smart Culture.', 319.6, 252.5)];
  const below = [line('De Dutch Blockchain Coalitie werkt', 333.3, 232.3), line('aan vijf blockchaintoepassingen.', 335.3, 223.2)];
  const texts = (lines: Line[]) => segmentLines(lines, { right: 343.9, pitch: 9.1, cell: true }).map((s) => s.lines.map((l) => l.text).join(' '));

  it('parts it from the sentence above and the text below', () => {
    expect(texts([...above, line('Blockchain', 247.8, 243.4, true), ...below])).toEqual([
      'Smart Industry, Cybersecurity, Sport en Beweging en Smart Culture.',
      'Blockchain',
      'De Dutch Blockchain Coalitie werkt aan vijf blockchaintoepassingen.',
    ]);
  });

  it('but not italic words that open a sentence going on below in lower case, nor a line in plain type', () => {
    const goesOn = [line('Nederland Digitaal', 270, 243.4, true), line('is een programma van het kabinet.', 330, 232.3)];
    expect(texts([...above, ...goesOn])).toEqual(['Smart Industry, Cybersecurity, Sport en Beweging en Smart Culture. Nederland Digitaal is een programma van het kabinet.']);
    expect(texts([...above, line('Blockchain', 247.8, 243.4), ...below])[0]).toBe('Smart Industry, Cybersecurity, Sport en Beweging en Smart Culture. Blockchain');
  });
});

describe('segmentLines: paragraphs set with a hanging indent', () => {
  // WeasyPrint, cells with `text-indent: -6pt` measured: each paragraph's first line 6 pt further out
  // than the rest (a theme's bold title, a status's paragraphs), 7.5 pt type 10.1 pt apart.
  const line = (text: string, x0: number, y: number, bold = false, italic = false): Line => ({ spans: [{ text, bold, italic }], text, x0, x1: x0 + text.length * 3.6, y, size: 7.5, footnoteRefs: [], widestGap: 2 });
  const texts = (lines: Line[]) => segmentLines(lines, { right: 142, pitch: 10.1, cell: true }).map((s) => s.lines.map((l) => l.text).join(' '));

  it('reads the lines under the first, set further in, as its paragraph; a line further out again opens the next', () => {
    const theme = [line('Grensverleggend', 66.7, 270, true), line('onderzoek en', 72.7, 259.9, true), line('innovatie', 72.7, 249.8, true)];
    expect(texts(theme)).toEqual(['Grensverleggend onderzoek en innovatie']);
    const status = [line('Eind 2019 is het Kennis- en', 66.7, 233.5), line('Innovatie- convenant', 72.7, 223.4), line('uitgebracht.', 72.7, 213.3), line('In 2020 zijn zeven nationale', 66.7, 203.2), line('MaaS-pilots gelanceerd.', 72.7, 193.1)];
    expect(texts(status)).toEqual(['Eind 2019 is het Kennis- en Innovatie- convenant uitgebracht.', 'In 2020 zijn zeven nationale MaaS-pilots gelanceerd.']);
    // (The paragraph stands where its first line does: no list item.)
    expect(segmentLines(theme, { right: 142, pitch: 10.1, cell: true })[0]?.x0).toBe(66.7);
  });

  it('but an item set in under a line that ended where it had to (a sentence’s end with room after it), or under an item with a mark, stays apart', () => {
    // (Bad input for the indent: `Dit betekent:` is no line the next one wrapped from.)
    expect(texts([line('Dit betekent:', 66.7, 270), line('Meer regie', 72.7, 259.9)])).toEqual(['Dit betekent:', 'Meer regie']);
    expect(texts([line('Het kan.', 66.7, 270), line('Meer regie', 72.7, 259.9)])).toEqual(['Het kan.', 'Meer regie']);
    // (Nor a sub-heading in italics that filled its line, over items set in under it in plain type:
    // WeasyPrint, double spaced, `Artificiële Intelligentie (AI)` over `De Nederlandse AI …`.)
    expect(texts([line('Artificiële Intelligentie (AI)', 66.7, 270, false, true), line('De Nederlandse AI', 78.7, 259.9)])).toEqual(['Artificiële Intelligentie (AI)', 'De Nederlandse AI']);
    // (A bold title whose second line goes on in bold, then plain text, is one paragraph all the same.)
    const mixed: Line = { ...line('mobiliteit Een geïntegreerd', 72.7, 259.9), spans: [{ text: 'mobiliteit', bold: true, italic: false }, { text: ' Een geïntegreerd', bold: false, italic: false }] };
    expect(texts([line('Slimme en duurzame', 66.7, 270, true), mixed])).toEqual(['Slimme en duurzame mobiliteit Een geïntegreerd']);
    // (A further line in at the rest's edge goes on; one further in again than that is no part of it.)
    expect(texts([line('Grensverleggend', 66.7, 270), line('onderzoek en', 72.7, 259.9), line('Subitem', 80.7, 249.8)])).toEqual(['Grensverleggend onderzoek en', 'Subitem']);
  });
});

describe('joinedCells: a cell the page break cut', () => {
  it('joins the rest of a paragraph that the next page sets further in, read there as a list item, to that paragraph', () => {
    // WeasyPrint, `text-indent: -6pt`: a theme's title `Ander werk, nieuwe` / `vaardigheden en` at a
    // page's foot, its rest `een leven lang leren` at the next page's head 6 pt further in than a
    // paragraph's first line, with nothing above it in its cell: read as an item.
    const cut = { text: 'Ander werk, nieuwe vaardigheden en', blocks: [{ kind: 'text' as const, text: 'Ander werk, nieuwe vaardigheden en', emphasis: 'bold' as const }] };
    const rest = { text: 'een leven lang leren', blocks: [{ kind: 'list' as const, ordered: false, items: [{ text: 'een leven lang leren', depth: 0 }] }] };
    expect(joinedCells(cut, rest, false).blocks).toEqual([{ kind: 'text', text: 'Ander werk, nieuwe vaardigheden en een leven lang leren', emphasis: 'bold' }]);
    // Bad input: under a paragraph that ended its sentence, or an item that opens with a capital, the list stays.
    const ended = { text: 'Dit omvat:', blocks: [{ kind: 'text' as const, text: 'Dit omvat:' }] };
    expect(joinedCells(ended, rest, false).blocks.map((b) => b.kind)).toEqual(['text', 'list']);
    const capital = { text: 'Een leven lang leren', blocks: [{ kind: 'list' as const, ordered: false, items: [{ text: 'Een leven lang leren', depth: 0 }] }] };
    expect(joinedCells(cut, capital, false).blocks.map((b) => b.kind)).toEqual(['text', 'list']);
  });

  it('joins a number that the next page sets further in to the abbreviation that numbers it (WeasyPrint, hanging indents: `… 35134, nr.` / `13). De …`)', () => {
    const numbered = { text: 'zoals toegelicht in kamerstuk: TK, 2019-2020: 35134, nr.', blocks: [{ kind: 'text' as const, text: 'zoals toegelicht in kamerstuk: TK, 2019-2020: 35134, nr.' }] };
    const rest = { text: '13). De Europese Commissie komt met voorstellen.', blocks: [{ kind: 'list' as const, ordered: false, items: [{ text: '13). De Europese Commissie komt met voorstellen.', depth: 0 }] }] };
    expect(joinedCells(numbered, rest, false).blocks).toEqual([{ kind: 'text', text: 'zoals toegelicht in kamerstuk: TK, 2019-2020: 35134, nr. 13). De Europese Commissie komt met voorstellen.' }]);
    // (Bad input: after a sentence's end a number opens an item of its own.)
    const ended = { text: 'Het kan zo niet.', blocks: [{ kind: 'text' as const, text: 'Het kan zo niet.' }] };
    expect(joinedCells(ended, rest, false).blocks.map((b) => b.kind)).toEqual(['text', 'list']);
  });
});

describe('segmentLines: a cell line set apart where the page would have cut it', () => {
  // wkhtmltopdf, the 2021 edition with row bars, measured: a bold title over two lines in a theme
  // cell at the foot of a page, its second line moved 10.4 pt down (1.39 pitches); the ambition's
  // text goes on after the title on that line. Paragraphs in the cell are 1.3 pitches apart or more.
  const title = run('Innovatie-vriendelijke en', 19.3, 22.3, { size: 5.76, width: 67.1, bold: true });
  const rest = [run('toekomstbestendige wetgeving', 19.3, 11.93, { size: 5.76, width: 85.6, bold: true }), run('Wet- en', 106.6, 11.93, { size: 5.76, width: 20 })];

  it('keeps a line that goes on a sentence in lower case in the paragraph above it', () => {
    const cell = segmentLines(buildLines([title, ...rest]), { right: 140, pitch: 7.49, cell: true });
    expect(cell.map((s) => s.lines.map((l) => l.text))).toEqual([['Innovatie-vriendelijke en', 'toekomstbestendige wetgeving Wet- en']]);
  });

  it('but parts a line that opens a sentence after one that ended, or prose (not a cell) so set', () => {
    const ended = { ...title, text: 'Innovatie-vriendelijke wetgeving.' };
    const opens = rest.map((r, k) => (k === 0 ? { ...r, text: 'Toekomstbestendige wetgeving' } : r));
    expect(segmentLines(buildLines([ended, ...rest]), { right: 140, pitch: 7.49, cell: true })).toHaveLength(2);
    expect(segmentLines(buildLines([title, ...opens]), { right: 140, pitch: 7.49, cell: true })).toHaveLength(2);
    expect(segmentLines(buildLines([title, ...rest]), { right: 140, pitch: 7.49 })).toHaveLength(2);
  });
});

describe('segmentLines: paragraphs set double spaced', () => {
  // WeasyPrint, Letter, 11 pt DejaVu Serif at line-height 2 (a 22 pt pitch), paragraphs 5 pt apart,
  // measured: four one-line paragraphs 27 pt apart (under 1.3 pitches), each ending short of the edge
  // by less than the next one's first word.
  const years = [[2016, '1.143', 29, 335], [2017, '1.455', 21, 303], [2018, '1.370', 21, 290], [2019, '1.521', 20, 304]].map(([y, b, p, i], k) =>
    run(`(${y}) budget € ${b} mln. waarvan ${p}% naar ICT-innovaties = € ${i} mln.`, 78, 608.4 - 27 * k, { size: 11, width: 419.5 }),
  );

  it('starts a paragraph at a line two fifths of its size further down than the pitch', () => {
    expect(segmentLines(buildLines(years), { right: 534, pitch: 22 }).map((s) => s.lines.length)).toEqual([1, 1, 1, 1]);
  });

  it('but not at the lines of one paragraph on that pitch, nor a line a point or two further down', () => {
    const wrapped = [run('De middelen die beschikbaar zijn voor de digitale economie zijn vooral', 78, 500, { size: 11, width: 452 }), run('beschikbaar via instrumenten met een brede werking. Onderstaand overzicht', 78, 478, { size: 11, width: 455 }), run('laat zien welke van die instrumenten ondernemers kunnen gebruiken voor', 78, 454.5, { size: 11, width: 448 })];
    expect(segmentLines(buildLines(wrapped), { right: 534, pitch: 22 })).toHaveLength(1);
  });
});

describe('segmentLines: a line a raised note number pushed down', () => {
  // Chromium, Letter landscape, 8 pt on a 10.5 pt pitch, measured: the line with note 55 in it stands
  // 14.0 pt under the full line before it (more than 1.3 pitches).
  const first = run('ink en is volgens de Europese Commissie in 2020 goed voor circa 555 miljard euro, oftewel 4% van het', 39.7, 179.3, { size: 8, width: 690.5 });
  const noted = [run('Europese BBP (in 2017 was dit nog 2,2%).', 39.7, 165.3, { size: 8, width: 151.6 }), run('55', 191.3, 168.8, { size: 6.7, width: 7.6 }), run('Voor Nederland was dat in 2018 naar schatting 22 miljard euro.', 201.2, 165.3, { size: 8, width: 228.8 })];

  it('keeps it in its paragraph', () => {
    const segs = segmentLines(buildLines([first, ...noted]), { right: 732.4, pitch: 10.5 });
    expect(segs.map((s) => s.lines.map((l) => l.text))).toEqual([[first.text, 'Europese BBP (in 2017 was dit nog 2,2%). Voor Nederland was dat in 2018 naar schatting 22 miljard euro.']]);
    expect(segs[0]?.lines[1]?.footnoteRefs).toEqual([55]);
  });

  it('but not a line as far down with no note in it, nor one with a note under a paragraph’s gap', () => {
    const plain = noted.filter((r) => r.text !== '55');
    expect(segmentLines(buildLines([first, ...plain]), { right: 732.4, pitch: 10.5 })).toHaveLength(2);
    expect(segmentLines(buildLines([first, ...noted.map((r) => ({ ...r, y: r.y - 3 }))]), { right: 732.4, pitch: 10.5 })).toHaveLength(2);
  });
});

describe('segmentLines', () => {
  const lines = (texts: [string, number][]) => buildLines(texts.map(([t, x], i) => run(t, x, 500 - i * 12)));

  it('keeps wrapped lines together and starts a new block after a forced break or an indent', () => {
    const segs = segmentLines(
      lines([
        ['Een lange regel die tot aan de rechterkant van de kolom', 10],
        ['doorloopt en hier eindigt.', 10],
        ['Nieuw punt dat kort is.', 10],
        ['Ingesprongen punt', 20],
      ]),
      { right: 290, pitch: 12 },
    );
    expect(segs.map((s) => s.lines.map((l) => l.text).join(' / '))).toEqual([
      'Een lange regel die tot aan de rechterkant van de kolom / doorloopt en hier eindigt.',
      'Nieuw punt dat kort is.',
      'Ingesprongen punt',
    ]);
  });

  it('goes on in a cell into a line that opens in lower case, however short the line before (TeX breaks early to spare a later line)', () => {
    const cell = lines([['De Nederlandse AI Coalitie (PPS)', 10], ['is sinds oktober 2019 gegroeid.', 10], ['Op 8 oktober', 10], ['2019 is het plan gepresenteerd.', 10]]);
    expect(segmentLines(cell, { right: 290, pitch: 12, cell: true }).map((s) => s.lines.map((l) => l.text).join(' / '))).toEqual([
      'De Nederlandse AI Coalitie (PPS) / is sinds oktober 2019 gegroeid.',
      'Op 8 oktober / 2019 is het plan gepresenteerd.',
    ]);
    // (A figure after a sentence's end opens an item: `… 2019 gegroeid.` / `2020 wordt …`.)
    expect(segmentLines(lines([['Het plan is klaar.', 10], ['2020 wordt het uitgevoerd.', 10]]), { right: 290, pitch: 12, cell: true })).toHaveLength(2);
    // (Not after a clause that ends, `…:`; and not in prose, where the short line stands.)
    expect(segmentLines(lines([['Dit wil zeggen:', 10], ['vergroten van het bereik;', 10]]), { right: 290, pitch: 12, cell: true })).toHaveLength(2);
    expect(segmentLines(cell, { right: 290, pitch: 12 })).toHaveLength(4);
  });

  it('goes on after a line that ends in a word the layout broke, however short the line (centred, narrow cells)', () => {
    const segs = segmentLines(lines([['JenV (Q2) (Q2-', 40], ['3)', 40]]), { right: 290, pitch: 12 });
    expect(segs.map((s) => s.lines.map((l) => l.text))).toEqual([['JenV (Q2) (Q2-', '3)']]);
  });

  it('goes on in a cell after a word the line break cut, across space a page would have cut the cell at (wkhtmltopdf)', () => {
    // wkhtmltopdf at 12 pt, connectivity action 1's status: `… frequentieband 470-`, then 22 pt lower `960 MHz (UHF-band).`
    const at = (texts: [string, number][]) => buildLines(texts.map(([t, y]) => run(t, 10, y)));
    const cut = at([['spectrumbehoeftes in de frequentieband 470-', 500], ['960 MHz (UHF-band).', 478]]);
    expect(segmentLines(cut, { right: 290, pitch: 12, cell: true }).map((s) => s.lines.map((l) => l.text))).toEqual([['spectrumbehoeftes in de frequentieband 470-', '960 MHz (UHF-band).']]);
    // (After a whole word such space parts two paragraphs; outside a cell it parts them after a cut word too.)
    expect(segmentLines(at([['in de frequentieband 470', 500], ['960 MHz (UHF-band).', 478]]), { right: 290, pitch: 12, cell: true })).toHaveLength(2);
    expect(segmentLines(cut, { right: 290, pitch: 12 })).toHaveLength(2);
  });

  it('ends a block after a line whose last words stand at a tab stop (contents entries with their page numbers)', () => {
    const toc = buildLines([
      ...[run('1 Inleiding', 54, 500), run('5', 705, 500, { width: 5 })],
      ...[run('2 Nederlandse Digitaliseringsstrategie', 54, 488), run('11', 705, 488, { width: 10 })],
    ]);
    expect(segmentLines(toc, { right: 715, pitch: 12 }).map((s) => s.lines.map((l) => l.text))).toEqual([['1 Inleiding 5'], ['2 Nederlandse Digitaliseringsstrategie 11']]);
  });

  it('takes no wide space before a word for a tab stop: a justified line of two words goes on into the next (a run per word, as Chromium sets it)', () => {
    // The spaces of `een volwaardige` stretched to fill the cell's measure (608.9 to 692.5, size 6.4).
    const justified = buildLines([
      run('Per 1 januari 2020 is ICT', 608.9, 498, { width: 83.6, size: 6.4 }),
      run('een', 608.9, 489, { width: 11.7, size: 6.4 }),
      run('volwaardige', 652.7, 489, { width: 39.8, size: 6.4 }),
      run('Topsector met een Topteam', 608.9, 480, { width: 83.6, size: 6.4 }),
      run('versterken.', 608.9, 471, { width: 37, size: 6.4 }),
    ]);
    expect(segmentLines(justified, { right: 694, pitch: 9, cell: true }).map((s) => s.lines.map((l) => l.text))).toEqual([
      ['Per 1 januari 2020 is ICT', 'een volwaardige', 'Topsector met een Topteam', 'versterken.'],
    ]);
  });

  it('starts a new entry at a bold lead in a list of bold-lead entries, however far right the one before reached; not in prose', () => {
    const entries = buildLines([
      run('Andijk', 10, 500, { bold: true, width: 30 }),
      run('• Vergroting cyberweerbaarheid groentezaadveredelingsbedrijven | Cyberweerbaarheidsnetwerk', 43, 500, { width: 345 }),
      run('Apeldoorn', 10, 488, { bold: true, width: 45 }),
      run('• Industrial Reality Hub | Smart Industry Fieldlab', 58, 488),
    ]);
    expect(segmentLines(entries, { right: 390, pitch: 12 })).toHaveLength(2);
    const prose = buildLines([
      run('Het kabinet heeft in 2019 het actieplan vastgesteld en werkt dit jaar verder aan de', 10, 500, { width: 378 }),
      run('Digitale Overheid', 10, 488, { bold: true, width: 80 }),
      run('en de uitvoering ervan.', 93, 488),
    ]);
    expect(segmentLines(prose, { right: 390, pitch: 12 })).toHaveLength(1);
  });

  it('keeps a paragraph set with a first-line indent whole: its lines go on at the margin under a first line that ran to the edge', () => {
    // WeasyPrint, `p { text-indent: 2em; margin: 0 }`, justified, DejaVu Serif 10 pt, p. 6 measured:
    // the text column from 62.7 to 532.4, each paragraph's first line from 82.7.
    const at = (text: string, x: number, y: number, x1: number): TextRun => run(text, x, y, { width: x1 - x });
    const paragraphs = buildLines([
      at('Investerings in AI zijn belangrijk om de ambities van SAPAI te realiseren. De', 82.7, 500, 532.4),
      at('(basis)financiering van het Rijk voor AI-onderzoek en innovatie werd in SAPAI geraamd op', 62.7, 486, 532.4),
      at('ongeveer €45 miljoen in totaal per jaar.', 62.7, 472, 250),
      at('Bovenop deze raming zijn in april 2020 nieuwe en voor AI-relevante projecten ter waarde', 82.7, 458, 532.4),
      at('van in totaal €35 miljoen gefinancierd.', 62.7, 444, 240),
    ]);
    const texts = (segs: ReturnType<typeof segmentLines>) => segs.map((s) => [s.x0, s.lines.length]);
    expect(texts(segmentLines(paragraphs, { right: 532.4, pitch: 14 }))).toEqual([
      [62.7, 3],
      [62.7, 2],
    ]);
    // (An indented line that ended short, a heading or a line of its own, does not go on at the margin.)
    const short = buildLines([at('Nederlandse AI-Coalitie', 82.7, 500, 190), at('De Nederlandse AI Coalitie is gegroeid van 70 naar ruim 300 deelnemende organisaties en', 62.7, 486, 532.4)]);
    expect(texts(segmentLines(short, { right: 532.4, pitch: 14 }))).toEqual([
      [82.7, 1],
      [62.7, 1],
    ]);
    // (Nor the last line of an item hanging under its mark, which opens mid-sentence, over a
    // sub-heading at the margin: wkhtmltopdf, 5.76 pt, p. 23 measured.)
    const small = (text: string, x: number, y: number, x1: number): TextRun => run(text, x, y, { width: x1 - x, size: 5.76 });
    const hanging = buildLines([small('productontwikkeling binnen ethische en juridische kaders.', 367, 804, 553.4), small('Cybersecurity', 357.8, 796.5, 397.8), small('In 2020 zal een nieuw samenwerkingsplatform zijn gelanceerd,', 367, 786.7, 549.5)]);
    expect(texts(segmentLines(hanging, { right: 554, pitch: 7.5, cell: true }))).toEqual([
      [367, 1],
      [357.8, 1],
      [367, 1],
    ]);
  });

  it('starts a new item at the next enumerator', () => {
    const segs = segmentLines(lines([['1. Eerste punt dat doorloopt tot aan de rand van de kolom', 10], ['2. Tweede', 10]]), { right: 400, pitch: 12 });
    expect(segs).toHaveLength(2);
  });

  it('keeps the lines that hang under a numbered item’s text in the item, however short the line before (TeX breaks early); the next number opens one', () => {
    // pdfTeX, an enumerate list in a cell (measured widths: the item text 14.9 pt right of its number).
    const item = lines([['1. 1. Versterken', 20], ['regionale ondersteuning: 3 pilots in', 34.9], ['UWV arbeidsmarktregio’s zijn van start', 34.9], ['2. 2. Bevorderen leercultuur MKB', 20], ['Subsidie is ingegaan.', 34.9]]);
    expect(segmentLines(item, { right: 290, pitch: 12, cell: true }).map((s) => s.lines.map((l) => l.text).join(' / '))).toEqual([
      '1. 1. Versterken / regionale ondersteuning: 3 pilots in / UWV arbeidsmarktregio’s zijn van start',
      '2. 2. Bevorderen leercultuur MKB / Subsidie is ingegaan.',
    ]);
    // (A line there that opens with a marker of its own is an item nested under it.)
    const nested = lines([['• De eerste twee use cases zijn:', 20], ['- Het creëren van een hypotheek.', 34.9], ['- Het aanbieden van verzekeringen.', 34.9]]);
    expect(segmentLines(nested, { right: 290, pitch: 12, cell: true })).toHaveLength(3);
    // (A line indented so under a paragraph with no number opens a block of its own.)
    const plain = lines([['Versterken van het', 20], ['UWV arbeidsmarktregio’s', 34.9]]);
    expect(segmentLines(plain, { right: 290, pitch: 12, cell: true })).toHaveLength(2);
  });
});

describe('mayHoldTable', () => {
  it('sees columns in lines whose runs stand far apart, not in prose', () => {
    const prose = [run('Een gewone zin die doorloopt', 10, 100), run('en verder gaat.', 150, 100), run('Nog een regel.', 10, 88)];
    const table = [run('Thema', 10, 100), run('Opgave', 200, 100), run('Actie', 400, 100), run('Doelmatig', 10, 80), run('Bestemmen', 200, 80)];
    expect(mayHoldTable(prose)).toBe(false);
    expect(mayHoldTable(table)).toBe(true);
  });

  it('sees a table of figures in lines of three or more figures apart, however narrow their gutters (a header of years over a total row)', () => {
    const carried = [
      ...textLine(800, [['(x € 1 mln) Stand Voorjaarsnota 2020', 65], ['2020', 256], ['2021', 290], ['2022', 324], ['2023', 358]]),
      ...textLine(737, [['Totaal', 59], ['1.563', 252], ['1.607', 286], ['1.616', 320], ['1.629', 354]]),
    ];
    expect(mayHoldTable(carried)).toBe(true);
    // (Prose that names years, each a word of its own in one line, and a single line of figures: no table.)
    const prose = [...textLine(700, [['In', 40], ['2018', 55], ['en', 80], ['2019', 95], ['steeg', 120]]), ...textLine(688, [['Totaal', 59], ['1.563', 252], ['1.607', 286], ['1.616', 320]])];
    expect(mayHoldTable(prose)).toBe(false);
  });

  it('sees a table in a repeated header over the rest of one cell (its labels name the columns), and in text that starts again at one column edge on five lines', () => {
    // A page that holds a table's repeated header and the justified rest of one cell, then a note.
    const rest = [
      ...textLine(545, [["Thema's & ambitie", 48], ['Acties zoals in NDS', 183], ['Stand van zaken', 378], ['Wie (Tijd)', 690]]),
      ...textLine(533, [['en welzijn.', 194]]),
      ...textLine(524, [['op', 194], ['een', 211], ['drietal', 232], ['sporen:', 265]]),
      run('Zie verder SAPAI voor een overzicht van alle acties.', 57, 443),
    ];
    expect(mayHoldTable(rest)).toBe(true);
    // Columns a narrow gutter apart (a grid with tight padding): their texts start at one place.
    const tight = [0, 1, 2, 3, 4].flatMap((k) => textLine(700 - k * 10, [['de tekst van cel een', 40], ['en van cel twee', 150]]));
    expect(mayHoldTable(tight)).toBe(true);
    // Bad input: a line of labels that names no columns, and justified prose whose words stand anywhere.
    expect(mayHoldTable(textLine(545, [['Inleiding', 48], ['Hoofdstuk', 300]]))).toBe(false);
    const justified = [0, 1, 2, 3, 4].flatMap((k) => textLine(700 - k * 10, [['woord', 40], ['nog', 75 + k * 3], ['een', 100 + k * 5]]));
    expect(mayHoldTable(justified)).toBe(false);
  });

  it('sees a table in a header over narrow columns, its labels set apart by a cell’s padding, over the first lines of the table the page ends with', () => {
    // LibreOffice from DOCX, 12 pt, measured: gutters of 24–32 pt (under three sizes), over one
    // plans cell that the page ends: `Impuls` / `• Om`.
    const page = [
      run('Stand van', 259.3, 188.7, { size: 12, width: 61 }),
      ...[
        ['Domein &', 72.1, 61.4],
        ['Acties zoals', 165.7, 71.8],
        ['ten (t/m Q2', 259.3, 69.6],
        ['doen? (vanaf', 352.9, 77.9],
      ].map(([t, x, w]) => run(t as string, x as number, 160.7, { size: 12, width: w as number })),
      run('Impuls', 352.9, 130.2, { size: 12, width: 41.4 }),
      run('•', 364.9, 106.2, { size: 12, width: 7.1 }),
      run('Om', 388.9, 106.2, { size: 12, width: 21.2 }),
    ];
    expect(mayHoldTable(page)).toBe(true);
    // (Words a word space apart that happen to name columns: a sentence, no header.)
    expect(mayHoldTable([run('Acties zoals', 72, 160, { size: 12, width: 70 }), run('de stand van zaken', 145, 160, { size: 12, width: 100 })])).toBe(false);
  });

  it('reads a page of 100,000 pieces on one baseline in one pass (a hostile page: each line was copied as it grew)', () => {
    // (One label drawn 100,000 times at one spot: no columns; bounded, not quadratic.)
    const spot = Array.from({ length: 100000 }, () => run('Acties zoals in NDS', 56, 400));
    expect(mayHoldTable(spot)).toBe(false);
    // (Six columns of the same, a run apart: a table's columns, found in the same pass.)
    expect(mayHoldTable([...spot, ...[0, 1, 2, 3, 4, 5].flatMap((k) => textLine(300 - 12 * k, [['Thema', 56], ['Opgave', 250]]))])).toBe(true);
  }, 20_000);
});

describe('findGrids', () => {
  const h = (y: number, x0: number, x1: number) => ({ x0, x1, y0: y - 0.25, y1: y + 0.25 });
  const v = (x: number, y0: number, y1: number) => ({ x0: x - 0.25, x1: x + 0.25, y0, y1 });

  it('gives a footnote that the rules of two tables box in (one row, opened by its raised number) back to the page: no table', () => {
    // Chromium, white rules under rows, a header band, p. 39 measured: the first table's last rule
    // at 535, the note at 520 (its number raised, smaller), the next table's band from 510.7 down.
    const xs = [56.9, 140.9, 247.1, 366.5, 442.4, 539];
    const rules = [...xs.slice(1).map((x, k) => h(535.4, xs[k] as number, x)), ...xs.slice(1).map((x, k) => h(510.7, xs[k] as number, x))];
    const note = [run('64', 56.9, 523.2, { size: 6.1, width: 6.8 }), run('Zie verder SAPAI voor een overzicht van alle acties.', 65.8, 520, { size: 7.4, width: 352.3 })];
    const { grids, rest } = findGrids(rules, note);
    expect(grids).toEqual([]);
    expect(rest.map((r) => r.text)).toEqual(['64', 'Zie verder SAPAI voor een overzicht van alle acties.']);
  });

  it('parts tables stacked with no space between them, vertical rules only, each with its own columns, though a rule line runs through both', () => {
    // Chromium, US Letter, `td + td { border-left }`, tables with no margin, p. 41 measured: the
    // upper table's rules end at 290.6 where the lower one's begin, at other places, but for the
    // line at 504.3 both draw. No rule at either table's outer sides, none across.
    const upper = [149.8, 223.5, 389.3, 504.3].flatMap((x) => [v(x, 390, 405.6), v(x, 290.6, 390)]);
    const lower = [146.1, 205.1, 335.5, 504.3].flatMap((x) => [v(x, 264.8, 290.6), v(x, 54, 264.8)]);
    const cell = (text: string, x: number, y: number) => run(text, x, y, { size: 7, width: text.length * 3.4 });
    const runs = [
      ...[["Thema's", 62], ['Acties', 153], ['Stand', 227], ['Wat', 392], ['Wie', 507]].map(([t, x]) => cell(t as string, x as number, 395)),
      ...[['Innovatie', 62], ['15) Het', 153], ['Vorig jaar', 227], ['De dep.', 392], ['EZK', 507]].map(([t, x]) => cell(t as string, x as number, 380)),
      cell('(Doorlopend)', 507, 371),
      ...[["Thema's", 62], ['Acties', 149], ['Stand', 208], ['Wat', 338], ['Wie', 507]].map(([t, x]) => cell(t as string, x as number, 280)),
      ...[['Onderwijs', 62], ['16) In het', 149], ['Op dit', 208], ['Overheid', 338], ['OCW', 507]].map(([t, x]) => cell(t as string, x as number, 250)),
      cell('(Q2)', 507, 241),
    ];
    const { grids, rest } = findGrids([...upper, ...lower], runs);
    expect(rest).toEqual([]);
    expect(grids.map((g) => g.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(' '))))).toEqual([
      [
        ["Thema's", 'Acties', 'Stand', 'Wat', 'Wie'],
        ['Innovatie', '15) Het', 'Vorig jaar', 'De dep.', 'EZK (Doorlopend)'],
      ],
      [
        ["Thema's", 'Acties', 'Stand', 'Wat', 'Wie'],
        ['Onderwijs', '16) In het', 'Op dit', 'Overheid', 'OCW (Q2)'],
      ],
    ]);
    // (Each table its own columns: the lower one's second starts at its own rule.)
    expect(grids.map((g) => Math.round(g.rows[0]?.cells[1]?.box.x0 ?? 0))).toEqual([150, 146]);
  });

  it('takes the text left of the first rule for a column when its header line names a column there, though its cells end far short of the rule', () => {
    // Chromium, A4 landscape, rules between columns only, p. 42 measured: the page opens with the
    // repeated header and the rest of a theme the break carried over, two short lines in a first
    // column 120 pt wide; no rule at the table's outer sides, none across.
    // (Each cell draws its own side: the rules meet where the rows meet.)
    const rules = [171.9, 311.5, 505.6, 745.4].flatMap((x) => [v(x, 540, 560), v(x, 512, 540), v(x, 470, 512)]);
    const cell = (text: string, x: number, y: number) => run(text, x, y, { size: 7.5, width: text.length * 3.6 });
    const runs = [
      cell("Thema's & ambitie", 45, 548),
      cell('Acties zoals in NDS', 176, 548),
      cell('Stand van zaken', 316, 548),
      cell('Wat gaan we doen?', 510, 548),
      cell('Wie (Tijd)', 750, 548),
      cell('onnodige beperkingen op', 45, 530),
      cell('voor innovatie.', 45, 521),
      cell('14) Testen en', 176, 500),
      cell('Per 1 juli 2020.', 510, 500),
      cell('EZK/ IenW', 750, 500),
      cell('(2020)', 750, 491),
    ];
    const { grids, rest } = findGrids(rules, runs);
    expect(rest).toEqual([]);
    expect(grids[0]?.rows[0]?.cells.map((c) => c.runs.map((x) => x.text).join(' '))).toEqual(["Thema's & ambitie", 'Acties zoals in NDS', 'Stand van zaken', 'Wat gaan we doen?', 'Wie (Tijd)']);
    expect(grids[0]?.rows.flatMap((r) => r.cells[0]?.runs.map((x) => x.text) ?? [])).toEqual(["Thema's & ambitie", 'onnodige beperkingen op', 'voor innovatie.']);
  });

  it('takes a label right of the last rule, alone on its baseline, for the last column when the header names columns (nothing under it on this page)', () => {
    // Chromium, US Letter, a rule left of every cell and none right of the last, p. 56 measured:
    // the page ends with the header and one row whose `Wie (tijd)` cell is empty.
    const xs = [60.3, 131.7, 207.3, 306.1, 413.9, 493.6];
    const rules = xs.flatMap((x) => [v(x, 740, 760), v(x, 690, 740)]);
    const cell = (text: string, x: number, y: number) => run(text, x + 3, y, { size: 7, width: text.length * 3.4 });
    const labels = ['Thema', 'Opgave', 'Actie', 'Stand van zaken', 'Wat gaan we doen?', 'Wie (tijd)'];
    const row = ['Ondersteuning', 'Bevorderen', 'Publicatie', 'Is gepubliceerd.', 'Afgerond'];
    const { grids, rest } = findGrids(rules, [...labels.map((t, k) => cell(t, xs[k] as number, 748)), ...row.map((t, k) => cell(t, xs[k] as number, 728))]);
    expect(rest).toEqual([]);
    expect(grids[0]?.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(' ')))).toEqual([labels, [...row, '']]);
    // (A line there that names no column is text beside the table.)
    const aside = findGrids(rules, [...labels.slice(0, 5).map((t, k) => cell(t, xs[k] as number, 748)), cell('Pagina 56', xs[5] as number, 748), ...row.map((t, k) => cell(t, xs[k] as number, 728))]);
    expect(aside.rest.map((r) => r.text)).toEqual(['Pagina 56']);
  });

  it('reads a cell that spans rows (`rowspan`: the rule over the next row stops at it) as one cell, its text the spanning cell\'s', () => {
    // Chromium, full grid, a theme over actions 8–12 measured: each row's cells draw their own sides,
    // the rules across start right of the theme's column; the theme's text runs on past row 8.
    const sides = (y0: number, y1: number) => [45, 180, 387, 600].map((x) => v(x, y0, y1));
    const rules = [h(548, 45, 600), h(535, 45, 600), h(441, 180, 600), h(386, 180, 600), h(330, 45, 600), ...sides(535, 548), ...sides(441, 535), ...sides(386, 441), ...sides(330, 386)];
    const texts = [run('Thema', 48, 540), run('Actie', 183, 540), run('Stand', 390, 540), run('Een sterke nationale basis voor', 48, 520), run('8) ICT als sleutel.', 183, 520), run('Eind 2019.', 390, 520)];
    const more = [run('kennisinstellingen en overheden.', 48, 430), run('9) We zoeken verbinding.', 183, 430), run('Er is een call.', 390, 430), run('10) SBIR.', 183, 370), run('Verbreding.', 390, 370)];
    const { grids } = findGrids(rules, [...texts, ...more]);
    expect(grids[0]?.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(' ')))).toEqual([
      ['Thema', 'Actie', 'Stand'],
      ['Een sterke nationale basis voor kennisinstellingen en overheden.', '8) ICT als sleutel.', 'Eind 2019.'],
      ['', '9) We zoeken verbinding.', 'Er is een call.'],
      ['', '10) SBIR.', 'Verbreding.'],
    ]);
    // (Rules across no row at all, the rows parted where the cells' sides meet: no cell spans another.)
    const unruled = findGrids([h(548, 45, 600), h(535, 45, 600), ...sides(535, 548), ...sides(441, 535), ...sides(386, 441)], [...texts, ...more.slice(0, 3)]);
    expect(unruled.grids[0]?.rows.map((r) => r.cells[0]?.runs.map((x) => x.text).join(' '))).toEqual(['Thema', 'Een sterke nationale basis voor', 'kennisinstellingen en overheden.']);
  });

  it('takes the rest of a row the page cut, a list item indented in a later column over the first rule, for the first row (rules under rows, no header repeated)', () => {
    // WeasyPrint, rules under rows measured: the rule under the cut row's rest drawn cell by cell
    // (joints at 127, 193, 269, 380, 482), the rest an item of a list in the fifth column, 15 pt in.
    const xs = [62.7, 127, 193, 269, 380, 482, 532.6];
    const rules = [741, 613].flatMap((y) => xs.slice(1).map((x, k) => h(y, xs[k] as number, x)));
    const rest = [run('Daarna vindt een tweede', 395.3, 756.2, { size: 7, width: 78 }), run('consultatie plaats.', 395.3, 747.4, { size: 7, width: 62 })];
    const row = [run('Voldoende ruimte.', 195.7, 729, { size: 7, width: 58 }), run('Binnen de band.', 272, 729, { size: 7, width: 52 }), run('EZK', 485, 729, { size: 7, width: 14 })];
    const { grids } = findGrids(rules, [...rest, ...row]);
    expect(grids[0]?.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(' ')))).toEqual([
      ['', '', '', '', 'Daarna vindt een tweede consultatie plaats.', ''],
      ['', '', 'Voldoende ruimte.', 'Binnen de band.', '', 'EZK'],
    ]);
  });

  it('says where text read as prose stands inside a table, which no cell took; not a note between its rows, nor text outside it', () => {
    const grid = { box: { x0: 56, y0: 300, x1: 540, y1: 700 }, rows: [], openBottom: false } as Grid;
    const block = (kind: 'paragraph' | 'footnote', x: number, y1: number, text: string) =>
      (kind === 'footnote' ? { kind, n: 64, text, urls: [], source: { page: 35, bbox: [x, y1 - 10, x + 100, y1] } } : { kind, text, source: { page: 35, bbox: [x, y1 - 10, x + 100, y1] } }) as Parameters<typeof proseInsideTables>[0][number];
    const inside = block('paragraph', 59.3, 546.6, 'Een sterke nationale');
    expect(proseInsideTables([inside, block('footnote', 60, 520, 'Zie verder SAPAI.'), block('paragraph', 56, 760, 'Tekst boven de tabel.')], [grid], 35)).toEqual([
      { code: 'content-unread', severity: 'error', message: 'text inside a table that no cell took: 1 block(s) (e.g. "Een sterke nationale"), so its row\'s record would miss it', place: { page: 35, bbox: [59.3, 536.6, 159.3, 546.6] } },
    ]);
    expect(proseInsideTables([block('paragraph', 56, 760, 'Tekst boven de tabel.')], [grid], 35)).toEqual([]);
  });

  it('builds rows from horizontal rules and cells from the vertical rules crossing each row', () => {
    const rules = [h(300, 0, 300), h(280, 0, 300), h(240, 0, 300), v(0, 240, 300), v(100, 240, 300), v(300, 240, 300), v(200, 240, 280)];
    const { grids, rest } = findGrids(rules, [run('Kop', 5, 288), run('A', 5, 260), run('B', 105, 260), run('C', 205, 260), run('buiten', 5, 400)]);
    expect(grids).toHaveLength(1);
    expect(grids[0]?.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join('')))).toEqual([
      ['Kop', ''],
      ['A', 'B', 'C'],
    ]);
    expect(grids[0]?.openBottom).toBe(false);
    expect(rest.map((r) => r.text)).toEqual(['buiten']);
  });

  it('takes the shaded header cell beyond the outermost rule for the first column, on a page where that column holds nothing under its label', () => {
    // Rules between the columns only (each cell's left border, row by row, none for the first), a
    // shaded header band cell by cell, and the first column empty under its label (a row the page cut).
    const rules = [146.5, 225.7, 394.4].flatMap((x) => [v(x, 550.6, 576), v(x, 527.3, 550.6), v(x, 36, 527.3)]);
    const band = [{ x0: 41.8, x1: 146.5, y0: 550.6, y1: 576 }, { x0: 146.5, x1: 225.7, y0: 550.6, y1: 576 }, { x0: 225.7, x1: 394.4, y0: 550.6, y1: 576 }, { x0: 394.4, x1: 500, y0: 550.6, y1: 576 }];
    const runs = [
      ...textLine(565, [["Thema's & ambitie", 47], ['Acties zoals in NDS', 152], ['Stand van zaken', 231], ['Wie (Tijd)', 400]], { bold: true }),
      ...textLine(540, [['te rusten voor de toekomst.', 152]]),
      ...textLine(520, [['17) In het mbo', 152], ['Hoger onderwijs:', 231], ['OCW', 400]]),
      ...textLine(508, [['wordt gewerkt', 152], ['In het plan', 231], ['(Doorlopend)', 400]]),
    ];
    const cells = (fills: typeof band, texts = runs) => findGrids(rules, texts, fills).grids[0]?.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(' ')));
    expect(cells(band)?.[0]).toEqual(["Thema's & ambitie", 'Acties zoals in NDS', 'Stand van zaken', 'Wie (Tijd)']);
    // Bad input: shading that stands apart from the rule (a box beside the table, its text naming
    // no column: a label beside the rule on the header's line is a column's by itself) is no column of it.
    const apart = [{ x0: 41.8, x1: 120, y0: 550.6, y1: 576 }, ...band.slice(1)];
    const boxed = runs.map((r) => (r.text === "Thema's & ambitie" ? { ...r, text: 'Kader 3' } : r));
    expect(cells(apart, boxed)?.[0]?.[0]).toBe('Acties zoals in NDS');
  });

  // A rule line drawn cell by cell (rules under rows only): one segment per cell, meeting at the joints.
  const line = (y: number, xs: number[]) => xs.slice(1).map((x, k) => h(y, xs[k] as number, x));

  it('parts a run set across its row\'s cells at the spaces where their sides cross it; keeps an address that runs over whole', () => {
    // Columns as narrow as their text (4 pt a character): the label fills the first cell, each
    // year one of the next three, a space's width between a cell's text and the next.
    const rules = [h(300, 0, 170), h(285, 0, 170), h(270, 0, 170), ...[0, 106, 126, 146, 170].map((x) => v(x, 270, 300))];
    const header = { ...run('Financieringsbron (x mln) 2017 2018 2019', 4, 290), width: 4 * 40 };
    const address = { ...run('https://www.rijksoverheid.nl/documenten', 4, 275), width: 4 * 39 };
    const { grids } = findGrids(rules, [header, address]);
    expect(grids[0]?.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text.trim()).join(' ')))).toEqual([
      ['Financieringsbron (x mln)', '2017', '2018', '2019'],
      ['https://www.rijksoverheid.nl/documenten', '', '', ''],
    ]);
  });

  it('parts a line past one side only into a column of figures (a contents page\'s page numbers), not prose that ends in a year', () => {
    const rules = [h(300, 0, 150), h(285, 0, 150), h(270, 0, 150), h(255, 0, 150), ...[0, 126, 150].map((x) => v(x, 255, 300))];
    // 4 pt a character; the second column starts at 126 (a space's width after the 30th character).
    const toc = { ...run('Bijlage 3 Financiele middelen 76', 4, 290), width: 4 * 32 };
    const number = run('52', 128, 275);
    const prose = { ...run('subsidieronde uit het Horizon 2020', 4, 260), width: 4 * 34 };
    const cells = (runs: TextRun[]) => findGrids(rules, runs).grids[0]?.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text.trim()).join(' ')));
    expect(cells([toc, number])?.[0]).toEqual(['Bijlage 3 Financiele middelen', '76']);
    // Bad input: a line of prose that ends in a year, past the side of a column of words, stays whole.
    expect(cells([prose, { ...number, text: 'EZK' }])).toEqual([
      ['', ''],
      ['', 'EZK'],
      ['subsidieronde uit het Horizon 2020', ''],
    ]);
  });

  it('reads a table framed as a whole a border spacing around its cells\' own frames (HTML `border="1"`): no empty edge row or column', () => {
    const frame = (x0: number, y0: number, x1: number, y1: number) => [h(y0, x0, x1), h(y1, x0, x1), v(x0, y0, y1), v(x1, y0, y1)];
    // The table's frame, and each cell's 2 pt inside it and 2 pt from the next.
    const cellsOf = (y0: number, y1: number) => [frame(2, y0, 150, y1), frame(152, y0, 298, y1)].flat();
    const rules = [...frame(0, 246, 300, 300), ...cellsOf(274, 298), ...cellsOf(248, 272)];
    const { grids } = findGrids(rules, [run('Financieringsbron', 5, 285), run('2017', 155, 285), run('Rijk', 5, 258), run('29', 155, 258)]);
    expect(grids[0]?.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(' ')))).toEqual([
      ['Financieringsbron', '2017'],
      ['Rijk', '29'],
    ]);
    expect(grids[0]?.box).toMatchObject({ x0: 0, x1: 300 });
  });

  it('joins cells framed apart whose sides a page break drew thick (rounded corners cut): the spaces between them are no columns', () => {
    // Chromium, `border-spacing: 4pt; border-radius: 4pt` (y-chromium, p. 35 measured): the
    // sides of a row's cells 0.7 pt thick, 3.7 pt apart; those of the row the page cut 2.4 pt
    // thick, as far apart edge to edge, 6.1 pt centre to centre.
    const side = (x0: number, x1: number, y0: number, y1: number) => ({ x0, x1, y0, y1 });
    const frame = (x0: number, x1: number, y0: number, y1: number, thick: number) => [h(y0, x0, x1), h(y1, x0, x1), side(x0, x0 + thick, y0, y1), side(x1 - thick, x1, y0, y1)];
    const row = (y0: number, y1: number, thick: number) => [frame(43.5, 171, y0, y1, thick), frame(174.7, 269.2, y0, y1, thick), frame(273, 467.2, y0, y1, thick)].flat();
    const rules = [...row(529, 549, 0.7), ...row(361, 525, 0.7), ...row(33.9, 357.2, 2.4)];
    const runs = [
      ...textLine(535, [['Domein', 47], ['Acties zoals in NDS', 178], ['Stand van zaken', 276]], { bold: true }),
      ...textLine(510, [['Impuls', 47], ['3) Een agenda', 178], ['Gelanceerd.', 276]]),
      ...textLine(340, [['Mobiliteit', 47], ['4) Voor de zomer', 178], ['Kamerbrieven', 276]]),
    ];
    const { grids } = findGrids(rules, runs);
    expect(grids[0]?.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(' ')))).toEqual([
      ['Domein', 'Acties zoals in NDS', 'Stand van zaken'],
      ['Impuls', '3) Een agenda', 'Gelanceerd.'],
      ['Mobiliteit', '4) Voor de zomer', 'Kamerbrieven'],
    ]);
    // (Sides wider apart than a border's spacing, 7 pt edge to edge, stand around a column of
    // their own, though no text stands in it.)
    const apart = [...row(529, 549, 0.7), ...[frame(43.5, 171, 33.9, 525, 2.4), frame(178, 269.2, 33.9, 525, 2.4), frame(273, 467.2, 33.9, 525, 2.4)].flat()];
    expect(findGrids(apart, runs).grids[0]?.rows.at(-1)?.cells.map((c) => c.runs.map((x) => x.text).join(' '))).toEqual(['Impuls Mobiliteit', '', '3) Een agenda 4) Voor de zomer', 'Gelanceerd. Kamerbrieven']);
    // (Cells framed 6 pt apart in hairlines join so; not when text stands between them.)
    const spaced = [frame(43.5, 171, 33.9, 525, 0.7), frame(177, 269.2, 33.9, 525, 0.7)].flat();
    const inRows = [run('Impuls', 47, 510), run('3) Een agenda', 180, 510)];
    expect(findGrids(spaced, inRows).grids[0]?.rows[0]?.cells.map((c) => c.runs.map((x) => x.text).join(' '))).toEqual(['Impuls', '3) Een agenda']);
    expect(findGrids(spaced, [...inRows, run('*', 172.5, 400, { width: 3 })]).grids.filter((g) => g.rows.some((r) => r.cells.length === 2))).toEqual([]);
    // (Nor an empty column of the table's own, 5 pt wide, its rows' rules drawn across it: the
    // 2021 edition's cell more than its header, Chromium, p. 46.)
    const narrow = [h(549, 43.5, 797.6), h(525, 43.5, 797.6), v(43.5, 525, 549), v(791.9, 525, 549), v(797.3, 525, 549)];
    expect(findGrids(narrow, [run('BZK (Q3)', 742.5, 535, { width: 27 })]).grids[0]?.rows[0]?.cells).toHaveLength(2);
  });

  it('keeps a line under a link inside a cell framed apart from its side: it parts no row', () => {
    const frame = (x0: number, y0: number, x1: number, y1: number) => [h(y0, x0, x1), h(y1, x0, x1), v(x0, y0, y1), v(x1, y0, y1)];
    // Cells framed one by one, 3 pt apart; an underline starting a space inside the second cell's side.
    const rules = [...frame(0, 274, 150, 298), ...frame(153, 274, 300, 298), ...frame(0, 220, 150, 271), ...frame(153, 220, 300, 271), h(250, 155, 290)];
    const runs = [run('Thema', 5, 285), run('Status', 158, 285), run('Digitale overheid', 5, 258), run('Zie de website:', 158, 258), run('https://www.rijksoverheid.nl', 158, 252), run('voor meer.', 158, 240)];
    const { grids } = findGrids(rules, runs);
    expect(grids[0]?.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(' ')))).toEqual([
      ['Thema', 'Status'],
      ['Digitale overheid', 'Zie de website: https://www.rijksoverheid.nl voor meer.'],
    ]);
  });

  it('keeps two tables apart whose vertical rules line up without touching', () => {
    const upper = [h(300, 0, 300), h(260, 0, 300), v(0, 260, 300), v(100, 260, 300), v(300, 260, 300)];
    const lower = [h(100, 0.8, 300.8), h(60, 0.8, 300.8), v(0.8, 60, 100), v(100.8, 60, 100), v(300.8, 60, 100)];
    const { grids } = findGrids([...upper, ...lower], [run('Thema', 5, 280), run('Digitale overheid', 105, 280), run('Opgave', 5, 80), run('Actie', 105, 80)]);
    expect(grids.map((g) => g.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(''))))).toEqual([
      [['Thema', 'Digitale overheid']],
      [['Opgave', 'Actie']],
    ]);
  });

  it('starts a new table at a header row below the first, and gives a footnote set above its labels back to the page', () => {
    const bold = { bold: true };
    const runs = [
      run("Thema's & ambitie", 3, 305, bold),
      run('Acties zoals in NDS', 103, 305, bold),
      ...textLine(275, [['Digitale overheid', 3], ['23) Het plan van aanpak', 103]]),
      run('65', 3, 254, { size: 6 }),
      run('Kamerstuk 24 095, nr. 452', 10, 252, { size: 8 }),
      run('Opgave', 3, 242, bold),
      run('Actie', 153, 242, bold),
      ...textLine(215, [['Bevorderen van innovatie', 3], ['EZK heeft een bijeenkomst', 153]]),
    ];
    const rules = [...line(300, [0, 100, 300]), ...line(262, [0, 100, 300]), ...line(238, [0, 150, 300]), ...line(200, [0, 150, 300])];
    const { grids, rest } = findGrids(rules, runs);
    expect(grids.map((g) => g.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(' '))))).toEqual([
      [
        ["Thema's & ambitie", 'Acties zoals in NDS'],
        ['Digitale overheid', '23) Het plan van aanpak'],
      ],
      [
        ['Opgave', 'Actie'],
        ['Bevorderen van innovatie', 'EZK heeft een bijeenkomst'],
      ],
    ]);
    expect(rest.map((r) => r.text)).toEqual(['65', 'Kamerstuk 24 095, nr. 452']);
  });

  it('ends the upper of two stacked tables ruled above their rows over a note set between them, its cells read in its own columns', () => {
    // (WeasyPrint, `td { border-top }`: the upper table's last row has no rule under it; the note
    // under it stands over the lower table's first rule, whose joints are elsewhere. The row's text
    // is a list item in its cell, 15 pt in.)
    const bold = { bold: true };
    const runs = [
      ...textLine(774, [["Thema's & ambitie", 65.7], ['Acties zoals in NDS', 150], ['Stand van zaken', 239]], { ...bold, size: 7.5 }),
      ...[749.8, 739.7, 729.5].flatMap((y, k) => textLine(y, [[['Actieplan voor', 'Artificiële', 'intelligentie'][k] as string, 162], [['NWO kent', 'onderzoeksprojecten', 'toe.'][k] as string, 251]], { size: 7.5 })),
      run('64', 62.7, 301.8, { size: 7.2, width: 7 }),
      run('Zie verder SAPAI voor een overzicht van alle acties. Kamerstukken II, 2019-2020, 26 643 en 32 761, nr.', 74.5, 298.2, { size: 8.4, width: 440 }),
      run('640', 62.7, 286.8, { size: 8.4, width: 14 }),
      ...textLine(265, [["Thema's & ambitie", 65.7], ['Acties', 184], ['Stand van zaken', 216]], { ...bold, size: 7.5 }),
      ...textLine(215, [['Grensverleggend onderzoek', 65.7], ['Big data', 216]], { size: 7.5 }),
    ];
    const rules = [...line(785, [62.7, 147, 236, 532.6]), ...line(758, [62.7, 147, 236, 532.6]), ...line(276, [62.7, 181.3, 213.7, 532.6]), ...line(229, [62.7, 181.3, 213.7, 532.6]), ...line(201, [62.7, 181.3, 213.7, 532.6])];
    const { grids, rest } = findGrids(rules, runs, [], { rowRules: true });
    expect(grids[0]?.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(' ')))).toEqual([
      ["Thema's & ambitie", 'Acties zoals in NDS', 'Stand van zaken'],
      ['', 'Actieplan voor Artificiële intelligentie', 'NWO kent onderzoeksprojecten toe.'],
    ]);
    expect(rest.map((r) => r.text)).toEqual(['64', 'Zie verder SAPAI voor een overzicht van alle acties. Kamerstukken II, 2019-2020, 26 643 en 32 761, nr.', '640']);
  });

  it('reads the rest of a row atop a page in the columns of the rule over it, though its prose opens two lines with a label\'s word', () => {
    // (Chromium, `td { border-top }`, lists in cells, measured: the header repeated over the rest of
    // action 4's row, then the next table, its joints 2–7 pt off. The row's plans cell holds
    // `planning. Een Kamerbrief over de` and `voortgang hiervan staat in de planning`, and its topic
    // `MaaS` stands at its cell's edge, left of the lower table's joint.)
    const size = { size: 6.5 };
    const runs = [
      ...textLine(770.5, [['Domein & ambitie', 58.3], ['Acties zoals in', 155.2], ['Stand van zaken/resultaten (t/m', 221.2], ['Wat gaan we doen? (vanaf Q2 2020)', 345.4], ['Wie (Tijd)', 494]], { ...size, bold: true }),
      ...textLine(744, [['Digitale Transport', 155.2], ['Er is een', 231], ['verdergaande digitalisering in mobiliteit', 355.2]], size),
      ...textLine(635.7, [['automatisering in het', 231], ['MaaS', 345.4]], { ...size, italic: true }),
      ...textLine(627.1, [['wegverkeer opvolgen: (1) slimme', 231], ['De voortgang van de pilots MaaS wordt', 355.2]], size),
      ...textLine(618.5, [['toelating en gebruik, (2) digitaal', 231], ['voortgang hiervan staat in de planning', 355.2]], size),
      ...textLine(609.9, [['op orde, (3) smart infrastructuur', 231], ['planning. Een Kamerbrief over de', 355.2]], size),
      ...textLine(413, [['Domein & ambitie', 58.3], ['Acties zoals in', 150.4], ['Stand van zaken/resultaten (t/m', 219.2], ['Wat gaan we doen? (vanaf Q2 2020)', 352.6], ['Wie (Tijd)', 493.3]], { ...size, bold: true }),
      ...textLine(390, [['Een flexibel', 58.3], ['7) We zoeken naar', 150.4], ['In maart 2019 is de 4e', 229], ['De Energiewet is sinds 2019 in', 352.6], ['EZK', 493.3]], size),
    ];
    const rules = [...line(779.1, [55.9, 152.9, 218.8, 343.3, 491.5, 539.7]), ...line(755.9, [55.9, 152.9, 218.8, 343.3, 491.5, 539.7]), ...line(421.5, [55.9, 148, 217, 350, 490.9, 539.7]), ...line(398.3, [55.9, 148, 217, 350, 490.9, 539.7])];
    const { grids } = findGrids(rules, runs, [], { rowRules: true });
    const row = grids[0]?.rows[1];
    expect(row?.cells.map((c) => [c.box.x0, c.box.x1].map((v) => Math.round(v)))).toEqual([[56, 153], [153, 219], [219, 343], [343, 491], [491, 540]]);
    expect(row?.cells[3]?.runs.map((r) => r.text)).toEqual(['verdergaande digitalisering in mobiliteit', 'MaaS', 'De voortgang van de pilots MaaS wordt', 'voortgang hiervan staat in de planning', 'planning. Een Kamerbrief over de']);
  });

  it('reads the first row of a table at a page\'s foot, under its header set in small capitals, as a row the page cut', () => {
    // (Chromium, A4 landscape, `th { font-variant: small-caps }`, rules under rows, measured: the
    // header's capitals 7 pt and its other letters 5.2 pt; the row under it 7 pt, the page's foot
    // under its second line. Taken for a heading larger than the table's type, it was read as a
    // paragraph, and a connectivity action was lost in silence.)
    // (Each small capital a run of its own, as Chromium sets them: `T` · `H` · `E` · `M` · `A`.)
    const caps = (text: string, x: number, y: number): TextRun[] => [run(text.slice(0, 1), x, y, { size: 7, width: 5 }), ...[...text.slice(1).toUpperCase()].map((c, k) => run(c, x + 5 + k * 3.6, y, { size: 5.2, width: 3.6 }))];
    const runs = [
      ...caps('Thema', 37.5, 66), ...caps('Opgave', 142.3, 66), ...caps('Actie', 171.7, 66), ...caps('Stand van zaken', 319.3, 66), ...caps('Wat gaan we doen?', 641, 66), ...caps('Wie', 782, 66),
      run('Frequentiebanden met een omroep-', 171.7, 45.2, { size: 7, width: 112 }),
      run('De Nota omroepdistributie wordt uitgesteld. Het radiodistributiebeleid, een wezenlijk onderdeel van de', 319.3, 45.2, { size: 7, width: 315 }),
      run('toepassing.', 171.7, 35.5, { size: 7, width: 35.8 }),
      run('Nota omroepdistributie, krijgt, gelet op de politieke actualiteit, voorrang.', 319.3, 35.5, { size: 7, width: 284 }),
    ];
    const rules = [...line(76, [34.5, 139.5, 168.7, 316.5, 638.2, 779.2, 807.7]), ...line(55.3, [34.5, 139.5, 168.7, 316.5, 638.2, 779.2, 807.7])];
    const { grids, rest } = findGrids(rules, runs, [], { rowRules: true });
    const rows = grids[0]?.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(' ')));
    expect(rows?.[1]).toEqual(['', '', 'Frequentiebanden met een omroep- toepassing.', 'De Nota omroepdistributie wordt uitgesteld. Het radiodistributiebeleid, een wezenlijk onderdeel van de Nota omroepdistributie, krijgt, gelet op de politieke actualiteit, voorrang.', '', '']);
    expect(grids[0]?.openBottom).toBe(true);
    expect(rest).toEqual([]);
    // (Bad input: a heading in type well larger than the header's capitals, under the rule, stays the page's.)
    const heading = [...runs.slice(0, -4), run('3 Vooruitblik', 37.5, 42, { size: 12, width: 80, bold: true })];
    expect(findGrids(rules, heading, [], { rowRules: true }).rest.map((r) => r.text)).toEqual(['3 Vooruitblik']);
  });

  it('reads a row the page cut down over the space under a topic in a later column (a cell\'s list under it), not a note at the margin', () => {
    // (Chromium, the 2021 edition, A4 landscape, rules under rows, measured p. 37: action 11's row at
    // the page's foot, `Big data` over a list 9.5 pt lower, 30 pt in. The row stopped at the topic and
    // the list was said as text in columns no table took, exit 1.)
    const edges = [34.5, 162.7, 193.5, 495.7, 783, 807.7];
    const size = { size: 7 };
    const runs = [
      ...textLine(141.2, [['Grensverleggend onderzoek en', 37.5]], size),
      ...textLine(131.5, [['innovatie', 37.5]], size),
      ...textLine(115.7, [['Big data', 196.9], ['Big data', 498.7], ['(Q3)', 786.1]], { ...size, italic: true }),
      ...[99.2, 89.5, 80.5, 70.7].flatMap((y, k) => textLine(y, [[['Het onderzoeksprogramma big data', 'onderzoeksprojecten met een budget', '€17 mln privaat). Meer dan', 'onderzoekscalls opengesteld.'][k] as string, 226.9], [['Big data: Het omvangrijke', 'met valorisatie activiteiten', 'gericht op de begeleiding', 'matchmaking, vergroten kennis.'][k] as string, 528.7]], size)),
      ...textLine(61.7, [['en Smart Culture.', 226.9]], size),
      ...textLine(45.2, [['Blockchain', 196.9]], { ...size, italic: true }),
      ...textLine(20, [['65 Kamerstuk 26643, nr. 640', 34.5]], { size: 6 }),
    ];
    const rules = [...line(151, edges), ...line(125.5, edges)];
    const { grids, rest } = findGrids(rules, runs, [], { rowRules: true });
    const last = grids[0]?.rows.at(-1)?.cells.map((c) => c.runs.map((r) => r.text).join(' '));
    expect(last?.[2]).toBe('Big data Het onderzoeksprogramma big data onderzoeksprojecten met een budget €17 mln privaat). Meer dan onderzoekscalls opengesteld. en Smart Culture. Blockchain');
    expect(last?.[3]).toBe('Big data Big data: Het omvangrijke met valorisatie activiteiten gericht op de begeleiding matchmaking, vergroten kennis.');
    expect(grids[0]?.openBottom).toBe(true);
    // (The note at the page's margin under it stays the page's.)
    expect(rest.map((r) => r.text)).toEqual(['65 Kamerstuk 26643, nr. 640']);
  });

  it('heads a table ruled under its rows with the header band right on its first row\'s zebra band', () => {
    // (WeasyPrint, the 2024 edition measured, p. 56: a dark header band cell by cell, the first row
    // a zebra band under it down to the first rule, hairlines under rows. The row's own band stood
    // for its top, so the header was left to the text reader, a table of its own, and the rest of a
    // row the page before cut was not joined: its who cell went on the action above.)
    const edges = [48.5, 110.8, 166.2, 272.9, 368.3, 493.7, 546.8];
    const cellsOf = (y0: number, y1: number, color: string) => edges.slice(1).map((x, k) => ({ x0: edges[k] as number, x1: x, y0, y1, color }));
    const fills = [...cellsOf(765, 799.4, '#1f3b5a'), ...cellsOf(609.8, 765, '#eef3f8')];
    const runs = [
      ...textLine(789.2, [['Thema', 51.5], ['Opgave', 113.8], ['Actie', 169.2], ['Stand van zaken /', 275.9], ['Wat gaan we doen?', 371.3], ['Wie (tijd)', 496.7]], { size: 7 }),
      ...textLine(757.9, [['In gesprek gaan met', 169.2], ['In het najaar van', 275.9], ['Opstellen van nieuwe', 371.3]], { size: 7 }),
      ...textLine(748.4, [['gemeenten, relevante', 169.2], ['2019 heeft EZK', 275.9], ['standaarden.', 371.3]], { size: 7 }),
      ...textLine(590, [['Gesprekken aangaan', 169.2], ['Het convenant is', 275.9], ['Het convenant verder', 371.3], ['EZK (Q4)', 496.7]], { size: 7 }),
    ];
    const rules = [...line(609.8, edges), ...line(575, edges)];
    const rows = findGrids(rules, runs, fills, { rowRules: true }).grids[0]?.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(' ')));
    expect(rows?.slice(0, 2)).toEqual([
      ['Thema', 'Opgave', 'Actie', 'Stand van zaken /', 'Wat gaan we doen?', 'Wie (tijd)'],
      ['', '', 'In gesprek gaan met gemeenten, relevante', 'In het najaar van 2019 heeft EZK', 'Opstellen van nieuwe standaarden.', ''],
    ]);
    // (Bad input: a dark band over the row whose text names no columns, a caption, is no header.)
    const caption = runs.map((r) => (r.y === 789.2 ? { ...r, text: r.x < 60 ? 'Bijlage 2' : '' } : r)).filter((r) => r.text !== '');
    const read = findGrids(rules, caption, fills, { rowRules: true });
    expect(read.grids[0]?.rows[0]?.cells[2]?.runs.map((x) => x.text)).toEqual(['In gesprek gaan met', 'gemeenten, relevante']);
    expect(read.rest.map((r) => r.text)).toContain('Bijlage 2');
  });

  it('heads a table ruled under its rows with the labels over its first rule, through the dots of a dotted rule', () => {
    // (wkhtmltopdf, `td, th { border-bottom: dotted }`, zoom 1.25, measured: a dotted rule is drawn
    // as segments with a dot, a fill half a point square, at each end, at the rule's height.)
    const size = { size: 5.8 };
    const xs = [14.9, 320.9, 376.3, 431.6, 486.9, 542.2, 596.4];
    const cols = [16.7, 323, 378.3, 433.5, 488.8, 544];
    const runs = [
      ...textLine(707.9, [['(x € 1 mln) Stand Voorjaarsnota 2020', 16.7], ...['2020', '2021', '2022', '2023', '2024'].map((y, k): [string, number] => [y, cols[k + 1] as number])]),
      ...textLine(695.2, ['PPS-toeslag', '137', '170', '180', '193', '183'].map((t, k): [string, number] => [t, cols[k] as number])),
      ...textLine(682.6, ['Internationaal innoveren', '41', '41', '40', '40', '40'].map((t, k): [string, number] => [t, cols[k] as number])),
    ].map((r) => ({ ...r, ...size }));
    const rules = [703.6, 690.9, 678.2].flatMap((y) => line(y, xs));
    const dots = [703.6, 690.9, 678.2].flatMap((y) => xs.map((x) => ({ x0: x - 0.5, x1: x, y0: y - 0.3, y1: y + 0.3 })));
    const rows = (fills: typeof dots) => findGrids(rules, runs, fills, { rowRules: true }).grids[0]?.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(' ')));
    expect(rows(dots)).toEqual([
      ['(x € 1 mln) Stand Voorjaarsnota 2020', '2020', '2021', '2022', '2023', '2024'],
      ['PPS-toeslag', '137', '170', '180', '193', '183'],
      ['Internationaal innoveren', '41', '41', '40', '40', '40'],
    ]);
    // (A band as tall as the labels is the header's: the row goes up to its top, as before.)
    expect(rows([{ x0: 14.9, x1: 596.4, y0: 703.6, y1: 716 }])?.[0]?.[1]).toBe('2020');
  });

  it('reads the last row of a table ruled above its rows, with no rule under it, over another table on the page', () => {
    // (WeasyPrint, `td { border-top }`, top of a page: the repeated header, the rest of a row the
    // page cut, down to 12 pt over the next table, its columns elsewhere.)
    const bold = { bold: true };
    const runs = [
      ...textLine(774, [['Thema', 65.7], ['Opgave', 140.6], ['Stand van zaken', 299.5], ['Wat gaan we doen?', 405.9]], { ...bold, size: 7.5 }),
      ...textLine(739.7, [['geen ruimte', 311.5], ['beschikbaarheid', 417.9]], { size: 7.5 }),
      ...textLine(729.5, [['geïdentificeerd.', 311.5], ['van aanvullende', 417.9]], { size: 7.5 }),
      ...[719.4, 709.3, 699.2, 689, 678.9].flatMap((y, k) => textLine(y, [[['frequentieruimte', 'voor lokaal', 'gebruik voor', 'bedrijfsspecifieke', 'toepassingen.'][k] as string, 417.9]], { size: 7.5 })),
      ...textLine(654.2, [['Thema', 65.7], ['Opgave', 147], ['Stand van zaken', 287.9], ['Wat gaan we doen?', 416]], { ...bold, size: 7.5 }),
      ...textLine(620, [['Faciliterende rol', 65.7], ['In 2019 is door het RSC', 287.9], ['Afgerond', 416]], { size: 7.5 }),
    ];
    const rules = [...line(785, [62.7, 137.6, 296.5, 402.9, 549.5]), ...line(748, [62.7, 137.6, 296.5, 402.9, 549.5]), ...line(665, [62.7, 144, 284.9, 413, 532.6]), ...line(638, [62.7, 144, 284.9, 413, 532.6]), ...line(600, [62.7, 144, 284.9, 413, 532.6])];
    const { grids, rest } = findGrids(rules, runs, [], { rowRules: true });
    const page = { grids, rest, lines: buildLines(rest) };
    cutRowsAtFoot([page]);
    expect(page.grids[0]?.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(' ')))).toEqual([
      ['Thema', 'Opgave', 'Stand van zaken', 'Wat gaan we doen?'],
      ['', '', 'geen ruimte geïdentificeerd.', 'beschikbaarheid van aanvullende frequentieruimte voor lokaal gebruik voor bedrijfsspecifieke toepassingen.'],
    ]);
    expect(page.rest).toEqual([]);
  });

  it('leaves a footnote under a table’s last rule to the page, though its words fall in the table’s columns', () => {
    // WeasyPrint, zebra rows in monospace (v-weasy, p. 53 measured): the table in 6.5 pt, its notes
    // in 7 pt with the number raised 2.8 pt in 5.6 pt, `Kamerstuk 24 095,` left of the gutter
    // before the second column and `nr. 452` right of it.
    const cols = [40, 124.3, 193.3, 405.7];
    const rules = [...line(561, cols), ...line(547, cols), ...line(277, cols)];
    const table = [
      ...textLine(552, [['Thema', 42], ['Opgave', 126], ['Actie', 196]], { bold: true, size: 6.5 }),
      ...textLine(296.2, [['Project van BZK, i.s.m. I&W en EZK', 196]], { size: 6.5 }),
      ...textLine(287.4, [['om te kijken hoe het gebruik', 196]], { size: 6.5 }),
    ];
    const foot = (raised: boolean): TextRun[] => [
      ...(raised ? [run('65', 40, 260.3, { size: 5.6, width: 6.7 })] : []),
      run('Kamerstuk 24 095,', 50.9, 257.5, { size: 6.5, width: 71.4 }),
      run('nr. 452', 126.5, 257.5, { size: 6.5, width: 29.4 }),
    ];
    const cut = (raised: boolean) => {
      const { grids, rest } = findGrids(rules, [...table, ...foot(raised)], [], { rowRules: true });
      const page = { grids, rest, lines: buildLines(rest) };
      cutRowsAtFoot([page, { grids: [], rest: [], lines: [] }]);
      return { rows: page.grids[0]?.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(' '))), rest: page.rest.map((r) => r.text) };
    };
    const noted = cut(true);
    expect(noted.rows).toHaveLength(2);
    expect(noted.rest).toEqual(['65', 'Kamerstuk 24 095,', 'nr. 452']);
    // (The same words with no raised number before them: the start of a row the page cut.)
    expect(cut(false).rows?.[2]).toEqual(['Kamerstuk 24 095,', 'nr. 452', '']);
  });

  it('gives a note set above a table’s first header labels, inside its header row, back to the page', () => {
    const bold = { bold: true };
    const runs = [
      run('Kamerstuk 24 095, nr. 450', 3, 294, { size: 7, width: 90 }),
      ...textLine(284, [['Thema', 3], ['Acties zoals in NDS', 103]], bold),
      ...textLine(265, [['Digitale overheid', 3], ['23) Het plan van aanpak', 103]]),
    ];
    // The header row's rules reach up over the note (a note the page break carried over the table).
    const rules = [...line(300, [0, 100, 300]), ...line(278, [0, 100, 300]), ...line(250, [0, 100, 300])];
    const { grids, rest } = findGrids(rules, runs);
    expect(grids[0]?.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(' ')))).toEqual([
      ['Thema', 'Acties zoals in NDS'],
      ['Digitale overheid', '23) Het plan van aanpak'],
    ]);
    expect(rest.map((r) => r.text)).toEqual(['Kamerstuk 24 095, nr. 450']);
  });

  it('gives back a note in other type than the header\'s labels: upright and larger over labels set in italics, not bold', () => {
    // Chromium, Legal paper, rules under rows, labels in italics (p. 24 measured): note 64 in 6.1 pt
    // between two tables, over labels in 5.5 pt, inside the lower table's header row.
    const italic = { italic: true, size: 5.5 };
    const runs = [
      run('Zie verder SAPAI voor een overzicht van alle acties.', 9, 294, { size: 6.1, width: 150 }),
      ...textLine(284, [["Thema's & ambitie", 3], ['Acties zoals in NDS', 103], ['Stand van zaken', 203]], italic),
      ...textLine(265, [['Grensverleggend onderzoek', 3], ['12) We initiëren een programma', 103], ['Gestart.', 203]], { size: 5.5 }),
    ];
    const rules = [...line(300, [0, 100, 200, 300]), ...line(278, [0, 100, 200, 300]), ...line(250, [0, 100, 200, 300])];
    const { grids, rest } = findGrids(rules, runs);
    expect(grids[0]?.rows[0]?.cells.map((c) => c.runs.map((x) => x.text).join(' '))).toEqual(["Thema's & ambitie", 'Acties zoals in NDS', 'Stand van zaken']);
    expect(rest.map((r) => r.text)).toEqual(['Zie verder SAPAI voor een overzicht van alle acties.']);
    // (A line in the labels' own type over them stays theirs: a label wrapped upwards.)
    const own = findGrids(rules, [{ ...(runs[0] as TextRun), size: 5.5, italic: true }, ...runs.slice(1)]);
    expect(own.rest).toEqual([]);
  });

  it('takes text under the last rule into a row the page cut when it stands in a later column, indented, but not a paragraph at the margin', () => {
    const rules = [...line(300, [0, 150, 300]), ...line(262, [0, 150, 300])];
    const header = [run('Opgave', 3, 305, { bold: true }), run('Actie', 153, 305, { bold: true })];
    // 9 pt under the rule, 20 pt into the second column (a list's indent).
    const cut = findGrids(rules, [...header, run('Bevorderen van innovatie', 3, 275), run('EZK heeft een bijeenkomst', 170, 243)]);
    expect(cut.grids[0]?.openBottom).toBe(true);
    expect(cut.rest).toEqual([]);
    // The same distance under the rule at the table's margin: a paragraph after the table.
    const after = findGrids(rules, [...header, run('Bevorderen van innovatie', 3, 275), run('Het kabinet', 0, 243)]);
    expect(after.grids[0]?.openBottom).toBe(false);
    expect(after.rest.map((r) => r.text)).toEqual(['Het kabinet']);
  });

  it('leaves a note under a table ruled under its rows, and the footnotes under it, to the page: at the margin, no row the page cut (WeasyPrint)', () => {
    // WeasyPrint, `border-bottom` under every cell, padding 3 pt, p. 62 and p. 57 measured: the
    // budget table's last rule, then `* waaronder …` at the margin 0.1 pt under it, then the
    // page's footnotes, each number raised and smaller.
    const at = (text: string, x0: number, x1: number, y: number, extra: Partial<TextRun> = {}): TextRun => run(text, x0, y, { width: x1 - x0, size: 9.5, ...extra });
    const rules = [...line(430, [40, 275.4, 380.7, 486]), ...line(411.3, [40, 275.4, 380.7, 486])];
    const table = [at('Totaal', 43, 68.5, 417.6), at('1.563', 278.4, 299.8, 417.6), at('1.607', 383.7, 405.1, 417.6)];
    const notes = [at('67', 40, 49, 386.9, { size: 9 }), at('Kamerstuk 26643, nr. 563.', 51.4, 152.7, 382.4), at('68', 40, 49, 367.4, { size: 9 }), at('Kamerstuk 26643, nr. 623.', 51.4, 152.7, 362.9)];
    const marked = findGrids(rules, [...table, at('* waaronder digitale innovatie, niet specifiek gelabeld', 40, 246.1, 401.9), ...notes]);
    expect(marked.grids[0]?.openBottom).toBe(false);
    expect(marked.rest.map((r) => r.text)).toEqual(['* waaronder digitale innovatie, niet specifiek gelabeld', '67', 'Kamerstuk 26643, nr. 563.', '68', 'Kamerstuk 26643, nr. 623.']);
    // A footnote right under the rule (p. 57: its raised number 8 pt under it, at the margin).
    const noted = findGrids(rules, [...table, at('65', 40, 49, 403.3, { size: 9 }), at('Kamerstuk 24 095, nr. 452', 51.4, 152.7, 398.8)]);
    expect(noted.grids[0]?.openBottom).toBe(false);
    expect(noted.rest.map((r) => r.text)).toEqual(['65', 'Kamerstuk 24 095, nr. 452']);
    // Text of the table's own inside the first column's padding, right under the rule, still is.
    const cut = findGrids(rules, [...table, at('Eurostars', 43, 80, 401.9), at('18', 278.4, 290, 401.9)]);
    expect(cut.grids[0]?.openBottom).toBe(true);
  });

  it('leaves the header of a second table ruled under its rows at other columns to that table: no row the page cut', () => {
    // WeasyPrint, hairlines under every cell, cells bottom-aligned, p. 62 measured: the first
    // table's last rule at 186.6, then the labels of the next table, its rules cut at other columns.
    const at = (text: string, x: number, y: number, extra: Partial<TextRun> = {}): TextRun => run(text, x, y, { size: 7.5, width: text.length * 3.6, ...extra });
    const bold = { bold: true };
    const upper = [57, 121.7, 204.6, 312, 419.5, 495.9, 553.4];
    const lower = [57, 93.4, 225.8, 360.9, 448.1, 508.8, 538.3];
    const rules = [...line(314.4, upper), ...line(186.6, upper), ...line(139.8, lower), ...line(72.7, lower)];
    const row = [at('en innovatie', 61, 192.4), at('concurrentie', 125.7, 192.4), at('uitrol FTTH.', 208.6, 192.4), at('marktpartijen geïnitieerd.', 316, 192.4), at('communicatie.', 423.5, 192.4), at('EZK (Q2-Q3)', 499.9, 192.4)];
    const labels = [
      at('Wat gaan', 452.1, 175.9, bold), at('Stand van zaken /', 364.9, 165.8, bold), at('we doen?', 452.1, 165.8, bold), at('resultaten (t/m Q2', 364.9, 155.7, bold),
      at('(vanaf Q2', 452.1, 155.7, bold), at('Wie', 512.8, 155.7, bold), at('Thema', 61, 145.6, bold), at('Opgave', 97.4, 145.6, bold), at('Actie', 229.8, 145.6, bold),
      at('2020)', 364.9, 145.6, bold), at('2020)', 452.1, 145.6, bold), at('(tijd)', 512.8, 145.6, bold),
    ];
    const next = [at('Onderzoeken of Telecomwet', 229.8, 108.9), at('De mogelijkheden', 364.9, 129.1), at('Nog te', 452.1, 129.1), at('EZK', 512.8, 88.6)];
    const { grids } = findGrids(rules, [...row, ...labels, ...next], [], { rowRules: true });
    const texts = (g: (typeof grids)[number] | undefined): string[][] => (g?.rows ?? []).map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(' ')));
    expect(grids.map((g) => g.box.x1)).toEqual([553.4, 538.3]);
    expect(texts(grids[1])).toEqual([
      ['Thema', 'Opgave', 'Actie', 'Stand van zaken / resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (tijd)'],
      ['', '', 'Onderzoeken of Telecomwet', 'De mogelijkheden', 'Nog te', 'EZK'],
    ]);
    // (With no rules of its own under them, text under the last rule in its columns is the row the page cut.)
    const cut = findGrids(rules.slice(0, 12), [...row, at('Bevorderen van', 125.7, 176), at('Het publiceren', 208.6, 176)], [], { rowRules: true });
    expect(cut.grids[0]?.openBottom).toBe(true);
  });

  it('leaves a heading in larger type right under a table, in its first column, to the page: it is no row the page cut', () => {
    // A table in 6 pt type, the next appendix's heading in 13 pt 6 pt under its last rule, and the
    // next table under that.
    const small = (text: string, x: number, y: number, extra: Partial<TextRun> = {}) => run(text, x, y, { size: 6, width: text.length * 3, ...extra });
    const rules = [...line(300, [0, 150, 300]), ...line(270, [0, 150, 300]), ...line(220, [0, 100, 300]), ...line(190, [0, 100, 300])];
    const runs = [
      ...[small('Opgave', 3, 303, { bold: true }), small('Actie', 153, 303, { bold: true }), small('Bevorderen van innovatie', 3, 285), small('EZK', 153, 285)],
      run('Bijlage 2 Stand van zaken', 3, 255, { size: 13, bold: true, width: 150 }),
      ...[small('Thema', 3, 223, { bold: true }), small('Acties zoals in NDS', 103, 223, { bold: true }), small('Data', 3, 205), small('23) Het plan', 103, 205)],
    ];
    const { grids, rest } = findGrids(rules, runs);
    expect(grids.map((g) => g.openBottom)).toEqual([false, false]);
    expect(rest.map((r) => r.text)).toEqual(['Bijlage 2 Stand van zaken']);
  });

  it('leaves tables ruled only under their headers to be read by alignment (their rows are not one row under the rule); a rule under every row still makes a grid', () => {
    // WeasyPrint `th { border-bottom }`: two tables on a page, each with its header rule only.
    const header = (y: number) => textLine(y, [["Thema's & ambitie", 5], ['Acties zoals in NDS', 105], ['Wie (Tijd)', 205]], { bold: true });
    const runs = [
      ...header(288),
      ...textLine(265, [['Een flexibel energiesysteem', 5], ['7) We zoeken naar manieren', 105], ['EZK (Doorlopend)', 205]], { width: 80 }),
      ...textLine(240, [['', 5], ['8) ICT als sleuteltechnologie', 105], ['EZK (Doorlopend)', 205]], { width: 80 }),
      ...header(158),
      ...textLine(135, [['Grensverleggend onderzoek', 5], ['9) We zoeken de verbinding', 105], ['OCW/ EZK (Doorlopend)', 205]], { width: 80 }),
      run('tussen de agenda’s', 105, 123, { width: 80 }),
    ];
    const headerRules = [...line(280, [0, 100, 200, 300]), ...line(150, [0, 100, 200, 300])];
    const unruled = findGrids(headerRules, runs);
    expect(unruled.grids).toEqual([]);
    expect(unruled.rest).toHaveLength(runs.length);
    // wkhtmltopdf draws the header's rule of a table the page break cut again at the top of the
    // next page, under nothing: it goes with the header rules (made into a grid with them, the
    // rows under it down to the next header would be one).
    const cut = textLine(320, [['', 5], ['de rest van een rij', 105], ['BZK', 205]], { width: 80 });
    expect(findGrids([...line(330, [0, 100, 200, 300]), ...headerRules], [...cut, ...runs]).grids).toEqual([]);
    const ruled = findGrids([...headerRules, ...line(255, [0, 100, 200, 300]), ...line(230, [0, 100, 200, 300]), ...line(115, [0, 100, 200, 300])], runs);
    expect(ruled.grids.flatMap((g) => g.rows.map((r) => r.cells[1]?.runs.map((x) => x.text).join(' ')))).toEqual([
      'Acties zoals in NDS',
      '7) We zoeken naar manieren',
      '8) ICT als sleuteltechnologie',
      'Acties zoals in NDS',
      '9) We zoeken de verbinding tussen de agenda’s',
    ]);
  });

  it('leaves a table framed by rules over and under it, and ruled under its header (booktabs), to be read by alignment', () => {
    const runs = [
      run('Bijlage 1', 5, 350, { bold: true, size: 12 }),
      ...textLine(318, [["Thema's & ambitie", 5], ['Acties zoals in NDS', 105], ['Wie (Tijd)', 205]], { bold: true }),
      ...textLine(295, [['Een flexibel energiesysteem', 5], ['7) We zoeken naar manieren', 105], ['EZK (Doorlopend)', 205]], { width: 80 }),
      ...textLine(283, [['', 5], ['om netten te benutten.', 105]], { width: 80 }),
      ...textLine(265, [['', 5], ['8) ICT als sleuteltechnologie', 105], ['EZK (Doorlopend)', 205]], { width: 80 }),
      run('Het kabinet zet in op digitale inclusie.', 5, 215, { width: 290 }),
    ];
    const frame = [...line(330, [0, 100, 200, 300]), ...line(310, [0, 100, 200, 300]), ...line(255, [0, 100, 200, 300])];
    const toBox = (r: { x0: number; x1: number; y0: number; y1: number }) => ({ x0: r.x0, x1: r.x1, y0: r.y0, y1: r.y1 });
    // Neither the top border nor the bottom one parts rows: the document counts one header rule.
    expect(ruleCounts(frame.map(toBox), runs)).toEqual({ header: 1, row: 0 });
    // A rule between two rows does.
    expect(ruleCounts([...frame, ...line(276, [0, 100, 200, 300])].map(toBox), runs)).toEqual({ header: 1, row: 1 });
    expect(findGrids(frame, runs).grids).toEqual([]);
    // Ruled under its rows too (two rules under rows at least): a grid.
    expect(findGrids([...frame, ...line(276, [0, 100, 200, 300])], runs).grids[0]?.rows.map((r) => r.cells[1]?.runs.map((x) => x.text).join(' '))).toEqual([
      'Acties zoals in NDS',
      '7) We zoeken naar manieren om netten te benutten.',
      '8) ICT als sleuteltechnologie',
    ]);
  });

  it('leaves a framed table ruled under its header to be read by alignment however far apart its one-line rows stand (cells padded wide)', () => {
    // Measured shape (Chromium, Letter landscape, Lato, `table { border-top; border-bottom }`, `th {
    // border-bottom }`, `td { padding: 5pt }`, line-height 1.6): a budget table alone on its page,
    // 7.2 pt type, its one-line rows 21.7 pt apart, a little over three sizes.
    const cols = [45.75, 369, 444, 519.75];
    const small = { size: 7.2, width: 40 };
    const rows = [['PPS-toeslag', '137', '170'], ['Internationaal innoveren', '41', '41'], ['Innovatiekrediet', '55', '56'], ['Totaal', '1.563', '1.607']];
    const runs = [
      ...textLine(551.3, [['(x € 1 mln) Stand Voorjaarsnota 2020', 51.7], ['2020', 375], ['2021', 450]], { ...small, bold: true }),
      ...rows.flatMap((row, k) => textLine(529.1 - k * 21.7, [[row[0] as string, 51.7], [row[1] as string, 375], [row[2] as string, 450]], small)),
    ];
    const frame = [...line(563.6, cols), ...line(541.9, cols), ...line(455, cols)];
    const toBox = (r: { x0: number; x1: number; y0: number; y1: number }) => ({ x0: r.x0, x1: r.x1, y0: r.y0, y1: r.y1 });
    // The rule under the labels is a header's (rows under it down to the bottom border), not the
    // rule over one row that a page cut; the rules go aside and the rows stay apart.
    expect(ruleCounts(frame.map(toBox), runs)).toEqual({ header: 1, row: 0 });
    const read = findGrids(frame, runs);
    expect(read.grids).toEqual([]);
    expect(read.rest.filter((r) => r.x === 51.7).map((r) => r.text)).toEqual(['(x € 1 mln) Stand Voorjaarsnota 2020', 'PPS-toeslag', 'Internationaal innoveren', 'Innovatiekrediet', 'Totaal']);
    // (One row under the header down to the bottom border is one row either way: read as ruled, as before.)
    const one = runs.filter((r) => r.y > 520);
    expect(ruleCounts([...line(563.6, cols), ...line(541.9, cols), ...line(520, cols)].map(toBox), one)).toEqual({ header: 0, row: 0 });
  });

  it('leaves two framed tables on a page to be read by alignment when a caption stands right over the second one\'s top border (WeasyPrint, `Tabel 1: …`)', () => {
    // Measured shape (WeasyPrint, `table { border-top; border-bottom }`, `th { border-bottom }`,
    // A4): the end of one table (its header repeated at the top of the page, its bottom border),
    // prose, a caption 4 pt over the next table's top border, its header rule, two rows at the
    // page's foot with no rule under them.
    const cols = [0, 100, 200, 300];
    const runs = [
      ...textLine(700, [['Thema', 5], ['Actie', 105], ['Wie (tijd)', 205]], { bold: true }),
      ...textLine(680, [['', 5], ['Het voeren van gesprekken', 105], ['EZK (Q2)', 205]], { width: 80 }),
      ...textLine(650, [['', 5], ['Op basis van een evaluatie', 105], ['', 205]], { width: 80 }),
      run('De Tweede Kamer heeft gevraagd om te rapporteren over de middelen.', 5, 560, { width: 290 }),
      run('Tabel 1: Generieke investeringen', 5, 500, { width: 130 }),
      ...textLine(480, [['(x € 1 mln)', 5], ['2020', 105], ['2021', 205]], { bold: true }),
      ...textLine(460, [['PPS-toeslag', 5], ['137', 105], ['170', 205]], { width: 40 }),
      ...textLine(445, [['Internationaal innoveren', 5], ['41', 105], ['41', 205]], { width: 80 }),
    ];
    const rules = [...line(710, cols), ...line(692, cols), ...line(640, cols), ...line(495, cols), ...line(473, cols)];
    const read = findGrids(rules, runs);
    expect(read.grids).toEqual([]);
    expect(read.rest.filter((r) => r.y === 445).map((r) => r.text)).toEqual(['Internationaal innoveren', '41', '41']);
    // (Text over that rule that is no bold header's, a row of a table ruled under its rows, still
    // makes the rules a grid's.)
    const rowsRuled = findGrids([...rules, ...line(668, cols)], runs);
    expect(rowsRuled.grids.length).toBeGreaterThan(0);
  });

  it('leaves two framed tables on a page to be read by alignment when a footnote stands between them, right over the second one\'s top border (WeasyPrint)', () => {
    // Measured shape (WeasyPrint, A4, `table { border-top; border-bottom }`, `th { border-bottom }`):
    // a table the page break carried over (its header repeated, its bottom border), the note its
    // last row calls (`⁶⁵ Kamerstuk …`, 3 pt over the next rule), then the next table's top border,
    // header rule and rows.
    const cols = [0, 100, 200, 300];
    const table = (top: number) => [
      ...textLine(top - 10, [['Thema', 5], ['Actie', 105], ['Wie (tijd)', 205]], { bold: true }),
      ...textLine(top - 30, [['', 5], ['Het voeren van gesprekken', 105], ['EZK (Q2)', 205]], { width: 80 }),
      ...textLine(top - 60, [['', 5], ['Op basis van een evaluatie', 105], ['', 205]], { width: 80 }),
    ];
    const frame = (top: number) => [...line(top, cols), ...line(top - 18, cols), ...line(top - 70, cols)];
    const note = [run('65', 5, 606, { size: 5.4, width: 5 }), run('Kamerstuk 24 095, nr. 452', 11, 603, { size: 7, width: 80 })];
    const runs = [...table(710), ...note, ...table(600)];
    const read = findGrids([...frame(710), ...frame(600)], runs);
    expect(read.grids).toEqual([]);
    expect(read.rest.filter((r) => r.y === 540).map((r) => r.text)).toEqual(['', 'Op basis van een evaluatie', '']);
    // (A line of a row there, no note, is that row's: the rule under it closes a row of the table above.)
    const row = textLine(603, [['', 5], ['Gesprekken met gemeenten', 105], ['EZK (2020)', 205]], { width: 80 });
    expect(findGrids([...frame(710), ...frame(600)], [...table(710), ...row, ...table(600)]).grids.length).toBeGreaterThan(0);
  });

  it('takes a rule under labels wrapped onto five lines (hyphenated in a narrow column: `Ac-` / `ties` / `zoals` / `in` / `NDS`) for a header rule', () => {
    const cols = [0, 60, 200, 300, 400, 460];
    const labels = [
      ...textLine(700, [['Thema\'s &', 5], ['Ac-', 65], ['Stand van zaken/ resultaten', 205], ['Wat gaan we doen?', 305], ['Wie (Tijd)', 405]], { bold: true }),
      ...textLine(690, [['ambitie', 5], ['ties', 65]], { bold: true }),
      ...textLine(680, [['zoals', 65]], { bold: true }),
      ...textLine(670, [['in', 65]], { bold: true }),
      ...textLine(660, [['NDS', 65]], { bold: true }),
    ];
    const rows = [...textLine(640, [['', 5], ['12) We initiëren een agenda.', 65], ['Met een analyse.', 205], ['Een pilot.', 305], ['EZK', 405]], { width: 80 }), ...textLine(622, [['', 5], ['13) Er komt een loket.', 65], ['Het loket is open.', 205], ['Uitbreiden.', 305], ['EZK', 405]], { width: 80 })];
    const read = findGrids([...line(710, cols), ...line(652, cols), ...line(590, cols)], [...labels, ...rows]);
    expect(read.grids).toEqual([]);
    expect(read.rest.filter((r) => r.y === 640).map((r) => r.text)).toEqual(['', '12) We initiëren een agenda.', 'Met een analyse.', 'Een pilot.', 'EZK']);
  });

  it('reads the lines inside a frame of two rules with no column rule (a contents list: number, title, page) as the page’s, not as one row', () => {
    const entries: [string, string, string][] = [['1', 'Inleiding', '5'], ['2', 'Nederlandse Digitaliseringsstrategie', '11'], ['2.1', 'Prioriteiten', '11'], ['3', 'Vooruitblik', '47']];
    const runs = entries.flatMap(([n, title, p], k) => textLine(690 - k * 12, [[n, 65], [title, 90], [p, 506]], { width: 20 }));
    const frame = [...line(700, [63, 85, 504, 533]), ...line(640, [63, 85, 504, 533])];
    const read = findGrids(frame, runs);
    expect(read.grids).toEqual([]);
    expect(read.rest.filter((r) => r.y === 678).map((r) => r.text)).toEqual(['2', 'Nederlandse Digitaliseringsstrategie', '11']);
    // In a document that rules its rows, the same is one tall row the page cut.
    expect(findGrids(frame, runs, [], { rowRules: true }).grids[0]?.rows).toHaveLength(1);
    // A rule under the list's last line alone (a table's bottom border) takes no line above it either.
    const bottom = line(640, [63, 85, 504, 533]);
    const last = textLine(650, [['3', 65], ['Vooruitblik', 90], ['47', 506]], { width: 20 });
    expect(findGrids(bottom, last).grids).toEqual([]);
    expect(findGrids(bottom, last, [], { rowRules: true }).grids[0]?.rows[0]?.cells[1]?.runs.map((r) => r.text)).toEqual(['Vooruitblik']);
  });

  it('leaves a page of more rule lines than any table draws as it is (a pattern): its text is not looked at for each', () => {
    // 600 rules drawn cell by cell, each under a line of labels.
    const rules = Array.from({ length: 600 }, (_, k) => line(800 - k * 1.3, [0, 100, 200, 300])).flat();
    const runs = Array.from({ length: 600 }, (_, k) => textLine(800.5 - k * 1.3, [['Thema', 5], ['Actie', 105], ['Wie', 205]], { size: 0.8, width: 4 })).flat();
    const toBox = (r: { x0: number; x1: number; y0: number; y1: number }) => ({ x0: r.x0, x1: r.x1, y0: r.y0, y1: r.y1 });
    expect(ruleCounts(rules.map(toBox), runs)).toEqual({ header: 0, row: 0 });
    // A page of a few such rules is read for them.
    expect(ruleCounts(rules.slice(0, 6).map(toBox), runs.slice(0, 6)).header).toBeGreaterThan(0);
  });

  it('leaves the rest of a header the page break cut (bold, at the top of the page) over a header rule to be read by alignment too', () => {
    // wkhtmltopdf: `Thema's &` / `Wie` at the foot of one page, `ambitie` / `(Tijd)` and its rule at the top of the next.
    const runs = [
      ...textLine(300, [['ambitie', 5], ['(Tijd)', 205]], { bold: true }),
      ...textLine(270, [['Goede', 5], ['40) Een consument moet weten', 105], ['EZK', 205]], { width: 80 }),
      ...textLine(258, [['', 5], ['wie als aanbieder optreedt.', 105]], { width: 80 }),
      ...textLine(236, [['', 5], ['41) Het kabinet wil dat', 105], ['EZK', 205]], { width: 80 }),
    ];
    const rule = line(292, [0, 100, 200, 300]);
    expect(findGrids(rule, runs).grids).toEqual([]);
    // Text above it on the page (a paragraph, a heading): a table of its own, ruled as it was.
    expect(findGrids(rule, [run('Het kabinet zet in op digitale inclusie.', 5, 330), ...runs]).grids).toHaveLength(1);
    // A budget table at the top of a page, ruled under every row, a bold total under the header:
    // ruled as it is (a bold line over a later rule is a row, not a header's rest).
    const budget = [
      ...textLine(300, [['(x € 1 mln)', 5], ['2020', 105], ['2021', 205]], { bold: true }),
      ...textLine(280, [['Totaal', 5], ['1.563', 105], ['1.607', 205]], { bold: true }),
      ...textLine(260, [['PPS-toeslag', 5], ['137', 105], ['170', 205]]),
      run('* waaronder digitale innovatie, niet specifiek', 5, 235),
      run('gelabeld', 5, 224),
    ];
    expect(findGrids([...rule, ...line(272, [0, 100, 200, 300]), ...line(252, [0, 100, 200, 300])], budget).grids[0]?.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(' ')))).toEqual([
      ['(x € 1 mln)', '2020', '2021'],
      ['Totaal', '1.563', '1.607'],
      ['PPS-toeslag', '137', '170'],
    ]);
  });

  it('takes labels centred in their cells above the first rule of a table ruled under its rows as its header row', () => {
    // Chromium `th { text-align: center }`: each label starts 20–40 pt inside its column, one on two lines.
    const runs = [
      // (A caption right above the labels opens at the table's margin: it is no row.)
      run('Tabel 3: Acties en wie ze trekt', 0, 304),
      ...textLine(290, [['Thema', 35], ['Stand van zaken /', 115], ['Wie (tijd)', 228]], { bold: true, width: 40 }),
      run('resultaten', 125, 282, { bold: true, width: 40 }),
      ...textLine(265, [['Digitaal', 5], ['Is gepubliceerd.', 105], ['EZK (Q2)', 205]], { width: 80 }),
    ];
    // (In a document whose tables are ruled under their rows: in one ruled under its headers, a
    // header rule and one rule under it are the header's rule and the table's bottom border.)
    const { grids, rest } = findGrids([...line(278, [0, 100, 200, 300]), ...line(250, [0, 100, 200, 300])], runs, [], { rowRules: true });
    expect(grids[0]?.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(' ')))).toEqual([
      ['Thema', 'Stand van zaken / resultaten', 'Wie (tijd)'],
      ['Digitaal', 'Is gepubliceerd.', 'EZK (Q2)'],
    ]);
    expect(rest.map((r) => r.text)).toEqual(['Tabel 3: Acties en wie ze trekt']);
  });

  it('takes the last row of a table ruled above its rows when its first line stands in the columns, however far the padding sets it down', () => {
    const rules = [...line(300, [0, 100, 200, 300]), ...line(280, [0, 100, 200, 300])];
    const header = textLine(288, [['Domein & ambitie', 5], ['Acties zoals in NDS', 105], ['Wie (Tijd)', 205]], { bold: true });
    // 8 pt under the rule (generous cell padding): in three columns, a row; across them, a paragraph.
    const row = [...textLine(262, [['Een flexibel energiesysteem', 5], ['7) We zoeken naar manieren', 105], ['EZK (Doorlopend)', 205]], { width: 80 }), run('om netten te benutten.', 105, 250, { width: 80 })];
    // (A document whose tables are ruled above their rows.)
    const { grids, rest } = findGrids(rules, [...header, ...row], [], { rowRules: true });
    expect(grids[0]?.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(' ')))).toEqual([
      ['Domein & ambitie', 'Acties zoals in NDS', 'Wie (Tijd)'],
      ['Een flexibel energiesysteem', '7) We zoeken naar manieren om netten te benutten.', 'EZK (Doorlopend)'],
    ]);
    expect(rest).toEqual([]);
    const paragraph = findGrids(rules, [...header, run('Het kabinet zet in op digitale inclusie en', 5, 262, { width: 290 })], [], { rowRules: true });
    expect(paragraph.rest.map((r) => r.text)).toEqual(['Het kabinet zet in op digitale inclusie en']);
  });

  it('gives the last row of a table ruled above its rows the columns of its own rules, not those of the table below, and a note set between them back to the page', () => {
    // Rules above the rows, drawn cell by cell: table A's columns meet at 100 and 200, table B's at 150 and 250.
    const rules = [...line(300, [0, 100, 200, 300]), ...line(280, [0, 100, 200, 300]), ...line(250, [0, 100, 200, 300]), ...line(180, [0, 150, 250, 300]), ...line(160, [0, 150, 250, 300])];
    const runs = [
      ...textLine(290, [['Thema', 5], ['Acties', 105], ['Wie (Tijd)', 205]], { bold: true }),
      ...textLine(270, [['Digitaal', 5], ['24) Het kabinet', 105], ['SZW', 205]]),
      run('25) In het', 105, 240),
      run('regeerakkoord', 105, 228),
      run('SZW (Doorlopend)', 205, 240),
      run('64', 5, 203, { size: 6, width: 6 }),
      run('Zie verder SAPAI voor een overzicht van alle acties.', 12, 200, { size: 8, width: 270 }),
      ...textLine(170, [['Thema', 5], ['Opgave', 155], ['Wie (Tijd)', 255]], { bold: true }),
      ...textLine(150, [['Digitaal', 5], ['Bevorderen', 155], ['EZK', 255]]),
    ];
    const { grids, rest } = findGrids(rules, runs);
    const texts = (g: (typeof grids)[number] | undefined) => g?.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(' ')));
    expect(texts(grids[0])).toEqual([
      ['Thema', 'Acties', 'Wie (Tijd)'],
      ['Digitaal', '24) Het kabinet', 'SZW'],
      ['', '25) In het regeerakkoord', 'SZW (Doorlopend)'],
    ]);
    expect(grids[0]?.rows[2]?.cells.map((c) => c.box.x0)).toEqual([0, 100, 200]);
    expect(rest.map((r) => r.text)).toEqual(['64', 'Zie verder SAPAI voor een overzicht van alle acties.']);
    expect(texts(grids[1])?.[0]).toEqual(['Thema', 'Opgave', 'Wie (Tijd)']);
  });

  it('gives a footnote right under the last row of a table ruled above its rows, opening at the table\'s edge, back to the page however close it stands', () => {
    // wkhtmltopdf, landscape, `border-top` on every cell, p. 38 measured: table A's last row, the
    // footnote 10 pt under its last line (less than one and a half of the row's line pitch), then
    // table B's header rule at other columns.
    const at = (text: string, x: number, y: number, width: number, extra: Partial<TextRun> = {}): TextRun => run(text, x, y, { size: 6.91, width, ...extra });
    const a = [14.4, 81.2, 130.8, 411.9, 643.6, 777.8, 827.4];
    const b = [14.4, 46.1, 155.5, 428.6, 652.8, 777.8, 827.4];
    const rules = [...line(561, a), ...line(540.9, a), ...line(479.2, b), ...line(457.9, b)];
    const row = [
      at('de behoeften.', 659.1, 545.5, 42.3),
      at('Project van BZK, i.s.m. I&W en EZK om te kijken hoe het gebruik van de ondergrond', 135.5, 532.2, 258.4),
      ...['Op 17 april jl. is het Programma Integrale Ketensamenwerking in de', 'Ondergrond publiekelijk gelanceerd. Dit wordt getrokken door het', 'wordt gesteund door de VNG, IenW en BZK.'].map((t, k) => at(t, 416.5, 532.2 - k * 16.1, 200)),
      at('Allen', 782.5, 532.2, 15.4),
    ];
    const labels = [at('Thema', 19, 470.6, 22.3, { bold: true }), at('Opgave', 50.5, 470.6, 25.4, { bold: true }), at('Wie (tijd)', 782.5, 470.6, 29.1, { bold: true })];
    const note = (x: number) => [at('65', x, 489.6, 7.7), at('Kamerstuk 24 095, nr. 452', x + 10, 486.1, 101.7, { size: 8.64 })];
    const firstCell = (runs: TextRun[]) => {
      const { grids, rest } = findGrids(rules, [...row, ...runs, ...labels]);
      return { cell: grids[0]?.rows.at(-1)?.cells[0]?.runs.map((r) => r.text).join(' '), rest: rest.map((r) => r.text) };
    };
    expect(firstCell(note(14.4))).toEqual({ cell: '', rest: ['65', 'Kamerstuk 24 095, nr. 452'] });
    // (The same lines set inside the cell's padding are the row's own.)
    expect(firstCell(note(18.4))).toEqual({ cell: '65 Kamerstuk 24 095, nr. 452', rest: [] });
  });

  it('leaves the rest of another table\'s row over a table\'s first rule to the page when its lines run across this table\'s columns', () => {
    // wkhtmltopdf, landscape, `border-top` on every cell, p. 37 measured: the top of the page holds
    // the rest of a row of the table on the page before (its columns start at 140, 212, 474 and
    // 778), then the header rule of a table whose columns meet at 107, 142, 278, 659 and 798.
    const at = (text: string, x: number, y: number, width: number, extra: Partial<TextRun> = {}): TextRun => run(text, x, y, { size: 6.91, width, ...extra });
    const columns = [14.4, 107.1, 141.7, 277.7, 659.1, 798, 827.4];
    const rules = [...line(550.1, columns), ...line(528.8, columns), ...line(500, columns)];
    const table = [
      ...[['Thema', 19, 22.3], ['Opgave', 111.9, 25.4], ['Actie', 146.5, 16.9], ['Stand van zaken / resultaten (t/m Q2 2020)', 282.1, 138.2], ['Wie', 802.8, 12.3]].map(([t, x, w]) => at(t as string, x as number, 541.5, w as number, { bold: true })),
      at('Frequentiebanden met een omroep-', 146.5, 520.1, 110.6),
      at('De Nota omroepdistributie wordt uitgesteld.', 282.1, 520.1, 140),
    ];
    const carried = [
      at('frequentieruimte', 144.6, 578.9, 49.9), at('realiseren voor', 144.6, 570.8, 45.7),
      at('waaronder bedrijfsspecifieke toepassingen.', 227.2, 578.9, 132.5), at('Binnen de 2300 MHz-band is vooralsnog geen ruimte geïdentificeerd.', 227.2, 570.8, 212.4),
      at('te monitoren.', 489.1, 578.9, 40.3), at('EZK en AT bezien de beschikbaarheid van aanvullende frequentieruimte voor lokaal gebruik', 489.1, 570.8, 281.9),
      at('(Doorlopend)', 782.5, 578.9, 40.3),
      at('bedrijfsspecifieke', 144.6, 562.8, 53), at('toepassingen.', 144.6, 554.7, 43), at('voor bedrijfsspecifieke toepassingen.', 489.1, 562.8, 113.3), at('EZK', 782.5, 570.8, 13.4),
    ];
    const { grids, rest } = findGrids(rules, [...carried, ...table]);
    expect(grids[0]?.rows[0]?.cells.map((c) => c.runs.map((r) => r.text).join(' '))).toEqual(['Thema', 'Opgave', 'Actie', 'Stand van zaken / resultaten (t/m Q2 2020)', '', 'Wie']);
    expect(rest).toHaveLength(carried.length);
    // (Lines that stand in its columns are the rest of its own first row, the page cut.)
    // (A run of spaces across the columns, a leader a producer drew as one, says nothing.)
    const own = [at('frequentieruimte', 144.6, 554.7, 49.9), at(' ', 160, 554.7, 600), at('waaronder bedrijfsspecifieke', 281.1, 554.7, 132.5), at('(Doorlopend)', 802.5, 554.7, 40.3)];
    const cut = findGrids(rules, [...own, ...table]);
    expect(cut.grids[0]?.rows[0]?.cells.map((c) => c.runs.map((r) => r.text).join(' ').trim())).toEqual(['', '', 'frequentieruimte', 'waaronder bedrijfsspecifieke', '', '(Doorlopend)']);
    expect(cut.rest).toEqual([]);
  });

  it('tells whose columns a last row has by how close inside them its texts start, when they start inside both', () => {
    // Table A's columns meet at 100 and 200, table B's (below) at 95 and 190: texts at 3 pt inside A's.
    const rules = [...line(300, [0, 100, 200, 300]), ...line(250, [0, 100, 200, 300]), ...line(180, [0, 95, 190, 300]), ...line(160, [0, 95, 190, 300])];
    const runs = [
      ...textLine(290, [['Thema', 3], ['Acties', 103], ['Wie (Tijd)', 203]], { bold: true }),
      ...textLine(220, [['Digitaal', 3], ['25) In het', 103], ['SZW', 203]]),
      ...textLine(170, [['Thema', 3], ['Opgave', 98], ['Wie (Tijd)', 193]], { bold: true }),
    ];
    const { grids } = findGrids(rules, runs);
    expect(grids[0]?.rows[1]?.cells.map((c) => c.box.x0)).toEqual([0, 100, 200]);
  });

  it('keeps the header of a lower table in its own columns when its rules stand under its rows (labels centred)', () => {
    // Rules under rows; table A's columns meet at 100 and 200, table B's at 150 and 250; B's header
    // labels, centred in their cells, happen to start just inside A's columns.
    const rules = [...line(300, [0, 100, 200, 300]), ...line(260, [0, 100, 200, 300]), ...line(230, [0, 150, 250, 300]), ...line(200, [0, 150, 250, 300])];
    const runs = [
      ...textLine(280, [['Digitaal', 3], ['24) Het kabinet', 103], ['SZW', 203]]),
      run('Thema', 3, 240, { bold: true, width: 25 }),
      run('Acties', 104, 240, { bold: true, width: 30 }),
      run('Wie (Tijd)', 204, 240, { bold: true, width: 40 }),
      ...textLine(210, [['Digitaal', 3], ['25) In het', 153], ['SZW', 253]]),
    ];
    const { grids } = findGrids(rules, runs);
    const header = grids.flatMap((g) => g.rows).find((r) => r.cells.some((c) => c.runs.some((x) => x.text === 'Acties')));
    expect(header?.cells.map((c) => c.box.x0)).toEqual([0, 150, 250]);
  });

  it('marks a row that the page end cut (no bottom rule) as open', () => {
    const rules = [h(300, 0, 200), h(280, 0, 200), v(0, 200, 300), v(100, 200, 300), v(200, 200, 300)];
    const { grids } = findGrids(rules, [run('x', 5, 250)]);
    expect(grids[0]?.openBottom).toBe(true);
    expect(grids[0]?.rows).toHaveLength(2);
  });

  // Vertical rules drawn cell by cell, no rule between rows: one segment per cell side.
  const sides = (xs: number[], ys: number[]) => xs.flatMap((x) => ys.slice(1).map((y, k) => v(x, y, ys[k] as number)));

  it('parts rows where the vertical rules drawn cell by cell meet, when no rule is drawn between rows', () => {
    // A header ruled under it, then two rows whose cells draw only their sides (meeting at y 240).
    const rules = [h(280, 0, 300), ...sides([0, 100, 300], [300, 280, 240, 200])];
    const runs = [
      ...textLine(288, [["Thema's & ambitie", 3], ['Acties zoals in NDS', 103]], { bold: true }),
      ...textLine(268, [['Digitale overheid', 3], ['23) Het plan van aanpak', 103]]),
      run('wordt uitgevoerd', 103, 256),
      ...textLine(228, [['', 3], ['24) Er komt een loket', 103]]),
    ];
    const { grids } = findGrids(rules, runs);
    expect(grids.map((g) => g.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(' ').trim())))).toEqual([
      [
        ["Thema's & ambitie", 'Acties zoals in NDS'],
        ['Digitale overheid', '23) Het plan van aanpak wordt uitgevoerd'],
        ['', '24) Er komt een loket'],
      ],
    ]);
    // Sides drawn in one piece from top to bottom say nothing of the rows: one body row.
    const whole = findGrids([h(280, 0, 300), v(0, 200, 300), v(100, 200, 300), v(300, 200, 300)], runs);
    expect(whole.grids[0]?.rows).toHaveLength(2);
  });

  it('takes the first column into a table ruled between its columns but not at its outer sides', () => {
    // Each cell draws its right and bottom border: no rule at the table's left edge (x 0).
    const rules = [h(280, 0, 300), h(240, 0, 300), v(100, 240, 300), v(200, 240, 300), v(300, 240, 300)];
    const runs = [...textLine(288, [["Thema's & ambitie", 3], ['Acties zoals in NDS', 103], ['Wie (Tijd)', 203]], { bold: true }), ...textLine(268, [['Digitale overheid', 3], ['23) Het plan', 103], ['BZK', 203]])];
    const { grids, rest } = findGrids(rules, runs);
    expect(grids.map((g) => g.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(' '))))).toEqual([
      [
        ["Thema's & ambitie", 'Acties zoals in NDS', 'Wie (Tijd)'],
        ['Digitale overheid', '23) Het plan', 'BZK'],
      ],
    ]);
    expect(rest).toEqual([]);
    // One rule under the header that reaches out as far will do (the rows below it cut by the page).
    const one = findGrids([h(280, 0, 300), v(100, 200, 300), v(200, 200, 300), v(300, 200, 300)], runs);
    expect(one.grids[0]?.rows[0]?.cells.map((c) => c.box.x0)).toEqual([0, 100, 200]);
  });

  it('takes the outer columns into a table ruled only between its columns, by the text beside its outermost rules', () => {
    // `td + td { border-left }`: rules at 100 and 200 only, drawn cell by cell (rows meet at 280 and
    // 240); no rule under any row, none at the table's sides.
    const rules = sides([100, 200], [300, 280, 240, 200]);
    const runs = [
      ...textLine(288, [["Thema's & ambitie", 3], ['Acties', 103], ['Wie (Tijd)', 203]], { bold: true }),
      ...textLine(268, [['Digitale overheid', 3], ['23) Het plan', 103], ['BZK', 203]]),
      run('(Doorlopend)', 203, 256),
      ...textLine(228, [['Data', 3], ['24) Er komt', 103], ['EZK', 203]]),
    ];
    const cells = (g: ReturnType<typeof findGrids>) => g.grids.map((t) => t.rows.map((r) => r.cells.map((c) => c.runs.map((x) => x.text).join(' '))));
    expect(cells(findGrids(rules, runs))).toEqual([
      [
        ["Thema's & ambitie", 'Acties', 'Wie (Tijd)'],
        ['Digitale overheid', '23) Het plan', 'BZK (Doorlopend)'],
        ['Data', '24) Er komt', 'EZK'],
      ],
    ]);
    // Row labels far shorter than their column (a year table's): they stand on the rows' baselines.
    const figures = [...textLine(288, [['2020', 103], ['2021', 203]], { bold: true }), ...textLine(268, [['MIT', 3], ['31', 103], ['41', 203]]), ...textLine(228, [['WBSO', 3], ['1.281', 103], ['1.281', 203]])];
    expect(cells(findGrids(rules, figures))).toEqual([
      [
        ['', '2020', '2021'],
        ['MIT', '31', '41'],
        ['WBSO', '1.281', '1.281'],
      ],
    ]);
    // Text beside the rules that is not the table's stays the page's: a note in the margin on other
    // baselines, far from the rule; a line that runs over the rule (no column edge there).
    const note = [...textLine(288, [['Acties', 103], ['Wie (Tijd)', 203]], { bold: true }), run('zie', 3, 262), run('ook', 3, 250), ...textLine(228, [['24) Er komt', 103], ['EZK', 203]])];
    const read = findGrids(rules, note);
    expect(read.grids[0]?.rows[0]?.cells.map((c) => c.box.x0)).toEqual([100, 200]);
    expect(read.rest.map((r) => r.text)).toEqual(['zie', 'ook']);
    // Nor is text in a box of its own beside the rule (cells drawn apart, `border-spacing`).
    const boxed = findGrids([...rules, v(0, 200, 300), v(95, 200, 300)], runs);
    expect(boxed.grids[0]?.rows[0]?.cells.map((c) => c.box.x0)).toEqual([100, 200]);
    const over = findGrids(rules, [...runs, run('Een regel over de grens', 40, 248)]);
    expect(over.grids[0]?.rows[0]?.cells.map((c) => c.box.x0)).toEqual([100, 200]);
  });

  it('keeps two actions that share a row in one row where the producer draws the rows (zebra bands), and parts them where it does not', () => {
    const bold = { bold: true };
    const runs = [
      ...textLine(288, [["Thema's & ambitie", 3], ['Acties zoals in NDS', 103], ['Wie (Tijd)', 203]], bold),
      ...textLine(268, [['Digitale overheid', 3], ['26) Onderzoek.', 103], ['EZK', 203]]),
      ...textLine(242, [['Eerlijk', 3], ['27) Transparantie.', 103], ['EZK', 203]]),
      ...textLine(230, [['', 3], ['28) In gesprek.', 103], ['BZK', 203]]),
      ...textLine(204, [['Data', 3], ['29) Verkennen.', 103], ['EZK', 203]]),
    ];
    const page = (fills: PageData['fills']): PageData[] => [{ page: 1, width: 595, height: 842, runs, rules: line(280, [0, 100, 200, 300]), fills, links: [] }];
    // The first and third rows shaded: the unshaded band between them holds 27) and 28).
    const zebra = [
      { x0: 0, x1: 300, y0: 252, y1: 280, color: '#eeeeee' },
      { x0: 0, x1: 300, y0: 194, y1: 220, color: '#eeeeee' },
    ];
    expect(tableRows(layoutPages(page(zebra)))).toEqual([
      [
        ["Thema's & ambitie", 'Acties zoals in NDS', 'Wie (Tijd)'],
        ['Digitale overheid', '26) Onderzoek.', 'EZK'],
        ['Eerlijk', '27) Transparantie. 28) In gesprek.', 'EZK BZK'],
        ['Data', '29) Verkennen.', 'EZK'],
      ],
    ]);
    // No bands: each action number opens its row.
    expect(tableRows(layoutPages(page([])))[0]?.map((r) => r[1])).toEqual(['Acties zoals in NDS', '26) Onderzoek.', '27) Transparantie.', '28) In gesprek.', '29) Verkennen.']);
  });

  it('keeps a row the producer draws (zebra bands) whole where a cell of it starts lower than the others, with no action numbers', () => {
    // (wkhtmltopdf, US Letter, zebra rows, the 2022 edition's connectivity plan, measured 7.5 pt
    // apart: a plans or status cell set a line lower than the row's others opened a row of its own,
    // and every row under it took the text of the one above.)
    const bold = { bold: true };
    const runs = [
      ...textLine(288, [['Actie', 3], ['Stand van zaken', 103], ['Wat gaan we doen?', 203], ['Wie (tijd)', 303]], bold),
      ...textLine(268, [['Veiling frequenties', 3], ['Gepubliceerd.', 103], ['Veiling uitvoeren.', 203], ['EZK (Q2-Q3)', 303]]),
      ...textLine(244, [['Verdelen van de 26', 3], ['Consultatie afgerond.', 103], ['EZK (2020)', 303]]),
      ...textLine(238.3, [['Reacties verwerken.', 203]]),
      ...textLine(236.6, [['GHz-band.', 3]]),
      ...textLine(212, [['Voldoende', 3], ['EZK', 303]]),
      ...textLine(206.3, [['Ruimte vrijgemaakt.', 103]]),
      ...textLine(204.5, [['frequentieruimte.', 3]]),
    ];
    const page = (fills: PageData['fills']): PageData[] => [{ page: 1, width: 595, height: 842, runs, rules: line(280, [0, 100, 200, 300, 400]), fills, links: [] }];
    const zebra = [
      { x0: 0, x1: 400, y0: 252, y1: 280, color: '#eeeeee' },
      { x0: 0, x1: 400, y0: 196, y1: 224, color: '#eeeeee' },
    ];
    expect(tableRows(layoutPages(page(zebra)))).toEqual([
      [
        ['Actie', 'Stand van zaken', 'Wat gaan we doen?', 'Wie (tijd)'],
        ['Veiling frequenties', 'Gepubliceerd.', 'Veiling uitvoeren.', 'EZK (Q2-Q3)'],
        ['Verdelen van de 26 GHz-band.', 'Consultatie afgerond.', 'Reacties verwerken.', 'EZK (2020)'],
        ['Voldoende frequentieruimte.', 'Ruimte vrijgemaakt.', '', 'EZK'],
      ],
    ]);
  });

  it('keeps the first row under a header band whole where the band\'s edge parts it from the header (zebra rows, a row the page cut going on)', () => {
    // (WeasyPrint, the 2023 edition: a dark header band, the rest of action 10's row in the first
    // zebra band under it. Its first line goes on in lower case, the next opens `Small Business` and
    // `SBIR voor AI`: read as a row of its own, the first line alone joined the cut row.)
    const bold = { bold: true };
    const runs = [
      ...textLine(786, [["Thema's & ambitie", 3], ['Acties zoals in NDS', 103], ['Stand van zaken', 203], ['Wat gaan we doen?', 303]], bold),
      ...textLine(764.5, [['gebruik te maken van', 103], ['willen we werken aan', 203]]),
      ...textLine(755, [['Small Business', 103], ['verbreding van een', 203], ['SBIR voor AI.', 303]]),
      ...textLine(745.6, [['Research (SBIR).', 103], ['netwerk van partners.', 203]]),
      ...textLine(700, [['Data', 3], ['11) We bouwen.', 103], ['AI Eind 2020.', 203], ['Allen', 303]]),
    ];
    const fills = [
      { x0: 0, x1: 400, y0: 771.6, y1: 796.5, color: '#333333' },
      { x0: 0, x1: 400, y0: 720, y1: 771.6, color: '#f0f0f0' },
      { x0: 0, x1: 400, y0: 640, y1: 680, color: '#f0f0f0' },
    ];
    const page: PageData[] = [{ page: 1, width: 595, height: 842, runs, rules: [], fills, links: [] }];
    const rows = tableRows(layoutPages(page)).flat();
    expect(rows.slice(1)).toEqual([
      ['', 'gebruik te maken van Small Business Research (SBIR).', 'willen we werken aan verbreding van een netwerk van partners.', 'SBIR voor AI.'],
      ['Data', '11) We bouwen.', 'AI Eind 2020.', 'Allen'],
    ]);
  });

  it('gives the rows of a frame drawn row by row with no column rules to the table inside it, read by its alignment', () => {
    // WeasyPrint `table { border }`: the frame's sides drawn one segment per row, meeting at 240.
    const rules = [h(300, 0, 300), h(200, 0, 300), v(0, 240, 300), v(300, 240, 300), v(0, 200, 240), v(300, 200, 240)];
    const runs = [...textLine(288, [['Thema', 3], ['Acties zoals in NDS', 103]], { bold: true }), ...textLine(268, [['Data', 3], ['29) We verkennen.', 103]])];
    const { grids, rest, rowEdges } = findGrids(rules, runs);
    expect(grids).toEqual([]);
    expect(rest).toHaveLength(4);
    expect(rowEdges.map((e) => [e.x0, e.x1, (e.y0 + e.y1) / 2])).toEqual([[0, 300, 240]]);
    // A frame whose sides run in one piece shows no rows.
    expect(findGrids([h(300, 0, 300), h(200, 0, 300), v(0, 200, 300), v(300, 200, 300)], runs).rowEdges).toEqual([]);
  });

  it('parts the rows of a table ruled only under its header where its zebra bands begin and end', () => {
    const bold = { bold: true };
    const runs = [
      ...textLine(288, [["Thema's & ambitie", 3], ['Acties zoals in NDS', 103], ['Wie (Tijd)', 203]], bold),
      ...textLine(268, [['Digitale overheid', 3], ['3) Een agenda', 103], ['BZK', 203]]),
      run('voor de overheid', 103, 256),
      ...textLine(242, [['', 3], ['4) Een plan', 103], ['EZK', 203]]),
      run('van aanpak', 103, 230),
      ...textLine(216, [['', 3], ['5) Een brief', 103], ['OCW', 203]]),
    ];
    // A rule under the header drawn cell by cell; the first and third rows shaded.
    const shaded = [
      { x0: 0, x1: 300, y0: 252, y1: 280, color: '#eeeeee' },
      { x0: 0, x1: 300, y0: 204, y1: 226, color: '#eeeeee' },
    ];
    // (Read by alignment, not as a grid: the rule stands under the header only.)
    expect(findGrids(line(280, [0, 100, 200, 300]), runs, shaded).grids).toEqual([]);
    const blocks = layoutPages([{ page: 1, width: 595, height: 842, runs, rules: line(280, [0, 100, 200, 300]), fills: shaded, links: [] }]);
    expect(blocks.flatMap((b) => (b.kind === 'table' ? [b.rows.map((r) => r.cells.map((c) => c.text))] : []))).toEqual([
      [
        ["Thema's & ambitie", 'Acties zoals in NDS', 'Wie (Tijd)'],
        ['Digitale overheid', '3) Een agenda voor de overheid', 'BZK'],
        ['', '4) Een plan van aanpak', 'EZK'],
        ['', '5) Een brief', 'OCW'],
      ],
    ]);
  });

  it('reads a frame around text with no column rules inside it as no table: its text stays the page’s', () => {
    // A table's outer frame only (and a band under its header): no cell has a neighbour.
    const rules = [h(300, 0, 300), h(280, 0, 300), h(200, 0, 300), v(0, 200, 300), v(300, 200, 300)];
    const { grids, rest } = findGrids(rules, [run("Thema's & ambitie", 3, 288), run('Acties zoals in NDS', 103, 288), run('Digitale overheid', 3, 268)]);
    expect(grids).toEqual([]);
    expect(rest.map((r) => r.text)).toEqual(["Thema's & ambitie", 'Acties zoals in NDS', 'Digitale overheid']);
  });
});

describe('layoutPages', () => {
  it('drops a label set at one place half-way down every page (WeasyPrint, `position: fixed` in the margin), alone or on a line of the text, and nothing beside it', () => {
    // WeasyPrint, measured: the label upside down at x 23–208, baseline 605, on all 72 pages; on two
    // of three it runs into the line of text it stands beside.
    const label = 'Ministerie van Economische Zaken en Klimaat';
    const page = (n: number): PageData => {
      const body = proseLines(8).map((line, k) => run(line, 91, 640 - 14 * k - (n % 3) * 4, { width: 430 }));
      // (Page 4: a table's cell three points under the label's baseline, its text within the label's width.)
      const cell = n === 4 ? [run(`${n}) De actie van pagina ${n}.`, 91, 602, { width: 100 })] : [];
      return a4Page(n, [...body, ...cell, run(label, 23, 605, { width: 185, size: 9 })]);
    };
    const text = JSON.stringify(layoutPages([1, 2, 3, 4, 5, 6].map(page)));
    expect(text).not.toContain('Ministerie');
    expect(text).toContain('4) De actie van pagina 4.');
    expect(text.match(new RegExp(proseLines(8)[3] as string, 'g'))?.length).toBe(6);
  });

  it('searches no further for furniture off the pages\' edges in a document that repeats pages of text at one place (bounded): its text stays', () => {
    const lines = proseLines(60).map((t, k) => run(t.slice(0, 60), 56, 790 - 12 * k, { width: 300 }));
    const text = JSON.stringify(layoutPages([1, 2, 3, 4].map((n) => a4Page(n, lines))));
    expect(text.split((proseLines(30)[29] as string).slice(0, 60)).length - 1).toBe(4);
  });

  it('keeps a table\'s labels repeated at one place on every page, though no line of them names the columns (a header wrapped: `ambitie`, `in NDS`, `resultaten`)', () => {
    // (Mid-page: prose above the table and under it.)
    const page = (n: number): PageData =>
      a4Page(n, [
        ...proseLines(3).map((line, k) => run(line, 40, 780 - 14 * k, { width: 480 })),
        ...textLine(700, [['ambitie', 40], ['in NDS', 200], ['resultaten', 360]]),
        ...textLine(680, [[`Thema ${n}`, 40], [`${n}) Actie ${n}.`, 200], ['Afgerond.', 360]]),
        ...proseLines(6).slice(3).map((line, k) => run(line, 40, 600 - 14 * k, { width: 480 })),
      ]);
    const text = JSON.stringify(layoutPages([1, 2, 3, 4, 5].map(page)));
    expect(text.match(/resultaten/g)?.length).toBe(5);
    expect(text.match(/in NDS/g)?.length).toBe(5);
  });

  it('drops a running header that changes with the chapter (CSS string-set), and keeps the first lines of the text, which stand at one place too but say something new on every page', () => {
    // WeasyPrint, `string-set` in an @top-left box, measured: 8 pt at the top edge, the chapter's
    // title on each of its pages; each page's text starts at one baseline under it.
    const prose = proseLines(32);
    const chapter = (n: number): string => (n <= 3 ? 'Digitalisering van de samenleving' : n <= 6 ? 'Bijlage 1: acties per prioriteit' : 'Bijlage 2: connectiviteit');
    const page = (n: number): PageData =>
      a4Page(n, [
        run(chapter(n), 56, 806, { size: 8, width: 150 }),
        ...prose.slice(4 * (n - 1), 4 * n).map((line, k) => run(line, 56, 770 - 14 * k, { width: 430 })),
      ]);
    const text = JSON.stringify(layoutPages([1, 2, 3, 4, 5, 6, 7, 8].map(page)));
    expect(text).not.toContain('Digitalisering van de samenleving');
    expect(text).not.toContain('connectiviteit');
    for (const n of [1, 4, 8]) expect(text).toContain((prose[4 * (n - 1)] as string).slice(0, 40));
  });

  it('keeps a table header that a producer repeats at the top of every page: it is no running header', () => {
    const page = (n: number): PageData => ({
      page: n,
      width: 595,
      height: 842,
      runs: [
        run('Thema', 40, 800, { bold: true }),
        run('Acties zoals in NDS', 200, 800, { bold: true }),
        run('Digitale overheid', 40, 780),
        run(`${20 + n}) Het kabinet zet in op digitale inclusie.`, 200, 780),
        run('Nederlandse Digitaliseringsstrategie', 40, 30),
      ],
      rules: [],
      fills: [],
      links: [],
    });
    const blocks = layoutPages([1, 2, 3, 4].map(page));
    const text = JSON.stringify(blocks);
    // The running footer repeats on every page and goes; the header stays, on every page.
    expect(text).not.toContain('Nederlandse Digitaliseringsstrategie');
    expect(text.match(/Acties zoals in NDS/g)?.length).toBe(4);
  });

  it('keeps the lines of a repeated table header whose labels wrap downwards (top-aligned): they are no running header either', () => {
    // LibreOffice from pandoc's ODT, measured: `Domein &` / `ambitie`, `Stand van` / `zaken/resultaten`
    // / `(t/m Q2 2020)` at the top of every page the table runs over.
    const page = (n: number): PageData =>
      a4Page(n, [
        ...textLine(800, [['Domein &', 40], ['Acties zoals in', 150], ['Stand van', 260], ['Wie (Tijd)', 420]], { bold: true }),
        ...textLine(788, [['ambitie', 40], ['NDS', 150], ['zaken/resultaten', 260]], { bold: true }),
        ...textLine(776, [['(t/m Q2 2020)', 260]], { bold: true }),
        ...textLine(756, [[`Thema ${n}`, 40], [`${20 + n}) Inclusie.`, 150], [`Afgerond in ${2016 + n}.`, 260], [['BZK', 'EZK', 'JenV', 'OCW'][n - 1] as string, 420]]),
        ...proseLines(4 * n).slice(4 * n - 4).map((line, k) => run(line, 40, 700 - 14 * k, { width: 480 })),
        run(`Pagina ${n}`, 40, 30),
      ]);
    const text = JSON.stringify(layoutPages([1, 2, 3, 4].map(page)));
    expect(text).not.toContain('Pagina');
    // (Each page's header cells say the whole labels.)
    expect(text.match(/"text":"Stand van zaken\/resultaten \(t\/m Q2 2020\)","blocks"/g)?.length).toBe(4);
    expect(text.match(/"text":"Domein & ambitie","blocks"/g)?.length).toBe(4);
  });

  it('reads a note that stands alone on a page but for a table (no body lines to tell the margin by), opened by its raised number, as a footnote', () => {
    // WeasyPrint, A5, body 8 pt, `.fn { font-size: 7.5pt }` after a table part, p. 54 measured (the table left out).
    const body = (text: string, y: number): TextRun => run(text, 40, y, { size: 8, width: 330 });
    const page = (n: number, runs: TextRun[]): PageData => ({ page: n, width: 420, height: 595, runs, rules: [], fills: [], links: [] });
    const pages = [
      page(1, [
        body('De Nederlandse AI Coalitie is sinds oktober 2019 gegroeid van 70 naar ruim', 540),
        body('300 deelnemende organisaties, en het Strategisch Actieplan voor AI is gelanceerd', 530),
        body('met een overkoepelende kabinetsstrategie die Nederland in staat stelt om de', 520),
        body('economische en maatschappelijke kansen van AI te benutten voor iedereen.', 510),
      ]),
      page(2, [
        run('64', 40, 438, { size: 4.5, width: 5 }),
        run('Zie verder SAPAI voor een overzicht van alle acties. Kamerstukken II, 2019-2020, 26', 46, 435, { size: 7.5, width: 320 }),
        run('643 en 32 761, nr. 640', 40, 426, { size: 7.5, width: 80 }),
      ]),
    ];
    const notes = layoutPages(pages).filter((b) => b.kind === 'footnote');
    expect(notes).toEqual([expect.objectContaining({ kind: 'footnote', n: 64, text: 'Zie verder SAPAI voor een overzicht van alle acties. Kamerstukken II, 2019-2020, 26 643 en 32 761, nr. 640' })]);
  });

  it('joins the rest of a bulleted item that a page break cut mid-sentence to that item, not as a paragraph of its own (WeasyPrint, URW Bookman)', () => {
    // WeasyPrint, p. 3–4 measured: items hang at 69 under bullets at 61.6, body text at 57.
    const at = (text: string, x: number, y: number): TextRun => run(text, x, y, { size: 9.5, width: 450 });
    const prose = (y: number): TextRun[] => [at('Centraal in deze update staan de (tussentijdse) resultaten langs de zes prioriteiten van de', 57, y), at('NDS. Een aantal mijlpalen is hieronder opgesomd, met wat het kabinet heeft bereikt.', 57, y - 12.3)];
    const page = (n: number, runs: TextRun[]): PageData => ({ page: n, width: 595, height: 842, runs, rules: [], fills: [], links: [] });
    const pages = [
      page(1, [
        ...prose(300),
        ...prose(260),
        run('•', 61.6, 128.4, { size: 9.5, width: 4 }),
        at('Het is belangrijk dat ook de overheid verantwoord investeert in innovatieve technologie om haar', 69, 128.4),
        at('dienstverlening te verbeteren. Afgelopen jaar is middels het Innovatiebudget voor € 6 miljoen euro', 69, 116),
      ]),
      page(2, [
        at('aan innovatieve projecten ondersteund. Daarnaast zijn er via Startup in Residence vijf startups aan', 69, 782.6),
        at('de slag gegaan met maatschappelijke opgaven.', 69, 770.3),
        run('•', 61.6, 757.9, { size: 9.5, width: 4 }),
        at('Digitale toepassingen bieden kansen, maar zijn niet zonder risico’s.', 69, 757.9),
        ...prose(700),
        ...prose(660),
      ]),
    ];
    const lists = layoutPages(pages).filter((b) => b.kind === 'list');
    expect(lists.flatMap((l) => (l.kind === 'list' ? l.items.map((i) => i.text) : []))).toEqual([
      'Het is belangrijk dat ook de overheid verantwoord investeert in innovatieve technologie om haar dienstverlening te verbeteren. Afgelopen jaar is middels het Innovatiebudget voor € 6 miljoen euro aan innovatieve projecten ondersteund. Daarnaast zijn er via Startup in Residence vijf startups aan de slag gegaan met maatschappelijke opgaven.',
      'Digitale toepassingen bieden kansen, maar zijn niet zonder risico’s.',
    ]);
    // (The same item cut in a word the layout hyphenated, `onder­` / `steund.`: one word. WeasyPrint,
    // `hyphens: auto`, sets a soft hyphen at the line's end. A cut after a whole word keeps its space.)
    const cutIn = (first: string, second: string): string[] => {
      const [one, two] = pages;
      const before = { ...(one as PageData), runs: [...(one as PageData).runs.slice(0, -1), at(`dienstverlening te verbeteren. Afgelopen jaar is middels het Innovatiebudget voor € 6 miljoen euro aan innovatieve projecten ${first}`, 69, 116)] };
      const after = { ...(two as PageData), runs: [at(`${second} Daarnaast zijn er via Startup in Residence vijf startups aan`, 69, 782.6), ...(two as PageData).runs.slice(1)] };
      return layoutPages([before, after]).flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.text) : []));
    };
    expect(cutIn('onder\u00ad', 'steund.')[0]).toContain('aan innovatieve projecten ondersteund. Daarnaast zijn er');
    expect(cutIn('onder', 'meer gesteund.')[0]).toContain('aan innovatieve projecten onder meer gesteund. Daarnaast zijn er');
  });

  it('drops a page number where page numbers stand on other pages, also on a line of text that ran off the page\'s foot past it', () => {
    // pdfTeX, measured: a row taller than its page; its cell's lines run on under the page number
    // (centred at x 297.6, baseline 32.5), one of them on the number's baseline.
    const page = (n: number, foot: TextRun[]): PageData => ({
      page: n,
      width: 595,
      height: 842,
      runs: [run(`Tekst van pagina ${n} over de digitale overheid.`, 60, 760, { width: 300 }), ...foot, run(String(80 + n), 292.1, 32.5, { width: 11.1 })],
      rules: [],
      fills: [],
      links: [],
    });
    const pages = [1, 2, 3].map((n) => page(n, []));
    pages.push(page(4, [run('uitgesproken om tot een gezamen-', 328.6, 44.8, { width: 44 }), run('lijke', 328.6, 32.8, { width: 17 }), run('’beyond 5G’', 328.6, 20.8, { width: 34 })]));
    const text = JSON.stringify(layoutPages(pages));
    expect(text).not.toMatch(/\b8[1-4]\b/);
    expect(text).toContain('lijke ’beyond 5G’');
  });

  /** A page under a plan's header (no rules), holding `body`. */
  const planPage = (n: number, body: TextRun[]): PageData => ({
    page: n,
    width: 595,
    height: 842,
    runs: [...textLine(800, [['Opgave', 40], ['Actie', 200], ['Stand van zaken', 360]], { bold: true }), ...body],
    rules: [],
    fills: [],
    links: [],
  });

  it('joins the rest of a name that a page cut (`Nota Mobile` / `Communicatie.`) to its row under a repeated header, and not a new row', () => {
    const first = planPage(1, [...textLine(780, [['Het bestemmen', 40], ['Het opstellen van de Nota Mobile', 200], ['De nota is verstuurd.', 360]])]);
    const next = (rest: string) => planPage(2, [run(rest, 200, 780), ...textLine(760, [['', 40], ['Evaluatie van de band.', 200], ['300 MHz komt vrij.', 360]])]);
    const rowsOf = (blocks: ReturnType<typeof layoutPages>) => blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text)) : []));
    expect(rowsOf(layoutPages([first, next('Communicatie.')]))).toEqual([
      ['Opgave', 'Actie', 'Stand van zaken'],
      ['Het bestemmen', 'Het opstellen van de Nota Mobile Communicatie.', 'De nota is verstuurd.'],
      ['', 'Evaluatie van de band.', '300 MHz komt vrij.'],
    ]);
  });

  it('joins the rest of a sentence that a page cut in a column of sentences to its row under a repeated header, though its other cells open new paragraphs there', () => {
    // Chromium, column stripes and no rules, measured: `… om goed voorbereid te zijn op de uitrol
    // van` / `5G antennes.`, the row's progress and plans going on with sentences of their own.
    const done = ['Publicatie van lokale tarieven.', 'Gesprekken met gemeenten.', 'Vastlegging van de normen.', 'Verkennen van de leges.'];
    const first = planPage(1, [
      ...done.flatMap((actie, k) => textLine(780 - 20 * k, [[k === 0 ? 'Transparantie' : '', 40], [actie, 200], ['Is gepubliceerd.', 360]])),
      ...textLine(700, [['', 40], ['Overleg met VNG over de uitrol van', 200], ['Het convenant is verlengd.', 360]]),
    ]);
    const next = planPage(2, [...textLine(780, [['', 40], ['5G antennes.', 200], ['Vooralsnog geven alle partijen aan.', 360]]), ...textLine(760, [['', 40], ['Project harmonisatie ondergrond.', 200], ['Het programma is gelanceerd.', 360]])]);
    const rows = layoutPages([first, next]).flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text)) : []));
    expect(rows.slice(-3)).toEqual([
      ['', 'Verkennen van de leges.', 'Is gepubliceerd.'],
      ['', 'Overleg met VNG over de uitrol van 5G antennes.', 'Het convenant is verlengd. Vooralsnog geven alle partijen aan.'],
      ['', 'Project harmonisatie ondergrond.', 'Het programma is gelanceerd.'],
    ]);
  });

  /** A page under an actions table's header (no rules), holding `body`. */
  const actionsPage = (n: number, body: TextRun[]): PageData => ({
    page: n,
    width: 595,
    height: 842,
    runs: [...textLine(800, [['Thema', 40], ['Acties zoals in NDS', 200], ['Stand van zaken', 360], ['Wie (Tijd)', 500]], { bold: true }), ...body],
    rules: [],
    fills: [],
    links: [],
  });

  it('reads a sub-heading in italics that shares the last line of the text before its list as a text of its own (WeasyPrint: `… maken.` *Delen van gegevens*)', () => {
    // WeasyPrint, action 39's plans (set 127, style ad, p. 59 measured): the topic fits on the line
    // where the point before it ends, after one space; the next point opens a line with its bullet.
    const cellOf = (lastLine: string, tail: string, italic = true): TextRun[] => [
      ...textLine(780, [['Regie', 40], ['39) Regie op gegevens.', 200], ['BZK', 500]]),
      run('Regie op Gegevens', 360, 780, { italic: true, width: 60 }),
      run('• In 2020 komt een roadmap voor regie op gegevens, en', 360, 768, { width: 130 }),
      run(lastLine, 360, 756, { width: 100 }),
      run(tail, 462, 756, { italic, width: 30 }),
      run('• We stellen de kaders op voor het delen.', 360, 744, { width: 120 }),
    ];
    const statusBlocks = (runs: TextRun[]) => {
      const table = layoutPages([actionsPage(1, runs)]).find((b) => b.kind === 'table');
      return table?.kind === 'table' ? table.rows[1]?.cells[2]?.blocks.map((b) => (b.kind === 'text' ? [b.text, b.emphasis ?? null] : b.items.map((i) => i.text))) : undefined;
    };
    expect(statusBlocks(cellOf('met de dienstverleners die het mogelijk maken.', 'Delen van gegevens'))).toEqual([
      ['Regie op Gegevens', 'italic'],
      ['In 2020 komt een roadmap voor regie op gegevens, en met de dienstverleners die het mogelijk maken.'],
      ['Delen van gegevens', 'italic'],
      ['We stellen de kaders op voor het delen.'],
    ]);
    // Bad input: words in italics inside a sentence (a title), an italic sentence with its full stop,
    // or the same words set upright, stay the point's.
    const points = (blocks: ReturnType<typeof statusBlocks>) => blocks?.filter((b) => b[1] !== 'italic');
    expect(points(statusBlocks(cellOf('met de dienstverleners uit de brief', 'Delen van gegevens')))).toEqual([
      ['In 2020 komt een roadmap voor regie op gegevens, en met de dienstverleners uit de brief Delen van gegevens', 'We stellen de kaders op voor het delen.'],
    ]);
    expect(points(statusBlocks(cellOf('met de dienstverleners die het mogelijk maken.', 'Zie de brief.')))?.[0]?.[0]).toBe('In 2020 komt een roadmap voor regie op gegevens, en met de dienstverleners die het mogelijk maken. Zie de brief.');
    expect(points(statusBlocks(cellOf('met de dienstverleners die het mogelijk maken.', 'Delen van gegevens', false)))?.[0]?.[0]).toBe('In 2020 komt een roadmap voor regie op gegevens, en met de dienstverleners die het mogelijk maken. Delen van gegevens');
  });

  it('keeps two actions that share one cell (`27) …` `28) …`) in one row of a table with no rules: the row\'s other cells go on mid-sentence beside the second', () => {
    // Chromium, column stripes and no rules, the 2022 edition measured: actions 27 and 28 in one cell.
    const rows = [
      [780, 'Eerlijke onderlinge', '27) Inzet op transparantie', 'Op 11 juli 2019 is de', 'EZK'],
      [768, 'verhoudingen. Het is', 'over voorwaarden.', 'verordening gepubliceerd,', ''],
      [756, 'van belang dat zij zich', '28) Het kabinet is in', 'platforms hebben tot juli', ''],
      [744, 'eerlijk gedragen.', 'gesprek met gemeenten.', 'om eraan te voldoen.', ''],
      [724, 'Data-economie', '29) We verkennen een stelsel.', 'De coalitie is hernoemd.', 'BZK'],
    ] as const;
    // (Each row: its baseline and its four cells' texts, an empty one left out.)
    const pageOf = (lines: readonly (readonly [number, ...string[]])[]) => actionsPage(1, lines.flatMap(([y, ...cells]) => textLine(y, cells.map((t, k) => [t, [40, 200, 360, 500][k] as number] as [string, number]).filter(([t]) => t !== ''))));
    // (The text of column k in each row of the page's table.)
    const columnOf = (lines: readonly (readonly [number, ...string[]])[], k: number): (string | undefined)[] => {
      const table = layoutPages([pageOf(lines)]).find((b) => b.kind === 'table');
      return table?.kind === 'table' ? table.rows.map((r) => r.cells[k]?.text) : [];
    };
    expect(columnOf(rows, 1)).toEqual(['Acties zoals in NDS', '27) Inzet op transparantie over voorwaarden. 28) Het kabinet is in gesprek met gemeenten.', '29) We verkennen een stelsel.']);
    // One cell going on in lower-case words, a sentence six words long above it, will do where the
    // row's next cell opens a list item beside the second action (`29)` / `30)`, Chromium, no rules).
    const listed = [
      [780, 'Een floreerende', '29) We verkennen een', '• De coalitie is hernoemd.', 'EZK'],
      [768, 'data-economie In', 'open stelsel.', '• Er zijn 22 partijen.', ''],
      [756, 'Nederland worden', '', '', ''],
      [744, 'data het beste gedeeld', '30) Data van de overheid', '• De use cases worden', ''],
      [732, 'binnen sectoren.', 'wordt toegankelijk.', 'uitgewerkt.', ''],
      [712, 'Vaardigheden', '31) Een nieuwe actie.', 'Gestart.', 'OCW'],
    ] as const;
    expect(columnOf(listed, 0)).toEqual(['Thema', 'Een floreerende data-economie In Nederland worden data het beste gedeeld binnen sectoren.', 'Vaardigheden']);
  });

  it('joins a row the page cut whose first cell goes on with a new paragraph, where two other cells go on mid-sentence; a bold title and the text under it stay two', () => {
    const first = actionsPage(1, [
      run('Een sterke basis', 40, 780, { bold: true }),
      ...textLine(780, [['8) ICT krijgt een plek in het', 200], ['Het convenant is er voor', 360], ['EZK', 500]]),
    ]);
    const second = actionsPage(2, [...textLine(780, [['Nederland denkt mee.', 40], ['vernieuwde beleid.', 200], ['meer synergie.', 360]])]);
    const blocks = layoutPages([first, second]);
    const rows = blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []));
    expect(rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['Thema', 'Acties zoals in NDS', 'Stand van zaken', 'Wie (Tijd)'],
      ['Een sterke basis Nederland denkt mee.', '8) ICT krijgt een plek in het vernieuwde beleid.', 'Het convenant is er voor meer synergie.', 'EZK'],
    ]);
    expect(rows[1]?.cells[0]?.blocks.map((b) => (b.kind === 'text' ? [b.text, b.emphasis ?? null] : b.kind))).toEqual([
      ['Een sterke basis', 'bold'],
      ['Nederland denkt mee.', null],
    ]);
  });

  it('joins a row the page cut where a cell broke off at a comma, whatever its rest opens with (`… blockchain,` / `5G, quantumcomputing.`), and one cell goes on in lower case', () => {
    // LibreOffice Writer, header cells shaded, cells centred, measured: action 11's row is set in
    // the first column on, its text cut after `blockchain,`.
    const first = actionsPage(1, [
      ...textLine(780, [['11) We bouwen aan samenwerking', 40], ['De Coalitie groeide van 70', 200], ['Eind 2020 zijn 20 labs klaar.', 360]]),
      ...textLine(768, [['op AI, big data, blockchain,', 40], ['naar ruim', 200], ['Medio 2020 is er meer', 360]]),
    ]);
    const second = actionsPage(2, [...textLine(780, [['5G, quantumcomputing.', 40], ['300 organisaties.', 200], ['duidelijkheid.', 360]])]);
    const rows = tableRows(layoutPages([first, second])).flat();
    expect(rows.slice(1)).toEqual([['11) We bouwen aan samenwerking op AI, big data, blockchain, 5G, quantumcomputing.', 'De Coalitie groeide van 70 naar ruim 300 organisaties.', 'Eind 2020 zijn 20 labs klaar. Medio 2020 is er meer duidelijkheid.', '']]);
    // (A cell that ended a sentence over a new row's capital stays two rows.)
    const ended = actionsPage(1, [...textLine(780, [['11) We bouwen aan samenwerking.', 40], ['De Coalitie groeide.', 200], ['Eind 2020 zijn 20 labs klaar.', 360]])]);
    expect(tableRows(layoutPages([ended, second])).flat().slice(1).length).toBe(2);
  });

  it('joins a row the page cut under a header worded otherwise (a word processor that merged two tables repeats the first one’s), where two cells go on mid-sentence; a new row under it stays new', () => {
    // LibreOffice, HTML → DOCX → PDF: page 43 ends in `Eerlijke` / `27) Inzet op transparantie over`
    // under `Wat gaan we doen (en wanneer)?`; page 44 repeats `Wat gaan we doen?` over their rest.
    const header = (plans: string): TextRun[] => textLine(800, [['Thema', 40], ['Acties zoals in NDS', 200], [plans, 360], ['Wie (Tijd)', 500]], { bold: true });
    const page = (n: number, plans: string, body: TextRun[]): PageData => ({ page: n, width: 595, height: 842, runs: [...header(plans), ...body], rules: [], fills: [], links: [] });
    const first = page(1, 'Wat gaan we doen? (2020)', [
      run('Eerlijke', 40, 780, { bold: true }),
      ...textLine(780, [['27) Inzet op openheid over', 200], ['Geen vervolgacties.', 360], ['EZK BZK', 500]]),
    ]);
    const rest = (opening: string) =>
      page(2, 'Wat gaan we doen?', [
        ...textLine(780, [[opening, 40], ['voorwaarden. 28) Het kabinet.', 200], ['(Q1-4)', 500]]),
        ...textLine(760, [['Een floreerende economie', 40], ['29) We verkennen stelsels.', 200], ['Binnenkort gestart.', 360], ['EZK (Q2)', 500]]),
      ]);
    const rowsOf = (blocks: ReturnType<typeof layoutPages>) => blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text)) : []));
    expect(rowsOf(layoutPages([first, rest('onderlinge verhoudingen')]))).toEqual([
      ['Thema', 'Acties zoals in NDS', 'Wat gaan we doen? (2020)', 'Wie (Tijd)'],
      ['Eerlijke onderlinge verhoudingen', '27) Inzet op openheid over voorwaarden. 28) Het kabinet.', 'Geen vervolgacties.', 'EZK BZK (Q1-4)'],
      ['Een floreerende economie', '29) We verkennen stelsels.', 'Binnenkort gestart.', 'EZK (Q2)'],
    ]);
    // (A first cell that opens a sentence of its own: only one cell goes on, so a new table opens.)
    expect(rowsOf(layoutPages([first, rest('Onderlinge verhoudingen')]))[2]).toEqual(['Thema', 'Acties zoals in NDS', 'Wat gaan we doen?', 'Wie (Tijd)']);
  });

  it('joins a bold title the page cut to the bold lead it goes on in on the next page: one title, then its text', () => {
    // wkhtmltopdf: the theme cell sets its title bold and its text after it in one paragraph.
    const first = actionsPage(1, [
      run('Een sterke basis voor', 40, 780, { bold: true }),
      ...textLine(780, [['8) ICT krijgt een plek in het', 200], ['Het convenant is er voor', 360], ['EZK', 500]]),
    ]);
    const second = actionsPage(2, [
      run('innovatie', 40, 780, { bold: true, width: 30 }),
      run(' Nederland denkt mee.', 70, 780, { width: 80 }),
      ...textLine(780, [['vernieuwde beleid.', 200], ['meer synergie.', 360]]),
    ]);
    const rows = layoutPages([first, second]).flatMap((b) => (b.kind === 'table' ? b.rows : []));
    expect(rows[1]?.cells[0]?.blocks.map((b) => (b.kind === 'text' ? [b.lead ?? null, b.text, b.emphasis ?? null] : b.kind))).toEqual([
      ['Een sterke basis voor innovatie', 'Een sterke basis voor innovatie Nederland denkt mee.', null],
    ]);
    // A whole bold title at the foot (closed by its full stop) stays apart from the lead of the next.
    const closed = actionsPage(1, [run('Een sterke basis.', 40, 780, { bold: true }), ...textLine(780, [['8) ICT krijgt een plek in het', 200], ['Het convenant is er voor', 360], ['EZK', 500]])]);
    const apart = layoutPages([closed, second]).flatMap((b) => (b.kind === 'table' ? b.rows : []));
    expect(apart[1]?.cells[0]?.blocks.map((b) => (b.kind === 'text' ? b.lead ?? null : b.kind))).toEqual([null, 'innovatie']);
  });

  // An unruled actions table (wkhtmltopdf: no rules, no repeated header) and rows whose middle cells end their sentences.
  const unruledPage = (n: number, runs: TextRun[]): PageData => {
    const header = n === 1 ? textLine(800, [['Opgave', 40], ['Actie', 200], ['Stand van zaken', 360], ['Wie (tijd)', 500]], { bold: true }) : [];
    return { page: n, width: 595, height: 842, runs: [...header, ...runs], rules: [], fills: [], links: [] };
  };
  const sentenceRows = [
    ['Het bestemmen', 'Het opstellen van de Nota.', 'De nota is verstuurd.', 'EZK (Q2)'],
    ['', 'Evaluatie van de band.', '300 MHz komt vrij.', 'EZK (2020)'],
    ['', 'Veiling van de 700 MHz-band.', 'De regeling is gepubliceerd.', 'EZK (Q3)'],
  ];

  it('joins a cut row whose cell broke off in a column of sentences to the rest that opens the next page in capitals (`Verdelen van de 26` / `GHz-band.`)', () => {
    // (wkhtmltopdf repeats no header: the table goes on at the top of the next page.)
    const at = unruledPage;
    const rowsAbove = [...sentenceRows, ['', 'Verdelen van de 3,5 GHz-band.', 'De contouren zijn geschetst.', 'EZK (2020)']];
    const first = at(1, [
      ...rowsAbove.flatMap((cells, k) => textLine(780 - k * 20, cells.map((t, c) => [t, [40, 200, 360, 500][c] as number] as [string, number]).filter(([t]) => t !== ''))),
      ...textLine(700, [['Verdelen van de 26', 200], ['Een consultatie is afgerond.', 360], ['EZK (2020)', 500]]),
    ]);
    const second = at(2, [...textLine(780, [['GHz-band.', 200], ['Daarna volgt een tweede.', 360]]), ...textLine(760, [['Voldoende ruimte realiseren.', 200], ['Binnen de band is ruimte.', 360], ['EZK', 500]])]);
    const rows = layoutPages([first, second]).flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text)) : []));
    expect(rows.slice(5)).toEqual([
      ['', 'Verdelen van de 26 GHz-band.', 'Een consultatie is afgerond. Daarna volgt een tweede.', 'EZK (2020)'],
      ['', 'Voldoende ruimte realiseren.', 'Binnen de band is ruimte.', 'EZK'],
    ]);
    // In a column of titles (no full stops above), a cell with no full stop at the foot ended there.
    const titles = at(1, [
      ...rowsAbove.flatMap((cells, k) => textLine(780 - k * 20, cells.map((t, c) => [c === 1 ? t.replace(/\.$/, '') : t, [40, 200, 360, 500][c] as number] as [string, number]).filter(([t]) => t !== ''))),
      ...textLine(700, [['Verdelen van de 26', 200], ['Een consultatie is afgerond.', 360], ['EZK (2020)', 500]]),
    ]);
    const apart = layoutPages([titles, second]).flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells[1]?.text) : []));
    expect(apart.slice(5)).toEqual(['Verdelen van de 26', 'GHz-band.', 'Voldoende ruimte realiseren.']);
  });

  it('reads a label wrapped two lines over the line that holds the others, its lines staggered with theirs, as the header\'s (LibreOffice, labels centred vertically)', () => {
    // LibreOffice Writer, TeX Gyre Termes 10 pt, the body's lines 18 pt apart, p. 54 measured: a
    // narrow column's label on four lines 19.7 pt apart, `Wie (Tijd)` on two, the rest on one, all
    // centred, so the lines stagger by half a line; a theme's row 24 pt under the header's last line.
    const m = (text: string, x0: number, x1: number, y: number, extra: Partial<TextRun> = {}): TextRun => run(text, x0, y, { width: x1 - x0, ...extra });
    const bold = { bold: true };
    const prose = proseLines(8).map((line, k) => run(line, 58.2, 760 - 18 * k, { width: 430 }));
    const table = [
      // (A heading over the table, in the labels' type, runs across where their columns start: no label's.)
      m('Bijlage 1 Stand van zaken acties NDS', 58.2, 250, 595.1, bold),
      m('Acties', 178.2, 204.3, 575.4, bold),
      m('zoals', 178.2, 199.3, 555.7, bold), m('Wie', 511.4, 528.6, 555.7, bold),
      m("Thema's & ambitie", 58.2, 140.4, 545.9, bold), m('Stand van zaken/ resultaten', 209, 327.6, 545.9, bold), m('Wat gaan we doen?', 352.2, 435.8, 545.9, bold),
      m('in', 178.2, 186.5, 536, bold), m('(Tijd)', 511.4, 536.4, 536, bold),
      m('NDS', 178.2, 198.2, 516.3, bold),
      m('Grensverleggend', 58.2, 130.9, 491.9, bold), m('onderzoek en innovatie', 58.2, 157, 472.2, bold),
      m('Big data', 209, 243.2, 448.3, { italic: true }), m('Big data', 352.2, 386.4, 448.3, { italic: true }), m('EZK', 511.4, 530, 448.5),
      m('Het programma loopt.', 209, 300, 430.3), m('We gaan door.', 352.2, 420, 430.3), m('(Q3)', 511.4, 530.2, 430.5),
    ];
    const notes: Diagnostic[] = [];
    const blocks = layoutPages([a4Page(1, [...prose, ...table])], notes);
    const [header] = tableRows(blocks)[0] ?? [];
    expect(blocks.some((b) => b.kind !== 'table' && 'text' in b && b.text === 'Bijlage 1 Stand van zaken acties NDS')).toBe(true);
    // (The label's last line, `NDS`, a line under the header's, is the extractors' to join: see
    // status-tables.ts, restOfHeader.)
    expect(header).toEqual(["Thema's & ambitie", 'Acties zoals in', 'Stand van zaken/ resultaten', 'Wat gaan we doen?', 'Wie (Tijd)']);
    expect(notes.filter((n) => n.code === 'content-unread')).toEqual([]);
  });

  it('reads a header set in italic across its staggered baselines as it reads one in bold, and an italic topic in a row as the row\'s (LibreOffice, labels centred vertically)', () => {
    // LibreOffice Writer, `th { font-style: italic; font-weight: normal }`, 9.5 pt, p. 38 measured
    // (moved down under some prose): labels on one and two lines, centred, so their lines stagger
    // by half a line; a gutter too narrow for LibreOffice to part `… 2020)` from `Wie (Tijd)`.
    const dy = -220;
    const m = (text: string, x0: number, x1: number, y: number, extra: Partial<TextRun> = {}): TextRun => run(text, x0, y + dy, { width: x1 - x0, size: 9.5, ...extra });
    const italic = { italic: true };
    const prose = proseLines(8).map((line, k) => run(line, 52.5, 760 - 14.75 * k, { width: 430, size: 9.5 }));
    const table = [
      m('Acties zoals in', 135.1, 189.9, 780.6, italic), m('Stand van zaken/resultaten (t/m Q2', 204.9, 338.8, 780.6, italic),
      m('Domein & ambitie', 52.5, 123.1, 773.3, italic), m('Wat gaan we doen? (vanaf Q2 2020) Wie (Tijd)', 343.1, 526.1, 773.3, italic),
      m('NDS', 135.1, 153, 765.9, italic), m('2020)', 204.9, 227, 765.9, italic),
      m('Slimme en', 52.5, 95, 745.3, { bold: true }), m('4) Voor de', 135.1, 176.2, 745.3), m('Kamerbrieven over Smart', 240.3, 338.8, 745.3), m('Slimme mobiliteit', 343.1, 409.8, 745.3, italic), m('IenW', 487.4, 508.5, 745.3),
      m('duurzame', 52.5, 93.6, 730.5, { bold: true }), m('zomer stuurt het', 135.1, 196.8, 730.5), m('Mobility en Digitaal', 240.3, 317.8, 730.5), m('Smart mobility heeft', 378.6, 460, 730.5), m('(Doorlopend)', 487.4, 539, 730.5),
      m('mobiliteit Een', 52.5, 110, 715.8), m('kabinet een brief.', 135.1, 200, 715.8), m('Transport zijn verstuurd.', 240.3, 330, 715.8), m('een lokale dimensie.', 378.6, 460, 715.8),
    ];
    const notes: Diagnostic[] = [];
    const rows = tableRows(layoutPages([a4Page(1, [...prose, ...table])], notes))[0] ?? [];
    expect(rows[0]).toEqual(['Domein & ambitie', 'Acties zoals in NDS', 'Stand van zaken/resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (Tijd)']);
    expect(rows.slice(1)).toEqual([['Slimme en duurzame mobiliteit Een', '4) Voor de zomer stuurt het kabinet een brief.', 'Kamerbrieven over Smart Mobility en Digitaal Transport zijn verstuurd.', 'Slimme mobiliteit Smart mobility heeft een lokale dimensie.', 'IenW (Doorlopend)']]);
    expect(notes.filter((n) => n.code === 'content-unread')).toEqual([]);
  });

  it('takes three cells that end their sentences as a column of sentences, and two as too few to tell', () => {
    // (A table the page cut after its first three rows: wkhtmltopdf, no rules, no repeated header.)
    const at = unruledPage;
    const rowsAbove = sentenceRows;
    const foot = (above: string[][]): PageData =>
      at(1, [
        ...above.flatMap((cells, k) => textLine(780 - k * 20, cells.map((t, c) => [t, [40, 200, 360, 500][c] as number] as [string, number]).filter(([t]) => t !== ''))),
        ...textLine(700, [['Verdelen van de 26', 200], ['Een consultatie is afgerond.', 360], ['EZK (2020)', 500]]),
      ]);
    const second = at(2, [...textLine(780, [['GHz-band.', 200], ['Daarna volgt een tweede.', 360]]), ...textLine(760, [['Voldoende ruimte realiseren.', 200], ['Binnen de band is ruimte.', 360], ['EZK', 500]])]);
    const actions = (pages: PageData[]) => layoutPages(pages).flatMap((b) => (b.kind === 'table' ? b.rows.slice(1).map((r) => r.cells[1]?.text) : []));
    expect(actions([foot(rowsAbove), second]).slice(3)).toEqual(['Verdelen van de 26 GHz-band.', 'Voldoende ruimte realiseren.']);
    // (Two cells above: whether the column is one of sentences, they do not tell; the rows stand apart.)
    expect(actions([foot(rowsAbove.slice(0, 2)), second]).slice(2)).toEqual(['Verdelen van de 26', 'GHz-band.', 'Voldoende ruimte realiseren.']);
  });

  it('joins the first lines of a row\'s one cell at the foot, broken off mid-sentence, to the rest of the row under the repeated header when that cell goes on there in lower case', () => {
    // WeasyPrint, rules over and under the table and under its header: the connectivity table's
    // first row starts at the foot of a page with its status cell's first two lines alone, its
    // other cells moved over whole to the next page, under the header drawn again.
    const header = textLine(800, [['Thema', 40], ['Actie', 200], ['Stand van zaken', 360], ['Wie (tijd)', 500]], { bold: true });
    const page = (n: number, runs: TextRun[]): PageData => ({ page: n, width: 595, height: 842, runs: [...header, ...runs], rules: [], fills: [], links: [] });
    const foot = page(1, [...textLine(780, [['WRC19 heeft onder meer', 360]]), ...textLine(770, [['geresulteerd in een', 360]])]);
    const next = (status: string): PageData =>
      page(2, [
        ...textLine(780, [['Doelmatig', 40], ['Het internationaal afstemmen.', 200], [status, 360], ['EZK (2020-2023)', 500]]),
        ...textLine(760, [['', 40], ['Het opstellen van de Nota.', 200], ['De nota is verstuurd.', 360], ['EZK (Q2)', 500]]),
      ]);
    const rows = (pages: PageData[]) => layoutPages(pages).flatMap((b) => (b.kind === 'table' ? b.rows.slice(1).map((r) => r.cells.map((c) => c.text)) : []));
    expect(rows([foot, next('wereldwijde identificatie.')])).toEqual([
      ['Doelmatig', 'Het internationaal afstemmen.', 'WRC19 heeft onder meer geresulteerd in een wereldwijde identificatie.', 'EZK (2020-2023)'],
      ['', 'Het opstellen van de Nota.', 'De nota is verstuurd.', 'EZK (Q2)'],
    ]);
    // (A cell there that opens a sentence of its own is no rest of it: the rows stand apart.)
    expect(rows([foot, next('Wereldwijde identificatie.')]).map((r) => r[2])).toEqual(['WRC19 heeft onder meer geresulteerd in een', 'Wereldwijde identificatie.', 'De nota is verstuurd.']);
  });

  it('drops the hyphen the layout added where the page broke a word of a cut row, in a document that hyphenates (WeasyPrint, `hyphens: auto`)', () => {
    // The status's lines break words with a hyphen the document writes whole elsewhere; the row
    // the page cuts ends its owner cell with `EZK (Door-` and goes on with `lopend)`.
    const status = ['De ver-', 'plichting geldt', 'de verplichting en', 'data en analyses zijn', 'er. Een be-', 'schikbaar budget', 'is beschikbaar. De', 'ener-', 'gietransitie is de', 'energietransitie.'];
    const first = actionsPage(1, [
      ...textLine(780, [['Slimme energie', 40], ['3) Een agenda.', 200], [status[0] as string, 360], ['BZK', 500]]),
      ...status.slice(1).flatMap((t, k) => textLine(768 - k * 12, [[t, 360]])),
      ...textLine(645, [['4) Een brief over data-', 200], ['Wordt doorlopend', 360], ['EZK (Door-', 500]]),
    ]);
    const second = (owner: string) => actionsPage(2, [...textLine(780, [['analyses.', 200], ['gevolgd.', 360], [owner, 500]])]);
    const last = (pages: PageData[]) => tableRows(layoutPages(pages)).flat().at(-1);
    expect(last([first, second('lopend)')])).toEqual(['', '4) Een brief over data-analyses.', 'Wordt doorlopend gevolgd.', 'EZK (Doorlopend)']);
    // (A compound whose halves are both words, the document writing it with its hyphen, keeps it:
    // `data-` / `analyses.` above. Nor where the document does not hyphenate: its hyphens are its own.)
    const plain = actionsPage(1, [...textLine(780, [['Slimme energie', 40], ['3) Een agenda.', 200], ['Er is een verplichting.', 360], ['BZK', 500]]), ...textLine(660, [['4) Een brief.', 200], ['Wordt doorlopend', 360], ['EZK (Door-', 500]])]);
    expect(last([plain, second('lopend)')])?.[3]).toBe('EZK (Door-lopend)');
  });

  it('joins a row the page cut before its action number (the number’s cell moved over whole) to its rest on the next page', () => {
    // WeasyPrint: the foot of page 1 holds the row's theme, progress and owner, its action cell
    // empty; page 2 opens under the repeated header with the rest of those cells and the action.
    const first = actionsPage(1, [
      ...textLine(780, [['Samenwerking', 40], ['48) Het kabinet organiseert dialogen.', 200], ['In 2019 is ingezet.', 360], ['BZK', 500]]),
      ...textLine(760, [['Betrouwbare informatie en', 40], ['In het Regeerakkoord is structureel', 360], ['OCW (Q4)', 500]]),
    ]);
    const second = actionsPage(2, [...textLine(780, [['inhoud op platformen', 40], ['49) Er zijn extra middelen.', 200], ['jaarlijks 5 miljoen beschikbaar.', 360]])]);
    const rowsOf = (blocks: ReturnType<typeof layoutPages>) => blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text)) : []));
    expect(rowsOf(layoutPages([first, second]))).toEqual([
      ['Thema', 'Acties zoals in NDS', 'Stand van zaken', 'Wie (Tijd)'],
      ['Samenwerking', '48) Het kabinet organiseert dialogen.', 'In 2019 is ingezet.', 'BZK'],
      ['Betrouwbare informatie en inhoud op platformen', '49) Er zijn extra middelen.', 'In het Regeerakkoord is structureel jaarlijks 5 miljoen beschikbaar.', 'OCW (Q4)'],
    ]);
  });
  it('joins the first lines a page cut off a centred row, alone at its foot, to the action that opens the next page (the rest of the row moved over whole)', () => {
    // wkhtmltopdf, the HTML printed with no style sheet (cells centred in their rows), p. 24
    // measured: at the page's foot only the status's first line, broken off mid-sentence
    // (`Kamerbrieven over Smart Mobility en Digitaal` / `Transport zijn verstuurd.`); the
    // action number and the status's last line open the next page.
        const centredRow = (top: number, action: string[], theme: string, status: string, owner: string): TextRun[] => {
      const middle = top - ((action.length - 1) * 12) / 2;
      return [...action.flatMap((t, k) => textLine(top - k * 12, [[t, 200]])), ...textLine(middle, [[theme, 40], [status, 360], [owner, 500]])];
    };
    const topRow = (top: number, action: string[], theme: string, status: string, owner: string): TextRun[] => [
      ...action.flatMap((t, k) => textLine(top - k * 12, [[t, 200]])),
      ...textLine(top, [[theme, 40], [status, 360], [owner, 500]]),
    ];
    const pages = (row: typeof centredRow): PageData[] => [
      actionsPage(1, [
        ...row(780, ['2) Het kabinet werkt aan een', 'agenda voor de digitale', 'overheid en stuurt die in', 'het voorjaar naar de', 'Kamer.'], 'Digitale overheid', 'De agenda is verstuurd.', 'BZK (Q2)'),
        ...row(700, ['3) Het kabinet zet in op', 'innovatie in de mobiliteit', 'en werkt samen met de', 'sector aan nieuwe', 'diensten.'], 'Mobiliteit', 'Er zijn pilots gestart.', 'IenW (2020)'),
        ...textLine(616, [['Brieven over Mobiliteit en', 360]]),
      ]),
      actionsPage(2, [...textLine(780, [['4) Voor de zomer een brief.', 200], ['Transport zijn verstuurd.', 360], ['IenW (Q2)', 500]])]),
    ];
    expect(tableRows(layoutPages(pages(centredRow))).flat().slice(1)).toEqual([
      ['Digitale overheid', '2) Het kabinet werkt aan een agenda voor de digitale overheid en stuurt die in het voorjaar naar de Kamer.', 'De agenda is verstuurd.', 'BZK (Q2)'],
      ['Mobiliteit', '3) Het kabinet zet in op innovatie in de mobiliteit en werkt samen met de sector aan nieuwe diensten.', 'Er zijn pilots gestart.', 'IenW (2020)'],
      ['', '4) Voor de zomer een brief.', 'Brieven over Mobiliteit en Transport zijn verstuurd.', 'IenW (Q2)'],
    ]);
    // Where cells start at their row's top (pdfTeX), an action's number stands with its row's first
    // lines: the lines at the foot are no row the page cut before its number, and stay apart.
    const top = tableRows(layoutPages(pages(topRow))).flat();
    expect(top.flat()).toContain('Brieven over Mobiliteit en');
    expect(top.find((r) => r[1]?.startsWith('4)'))?.[2]).toBe('Transport zijn verstuurd.');
  });
});

describe('layoutPages: a row whose taller cells the page moved over whole', () => {
  // WeasyPrint, zebra rows (v-weasy, pp. 55–56 measured): a row the page cut where its cells of two
  // lines stayed at the foot, closed by the table's edge, and its action, three lines, opens the
  // next page under the repeated header, alone in its row.
  const xs = [40, 100, 190, 320, 440, 530, 590];
  const grid = (ys: number[]): PageData['rules'] => [
    ...ys.map((y) => ({ x0: xs[0] as number, x1: xs[xs.length - 1] as number, y0: y - 0.25, y1: y + 0.25 })),
    ...xs.map((x) => ({ x0: x - 0.25, x1: x + 0.25, y0: ys[ys.length - 1] as number, y1: ys[0] as number })),
  ];
  const header = textLine(790, ['Thema', 'Opgave', 'Actie', 'Stand van zaken', 'Wat gaan we doen?', 'Wie (tijd)'].map((t, k): [string, number] => [t, (xs[k] as number) + 3]), { bold: true });
  const at = (k: number) => (xs[k] as number) + 3;
  const page = (n: number, runs: TextRun[], ys: number[]): PageData => ({ page: n, width: 595, height: 842, runs: [...header, ...runs], rules: grid(ys), fills: [], links: [] });
  const first = (foot: TextRun[]) =>
    page(1, [...textLine(770, [['Weerbaarheid', at(0)], ['Zeekabels', at(1)], ['Gesprekken over', at(2)], ['De brief volgt.', at(3)], ['EZK (Q2)', at(5)]]), ...textLine(758, [['nieuwe zeekabels.', at(2)]]), ...foot], [800, 780, 740, 700]);
  const second = page(2, [
    ...textLine(770, [['Op basis van een', at(2)]]),
    ...textLine(758, [['evaluatie wordt', at(2)]]),
    ...textLine(746, [['gekeken.', at(2)]]),
    ...textLine(720, [['De crisisstructuur.', at(2)], ['Over deze acties.', at(3)], ['Doorlopend', at(4)]]),
  ], [800, 780, 730, 700]);
  const opgave = run('Continuïteit', at(1), 730, { bold: true });

  it('joins the cells left at the foot to the taller ones that open the next page, each in a cell empty on the other page', () => {
    const foot = [opgave, ...textLine(730, [['Over deze acties', at(3)], ['Doorlopende', at(4)]]), ...textLine(718, [['wordt gerapporteerd.', at(3)], ['activiteit', at(4)]])];
    expect(tableRows(layoutPages([first(foot), second])).flat().slice(2)).toEqual([
      ['', 'Continuïteit', 'Op basis van een evaluatie wordt gekeken.', 'Over deze acties wordt gerapporteerd.', 'Doorlopende activiteit', ''],
      ['', '', 'De crisisstructuur.', 'Over deze acties.', 'Doorlopend', ''],
    ]);
  });

  it('joins an owner left alone at the foot to the action whose number and text open the next page', () => {
    // WeasyPrint, cells framed apart (y-weasy, pp. 48–49 measured): `EZK` at the foot, `37) …` and
    // its status and plans, two lines and more each, at the top of the next page.
    const owner = textLine(730, [['EZK', at(5)]]);
    const next = page(2, [...textLine(770, [['37) Het kabinet', at(2)], ['Er is nog weinig', at(3)], ['Nederland zal', at(4)]]), ...textLine(758, [['zet zich in.', at(2)], ['zicht op.', at(3)], ['zich inzetten.', at(4)]])], [800, 780, 740]);
    expect(tableRows(layoutPages([first(owner), next])).flat().slice(2)).toEqual([['', '', '37) Het kabinet zet zich in.', 'Er is nog weinig zicht op.', 'Nederland zal zich inzetten.', 'EZK']]);
  });

  it('keeps a row of bold cells only (a theme’s or a task’s) apart, and one whose cells at the foot are as tall as those that open the next page', () => {
    expect(tableRows(layoutPages([first([opgave]), second])).flat().slice(2, 4)).toEqual([
      ['', 'Continuïteit', '', '', '', ''],
      ['', '', 'Op basis van een evaluatie wordt gekeken.', '', '', ''],
    ]);
    const tall = [opgave, ...[730, 718, 706].flatMap((y, k) => textLine(y, [[['Over deze acties', 'wordt', 'gerapporteerd.'][k] as string, at(3)]]))];
    expect(tableRows(layoutPages([first(tall), second])).flat()[3]?.[2]).toBe('Op basis van een evaluatie wordt gekeken.');
    expect(tableRows(layoutPages([first(tall), second])).flat()[2]?.[3]).toBe('Over deze acties wordt gerapporteerd.');
  });
});

describe('layoutPages: a new table worded like the one the page before ended with', () => {
  // wkhtmltopdf, 5 mm margins, `border-bottom` under every cell, measured (pp. 32–33): each table
  // sized to its text; the next page opens with another table under the same labels.
  const under = (y: number, xs: number[]): PageData['rules'] => xs.slice(1).map((x, k) => ({ x0: xs[k] as number, x1: x, y0: y - 0.4, y1: y + 0.4 }));
  const page = (n: number, runs: TextRun[], rules: PageData['rules']): PageData => ({ page: n, width: 595, height: 842, runs, rules, fills: [], links: [] });
  const labels = (y: number, xs: number[]) => textLine(y, [['Thema', xs[0] as number], ['Opgave', xs[1] as number], ['Actie', xs[2] as number], ['Wie (tijd)', xs[3] as number]].map(([t, x]) => [t as string, (x as number) + 3]) as [string, number][], { bold: true, size: 6.3 });
  const cells = (y: number, xs: number[], texts: string[]) => textLine(y, texts.map((t, k) => [t, (xs[k] as number) + 3] as [string, number]), { size: 6.3 });
  const a = [19, 72, 120, 528, 576];
  // Page 1 ends with a row under the last rule (no rule under it: open at the page's foot).
  const first = page(1, [...labels(810, a), ...cells(790, a, ['Ondersteuning', 'Bevorderen van harmonisatie', 'Project van BZK om te kijken hoe het gebruik', 'Allen'])], [...under(805, a), ...under(800, a)]);
  const second = (xs: number[]) =>
    page(2, [...labels(800, xs), ...cells(780, xs, ['', 'Bevorderen van lokaal beleid', 'In opdracht van EZK en BZK heeft VNG een analyse uitgevoerd.', 'EZK'])], [...under(810, xs), ...under(795, xs), ...under(770, xs)]);
  const rowsOf = (blocks: ReturnType<typeof layoutPages>): string[][][] => blocks.filter((b) => b.kind === 'table').map((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text)) : []));

  it('reads another table under the same labels over other columns: its first row is no rest of the row the page cut', () => {
    const tables = rowsOf(layoutPages([first, second([19, 49, 124, 528, 576])]));
    expect(tables).toHaveLength(2);
    expect(tables[1]?.[1]).toEqual(['', 'Bevorderen van lokaal beleid', 'In opdracht van EZK en BZK heeft VNG een analyse uitgevoerd.', 'EZK']);
    // (The same labels over the same columns: the table goes on under its repeated header.)
    expect(rowsOf(layoutPages([first, second(a)]))).toHaveLength(1);
    // (Nor over other columns when the rows under them stand in the table's own: LibreOffice draws
    // a repeated header apart from its rows, DOCX, p. 58.)
    const b = [19, 49, 124, 528, 576];
    const apart = page(2, [...labels(800, b), ...cells(780, a, ['', '', 'de rest van de rij die de pagina afsneed.', ''])], [...under(810, b), ...under(795, b), ...under(770, a)]);
    expect(rowsOf(layoutPages([first, apart]))).toHaveLength(1);
  });
});

describe('layoutPages: tables with vertical rules only', () => {
  // Cell sides drawn cell by cell: one segment per row and column edge, none under the last row.
  const sides = (ys: number[]): PageData['rules'] => [0, 150, 300].flatMap((x) => ys.slice(1).map((y, k) => ({ x0: x - 0.25, x1: x + 0.25, y0: y, y1: ys[k] as number })));
  const underHeader = (y: number): PageData['rules'] => [{ x0: 0, x1: 300, y0: y - 0.5, y1: y + 0.5 }];
  const page = (n: number, runs: TextRun[], rules: PageData['rules']): PageData => ({ page: n, width: 595, height: 842, runs, rules, fills: [], links: [] });
  const header = (y: number) => textLine(y, [["Thema's & ambitie", 3], ['Acties zoals in NDS', 153]], { bold: true });
  const rowsOf = (blocks: ReturnType<typeof layoutPages>): string[][] => blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text)) : []));
  // A page of prose down to the foot of the page (where text ends on a full page).
  const prose = (n: number) => page(n, [run('Het kabinet zet in op digitale inclusie.', 40, 800), run('Dat blijft zo.', 40, 60)], []);
  // A page with one such table: its header (as `head` sets it), one row, and side rules down to `foot`.
  const tablePage = (n: number, cells: [string, string], foot: number, head = header): PageData =>
    page(n, [...head(790), ...textLine(765, [[cells[0], 3], [cells[1], 153]])], [...underHeader(780), ...sides([800, 780, foot])]);

  it('joins the last line of a cut row’s first cell, set over the repeated header on the next page, to that cell when it goes on mid-sentence', () => {
    // wkhtmltopdf, B5, rules between the columns only (aj-wk, pp. 25–26 measured): `12) We
    // initiëren een …, internationale samenwerking en` at the foot, `strategische acquisitie.` at
    // the top of the next page, over the header it repeats.
    const cut = tablePage(2, ['12) We initiëren een agenda en', 'Een marktanalyse.'], 58);
    const over = (text: string) => page(3, [run(text, 3, 810), ...header(790), ...textLine(765, [['13) Er komt een loket.', 3], ['Het loket is open.', 153]])], [...underHeader(780), ...sides([800, 780, 700])]);
    expect(rowsOf(layoutPages([prose(1), cut, over('strategische acquisitie.'), prose(4)]))).toEqual([
      ["Thema's & ambitie", 'Acties zoals in NDS'],
      ['12) We initiëren een agenda en strategische acquisitie.', 'Een marktanalyse.'],
      ['13) Er komt een loket.', 'Het loket is open.'],
    ]);
    // (A line there that opens in capitals, a note or a heading at the margin, stays the page's.)
    expect(rowsOf(layoutPages([prose(1), cut, over('Kamerstuk 26 643, nr. 623.'), prose(4)])).flat()).not.toContain('12) We initiëren een agenda en Kamerstuk 26 643, nr. 623.');
  });

  it('closes a table whose rules stop well above the foot of the page: the next page’s first row is a row of its own', () => {
    const first = tablePage(2, ['Digitale overheid', '3) Een agenda'], 500);
    const second = tablePage(3, ['', '4) Voor de zomer stuurt het kabinet een brief.'], 700);
    expect(rowsOf(layoutPages([prose(1), first, second, prose(4)]))).toEqual([
      ["Thema's & ambitie", 'Acties zoals in NDS'],
      ['Digitale overheid', '3) Een agenda'],
      ['', '4) Voor de zomer stuurt het kabinet een brief.'],
    ]);
    // Rules that reach the foot of the page: the page cut the row, whose rest opens the next page.
    const cut = tablePage(2, ['Digitale overheid', '3) Een agenda voor de'], 58);
    const rest = tablePage(3, ['', 'digitale overheid.'], 700);
    expect(rowsOf(layoutPages([prose(1), cut, rest, prose(4)]))).toEqual([
      ["Thema's & ambitie", 'Acties zoals in NDS'],
      ['Digitale overheid', '3) Een agenda voor de digitale overheid.'],
    ]);
  });

  it('keeps a row that ended at the foot of the page apart from the next page’s first row when the text says it ended, though no rule closed it', () => {
    // A connectivity table (rows without action numbers): rules between its columns only, none
    // under its rows, so its last row on a page is open at the bottom whether or not it was cut.
    const head = (y: number) => textLine(y, [['Actie', 3], ['Stand van zaken', 153]], { bold: true });
    const cut = tablePage(2, ['Het updaten van de handreiking uit 2010.', 'Handreikingen zijn gepubliceerd.'], 58, head);
    const next = tablePage(3, ['In gesprek gaan met de provincies.', 'De eerste best practices staan online.'], 700, head);
    expect(rowsOf(layoutPages([prose(1), cut, next, prose(4)]))).toEqual([
      ['Actie', 'Stand van zaken'],
      ['Het updaten van de handreiking uit 2010.', 'Handreikingen zijn gepubliceerd.'],
      ['In gesprek gaan met de provincies.', 'De eerste best practices staan online.'],
    ]);
    // Text that goes on mid-sentence, or a cell of sentences that broke off, is the cut row's rest.
    const broke = tablePage(2, ['Het updaten van de handreiking uit', 'Handreikingen zijn gepubliceerd.'], 58, head);
    const rest = tablePage(3, ['2010.', 'De eerste best practices staan online.'], 700, head);
    expect(rowsOf(layoutPages([prose(1), broke, rest, prose(4)]))).toEqual([
      ['Actie', 'Stand van zaken'],
      ['Het updaten van de handreiking uit 2010.', 'Handreikingen zijn gepubliceerd. De eerste best practices staan online.'],
    ]);
    // In a table ruled under its rows, no rule under the last row is the cut: the rows are joined.
    const across = (y: number) => ({ x0: 0, x1: 300, y0: y - 0.5, y1: y + 0.5 });
    const ruled = page(2, [...head(790), ...textLine(765, [['Het plan is klaar.', 3], ['Het is verstuurd.', 153]]), ...textLine(725, [['Het updaten van de handreiking uit 2010.', 3], ['Handreikingen zijn gepubliceerd.', 153]])], [across(800), across(780), across(740), ...sides([800, 780, 740, 58])]);
    const ruledNext = page(3, [...head(790), ...textLine(765, [['In gesprek gaan met de provincies.', 3], ['De eerste best practices staan online.', 153]])], [across(800), across(780), across(700), ...sides([800, 780, 700])]);
    expect(rowsOf(layoutPages([prose(1), ruled, ruledNext, prose(4)]))[2]).toEqual(['Het updaten van de handreiking uit 2010. In gesprek gaan met de provincies.', 'Handreikingen zijn gepubliceerd. De eerste best practices staan online.']);
  });

  it('joins a word wider than its cell that the page cut, its first part at the foot and the rest atop the next page, where the layout breaks such words (LibreOffice)', () => {
    // pandoc's ODT laid out by LibreOffice, narrow columns, measured: `Doelmatig` / `frequentiegebr`
    // end the page, `uik` opens the next one's first cell; elsewhere in the document such words
    // break within a page (`samenwerkingsverba` / `nden`), a part that reaches the cell's edge alone
    // on its line, and its prose writes them whole.
    const text = 'Met samenwerkingsverbanden en frequentiebanden voor frequentiegebruik zijn kamerbrieven verstuurd, zo is het.';
    // (A first column's line: parts of broken words reach its edge, at 80.)
    const first = (t: string, y: number) => run(t, 3, y, { width: /^(samenwerkingsverba|frequentieband|kamerbriev|frequentiegebr)$/.test(t) ? 77 : t.length * 5 });
    const table = (n: number, lines: [string, string][]) =>
      page(n, [...header(790), ...lines.flatMap(([a, b], k) => [first(a, 765 - 12 * k), ...(b === '' ? [] : [run(b, 153, 765 - 12 * k)])])], [...underHeader(780), ...sides([800, 780, n === 2 ? 58 : 700])]);
    const cut = table(2, [
      ['De', '1) Het plan'],
      ['samenwerkingsverba', ''],
      ['nden en', ''],
      ['frequentieband', ''],
      ['en voor 5G', ''],
      ['Over de', ''],
      ['kamerbriev', ''],
      ['en en de', ''],
      ['Doelmatig', ''],
      ['frequentiegebr', ''],
    ]);
    const rest = table(3, [['uik', 'is verstuurd.']]);
    const before = page(1, [run(text, 40, 800), run('Dat blijft zo.', 40, 60)], []);
    expect(rowsOf(layoutPages([before, cut, rest, prose(4)]))[1]).toEqual(['De samenwerkingsverbanden en frequentiebanden voor 5G Over de kamerbrieven en de Doelmatig frequentiegebruik', '1) Het plan is verstuurd.']);
    // (A layout that only wraps between words: the rest is a word of its own.)
    const wrapped = (n: number, lines: [string, string][]) => page(n, [...header(790), ...lines.flatMap(([a, b], k) => textLine(765 - 12 * k, [[a, 3], [b, 153]]))], [...underHeader(780), ...sides([800, 780, n === 2 ? 58 : 700])]);
    expect(rowsOf(layoutPages([prose(1), wrapped(2, [['Doelmatig', '1) Het'], ['frequentiegebr', 'plan']]), wrapped(3, [['uik', 'gaat door.']]), prose(4)]))[1]).toEqual(['Doelmatig frequentiegebr uik', '1) Het plan gaat door.']);
  });

  it('keeps the next page’s first row apart from a row that ended at the foot, though a title cell without a full stop stands in it (groff, no rules at all)', () => {
    // A connectivity table set without rules: the page ends with its first row, whose Opgave is a
    // title (no full stop); the next page opens, with no header, with the second row under an empty Opgave.
    const head = (y: number) => textLine(y, [['Opgave', 40], ['Actie', 200], ['Stand van zaken', 360]]);
    const foot = (n: number, runs: TextRun[]) => page(n, runs, []);
    const status = ['WRC19 heeft onder meer', 'geresulteerd in een', 'aanvullende identificatie', 'in de band 470-960', 'MHz (UHF-band).'];
    const first = foot(2, [
      ...head(790),
      ...textLine(770, [['Het bestemmen en verdelen', 40], ['Het internationaal', 200], [status[0] as string, 360]]),
      ...textLine(758, [['van frequentiebanden', 40], ['afstemmen.', 200], [status[1] as string, 360]]),
      ...status.slice(2).map((t, k) => run(t, 360, 746 - 12 * k)),
      ...Array.from({ length: 56 }, (_, k) => run('en verder.', 360, 710 - 12 * k)),
    ]);
    const next = foot(3, textLine(790, [['Het opstellen van de Nota.', 200], ['De nota is in juni verstuurd.', 360]]));
    const rows = rowsOf(layoutPages([prose(1), first, next, prose(4)]));
    expect(rows[1]?.slice(0, 2)).toEqual(['Het bestemmen en verdelen van frequentiebanden', 'Het internationaal afstemmen.']);
    expect(rows[1]?.[2]).toMatch(/^WRC19 heeft onder meer .* en verder\.$/);
    expect(rows[2]).toEqual(['', 'Het opstellen van de Nota.', 'De nota is in juni verstuurd.']);
  });

  it('keeps a theme row at the foot of the page (a bold title, no full stop) apart from the row with the next action number that opens the next page', () => {
    // Chromium, US Letter landscape, side rules only, measured: the page ends with the header and
    // the theme row `Een dynamische` / `digitale economie`; the next opens with `Competitieve markten`.
    const theme = page(2, [...header(790), run('Een dynamische', 3, 768, { bold: true }), run('digitale economie', 3, 758, { bold: true })], [...underHeader(780), ...sides([800, 780, 58])]);
    const next = (ambition: string) => page(3, [...header(790), ...textLine(765, [[ambition, 3], ['26) Er komt onderzoek.', 153]], { bold: true })], [...underHeader(780), ...sides([800, 780, 700])]);
    expect(rowsOf(layoutPages([prose(1), theme, next('Competitieve markten'), prose(4)]))).toEqual([
      ["Thema's & ambitie", 'Acties zoals in NDS'],
      ['Een dynamische digitale economie', ''],
      ['Competitieve markten', '26) Er komt onderzoek.'],
    ]);
    // (A title going on in lower case is the cut row's rest.)
    expect(rowsOf(layoutPages([prose(1), theme, next('en markten'), prose(4)]))[1]?.[0]).toBe('Een dynamische digitale economie en markten');
  });

  it('reads a note number alone on a cell’s last line as the note reference of the line above it', () => {
    const runs = [...header(790), ...textLine(765, [['Digitale overheid', 3], ['3) Best practices conform de', 153]]), run('motie Weverling.', 153, 753), run('66', 153, 745, { size: 6, width: 6 })];
    const blocks = layoutPages([prose(1), page(2, runs, [...underHeader(780), ...sides([800, 780, 700])]), prose(3)]);
    const cell = blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []))[1]?.cells[1];
    expect(cell?.text).toBe('3) Best practices conform de motie Weverling.');
    expect(JSON.stringify(cell?.blocks)).toContain('"footnoteRefs":[66]');
  });

  it('takes a list item’s bullet off once more when the item’s text repeats it (LibreOffice draws its own before a `•` the HTML wrote)', () => {
    const runs = [...header(790), ...textLine(765, [['Digitale inclusie', 3]]), run('•', 153, 765, { width: 3.5 }), run('• Uiterlijk 23 september 2020', 167.1, 765), run('moet aan de eisen zijn voldaan.', 167.1, 753)];
    const blocks = layoutPages([prose(1), page(2, runs, [...underHeader(780), ...sides([800, 780, 700])]), prose(3)]);
    const cell = blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []))[1]?.cells[1];
    expect(cell?.blocks).toMatchObject([{ kind: 'list', items: [{ text: 'Uiterlijk 23 september 2020 moet aan de eisen zijn voldaan.' }] }]);
  });

  it('never joins a cell of figures at the foot of a page to one at the top of the next: a figure is not cut', () => {
    const years = (y: number) => textLine(y, [['(x € 1 mln)', 3], ['2020', 153]], { bold: true });
    const cut = tablePage(2, ['PPS-toeslag', '137'], 58, years);
    const next = tablePage(3, ['Internationaal innoveren', '41'], 700, years);
    expect(rowsOf(layoutPages([prose(1), cut, next, prose(4)]))).toEqual([
      ['(x € 1 mln)', '2020'],
      ['PPS-toeslag', '137'],
      ['Internationaal innoveren', '41'],
    ]);
  });
});

describe('continues: a cell\'s paragraph the page cut, going on atop the next page', () => {
  it('goes on after an abbreviation\'s stop when a lowercase word follows (a sentence opens with a capital)', () => {
    // WeasyPrint at 13 pt, action 21's status: the page cut `… verbonden met de 48 mln.` | `van de motie Wiersma (3 jaar);`.
    expect(continues('SLIM-subsidieregeling is ingegaan in 2020, verbonden met de 48 mln.', 'van de motie Wiersma (3 jaar);')).toBe(true);
    expect(continues('Opstellen discussie-notitie t.b.v.', 'verdere besluitvorming en externe communicatie.')).toBe(true);
    expect(continues('de nota is verstuurd naar de', 'Kamer en wordt uitgevoerd.')).toBe(true);
  });

  it('goes on in a number after the abbreviation that numbers it (`nr.` / `13)`), and only there', () => {
    // (WeasyPrint, hanging indents, action 26's plans cut by the page: `… 2019-2020: 35134, nr.` | `13). De Europese Commissie …`.)
    expect(continues('(zoals toegelicht in kamerstuk: TK, 2019-2020: 35134, nr.', '13). De Europese Commissie heeft in haar digitale strategie')).toBe(true);
    expect(continues('zie art.', '5 van de Telecommunicatiewet')).toBe(true);
    // (Bad input: a short word that ends a sentence, then a paragraph opening with a figure.)
    expect(continues('Het kan zo niet.', '13 gemeenten doen mee aan de pilot.')).toBe(false);
    expect(continues('35134, nr.', 'De Europese Commissie heeft in haar digitale strategie')).toBe(false);
  });

  it('goes on after a closing bracket when a lowercase word follows', () => {
    // (WeasyPrint, the 2023 edition, action 10's status cut by the page: `… Innovation Research (SBIR)` | `willen we werken aan …`.)
    expect(continues('Met Small Business Innovation Research (SBIR)', 'willen we werken aan verbreding van een netwerk')).toBe(true);
    expect(continues('Het actieplan (LLO)', 'Het kabinet zet in op …')).toBe(false);
  });

  it('does not go on after a sentence\'s end, nor into an enumerated point', () => {
    expect(continues('verbonden met de 48 mln.', 'Er volgt een evaluatiekader voor experimenten.')).toBe(false);
    expect(continues('De website is vernieuwd met een nieuw adres: overalsnelinternet.nl.', 'kennisplatform is voortgezet.')).toBe(false);
    expect(continues('Het convenant is eind 2019 met een jaar verlengd.', 'van de partijen geven aan …')).toBe(false);
    expect(continues('in werking te laten treden', '2. Bevorderen leercultuur MKB')).toBe(false);
    expect(continues('de 48 mln.', 'a) de eerste tranche')).toBe(false);
  });
});

describe('layoutPages: rows the page cut, with rules under rows only', () => {
  // A rule line drawn cell by cell, as producers that rule only under rows draw it.
  const ruleUnder = (y: number): PageData['rules'] => [0, 150, 300].map((x) => ({ x0: x, x1: x + 150, y0: y - 0.25, y1: y + 0.25 }));
  const page = (n: number, runs: TextRun[], rules: PageData['rules']): PageData => ({ page: n, width: 595, height: 842, runs, rules, fills: [], links: [] });
  const header = [run('Thema', 3, 800, { bold: true }), run('Acties zoals in NDS', 153, 800, { bold: true }), run('Wie (Tijd)', 303, 800, { bold: true })];
  const rowsOf = (blocks: ReturnType<typeof layoutPages>): string[][] =>
    blocks.flatMap((b) => (b.kind === 'table' ? b.rows.map((r) => r.cells.map((c) => c.text)) : [[`${b.kind}: ${'text' in b ? b.text : ''}`]]));

  it('reads a page that holds only the header’s rule over one tall row the page cut as ruled, in a document whose tables are ruled under their rows', () => {
    const first = page(
      1,
      [...header, run('Digitale overheid', 3, 775), run('3) Een agenda', 153, 775), run('BZK (Doorlopend)', 303, 775), run('4) Een brief', 153, 745), run('IenW', 303, 745), run('5) Een wet', 153, 715), run('EZK', 303, 715)],
      [...ruleUnder(790), ...ruleUnder(760), ...ruleUnder(730), ...ruleUnder(700)],
    );
    // Page 2: the repeated header, its rule, and the start of one tall row down to the page's foot
    // (its own rule comes on page 3, over the row's rest).
    const tall = [...header, run('Weerbaarheid', 3, 775), run('36) De Brede Agenda Digitale', 153, 775), run('BZK (Doorlopend)', 303, 775), run('versterken', 3, 763), run('Overheid zal een pakket', 153, 763), run('van maatregelen bevatten.', 153, 751), run('De BIO is het normenkader.', 153, 739)];
    const second = page(2, tall, ruleUnder(790));
    const third = page(3, [run('Het wordt in 2020 vastgesteld.', 153, 800), run('Digitaal', 3, 775), run('37) Het kabinet zet zich in', 153, 775), run('EZK', 303, 775)], [...ruleUnder(790), ...ruleUnder(760)]);
    const rows = rowsOf(layoutPages([first, second, third]));
    expect(rows).toContainEqual(['Weerbaarheid versterken', '36) De Brede Agenda Digitale Overheid zal een pakket van maatregelen bevatten. De BIO is het normenkader. Het wordt in 2020 vastgesteld.', 'BZK (Doorlopend)']);
  });

  it('takes the lines under the last rule, laid in the columns, as the start of a row, and the lines above the first rule of the next page as its rest', () => {
    const first = page(
      1,
      [...header, run('Digitale overheid', 3, 775), run('3) Een agenda', 153, 775), run('BZK (Doorlopend)', 303, 775), run('Slimme mobiliteit', 3, 735), run('4) Voor de zomer stuurt', 153, 735), run('het kabinet een brief over', 153, 723)],
      [...ruleUnder(790), ...ruleUnder(760)],
    );
    const second = page(2, [run('Smart Mobility op de weg.', 153, 800), run('IenW (Doorlopend)', 303, 800), run('5) Een derde actie', 153, 775), run('EZK (Q2)', 303, 775)], [...ruleUnder(790), ...ruleUnder(760)]);
    expect(rowsOf(layoutPages([first, second]))).toEqual([
      ['Thema', 'Acties zoals in NDS', 'Wie (Tijd)'],
      ['Digitale overheid', '3) Een agenda', 'BZK (Doorlopend)'],
      ['Slimme mobiliteit', '4) Voor de zomer stuurt het kabinet een brief over Smart Mobility op de weg.', 'IenW (Doorlopend)'],
      ['', '5) Een derde actie', 'EZK (Q2)'],
    ]);
  });

  it('takes a line under the last rule that opens with an action number, alone in its column, as the start of a row the page cut (cells centred: the tallest cell\'s first line)', () => {
    // wkhtmltopdf, rules under rows, cells centred, p. 20 measured: `12) We initiëren een` alone at
    // the page's foot, the action's other lines and its row's other cells on the next page.
    const first = page(1, [...header, run('Digitale overheid', 3, 775), run('11) Een agenda', 153, 775), run('BZK (Doorlopend)', 303, 775), run('12) We initiëren een', 153, 735)], [...ruleUnder(790), ...ruleUnder(760)]);
    const second = page(2, [run('internationaliseringsagenda.', 153, 800), run('EZK (Q4)', 303, 800), run('13) Een derde actie', 153, 775), run('EZK (Q2)', 303, 775)], [...ruleUnder(790), ...ruleUnder(760)]);
    expect(rowsOf(layoutPages([first, second]))).toEqual([
      ['Thema', 'Acties zoals in NDS', 'Wie (Tijd)'],
      ['Digitale overheid', '11) Een agenda', 'BZK (Doorlopend)'],
      ['', '12) We initiëren een internationaliseringsagenda.', 'EZK (Q4)'],
      ['', '13) Een derde actie', 'EZK (Q2)'],
    ]);
    // (A line of prose there, alone in the first column, is no row: it stays the page's.)
    const prose = page(1, [...header, run('Digitale overheid', 3, 775), run('11) Een agenda', 153, 775), run('BZK (Doorlopend)', 303, 775), run('Zie ook de bijlage', 153, 735)], [...ruleUnder(790), ...ruleUnder(760)]);
    expect(rowsOf(layoutPages([prose]))).toContainEqual(['paragraph: Zie ook de bijlage']);
  });

  it('takes the lines of one cell that goes on alone, under the others at the foot of the page and above the next page’s first rule, into the row the page cut (wkhtmltopdf)', () => {
    // wkhtmltopdf, the 2021 edition, pages 22–23, measured (7.5 pt): rules drawn cell by cell under
    // each row; the status cell of action 17 runs on under the other cells, past a paragraph's gap,
    // to the page's foot (`Mbo` …), and on over the rule that closes the row on the next page.
    const columns = [14.4, 90.4, 136.0, 250.6, 534.2, 579.7];
    const ruled = (y: number): PageData['rules'] => columns.slice(1).map((x, k) => ({ x0: columns[k] as number, x1: x, y0: y, y1: y + 0.6 }));
    const at = (y: number, cells: [string, number][]) => cells.map(([t, x]) => run(t, x, y, { size: 7.5, width: t.length * 3.4 }));
    const first = page(
      1,
      [
        run('Ander werk, nieuwe', 16.7, 825.3, { size: 7.5, width: 64.6, bold: true }),
        ...at(794.2, [['16) In het', 92.8], ['Op dit moment wordt', 138.4], ['Overheid en onderwijs werken samen.', 252.7], ['OCW (Q2)', 536.6]]),
        ...at(642.1, [['17) In het', 92.8], ['Hoger onderwijs:', 138.4], ['Hoger onderwijs: in het plan.', 252.7], ['OCW', 536.6]]),
        ...at(633.4, [['mbo en het', 92.8], ['(Doorlopend)', 536.6]]),
        // (66 lines more of it, 8.63 pt apart, down to `organisatie.` at 55.4.)
        ...Array.from({ length: 66 }, (_, k) => at(625.9 - k * 8.63, [['de zone aan een integrale', 161.4]])).flat(),
        ...at(55.4, [['organisatie.', 161.4]]),
        ...at(38.7, [['Mbo', 138.4]]),
        ...at(22.6, [['Ook in de strategische', 161.4]]),
        ...at(13.9, [['Digitaliseringsagenda MBO,', 161.4]]),
      ],
      [...ruled(803.4), ...ruled(651.3)],
    );
    const second = page(
      2,
      [...at(816.7, [['van het hoger onderwijs,', 161.4]]), ...at(764.8, [['te intensiveren.', 161.4]]), ...at(740, [['18) We werken aan', 92.8], ['Afgerond.', 138.4], ['Geen.', 252.7], ['BZK', 536.6]])],
      [...ruled(752.7), ...ruled(720)],
    );
    const rows = rowsOf(layoutPages([first, second]));
    expect(rows.find((r) => r[1]?.startsWith('17)'))?.[2]).toMatch(/^Hoger onderwijs: .*organisatie\. Mbo Ook in de strategische Digitaliseringsagenda MBO, van het hoger onderwijs, te intensiveren\.$/);
    expect(rows.filter((r) => r[0]?.startsWith('paragraph'))).toEqual([]);
    // (The same lines in the first column, where notes stand, stay the page's: no cell goes on there.)
    const notes = page(1, [...first.runs.filter((r) => r.y > 50), ...at(38.7, [['Mbo', 16.7]]), ...at(22.6, [['Ook in de strategische', 16.7]])], first.rules);
    expect(rowsOf(layoutPages([notes])).filter((r) => r[0]?.startsWith('paragraph'))).toEqual([['paragraph: Mbo'], ['paragraph: Ook in de strategische']]);
  });

  it('takes the rest of a cut row above a heading that opens the next table, and leaves the heading to the page (wkhtmltopdf, zoomed)', () => {
    const first = page(
      1,
      [...header, run('Digitale overheid', 3, 775), run('3) Een agenda', 153, 775), run('BZK (Doorlopend)', 303, 775), run('Slimme mobiliteit', 3, 735), run('4) Voor de zomer stuurt', 153, 735), run('het kabinet een brief over', 153, 723)],
      [...ruleUnder(790), ...ruleUnder(760)],
    );
    const heading = run('2 Versterken van het fundament', 3, 770, { size: 14, bold: true, width: 240 });
    const second = (over: TextRun[]) =>
      page(2, [run('Smart Mobility op de weg.', 153, 800), run('IenW (Doorlopend)', 303, 800), ...over, ...header.map((r) => ({ ...r, y: 740 })), run('5) Een derde actie', 153, 715), run('EZK (Q2)', 303, 715)], [...ruleUnder(730), ...ruleUnder(700)]);
    const rows = rowsOf(layoutPages([first, second([heading])]));
    expect(rows).toContainEqual(['Slimme mobiliteit', '4) Voor de zomer stuurt het kabinet een brief over Smart Mobility op de weg.', 'IenW (Doorlopend)']);
    expect(rows).toContainEqual(['heading: 2 Versterken van het fundament']);
    expect(rows.flat().filter((t) => t.includes('Smart Mobility'))).toHaveLength(1);
    // (Prose across the columns at the page's top opens the page: what stands under it is no rest of a row.)
    const prose = run('Een zin die over de kolommen heen loopt en verder gaat tot de rand.', 3, 815, { width: 340 });
    expect(rowsOf(layoutPages([first, second([prose, heading])]))).toContainEqual(['Slimme mobiliteit', '4) Voor de zomer stuurt het kabinet een brief over', '']);
  });

  it('keeps once a row at the foot of a page that the next page draws again, whole and ruled', () => {
    const years = [run('(x € 1 mln)', 3, 800, { bold: true }), run('2020', 153, 800, { bold: true }), run('2021', 303, 800, { bold: true })];
    const first = page(1, [...years, run('PPS-toeslag', 3, 775), run('137', 153, 775), run('170', 303, 775)], ruleUnder(790));
    const second = page(2, [run('PPS-toeslag', 3, 800), run('137', 153, 800), run('170', 303, 800), run('Internationaal innoveren', 3, 775), run('41', 153, 775), run('41', 303, 775)], [...ruleUnder(810), ...ruleUnder(790), ...ruleUnder(760)]);
    expect(rowsOf(layoutPages([first, second]))).toEqual([
      ['(x € 1 mln)', '2020', '2021'],
      ['PPS-toeslag', '137', '170'],
      ['Internationaal innoveren', '41', '41'],
    ]);
  });

  it('drops the copy of the cut line that a producer draws again above the first rule of the next page', () => {
    const first = page(
      1,
      [...header, run('Digitale overheid', 3, 775), run('3) Een agenda', 153, 775), run('BZK (Doorlopend)', 303, 775), run('Slimme mobiliteit', 3, 735), run('4) Voor de zomer stuurt', 153, 735), run('het kabinet een brief over', 153, 723)],
      [...ruleUnder(790), ...ruleUnder(760)],
    );
    const rest = [run('Smart Mobility op de weg.', 153, 800), run('IenW (Doorlopend)', 303, 800)];
    const next = (withRest: boolean): PageData =>
      page(2, [run('het kabinet een brief over', 153, 812), ...(withRest ? rest : []), run('5) Een derde actie', 153, 775), run('EZK (Q2)', 303, 775)], [...ruleUnder(790), ...ruleUnder(760)]);
    expect(rowsOf(layoutPages([first, next(true)]))[2]).toEqual(['Slimme mobiliteit', '4) Voor de zomer stuurt het kabinet een brief over Smart Mobility op de weg.', 'IenW (Doorlopend)']);
    // Only the copy above the first rule: it goes, and is no paragraph either.
    const rows = rowsOf(layoutPages([first, next(false)]));
    expect(rows[2]).toEqual(['Slimme mobiliteit', '4) Voor de zomer stuurt het kabinet een brief over', '']);
    expect(rows.flat().filter((t) => t.includes('het kabinet een brief over'))).toHaveLength(1);
  });

  it('says when a cell line runs across a gap between two columns (columns not told apart): an error with the place of the table', () => {
    const rows = [...header, run('Digitale overheid', 3, 775), run('3) Een agenda', 153, 775), run('BZK (Doorlopend)', 303, 775)];
    const notes: Diagnostic[] = [];
    layoutPages([page(1, rows, [...ruleUnder(790), ...ruleUnder(760)])], notes);
    expect(notes).toEqual([]);
    // Two texts 40 pt apart inside the first cell: a gutter, not a word space.
    layoutPages([page(1, [...rows, run('op van', 3, 765), run('Rijksoverheid.nl', 73, 765)], [...ruleUnder(790), ...ruleUnder(760)])], notes);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ code: 'content-unread', severity: 'error', place: { page: 1 } });
    expect(notes[0]?.message).toContain('"op van Rijksoverheid.nl"');
    // A contents entry in a cell, its page number at a tab stop, is not taken for two columns.
    const toc: Diagnostic[] = [];
    layoutPages([page(1, [...rows, run('2.1 Prioriteiten', 3, 765), run('11', 130, 765, { width: 10 })], [...ruleUnder(790), ...ruleUnder(760)])], toc);
    expect(toc).toEqual([]);
  });

  it('takes no justified cell for two columns: word spaces stretched to fill the measure are no gutter, a gap that runs down the table is', () => {
    // The actions column set justified (its text from x 153 to 283, a run per word as Chromium sets
    // it): each line's spaces stretched alike to fill the measure, 35 pt on two of them.
    const justifiedCell = [
      ...textLine(775, [['3)', 153], ['Een', 171.3], ['ambitieuze,', 194.7], ['brede', 258]]),
      ...textLine(765, [['agenda', 153], ['voor', 218], ['de', 273]]),
      ...textLine(755, [['digitalisering', 153], ['wordt', 258]]),
      ...textLine(745, [['elke', 153], ['zomer', 191.3], ['naar', 234.7], ['de', 273]]),
      run('Kamer gestuurd.', 153, 735),
    ];
    const rows = [...header, run('Digitale overheid', 3, 775), ...justifiedCell, run('BZK', 303, 775)];
    const notes: Diagnostic[] = [];
    const blocks = layoutPages([page(1, rows, [...ruleUnder(790), ...ruleUnder(725)])], notes);
    expect(notes).toEqual([]);
    expect(rowsOf(blocks)[1]).toEqual(['Digitale overheid', '3) Een ambitieuze, brede agenda voor de digitalisering wordt elke zomer naar de Kamer gestuurd.', 'BZK']);
    // A cell of one justified line of two words: the measure it fills is its column's, shown by
    // another row's cell (`EZK     BZK` over `(Q2)`, under a row whose text reaches that edge).
    const first = [...header, run('Digitale overheid', 3, 775), ...justifiedCell, run('BZK (Doorlopend)', 303, 775)];
    const owners = [run('EZK', 303, 715), run('BZK', 368, 715), run('(Q2)', 303, 705)];
    const wide: Diagnostic[] = [];
    const two = layoutPages([page(1, [...first, run('Digitaal', 3, 715), run('4) Een brief', 153, 715), ...owners], [...ruleUnder(790), ...ruleUnder(725), ...ruleUnder(690)])], wide);
    expect(wide).toEqual([]);
    expect(rowsOf(two)[2]).toEqual(['Digitaal', '4) Een brief', 'EZK BZK (Q2)']);
    // A page that holds one row of the table: the line fills its cell from padding to padding
    // (3 pt in from the cell's left rule, 3 pt from its right one), which no other line shows.
    const lone = [...header, run('Digitaal', 3, 775), run('realiseren', 153, 775), run('voor', 277, 775), run('BZK', 303, 775)];
    const filled: Diagnostic[] = [];
    layoutPages([page(1, lone, [...ruleUnder(790), ...ruleUnder(760)])], filled);
    expect(filled).toEqual([]);
    // (Its last letter's side bearing may leave it 2 pt short of the padding, as Chromium's
    // justified theme `onderzoek          en` measured; not a third of the type's size.)
    const bearing = (end: number): Diagnostic[] => {
      const said: Diagnostic[] = [];
      layoutPages([page(1, [...header, run('Digitaal', 3, 775), run('realiseren', 153, 775), run('voor', end - 20, 775), run('BZK', 303, 775)], [...ruleUnder(790), ...ruleUnder(760)])], said);
      return said;
    };
    expect(bearing(295.2)).toEqual([]);
    expect(bearing(293.5)).toEqual([expect.objectContaining({ code: 'content-unread' })]);
    // Bad input: a bracket alone at the far side (the rest of another column's cell) is no word.
    const bracket: Diagnostic[] = [];
    layoutPages([page(1, [...header, run('Digitaal', 3, 775), run('realiseren', 153, 775), run(')', 292, 775), run('BZK', 303, 775)], [...ruleUnder(790), ...ruleUnder(760)])], bracket);
    expect(bracket).toEqual([expect.objectContaining({ code: 'content-unread' })]);
    // A justified who cell whose first line is two texts, the second no word (`EZK        (Q3-4)`):
    // rules drawn down both sides of its cell, beside the line, hold it in one column.
    const down = [0, 150, 300, 450].map((x) => ({ x0: x - 0.25, x1: x + 0.25, y0: 725, y1: 810 }));
    const owner = [...header, run('Digitaal', 3, 775), run('3) Een agenda', 153, 775), run('EZK', 303, 775), run('(Q3-4)', 417, 775), run('(Doorlopend)', 303, 765)];
    const ruled: Diagnostic[] = [];
    expect(rowsOf(layoutPages([page(1, owner, [...ruleUnder(790), ...ruleUnder(725), ...down])], ruled))[1]).toEqual(['Digitaal', '3) Een agenda', 'EZK (Q3-4) (Doorlopend)']);
    expect(ruled).toEqual([]);
    // (Bad input: a rule down one side only, or none beside the line, holds nothing.)
    const oneSide: Diagnostic[] = [];
    layoutPages([page(1, owner, [...ruleUnder(790), ...ruleUnder(725), ...down.slice(0, 3)])], oneSide);
    expect(oneSide).toEqual([expect.objectContaining({ code: 'content-unread' })]);
    const above: Diagnostic[] = [];
    layoutPages([page(1, owner, [...ruleUnder(790), ...ruleUnder(725), ...down.map((r) => ({ ...r, y0: 790 }))])], above);
    expect(above).toEqual([expect.objectContaining({ code: 'content-unread' })]);
    // Bad input: the same cell beside text of a column it took in too (a gutter from x 240 to 260 on
    // every line, with ordinary word spaces on either side): still an error.
    const merged = [
      run('3) Een agenda', 153, 775), run('Is gelanceerd.', 260, 775),
      run('voor de overheid', 153, 765), run('Het plan is', 260, 765),
      run('wordt gestuurd.', 153, 755), run('vastgesteld.', 260, 755),
    ];
    const mixed: Diagnostic[] = [];
    layoutPages([page(1, [...header, run('Digitale overheid', 3, 775), ...merged, run('BZK', 303, 745)], [...ruleUnder(790), ...ruleUnder(725)])], mixed);
    expect(mixed).toEqual([expect.objectContaining({ code: 'content-unread', severity: 'error' })]);
    expect(mixed[0]?.message).toContain('columns were not told apart');
    // A page that holds a table's header and one line of a theme, justified in its narrow cell
    // (wkhtmltopdf, `Een          dynamische`): the label over the column runs across where the
    // second word starts, so no column starts there.
    const labelled = (label: string): Diagnostic[] => {
      const said: Diagnostic[] = [];
      const top = [run(label, 3, 800, { bold: true }), run('Acties zoals in NDS', 153, 800, { bold: true }), run('Wie (Tijd)', 303, 800, { bold: true })];
      layoutPages([page(1, [...top, run('Een', 6, 775, { bold: true }), run('dynamische', 60, 775, { bold: true })], [...ruleUnder(790), ...ruleUnder(760)])], said);
      return said;
    };
    expect(labelled("Thema's & ambitie")).toEqual([]);
    // (Bad input: a label that names no column, or one that ends before the word, says nothing.)
    expect(labelled('Toelichting bij de rij')).toEqual([expect.objectContaining({ code: 'content-unread' })]);
    expect(labelled('Thema')).toEqual([expect.objectContaining({ code: 'content-unread' })]);
  });

  it('joins a word its cell broke where the rest opens a line in another cell too (ReportLab: `samenwerki` / `ngsverbanden`)', () => {
    const cellRows = [
      run('Digitaal', 3, 775), run('3) Er zijn 20 samenwerkingsverbanden opgericht.', 153, 775, { width: 140 }), run('EZK', 303, 775),
      run('Weerbaar', 3, 745), run('4) Wederom € 1 mln. voor nieuwe samenwerki', 153, 745, { width: 144 }), run('ngsverbanden. Naar verwachting', 153, 735, { width: 100 }), run('BZK', 303, 745),
      run('Veilig', 3, 715), run('5) Vijf nieuwe samenwerki', 153, 715, { width: 144 }), run('ngsverbanden.', 153, 705, { width: 60 }), run('JenV', 303, 715),
    ];
    const rows = rowsOf(layoutPages([page(1, [...header, ...cellRows], [...ruleUnder(790), ...ruleUnder(760), ...ruleUnder(725), ...ruleUnder(695)])]));
    expect(rows.slice(1).map((r) => r[1])).toEqual(['3) Er zijn 20 samenwerkingsverbanden opgericht.', '4) Wederom € 1 mln. voor nieuwe samenwerkingsverbanden. Naar verwachting', '5) Vijf nieuwe samenwerkingsverbanden.']);
  });

  it('says when a line just outside a table starts where a later column’s text does (a cell’s rest no cell took)', () => {
    const rows = [...header, run('Digitale overheid', 3, 775), run('3) Een agenda', 153, 775), run('BZK (Doorlopend)', 303, 775)];
    const notes: Diagnostic[] = [];
    // The rest of the actions cell, set under the table's last rule with a gap: read as prose.
    layoutPages([page(1, [...rows, run('voor de digitale overheid.', 153, 735)], [...ruleUnder(790), ...ruleUnder(760)])], notes);
    expect(notes).toEqual([expect.objectContaining({ code: 'content-unread', severity: 'error', place: expect.objectContaining({ page: 1 }) })]);
    expect(notes[0]?.message).toContain('(e.g. "voor de digitale overheid.")');
    // A paragraph after the table starts at the text's margin: nothing to say.
    const none: Diagnostic[] = [];
    layoutPages([page(1, [...rows, run('Het kabinet zet in op digitale inclusie.', 3, 735)], [...ruleUnder(790), ...ruleUnder(760)])], none);
    expect(none).toEqual([]);
  });

  it('says when a row of figures stands outside every table (a total row the page carried over, read as prose): an error with its place', () => {
    // The header repeated over the total row of a budget table, with gutters a character wide and
    // no rules to bound a table: the row's five values would be in no record.
    const carried = [
      ...textLine(800, [['(x € 1 mln) Stand Voorjaarsnota 2020', 65], ['2020', 256], ['2021', 290], ['2022', 324], ['2023', 358], ['2024', 393]], { bold: true }),
      ...textLine(737, [['Totaal', 59], ['1.563', 252], ['1.607', 286], ['1.616', 320], ['1.629', 354], ['1.622', 388]], { bold: true }),
      run('* waaronder digitale innovatie, niet specifiek gelabeld', 56, 707),
    ];
    // (Under its repeated header, as far down as a row centred in a tall cell, it is the table's
    // row: each figure in the column its middle stands in, right-aligned a little left of its
    // centred label.)
    const read: Diagnostic[] = [];
    expect(tableRows(layoutPages([page(78, carried, [])], read))).toEqual([
      [
        ['(x € 1 mln) Stand Voorjaarsnota 2020', '2020', '2021', '2022', '2023', '2024'],
        ['Totaal', '1.563', '1.607', '1.616', '1.629', '1.622'],
      ],
    ]);
    expect(read).toEqual([]);
    // Further down than any row's cell would centre it, under the note, it is in no table.
    const apart = carried.map((r) => (r.text === 'Totaal' || /^1\./.test(r.text) ? { ...r, y: 660 } : r));
    const notes: Diagnostic[] = [];
    layoutPages([page(78, apart, [])], notes);
    expect(notes).toEqual([expect.objectContaining({ code: 'content-unread', severity: 'error', place: expect.objectContaining({ page: 78 }) })]);
    expect(notes[0]?.message).toContain('(e.g. "Totaal 1.563 1.607 1.616 1.629 1.622")');
    // Bad input for the check, none of it a lost row: years in running text (a run per word, as a
    // justified line sets them), a chart's scale without a label, a note with its number.
    const prose = [
      ...textLine(700, [['In', 40], ['2018,', 70], ['2019', 110], ['en', 150], ['2020', 180], ['steeg', 220], ['het', 260], ['budget.', 290]]),
      ...textLine(650, [['0', 40], ['20', 100], ['40', 160], ['60', 220], ['80', 280]]),
      run('67', 40, 600, { size: 7 }),
      run('Kamerstuk 26643, nr. 563.', 50, 600),
    ];
    const none: Diagnostic[] = [];
    layoutPages([page(3, prose, [])], none);
    expect(none).toEqual([]);
  });

  it('says when lines outside every table stand in columns (a table that was not read as one): an error with their place', () => {
    // The connectivity rows of a table whose header the page does not repeat, and no rules: prose.
    const columned = [
      ...textLine(700, [['Opstellen van een afwegingskader', 40], ['Afwegingskader is gepubliceerd op', 240], ['Afgerond', 440]]),
      ...textLine(688, [['diepteligging telecomkabels voor', 40], ['overalsnelinternet.nl en onder', 240]]),
      ...textLine(676, [['decentrale overheden door EZK,', 40], ['aandacht gebracht bij gemeenten', 240]]),
      ...textLine(664, [['door CROW.', 40]]),
    ];
    const notes: Diagnostic[] = [];
    layoutPages([page(3, columned, [])], notes);
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ code: 'content-unread', severity: 'error', place: { page: 3 } });
    expect(notes[0]?.message).toContain('3 lines');
    expect(notes[0]?.message).toContain('(e.g. "Opstellen van een afwegingskader Afwegingskader is');
    // Contents entries and running headers, whose only text after the gap is a page number, are not.
    const toc = [
      ...textLine(700, [['2.1 Prioriteiten', 40], ['11', 500]]),
      ...textLine(688, [['2.2 Artificiële intelligentie', 40], ['11', 500]]),
      ...textLine(676, [['2.3 Data delen en -toegang', 40], ['20', 500]]),
    ];
    const notesOf = (runs: TextRun[]): string[] => {
      const found: Diagnostic[] = [];
      layoutPages([page(3, runs, [])], found);
      return found.map((d) => d.code);
    };
    expect(notesOf(toc)).toEqual([]);
    // Nor are entries whose section number stands apart from the title (WeasyPrint, a contents table
    // with no rules): number · title · page. Bad input: a label and two figures on three lines are
    // a table's rows, not contents.
    const lines = (second: number, rows: [string, string, string][]) => rows.flatMap(([a, b, c], k) => textLine(700 - k * 12, [[a, 40], [b, second], [c, 500]]));
    expect(notesOf(lines(90, [['1', 'Inleiding', '5'], ['2', 'Digitalisering en corona', '10'], ['3', 'Nederlandse Digitaliseringsstrategie', '11']]))).toEqual([]);
    expect(notesOf(lines(200, [['PPS-toeslag', '137', '170'], ['Eurostars', '18', '18'], ['WBSO', '1.281', '1.281']]))).toContain('content-unread');
  });

  it('keeps a whole row at the foot of a table ruled above its rows apart from the row the next page opens with under a rule of its own', () => {
    const first = page(
      1,
      [...header.map((r) => ({ ...r, y: 200 })), run('Digitale overheid', 3, 180), run('3) Een agenda', 153, 180), run('BZK (Q2)', 303, 180), run('4) Een brief', 153, 160), run('IenW (Q3)', 303, 160)],
      [...ruleUnder(210), ...ruleUnder(190), ...ruleUnder(170)],
    );
    const second = page(2, [run('5) Een derde actie', 153, 800), run('EZK (Q4)', 303, 800), run('6) Een vierde actie', 153, 780), run('OCW (Q1)', 303, 780)], [...ruleUnder(810), ...ruleUnder(790)]);
    expect(rowsOf(layoutPages([first, second])).map((r) => r[1])).toEqual(['Acties zoals in NDS', '3) Een agenda', '4) Een brief', '5) Een derde actie', '6) Een vierde actie']);
  });

  it('heads a ruled table with the header set just above its first rule with no rule of its own, on the same page', () => {
    const prose = [run('De digitalisering heeft de afgelopen jaren een impuls gekregen, met een onderscheidend profiel.', 3, 400)];
    const labels = header.map((r) => ({ ...r, y: 280 }));
    const body = [run('Digitale overheid', 3, 255), run('3) Een agenda', 153, 255), run('BZK (Q2)', 303, 255), run('4) Een brief', 153, 230), run('IenW (Q3)', 303, 230)];
    const rows = rowsOf(layoutPages([page(1, [...prose, ...labels, ...body], [...ruleUnder(245), ...ruleUnder(220)])]));
    expect(rows.filter((r) => r.length === 3)).toEqual([
      ['Thema', 'Acties zoals in NDS', 'Wie (Tijd)'],
      ['Digitale overheid', '3) Een agenda', 'BZK (Q2)'],
      ['', '4) Een brief', 'IenW (Q3)'],
    ]);
  });

  it('keeps prose under a table and at the top of the next page out of the table', () => {
    const first = page(1, [...header, run('Digitale overheid', 3, 775), run('3) Een agenda', 153, 775), run('BZK (Doorlopend)', 303, 775), run('Na de tabel volgt gewone tekst over de hele breedte van', 3, 740)], [...ruleUnder(790), ...ruleUnder(760)]);
    const second = page(2, [run('de pagina, en die loopt hier door over de hele breedte.', 3, 800), ...header.map((r) => ({ ...r, y: 760 })), run('Bijlage', 3, 735), run('5) Een actie', 153, 735), run('EZK (Q2)', 303, 735)], [...ruleUnder(750), ...ruleUnder(725)]);
    const rows = rowsOf(layoutPages([first, second]));
    expect(rows).toContainEqual(['paragraph: Na de tabel volgt gewone tekst over de hele breedte van de pagina, en die loopt hier door over de hele breedte.']);
    expect(rows.filter((r) => r.length === 3)).toHaveLength(4);
  });

  it('keeps a whole row under the last rule a row of its own, and drops the copy of it a producer draws again on the next page', () => {
    const first = page(1, [...header, run('Europese Unie', 3, 775), run('22', 153, 775), run('27', 303, 775), run('Privaat', 3, 740), run('82', 153, 740), run('96', 303, 740)], [...ruleUnder(790), ...ruleUnder(760)]);
    const next = (copy: boolean): PageData =>
      page(
        2,
        [...(copy ? [run('Privaat', 3, 825), run('82', 153, 825), run('96', 303, 825)] : []), run('Kennisinstellingen', 3, 800), run('18', 153, 800), run('24', 303, 800), run('Totaal', 3, 775), run('178', 153, 775), run('241', 303, 775)],
        [...(copy ? ruleUnder(815) : []), ...ruleUnder(790), ...ruleUnder(760)],
      );
    const expected = [
      ['Thema', 'Acties zoals in NDS', 'Wie (Tijd)'],
      ['Europese Unie', '22', '27'],
      ['Privaat', '82', '96'],
      ['Kennisinstellingen', '18', '24'],
      ['Totaal', '178', '241'],
    ];
    expect(rowsOf(layoutPages([first, next(false)]))).toEqual(expected);
    expect(rowsOf(layoutPages([first, next(true)]))).toEqual(expected);
  });
});

describe('layoutPages: prose', () => {
  it('reads a draft set double-spaced (lines twice their size apart) as paragraphs, not as a paragraph a line', () => {
    // wkhtmltopdf, `line-height: 2`, measured: 11 pt type, baselines 22 pt apart, paragraphs 27 pt.
    const [a, b, c, d, e] = proseLines(5).map((t) => t.slice(0, 80).trim());
    const ys = [760, 738, 716, 689, 667];
    // (Each paragraph's last line ends short.)
    const widths = [440, 440, 210, 440, 180];
    const page = a4Page(1, [a, b, c, d, e].map((t, k) => run(t as string, 71, ys[k] as number, { size: 11, width: widths[k] as number })));
    const paragraphs = layoutPages([page]).filter((x) => x.kind === 'paragraph');
    expect(paragraphs.map((x) => ('text' in x ? x.text : ''))).toEqual([`${a} ${b} ${c}`, `${d} ${e}`]);
  });

  it('joins a paragraph that the page broke after a range\'s hyphen (`(2016-` / `2020).`) without a space; not a new paragraph after a sentence', () => {
    const prosePage = (n: number, lines: [string, number][]): PageData => ({ page: n, width: 595, height: 842, runs: lines.map(([t, y]) => run(t, 40, y)), rules: [], fills: [], links: [] });
    const first = prosePage(1, [
      ['Bovenop deze raming zijn in april 2020 projecten ter waarde van in totaal 35 miljoen', 700],
      ['gefinancierd voor de Nationale Roadmap Grootschalige Wetenschappelijke Infrastructuur (2016-', 688],
    ]);
    const paragraphs = (blocks: ReturnType<typeof layoutPages>) => blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''));
    expect(paragraphs(layoutPages([first, prosePage(2, [['2020). TNO coördineert sinds eind 2019 haar AI-activiteiten.', 780]])]))).toEqual([
      'Bovenop deze raming zijn in april 2020 projecten ter waarde van in totaal 35 miljoen gefinancierd voor de Nationale Roadmap Grootschalige Wetenschappelijke Infrastructuur (2016-2020). TNO coördineert sinds eind 2019 haar AI-activiteiten.',
    ]);
    // Bad input: a hyphen before `en` (`Kennis-` / `en Innovatie…`) keeps its space; a page that opens a new sentence after a full stop is a new paragraph.
    const kennis = prosePage(1, [['Eind 2019 is het Kennis-', 700]]);
    expect(paragraphs(layoutPages([kennis, prosePage(2, [['en Innovatieconvenant uitgebracht.', 780]])]))).toEqual(['Eind 2019 is het Kennis- en Innovatieconvenant uitgebracht.']);
    const closed = prosePage(1, [['Het plan is klaar.', 700]]);
    expect(paragraphs(layoutPages([closed, prosePage(2, [['2020 wordt het uitgevoerd.', 780]])]))).toHaveLength(2);
  });

  it('joins a paragraph whose last line on the page ran to the edge to the page after, though that one opens with a capital (`4% van het` / `Europese BBP`)', () => {
    const prosePage = (n: number, lines: [string, number][]): PageData => ({ page: n, width: 595, height: 842, runs: lines.map(([t, y]) => run(t, 40, y, { width: 500 })), rules: [], fills: [], links: [] });
    const paragraphs = (blocks: ReturnType<typeof layoutPages>) => blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''));
    const full = prosePage(1, [
      ['Data spelen een cruciale rol in de digitale transitie. De Europese data-economie groeit', 712],
      ['flink en is volgens de Europese Commissie goed voor circa 555 miljard euro, oftewel 4% van het', 700],
    ]);
    const next = prosePage(2, [['Europese BBP (in 2017 was dit nog 2,2%). Voor Nederland was dat in 2018 naar schatting 22', 780]]);
    expect(paragraphs(layoutPages([full, next]))).toEqual([
      'Data spelen een cruciale rol in de digitale transitie. De Europese data-economie groeit flink en is volgens de Europese Commissie goed voor circa 555 miljard euro, oftewel 4% van het Europese BBP (in 2017 was dit nog 2,2%). Voor Nederland was dat in 2018 naar schatting 22',
    ]);
    // (A last line that ended short of the edge, though without a full stop, ended its paragraph there.)
    const short = prosePage(1, [
      ['Data spelen een cruciale rol in de digitale transitie. De Europese data-economie groeit', 712],
      ['flink, zie de tabel hieronder', 700],
    ]);
    short.runs[1] = { ...(short.runs[1] as TextRun), width: 140 };
    expect(paragraphs(layoutPages([short, next]))).toHaveLength(2);
    // (Nor does an entry that opens with a bold lead carry on the one before, however full its line: the Proeftuin list.)
    const entry = (n: number, city: string, rest: string, y: number): PageData => ({ page: n, width: 595, height: 842, runs: [run(city, 40, y, { bold: true, width: 50 }), run(rest, 95, y, { width: 445 })], rules: [], fills: [], links: [] });
    const entries = paragraphs(layoutPages([entry(1, 'Marknesse', '• Automated Composites & Metal manufacturing and Maintenance (ACM3) | Smart Industry Fieldlab', 700), entry(2, 'Nijmegen', '• Chip Integration Technology Centre | Smart Industry Fieldlab', 780)]));
    expect(entries).toEqual(['Marknesse • Automated Composites & Metal manufacturing and Maintenance (ACM3) | Smart Industry Fieldlab', 'Nijmegen • Chip Integration Technology Centre | Smart Industry Fieldlab']);
  });

  it('joins a paragraph to the page after when the first word there would not have fitted on its last line (the page ended it, not the paragraph)', () => {
    // (WeasyPrint, the 2023 edition, 10 pt: the page's last line ends 35 pt short of the column's
    // edge, `… investeringsronde voor de`, and the next page opens with `Nationale`, 45 pt wide.)
    const prosePage = (n: number, lines: [string, number, number][]): PageData => ({ page: n, width: 595, height: 842, runs: lines.map(([t, y, width]) => run(t, 51.4, y, { width, size: 10 })), rules: [], fills: [], links: [] });
    const paragraphs = (blocks: ReturnType<typeof layoutPages>) => blocks.filter((b) => b.kind === 'paragraph').map((b) => (b.kind === 'paragraph' ? b.text : ''));
    const cut = prosePage(1, [
      ['Bovenop deze raming zijn in april 2020 nieuwe en voor AI-relevante projecten gefinancierd, en', 66.7, 488],
      ['ter waarde van in totaal €35 miljoen gefinancierd in de tweede investeringsronde voor de', 53.2, 456],
    ]);
    const next = prosePage(2, [['Nationale Roadmap Grootschalige Wetenschappelijke Infrastructuur (2016-2020). Eind 2020', 780, 470]]);
    expect(paragraphs(layoutPages([cut, next]))).toEqual([
      'Bovenop deze raming zijn in april 2020 nieuwe en voor AI-relevante projecten gefinancierd, en ter waarde van in totaal €35 miljoen gefinancierd in de tweede investeringsronde voor de Nationale Roadmap Grootschalige Wetenschappelijke Infrastructuur (2016-2020). Eind 2020',
    ]);
    // (A first word that would have fitted there opens a paragraph of its own.)
    const fits = prosePage(2, [['Om de ambities waar te maken zijn middelen nodig voor onderzoek en innovatie in AI.', 780, 420]]);
    expect(paragraphs(layoutPages([cut, fits]))).toHaveLength(2);
  });

  it('keeps the lines of a paragraph together on a page where one line (a long address) runs past the page edge', () => {
    const first = 'Investeringen in AI zijn belangrijk om de ambities en doelstellingen van het Strategisch Actieplan AI';
    const second = 'om uit de begroting een financiële impuls toe te kennen van in totaal 23,5 miljoen euro.';
    const page: PageData = {
      page: 1,
      width: 595,
      height: 842,
      runs: [run(first, 40, 700), run(second, 40, 688), run('https://www.example.org/rapport/een-heel-lang-adres-dat-over-de-rand-van-de-pagina-loopt.pdf', 40, 100, { size: 8, width: 700 })],
      rules: [],
      fills: [],
      links: [],
    };
    const paragraphs = layoutPages([page]).filter((b) => b.kind === 'paragraph');
    expect(paragraphs[0]).toMatchObject({ text: `${first} ${second}` });
  });

  const pageOf = (runs: TextRun[]): PageData => ({ page: 1, width: 595, height: 842, runs, rules: [], fills: [], links: [] });
  // Body text: lines of 10 pt at a 12 pt pitch, running to the column's edge (x 40–540).
  const full = (text: string, y: number): TextRun => run(text, 40, y, { width: 500 });

  it('reads a heading that the column wrapped before a word in upper case as one heading, but not a heading that ended short and the next under it', () => {
    // MuPDF on A5, measured: body lines to x 350; `Digitaliseringsstrategie` (182 pt wide) found no
    // room after `2 Nederlandse` (x 67.7–180); `2.1 Prioriteiten` would have fitted after its line.
    const body = (text: string, y: number): TextRun => run(text, 67.7, y, { size: 10.5, width: 282.3 });
    const page: PageData = {
      ...pageOf([
        run('2 Nederlandse', 67.7, 358.5, { size: 16.5, width: 112.3, bold: true }),
        run('Digitaliseringsstrategie', 67.7, 338.7, { size: 16.5, width: 181.9, bold: true }),
        run('2.1 Prioriteiten', 67.7, 308.5, { size: 16.5, width: 118, bold: true }),
        body('Het kabinet zet in op zes prioriteiten, die in deze paragraaf worden', 288),
        body('beschreven in hun samenhang met de acties die het kabinet neemt.', 275),
        body('Elk van die prioriteiten krijgt een eigen paragraaf met de acties.', 262),
      ]),
      width: 420,
      height: 595,
    };
    const headings = layoutPages([page]).filter((b) => b.kind === 'heading');
    expect(headings.map((b) => b.text)).toEqual(['2 Nederlandse Digitaliseringsstrategie', '2.1 Prioriteiten']);
  });

  it('keeps a paragraph whole on a page whose text stands further left than on the pages facing it (a book\'s left and right pages)', () => {
    // WeasyPrint, `@page :left` and `:right` margins 7 mm apart, measured: right pages set their
    // lines from 70.9 to 524.4, left pages from 51 to 504.5; `de` would fit after `noodregeling,`
    // only as far as the right pages reach.
    const lines = (x0: number, x1: number, count: number, top: number): TextRun[] =>
      Array.from({ length: count }, (_, k) => run(`Een regel tekst die tot aan de rand van de kolom loopt, nummer ${k}`, x0, top - k * 12.8, { size: 9.5, width: x1 - x0 }));
    // (Three pages of each: a place where one page sets its text, a contents page, keeps its width's edge.)
    const right = (n: number): PageData => ({ ...pageOf(lines(70.9, 524.4, 30, 780)), page: n });
    const left = (n: number): PageData => ({ ...pageOf(lines(51, 504.5, 30, 780)), page: n });
    const last: PageData = {
      ...pageOf([
        ...lines(51, 504.5, 24, 780),
        run('Bij het uitbreken van de crisis vroeg de zorg om een snelle aanpak. Deze noodregeling,', 51, 460, { size: 9.5, width: 453.5 }),
        run('de SET Covid-19, is vormgegeven binnen de Stimuleringsregeling E-health Thuis.', 51, 447.2, { size: 9.5, width: 330 }),
      ]),
      page: 6,
    };
    const paragraphs = layoutPages([right(1), left(2), right(3), left(4), right(5), last]).filter((b) => b.kind === 'paragraph' && b.source.page === 6);
    expect(paragraphs.at(-1)).toMatchObject({ text: 'Bij het uitbreken van de crisis vroeg de zorg om een snelle aanpak. Deze noodregeling, de SET Covid-19, is vormgegeven binnen de Stimuleringsregeling E-health Thuis.' });
  });

  it('carries a list the page break cut on at the same indent from each page\'s text edge (a book\'s left and right pages)', () => {
    // WeasyPrint, `@page :left` / `:right` 7 mm apart, pp. 29–30 measured: the Proeftuin legend's
    // first two items at 82.9 on a right page (text from 70.9), the rest at 63.1 on a left page (text from 51).
    const prose = (x: number, count: number, top: number): TextRun[] =>
      Array.from({ length: count }, (_, k) => run(`Een regel tekst die tot aan de rand van de kolom loopt, nummer ${k}`, x, top - k * 12.8, { size: 9.5, width: 453.5 }));
    const item = (text: string, x: number, y: number): TextRun[] => [run('•', x - 10, y, { size: 9.5, width: 4 }), run(text, x, y, { size: 9.5, width: 120 })];
    const right: PageData = { ...pageOf([...prose(70.9, 20, 780), ...item('Artificiële Intelligentie', 82.9, 100), ...item('Datadelen en -toegang', 82.9, 87)]), page: 1 };
    const left = (indent: number): PageData => ({ ...pageOf([...item('Vaardigheden en inclusie', 51 + indent, 780), ...item('Digitale overheid', 51 + indent, 767), ...prose(51, 20, 740)]), page: 2 });
    const lists = (pages: PageData[]) => layoutPages(pages).filter((b) => b.kind === 'list').map((b) => (b.kind === 'list' ? b.items.map((i) => i.text) : []));
    expect(lists([right, left(12.1)])).toEqual([['Artificiële Intelligentie', 'Datadelen en -toegang', 'Vaardigheden en inclusie', 'Digitale overheid']]);
    // (Items set further in from the page's edge than the list before them, though at its place on
    // the paper, are a list of their own.)
    expect(lists([right, left(31.9)])).toHaveLength(2);
  });

  it('reads a note at the foot of its page numbered level with its text (`3. Kamerstuk …`, WeasyPrint\'s float: footnote) when the text refers to it', () => {
    // WeasyPrint, `.fn { float: footnote; font-size: 8pt }`, p. 5 measured: the body 10.5 pt, its
    // call raised in the text, the note 8 pt at the foot under the page number.
    const body = (text: string, y: number, extra: Partial<TextRun> = {}): TextRun => run(text, 62.7, y, { size: 10.5, width: 460, ...extra });
    const call = run('3', 462, 113.5, { size: 7, width: 3.5 });
    const runs = [body('Zo is de training beschikbaar gemaakt en de publicatie Verantwoord datadelen voor AI', 123), body('voor business managers en technische experts opgeleverd.', 109.2, { width: 246.5 }), call, body('9', 91.6, { width: 3.7 })];
    const note = run('3. Kamerstuk 29 696, nr. 7.', 56.7, 59.2, { size: 8, width: 89.3 });
    const notes = (extra: TextRun[]) => layoutPages([pageOf([...runs, ...extra])]).filter((b) => b.kind === 'footnote');
    expect(notes([note])).toEqual([expect.objectContaining({ kind: 'footnote', n: 3, text: 'Kamerstuk 29 696, nr. 7.' })]);
    // (A number no call refers to, or one with body text under it, opens no note.)
    expect(notes([{ ...note, text: '4. Kamerstuk 29 696, nr. 7.' }])).toEqual([]);
    expect(notes([note, body('En de tekst gaat hier verder onder de noot.', 45)])).toEqual([]);
  });

  it('keeps a raised number that opens a line but no note as a reference of its text, so that its note never reads as absent (AbiWord: notes in body type, calls not raised)', () => {
    // AbiWord 3.0 (cairo), p. 4 measured: body 12 pt, 13 pt apart, the last body line running to the
    // column's edge; the note's number raised (8 pt, 3 pt up) at the margin, its text in body type
    // right under, no blank line; the call in the text set level (`rapport4`).
    const body = (text: string, y: number, width = 440): TextRun => run(text, 71.5, y, { size: 12, width });
    const runs = [
      body('uitgebrachte rapport4 van de Tijdelijke Commissie Digitale Toekomst (TCDT) van belang. De', 281.4, 450.5),
      body('aanbevelingen sluiten aan bij de analyse van het kabinet dat een overkoepelende, integrale', 267.4, 433),
      body('benadering van digitalisering noodzakelijk is.', 253.4, 200),
      body('Tenslotte gaan we in deze update in op de bijdrage die digitalisering aan de andere grotere', 227.4, 432.2),
      body('Economische Zaken en Klimaat toegezegd tijdens het AO Digitalisering van 11 maart 2020.', 200.4, 441.3),
      run('4 ', 71.5, 190.4, { size: 8, width: 7 }),
      run('Het eindrapport van de Tijdelijke Commissie Digitale Toekomst is te vinden via de site van', 78.5, 187.4, { size: 12, width: 437.7 }),
      body('de Tweede Kamer: https://www.tweedekamer.nl/sites/default/files/atoms/files/', 173.4, 374.4),
    ];
    const blocks = layoutPages([pageOf(runs)]);
    const opened = blocks.find((b) => (b.kind === 'paragraph' || b.kind === 'footnote') && b.text.startsWith('Het eindrapport'));
    // (A note, or a paragraph that refers to note 4: either way the number is not lost.)
    expect(opened?.kind === 'footnote' ? opened.n : opened && 'footnoteRefs' in opened ? opened.footnoteRefs : undefined).toEqual(opened?.kind === 'footnote' ? 4 : [4]);
    const model: DocumentModel = { inputName: 'abiword.pdf', format: 'pdf', title: null, blocks };
    const { footnotes, gaps, diagnostics } = extractFootnotes(segmentDocument(model).value);
    if (!footnotes.some((f) => f.n === 4)) {
      expect(gaps.map((g) => g.key)).not.toContain('4');
      expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'content-unread', message: expect.stringContaining('footnote 4 is referenced in the text') }));
    }
    // Bad input: a page with no raised number refers to no note, and claims none absent.
    const plain = layoutPages([pageOf(runs.filter((r) => r.text !== '4 '))]);
    expect(plain.flatMap((b) => ('footnoteRefs' in b && b.footnoteRefs) || [])).toEqual([]);
  });

  it('reads a raised number that opens a page, over body text, as a call the page break carried there, not a note', () => {
    // WeasyPrint, cells centred, p. 28 measured: the page opens with note 37's call (9 pt, 4.5 pt up)
    // at the margin, then its sentence in body type (10 pt); another paragraph; the notes at the foot
    // in 8 pt, note 37 among them.
    const body = (text: string, y: number, x = 62.7, width = 450): TextRun => run(text, x, y, { size: 10, width });
    const note = (n: string, text: string, y: number): TextRun[] => [run(n, 62.7, y + 3.6, { size: 7.2, width: 9.2 }), run(text, 74.4, y, { size: 8, width: 400 })];
    const runs = [
      run('37', 62.7, 776.8, { size: 9, width: 11.4 }),
      body('Datacenters vanaf een bepaalde omvang zijn al wel onder het Wetsvoorstel ongewenste', 772.3, 77.3, 445.7),
      body('zeggenschap telecommunicatie gebracht (Wozt), zodat toekomstige overnames getoetst worden.', 758.8),
      body('Verder is er op 11 maart 2020 tijdens het Algemeen Overleg Digitalisering toegezegd om', 726.8),
      body('een brief naar de Kamer te sturen. De brief wordt halverwege 2020 verwacht.', 713.3, 62.7, 400),
      ...note('36', 'Handelingen van de Tweede Kamer, vergaderjaar 2019 – 2020, nr. 626.', 645.4),
      ...note('37', 'Toezegging tijdens AO Digitale overheid van 4 december 2019.', 627.5),
    ];
    const blocks = layoutPages([pageOf(runs)]);
    expect(blocks.filter((b) => b.kind === 'footnote').map((b) => (b.kind === 'footnote' ? [b.n, b.text] : null))).toEqual([
      [36, 'Handelingen van de Tweede Kamer, vergaderjaar 2019 – 2020, nr. 626.'],
      [37, 'Toezegging tijdens AO Digitale overheid van 4 december 2019.'],
    ]);
    const opened = blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('Datacenters'));
    expect(opened && 'footnoteRefs' in opened ? opened.footnoteRefs : undefined).toEqual([37]);
    // (The same page with no body text under it — a note in body type at its top, the page all notes — is a note.)
    const alone = layoutPages([pageOf(runs.slice(0, 3))]);
    expect(alone.filter((b) => b.kind === 'footnote').map((b) => (b.kind === 'footnote' ? b.n : null))).toEqual([37]);
    // (Nor is a note whose number a call raised in the text refers to: notes set in body type among
    // the paragraphs, at the top of the page after their call's, pdfLaTeX from pandoc.)
    const called: PageData = { ...pageOf([body('een brief over overheidsdata in datacenters.', 500, 62.7, 200), run('37', 263, 504, { size: 7, width: 7 })]), page: 1 };
    const next = layoutPages([called, { ...pageOf(runs.slice(0, 5)), page: 2 }]);
    expect(next.filter((b) => b.kind === 'footnote').map((b) => (b.kind === 'footnote' ? [b.n, b.text.slice(0, 11)] : null))).toEqual([[37, 'Datacenters']]);
  });

  it('reads a note\'s line that a narrow column wrapped before a number as the rest of that note, not as a note of that number', () => {
    // Chromium, three columns 180 pt wide, p. 10 measured: note 64 (its number raised) wraps
    // before `26 643`, a dossier's number; the text also calls a note 26 (p. 4).
    const body = (text: string, y: number, extra: Partial<TextRun> = {}): TextRun => run(text, 47, y, { size: 8, width: 161, ...extra });
    const runs = [
      body('Het kabinet heeft een Strategisch Actieplan', 200),
      body('voor Artificiële Intelligentie gelanceerd', 190.4, { width: 150 }),
      run('64', 197.5, 193.6, { size: 5.5, width: 4.4 }),
      body('en zet de aanpak van 2019 voort, zoals eerder', 180.8),
      body('beschreven in de brief aan de Kamer.', 171.2, { width: 128 }),
      run('26', 175.5, 174.4, { size: 5.5, width: 4.4 }),
      run('64', 47, 62.2, { size: 4.5, width: 3.6 }),
      run('Zie verder SAPAI voor een overzicht van alle', 52, 60, { size: 6.5, width: 150 }),
      run('acties. Kamerstukken II, 2019-2020,', 47, 52.4, { size: 6.5, width: 118 }),
      run('26 643 en 32 761, nr. 640', 47, 44.8, { size: 6.5, width: 77 }),
    ];
    const notes = layoutPages([pageOf(runs)]).filter((b) => b.kind === 'footnote');
    expect(notes).toEqual([expect.objectContaining({ kind: 'footnote', n: 64, text: 'Zie verder SAPAI voor een overzicht van alle acties. Kamerstukken II, 2019-2020, 26 643 en 32 761, nr. 640' })]);
  });

  it('keeps the upper line of a header repeated at the top of every page, labels wrapped upwards, as the header\'s, not as a running head', () => {
    // XeLaTeX's longtable, measured: `Stand van` stands alone over the line that names the columns,
    // the same words at the same place on every page the table runs over.
    const size = { size: 10.9 };
    const tablePage = (n: number): PageData => ({
      page: n,
      width: 612,
      height: 792,
      runs: [
        run('Stand van', 232, 707, { ...size, width: 55.3 }),
        run('Thema’s &', 71.7, 693.4, { ...size, width: 58.7 }),
        run('Acties zoals', 151.6, 693.4, { ...size, width: 64.3 }),
        run('zaken/', 232, 693.4, { ...size, width: 35.7 }),
        run('Wat gaan', 311.5, 693.4, { ...size, width: 51.7 }),
        run('ambitie', 72, 679.9, { ...size, width: 41.3 }),
        run('in NDS', 152, 679.9, { ...size, width: 36.9 }),
        run('resultaten', 232, 679.9, { ...size, width: 55.5 }),
        run('we doen?', 311.6, 679.9, { ...size, width: 52.1 }),
        run('Wie (Tijd)', 391.5, 679.9, { ...size, width: 51.6 }),
        run(`${n + 7}) ${['Onderzoek', 'Wetgeving', 'Innovatie', 'Verkenning'][n - 1]}`, 152, 659.5, { ...size, width: 60 }),
        run(['Gestart.', 'Verstuurd.', 'Gepubliceerd.', 'Afgerond.'][n - 1] as string, 232, 659.5, { ...size, width: 55 }),
        run(['Doorgaan.', 'Evalueren.', 'Uitbreiden.', 'Vervolgen.'][n - 1] as string, 311.5, 659.5, { ...size, width: 55 }),
        run(['EZK (2020)', 'BZK (Q3)', 'OCW (Q4)', 'JenV (2021)'][n - 1] as string, 391.5, 659.5, { ...size, width: 52 }),
        run(String(50 + n), 300, 40, { ...size, width: 11 }),
      ],
      rules: [{ x0: 72, x1: 540, y0: 718.9, y1: 719.3 }, { x0: 72, x1: 540, y0: 672.7, y1: 673.1 }],
      fills: [],
      links: [],
    });
    const tables = layoutPages([1, 2, 3, 4].map(tablePage)).filter((b) => b.kind === 'table');
    expect(tables.length).toBeGreaterThan(0);
    for (const table of tables) expect(table.rows[0]?.cells.map((c) => c.text)).toEqual(['Thema’s & ambitie', 'Acties zoals in NDS', 'Stand van zaken/resultaten', 'Wat gaan we doen?', 'Wie (Tijd)']);
    expect(tables.flatMap((t) => t.rows.slice(1).map((r) => r.cells[1]?.text))).toEqual(['8) Onderzoek', '9) Wetgeving', '10) Innovatie', '11) Verkenning']);
  });

  it('reads a note set as a paragraph in body type (pandoc via LaTeX or Word) by the raised number that opens it', () => {
    const page = pageOf([
      full('Fieldlabs zijn praktijkomgevingen waar bedrijven en kennisinstellingen gericht Smart Industry-', 724),
      full('oplossingen ontwikkelen, testen en implementeren. Daarnaast zijn fieldlabs ook leeromgevingen.', 712),
      full('Steeds meer fieldlabs hebben ook een skillslab, met als doel het opleiden van bestaande en nieuwe werknemers.', 700),
      run('18', 40, 686, { size: 7, width: 8 }),
      run('Regionaal Investeringsfonds mbo (RIF).', 52, 682.4),
      full('In 2019 zijn ook 2 thematische hubs op het gebied van digitale vaardigheden opgericht, die', 664),
      full('werkgevers en werknemers helpen bij het ontwikkelen van vaardigheden voor de digitale economie.', 652),
    ]);
    const blocks = layoutPages([page]);
    expect(blocks.find((b) => b.kind === 'footnote')).toMatchObject({ n: 18, text: 'Regionaal Investeringsfonds mbo (RIF).' });
  });

  it('leaves a note marker that a line break carried to the start of a line in its paragraph (WeasyPrint): no note', () => {
    const page = pageOf([
      full('uitgelegd, of dat overheden in sommige gevallen een verantwoordingsplicht hebben jegens de samenleving over', 715.4),
      full('de data-analyses die zij uitvoeren, in plaats van alleen jegens degenen wiens gegevens zij verwerken.', 702.6),
      run('51', 40, 691.1, { size: 9, width: 11 }),
      run('Door hier extra regels over te stellen scherpt het kabinet de normering aan en geeft het burgers', 54.4, 686.6, { width: 485 }),
      full('ook meer mogelijkheden om waar nodig op te treden om hun eigen belangen te beschermen.', 673.8),
    ]);
    const blocks = layoutPages([page]);
    expect(blocks.some((b) => b.kind === 'footnote')).toBe(false);
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join(' ')).toContain('Door hier extra regels');
  });

  it('reads a bold line in the body\'s own size that stands alone as a heading (a word processor\'s lower levels), but not a bold contents entry', () => {
    const page = pageOf([
      run('Bijlage 1 Stand van zaken acties NDS', 40, 760, { bold: true }),
      run('52', 520, 760, { bold: true, width: 10 }),
      // (LibreOffice sets a contents entry's page number a space after its title.)
      run('Bijlage 2 Stand van zaken acties Actieplan Digitale Connectiviteit 70', 40, 730, { bold: true }),
      // (Or on a line of its own, to the right and a little lower.)
      run('Bijlage 3 Overzicht financiële middelen', 40, 716, { bold: true }),
      run('76', 520, 708, { bold: true, width: 10 }),
      run('3 Vooruitblik: toekomstige uitdagingen', 40, 670, { bold: true }),
      full('Digitalisering is lang gezien als automatisering. Wat ooit handwerk was, werd vervangen door', 650),
      run('geautomatiseerde processen.', 40, 638),
      // (Bold lines that open in lower case, or hold no letter, go on from something above.)
      run('taliseringsstrategie', 40, 600, { bold: true }),
      run('70', 40, 570, { bold: true, width: 10 }),
    ]);
    const blocks = layoutPages([page]);
    const headings = blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? b.text : ''));
    expect(headings).toEqual(['3 Vooruitblik: toekomstige uitdagingen']);
  });

  it('reads points numbered 1, 2, 3 … at the text\'s own margin, the number close to the text (a word processor\'s list), as a numbered list', () => {
    const points = ['Artificiële Intelligentie', 'Data delen en -toegang', 'Digitale vaardigheden en inclusie', 'Digitale overheid', 'Digitale connectiviteit', 'Digitale weerbaarheid'];
    const page = pageOf([
      full('In 2019 is de NDS geactualiseerd en heeft het kabinet aangegeven welke thema’s en acties in 2020', 760),
      run('prioriteit krijgen:', 40, 748),
      ...points.map((p, i) => run(`${i + 1}.${p}`, 40, 730 - i * 16)),
      full('Op al deze terreinen zijn de krachten gebundeld en zijn er resultaten geboekt. In de bijlage is de', 620),
      run('voortgang te vinden.', 40, 608),
    ]);
    const lists = layoutPages([page]).filter((b) => b.kind === 'list');
    expect(lists).toHaveLength(1);
    expect(lists[0]).toMatchObject({ ordered: true, items: points.map((text, i) => ({ text, marker: `${i + 1}.` })) });
  });

  it('reads such a list the page break cut (two points at the foot of one page, the rest at the top of the next) as one numbered list', () => {
    // ReportLab, the 2021 edition on Letter paper: `1.` and `2.` end page 4, `3.` to `6.` open page 5.
    const points = ['Artificiële Intelligentie', 'Data delen en -toegang', 'Digitale vaardigheden en inclusie', 'Digitale overheid', 'Digitale connectiviteit', 'Digitale weerbaarheid'];
    const foot = { ...pageOf([full('In 2019 is de NDS geactualiseerd en heeft het kabinet aangegeven welke thema’s en acties in 2020', 760), run('prioriteit krijgen:', 40, 748), ...points.slice(0, 2).map((p, i) => run(`${i + 1}. ${p}`, 40, 100 - i * 16))]), page: 4 };
    const top = { ...pageOf([...points.slice(2).map((p, i) => run(`${i + 3}. ${p}`, 40, 780 - i * 16)), full('Op al deze terreinen zijn de krachten gebundeld en zijn er resultaten geboekt. In de bijlage is de', 700), run('voortgang te vinden.', 40, 688)]), page: 5 };
    const lists = layoutPages([foot, top]).filter((b) => b.kind === 'list');
    expect(lists).toHaveLength(1);
    expect(lists[0]).toMatchObject({ ordered: true, items: points.map((text, i) => ({ text, marker: `${i + 1}.` })) });
    // Bad input: two such points with prose under them on the page, or one alone at a page's top, stay prose.
    const mid = { ...pageOf([run('1. Versterken regionale ondersteuning.', 40, 730), run('2. Bevorderen leercultuur MKB.', 40, 714), full('Op al deze terreinen zijn de krachten gebundeld en zijn er resultaten geboekt. In de bijlage is de', 690)]), page: 4 };
    const lone = { ...pageOf([run('3. Digitale vaardigheden en inclusie', 40, 780), full('Op al deze terreinen zijn de krachten gebundeld en zijn er resultaten geboekt. In de bijlage is de', 750)]), page: 5 };
    expect(layoutPages([mid, lone]).some((b) => b.kind === 'list')).toBe(false);
  });

  it('leaves two lines that open with a number at the margin as prose (no run of three points from 1)', () => {
    const page = pageOf([run('1. Versterken regionale ondersteuning.', 40, 730), run('2. Bevorderen leercultuur MKB.', 40, 714), run('4. Een leven lang ontwikkelen.', 40, 698)]);
    expect(layoutPages([page]).some((b) => b.kind === 'list')).toBe(false);
  });

});

describe('restoreEuroSigns', () => {
  const pageOf = (texts: string[]): PageData => ({ page: 1, width: 595, height: 842, runs: texts.map((t, i) => run(t, 56.7, 700 - 12 * i)), rules: [], fills: [], links: [] });
  // pdfTeX's Times, measured: the euro sign set as `C`, before amounts with a scale word and without.
  const times = ['een onderzoeksbudget van C62 mln (waarvan C17 mln', 'privaat). Tussen de C4 en C5 mln. per jaar.', 'Het subsidieplafond bedraagt C 23', 'miljoen. Tabel 1 (x C 1 mln) en het C2000-netwerk.'];

  it('reads the letter a font without a euro sign set in its place as the sign, before every amount, where the PDF sets no euro sign at all', () => {
    const { pages, restored } = restoreEuroSigns([pageOf(times)]);
    expect(pages[0]?.runs.map((r) => r.text)).toEqual(['een onderzoeksbudget van €62 mln (waarvan €17 mln', 'privaat). Tussen de €4 en €5 mln. per jaar.', 'Het subsidieplafond bedraagt € 23', 'miljoen. Tabel 1 (x € 1 mln) en het C2000-netwerk.']);
    expect(restored).toBe(6);
  });

  it('reads the letter that ends a line as the sign when the next line opens with the amount (`toe te kennen van C` / `23,5 miljoen`), and no other letter at a line end', () => {
    const broken = [...times, 'een impuls toe te kennen van C', '23,5 miljoen voor de periode 2020-2024.', 'de bijlage onder C', 'Dit is het overzicht.'];
    const { pages, restored } = restoreEuroSigns([pageOf(broken)]);
    expect(pages[0]?.runs.slice(4).map((r) => r.text)).toEqual(['een impuls toe te kennen van €', '23,5 miljoen voor de periode 2020-2024.', 'de bijlage onder C', 'Dit is het overzicht.']);
    expect(restored).toBe(7);
  });

  it('leaves the text as it is where the PDF sets a euro sign anywhere, or where fewer than three amounts with a scale word open with the letter (bad input)', () => {
    expect(restoreEuroSigns([pageOf([...times, 'Een begroting van € 5 mln.'])]).restored).toBe(0);
    expect(restoreEuroSigns([pageOf(['Categorie C 2 mln. kost', 'en blok C 12 is leeg.'])])).toEqual({ pages: [pageOf(['Categorie C 2 mln. kost', 'en blok C 12 is leeg.'])], restored: 0, sign: null });
  });

  it('reads `¬`, the euro sign’s code cut to its low byte (Ghostscript 10.0 rewriting wkhtmltopdf), as the sign before amounts', () => {
    // Measured: `bedraagt ¬ 23 miljoen;`, `in totaal ¬35 miljoen`, `2020-2022 ¬ 48 miljoen`.
    const ghostscript = ['Het subsidieplafond bedraagt ¬ 23 miljoen;', 'in totaal ¬35 miljoen gefinancierd.', 'voor 2020-2022 ¬ 48 miljoen en een', 'bijdrage van ¬', '23,5 miljoen. Tabel (x ¬ 1 mln) en ¬ in een formule.'];
    const { pages, restored, sign } = restoreEuroSigns([pageOf(ghostscript)]);
    expect(sign).toBe('¬');
    expect(pages[0]?.runs.map((r) => r.text)).toEqual(['Het subsidieplafond bedraagt € 23 miljoen;', 'in totaal €35 miljoen gefinancierd.', 'voor 2020-2022 € 48 miljoen en een', 'bijdrage van €', '23,5 miljoen. Tabel (x € 1 mln) en ¬ in een formule.']);
    expect(restored).toBe(5);
    // (Fewer than three amounts with a scale word: a logical formula's `¬` is left as it is.)
    expect(restoreEuroSigns([pageOf(['¬ 2 mln en ¬ 3', 'Als ¬p dan q.'])]).restored).toBe(0);
  });

  it('reads double quotes that quote nothing as bullets where the document sets none (the bullet’s code cut to its low byte)', () => {
    // Ghostscript 10.0 rewriting wkhtmltopdf, measured: the Proeftuin list and a quotation beside it.
    const ghostscript = ['Alkmaar " Smart Industry Hub Noordwest | Smart Industry Hub', 'Almere " Big Data Value Center locatie Almere | Big Data Hub', '" Via het programma Tel mee met Taal', 'Mosselman: "Samen met kleine robots." Dat is "slim".'];
    const { pages, restored } = restoreBullets([pageOf(ghostscript)]);
    expect(restored).toBe(3);
    expect(pages[0]?.runs.map((r) => r.text)).toEqual(['Alkmaar • Smart Industry Hub Noordwest | Smart Industry Hub', 'Almere • Big Data Value Center locatie Almere | Big Data Hub', '• Via het programma Tel mee met Taal', 'Mosselman: "Samen met kleine robots." Dat is "slim".']);
    // (Not where the document sets a bullet anywhere, nor for fewer than three such quotes.)
    expect(restoreBullets([pageOf([...ghostscript, '• Een punt'])]).restored).toBe(0);
    expect(restoreBullets([pageOf(ghostscript.slice(0, 2))]).restored).toBe(0);
  });
});

describe('a contents entry that wraps, its first line read as a bold heading', () => {
  it('is the contents table\'s last row, its page number between its lines (LibreOffice, justified)', () => {
    // LibreOffice Writer, 10 pt entries 21.3 pt apart, p. 1 measured: the last entry's title on two
    // lines in bold, its page number centred between them, the first line set justified.
    const entries: [string, string, boolean][] = [
      ['1 Inleiding', '5', false], ['2 Nederlandse Digitaliseringsstrategie', '11', false], ['2.1 Prioriteiten', '11', false],
      ['Bijlage 1 Stand van zaken acties NDS', '52', true], ['Bijlage 2 Stand van zaken acties Actieplan Digitale Connectiviteit', '70', true],
    ];
    const toc = entries.flatMap(([title, page, bold], k) => [run(title, 69.5, 452.8 - 21.3 * k, { bold, width: title.length * 4.4 }), run(page, 381.6, 452.8 - 21.3 * k, { bold, width: 11.1 })]);
    const runs = [
      run('Nederlandse Digitaliseringsstrategie 2020', 56.8, 755, { size: 20.7, bold: true }),
      run('Content', 56.8, 700, { size: 20.7, bold: true }),
      ...toc,
      run('Bijlage 3 Overzicht financiële middelen voor de digitale', 69.5, 346.1, { bold: true, width: 308.9 }), run('76', 381.6, 338.3, { bold: true, width: 11.1 }), run('economie', 69.5, 330.6, { bold: true, width: 46.6 }),
      run('1 Inleiding', 56.8, 290, { size: 14, bold: true }),
      ...proseLines(8).map((line, k) => run(line, 56.8, 265 - 14 * k, { width: 480 })),
    ];
    const tables = tableRows(layoutPages([a4Page(1, runs)]));
    expect(tables[0]?.at(-1)).toEqual(['Bijlage 3 Overzicht financiële middelen voor de digitale economie', '76']);
    expect(tables[0]).toHaveLength(6);
  });
});

describe('contents entries run together in one paragraph (a page number too close to its title for a tab stop)', () => {
  it('splits after a page number that fits between the pages around it, where the next title opens', () => {
    // XeLaTeX on Letter: the two appendix entries, their numbers 1.2 sizes from the titles.
    expect(runTogether('Bijlage 2 Stand van zaken acties Actieplan Digitale Connectiviteit 70 Bijlage 3 Overzicht financiële middelen voor de digitale economie', '76', 56)).toEqual([
      ['Bijlage 2 Stand van zaken acties Actieplan Digitale Connectiviteit', '70'],
      ['Bijlage 3 Overzicht financiële middelen voor de digitale economie', '76'],
    ]);
    expect(runTogether('1 Inleiding 5 2 Nederlandse Digitaliseringsstrategie', '11', 0)).toEqual([
      ['1 Inleiding', '5'],
      ['2 Nederlandse Digitaliseringsstrategie', '11'],
    ]);
  });

  it('leaves a title whose numbers are no page numbers whole', () => {
    expect(runTogether('Bijlage 1 Stand van zaken acties NDS', '52', 47)).toEqual([['Bijlage 1 Stand van zaken acties NDS', '52']]);
    // (A number past the entry's page, or after one word, is part of the title.)
    expect(runTogether('Kamerstuk 26 643 Overzicht', '12', 3)).toEqual([['Kamerstuk 26 643 Overzicht', '12']]);
    expect(runTogether('Hoofdstuk 4 Uitvoering', '30', 2)).toEqual([['Hoofdstuk 4 Uitvoering', '30']]);
  });
});

describe('headRuledGrid: a header the page break cut', () => {
  // wkhtmltopdf, Legal paper, rules under the rows, labels in italics (p. 37–38 measured): the
  // header's first line at the foot of p. 37 (`… Wat gaan we … Wie`), its further lines at the top of
  // p. 38 over the rule under the header (`doen? (vanaf` / `Q2 2020)`, `(tijd)`), then the rows.
  const edges = [14.4, 40.9, 146.3, 297.3, 507.7, 559.5, 579.7];
  const ruleAt = (y: number) => edges.slice(1).map((x1, k) => ({ x0: edges[k] as number, x1, y0: y, y1: y + 0.6 }));
  const italic = { italic: true, size: 6.3 };
  const labels = [run('Thema', 16.4, 40, italic), run('Opgave', 42.9, 40, italic), run('Actie', 148.3, 40, italic), run('Stand van zaken / resultaten', 299.3, 40, italic), run('Wat gaan we', 509.7, 40, italic), run('Wie', 561.9, 40, italic)];
  const top = [run('doen? (vanaf', 509.7, 825.9, italic), run('Q2 2020)', 509.7, 817.8, italic), run('(tijd)', 561.9, 825.9, italic)];
  const row = [run('Onderzoeken of Telecomwet', 148.9, 804.6, { size: 6.3 }), run('De mogelijkheden worden geanalyseerd.', 299.4, 804.6, { size: 6.3 }), run('Nog te bepalen', 509.7, 804.6, { size: 6.3 }), run('EZK (Q4)', 561.9, 804.6, { size: 6.3 })];
  const texts = (grid: Grid | undefined) => grid?.rows.map((r) => r.cells.map((c) => [...c.runs].sort((a, b) => b.y - a.y).map((x) => x.text).join(' ')));

  it('takes the lines over the rule into the header when they make a label name its column', () => {
    const { grids, rest } = findGrids([...ruleAt(813.2), ...ruleAt(760)], [...top, ...row]);
    expect(headRuledGrid(grids, labels, rest)).toBe(true);
    expect(texts(grids[0])).toEqual([
      ['Thema', 'Opgave', 'Actie', 'Stand van zaken / resultaten', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (tijd)'],
      ['', '', 'Onderzoeken of Telecomwet', 'De mogelijkheden worden geanalyseerd.', 'Nog te bepalen', 'EZK (Q4)'],
    ]);
  });

  it('but leaves a first row in other type, or one that names nothing more, a row', () => {
    const plain = top.map((r) => ({ ...r, italic: false }));
    const one = findGrids([...ruleAt(813.2), ...ruleAt(760)], [...plain, ...row]);
    headRuledGrid(one.grids, labels, one.rest);
    expect(texts(one.grids[0])?.[1]).toEqual(['', '', '', '', 'doen? (vanaf Q2 2020)', '(tijd)']);
    const theme = [run('Grensverleggend onderzoek', 16.4, 825.9, italic)];
    const two = findGrids([...ruleAt(813.2), ...ruleAt(760)], [...theme, ...row]);
    headRuledGrid(two.grids, labels, two.rest);
    expect(texts(two.grids[0])?.[1]?.[0]).toBe('Grensverleggend onderzoek');
  });
});

describe('layoutPages: a contents page set smaller than the body, nothing under it', () => {
  // pdfTeX, A4 landscape, 11 pt Bookman, the contents in 10 pt (p. 1 measured): `1` · `Inleiding`,
  // a tab to the page number `5`; the text calls note 1, which stands at a page's foot in 8 pt.
  const entry = (y: number, number: string, title: string, page: string, bold = true): TextRun[] => [
    run(number, 227.8, y, { size: 10, width: 6.5, bold }),
    run(' ', 234.3, y, { size: 10, width: 12, bold }),
    run(title, 246.3, y, { size: 10, width: title.length * 5, bold }),
    run(' ', 246.3 + title.length * 5, y, { size: 10, width: 601 - 246.3 - title.length * 5, bold }),
    run(page, 601, y, { size: 10, width: 6.5 * page.length, bold }),
  ];
  const contents: PageData = { page: 1, width: 842, height: 595, rules: [], fills: [], links: [], runs: [run('Content', 71, 350, { size: 17, width: 60, bold: true }), ...entry(320.2, '1', 'Inleiding', '5'), ...entry(308.2, '2', 'Nederlandse Digitaliseringsstrategie', '11'), ...entry(198, '3', 'Vooruitblik: toekomstige uitdagingen', '47')] };
  const text: PageData = {
    page: 2, width: 842, height: 595, rules: [], fills: [], links: [],
    runs: [
      run('De Nederlandse Digitaliseringsstrategie bundelt kabinetsbreed de ambities en doelstellingen.', 71, 480, { size: 11, width: 500 }),
      run('1', 571.5, 484.5, { size: 7.7, width: 4 }),
      run('Het kabinet zet de ingezette lijn voort en kijkt vooruit naar de toekomstige uitdagingen.', 71, 466, { size: 11, width: 480 }),
      run('1', 71, 83.5, { size: 5.6, width: 3 }),
      run('Kamerstuk 26 643, nr. 541.', 76, 80, { size: 8, width: 100 }),
    ],
  };

  it('reads its entries as no notes: note 1 is the one at the foot of the text', () => {
    const notes = layoutPages([contents, text]).flatMap((b) => (b.kind === 'footnote' ? [`${b.n}: ${b.text}`] : []));
    expect(notes).toEqual(['1: Kamerstuk 26 643, nr. 541.']);
  });

  it('still reads a note set level with its number in notes\' type at a page\'s foot (bad input for the contents rule: no tab before its last figure)', () => {
    const level: PageData = { ...text, runs: [...text.runs.slice(0, 3), run('1 Kamerstuk 26 643, nr. 541.', 71, 80, { size: 8, width: 110 })] };
    expect(layoutPages([level]).flatMap((b) => (b.kind === 'footnote' ? [`${b.n}: ${b.text}`] : []))).toEqual(['1: Kamerstuk 26 643, nr. 541.']);
  });
});
