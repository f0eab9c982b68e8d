/**
 * Tables drawn with no rules and no shading, found by their header texts (src/load/pdf/unruled):
 * rows set close together, told apart by where their cells start.
 */
import { describe, expect, it } from 'vitest';
import type { TextRun } from '../../src/load/pdf/page-data';
import { findUnruledGrids } from '../../src/load/pdf/unruled';
import { byBaseline, cellsSideBySide, chunks, columnsFrom, opensWithNoteNumber, type Start } from '../../src/load/pdf/unruled/pieces';
import { snapToRows, withAlignedStarts } from '../../src/load/pdf/unruled/header';
import { shadedRowCells } from '../../src/load/pdf/unruled/rows';
import { alongGutters, gutterStarts, misfits } from '../../src/load/pdf/unruled/gutters';

const run = (text: string, x: number, y: number, extra: Partial<TextRun> = {}): TextRun => ({ text, x, y, width: text.length * 4, size: 8, bold: false, italic: false, ...extra });
const bold = { bold: true };
/** A run as measured on a page: its text, where it starts and ends, its baseline, in type of `size`. */
const measured =
  (size: number) =>
  (text: string, x0: number, x1: number, y: number, extra: Partial<TextRun> = {}): TextRun => ({ text, x: x0, y, width: x1 - x0, size, bold: false, italic: false, ...extra });
const cells = (grid: ReturnType<typeof findUnruledGrids>['grids'][number] | undefined): string[][] =>
  (grid?.rows ?? []).map((r) => r.cells.map((c) => c.runs.filter((x) => x.text.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x).map((x) => x.text).join(' ')));

/** One line of a table: [text, x] per cell, on baseline y. */
const line = (y: number, texts: [string, number][], extra: Partial<TextRun> = {}): TextRun[] => texts.map(([t, x]) => run(t, x, y, extra));

describe('findUnruledGrids', () => {
  it('starts a row where cells start together again, in a table with no anchors, rules or shading (connectivity plan)', () => {
    // Wrapped lines 11 pt apart; a new row 15 pt below its row's last line (two cell paddings).
    const runs = [
      ...line(500, [['Opgave', 40], ['Actie', 200], ['Stand van zaken', 360], ['Wie (tijd)', 560]], bold),
      ...line(480, [['Het bestemmen en', 40], ['Het internationaal', 200], ['WRC19 heeft onder meer', 360], ['EZK (2020-2023)', 560]]),
      ...line(469, [['verdelen van banden', 40], ['afstemmen van gebruik.', 200], ['geresulteerd in een', 360]]),
      ...line(458, [['identificatie.', 360]]),
      ...line(443, [['Het opstellen van de', 200], ['De nota is in juni', 360], ['EZK (Q2-Q3)', 560]]),
      ...line(432, [['Nota Mobiele Communicatie.', 200]]),
    ];
    const { grids } = findUnruledGrids(runs, 11, 8);
    expect(cells(grids[0])).toEqual([
      ['Opgave', 'Actie', 'Stand van zaken', 'Wie (tijd)'],
      ['Het bestemmen en verdelen van banden', 'Het internationaal afstemmen van gebruik.', 'WRC19 heeft onder meer geresulteerd in een identificatie.', 'EZK (2020-2023)'],
      ['', 'Het opstellen van de Nota Mobiele Communicatie.', 'De nota is in juni', 'EZK (Q2-Q3)'],
    ]);
  });

  it('keeps a cell\'s wrapped lines together where the table keeps the body\'s double spacing (LibreOffice), and parts rows a little further apart', () => {
    // LibreOffice Writer, 9 pt type in the body and the cells alike, every line 17.4 pt below the
    // one above (measured); a new row 22.5 pt below its row's last line.
    const m = measured(9);
    const runs = [
      m('Opgave', 40, 72, 600, bold), m('Actie', 200, 222, 600, bold), m('Stand van zaken', 360, 428, 600, bold), m('Wie (tijd)', 560, 600, 600, bold),
      m('Het bestemmen en', 40, 115, 577.5), m('Het internationaal', 200, 275, 577.5), m('WRC19 heeft onder meer', 360, 465, 577.5), m('EZK (2020-2023)', 560, 628, 577.5),
      m('verdelen van banden', 40, 128, 560.1), m('afstemmen van gebruik.', 200, 298, 560.1), m('geresulteerd in een', 360, 444, 560.1),
      m('identificatie.', 360, 415, 542.7),
      m('Het opstellen van de', 200, 288, 520.2), m('De nota is in juni', 360, 438, 520.2), m('EZK (Q2-Q3)', 560, 612, 520.2),
      m('Nota Mobiele Communicatie.', 200, 318, 502.8), m('verschenen.', 360, 410, 502.8),
    ];
    expect(cells(findUnruledGrids(runs, 17.4, 9).grids[0])).toEqual([
      ['Opgave', 'Actie', 'Stand van zaken', 'Wie (tijd)'],
      ['Het bestemmen en verdelen van banden', 'Het internationaal afstemmen van gebruik.', 'WRC19 heeft onder meer geresulteerd in een identificatie.', 'EZK (2020-2023)'],
      ['', 'Het opstellen van de Nota Mobiele Communicatie.', 'De nota is in juni verschenen.', 'EZK (Q2-Q3)'],
    ]);
    // (Rows of one line each, as far apart as the body's lines, open their cells anew: no wrapped
    // line shows the table's spacing, and each line stays a row.)
    const oneLine = [
      m('Opgave', 40, 72, 600, bold), m('Actie', 200, 222, 600, bold), m('Wie (tijd)', 560, 600, 600, bold),
      ...['Evaluatie van de band.', 'Veiling van de 700 MHz-band.', 'Verdelen van de 26 GHz-band.', 'Voldoende ruimte realiseren.'].flatMap((t, k) => [m(t, 200, 300, 582.6 - k * 17.4), m('EZK', 560, 580, 582.6 - k * 17.4)]),
    ];
    expect(cells(findUnruledGrids(oneLine, 17.4, 9).grids[0]).slice(1).map((r) => r[1])).toEqual(['Evaluatie van de band.', 'Veiling van de 700 MHz-band.', 'Verdelen van de 26 GHz-band.', 'Voldoende ruimte realiseren.']);
  });

  it('parts a label whose run, a space and all, ends where the next label\'s lines start on the lines over and under it (LibreOffice, justified cells)', () => {
    // LibreOffice Writer, `td { text-align: justify }`, p. 44 measured: `Domein & ambitie ` on the
    // header's middle line fills its narrow column to the edge where `Acties zoals` / `in NDS`
    // start on the lines over and under it.
    const m = measured(10);
    const runs = [
      m('Acties zoals', 146, 203.7, 774.4, bold), m('Stand van zaken/resultaten', 215.1, 343.9, 774.4, bold), m('Wat gaan we doen? (vanaf Q2', 359.3, 500.8, 774.4, bold),
      m('Domein & ambitie ', 58.2, 146, 766.6, bold), m('Wie (Tijd)', 507.3, 552.2, 766.6, bold),
      m('in NDS', 146, 178.7, 758.9, bold), m('(t/m Q2 2020)', 215.1, 277.8, 758.9, bold), m('2020)', 359.3, 384.8, 758.9, bold),
      m('Een', 58.2, 76.5, 737.6, bold), m('3) Een', 146, 203, 737.6), m('NL DIGIbeter is gelanceerd.', 215.1, 340, 737.6), m('Voor de zomer.', 359.3, 430, 737.6), m('BZK', 507.3, 526.8, 737.6),
      m('transparante', 58.2, 118.7, 722.1, bold), m('agenda.', 146, 180, 722.1),
    ];
    expect(cells(findUnruledGrids(runs, 15.5, 10).grids[0]).map((r) => r.map((t) => t.trim()))).toEqual([
      ['Domein & ambitie', 'Acties zoals in NDS', 'Stand van zaken/resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (Tijd)'],
      ['Een transparante', '3) Een agenda.', 'NL DIGIbeter is gelanceerd.', 'Voor de zomer.', 'BZK'],
    ]);
    // (Bad input for the rule: one label's lines centred on two baselines, the second starting
    // inside the first's span though the first ends in a space, stay one piece.)
    expect(chunks([m('Stand van ', 215.1, 262.8, 774.4, bold), m('zaken', 222, 250, 766.6, bold)]).map((p) => p.map((r) => r.text))).toEqual([['Stand van ', 'zaken']]);
  });

  it('keeps a theme\'s row over a tall centred row apart from its ambition, which is centred on the action without it (LibreOffice, Lato)', () => {
    // LibreOffice Writer, Lato 10.5 pt, lines 18.3 pt apart, cells centred, p. 56 measured: the
    // theme's three lines 23.8 pt over the ambition's first; the ambition, 22 lines, centred on
    // action 8's cell as the other cells are. (With the theme, the column's text would stand 30 pt
    // off the action's middle: within 8 % of so tall a cell, but further than without it.)
    const m = measured(10.5);
    const words = ['Nederland denkt', 'mee, doet mee,', 'profiteert mee en', 'is medebepaler', 'van de richting', 'van digitalisering.'];
    const ambition = Array.from({ length: 22 }, (_, k) => m(k < 3 ? ['Een sterke', 'nationale basis', 'voor kennis,'][k] as string : (words[(k - 3) % words.length] as string), 52.5, 120, 634.7 - 18.3 * k, k < 3 ? bold : {}));
    const middle = (634.7 + (634.7 - 18.3 * 21)) / 2;
    const runs = [
      // (A heading over the table: the table does not open the page, no row of it the page before cut.)
      m('2 Versterken van het fundament (basisvoorwaarden)', 51.1, 381.9, 765.8, { bold: true, size: 14.7 }),
      m("Thema's &", 52.5, 101.4, 737, bold), m('Acties zoals in NDS', 141.1, 231.8, 727.9, bold), m('Stand van zaken/ resultaten', 260.6, 391.3, 727.9, bold), m('Wat gaan we doen?', 416.8, 509.2, 727.9, bold), m('Wie (Tijd)', 528.1, 573.2, 727.9, bold), m('ambitie', 52.5, 87.6, 718.8, bold),
      m('Grensverleggend', 52.5, 132, 695, bold), m('onderzoek en', 52.5, 116.1, 676.7, bold), m('innovatie', 52.5, 96.3, 658.5, bold),
      ...ambition,
      m('8) ICT als sleutel-', 141.1, 230, middle + 18.3), m('technologie krijgt', 141.1, 225, middle), m('een plek.', 141.1, 185, middle - 18.3),
      m('Eind 2019 is het', 260.6, 340, middle + 9.15), m('Kennis- en Innovatie-', 260.6, 370, middle - 9.15), m('EZK', 528.1, 548, middle),
      m('9) We zoeken de', 141.1, 220, 200), m('Er is een tweede.', 260.6, 345, 200), m('OCW', 528.1, 550, 200),
    ];
    const { grids } = findUnruledGrids(runs, 18.3, 10.5, { rules: [], fills: [] }, null, { top: 0, centred: 3 });
    const rows = cells(grids[0]).slice(1).map((r) => r.slice(0, 2));
    expect(rows[0]).toEqual(['Grensverleggend onderzoek en innovatie', '']);
    expect(rows[1]?.[0]).toMatch(/^Een sterke nationale basis voor kennis, Nederland denkt/);
    expect(rows[1]?.[1]).toBe('8) ICT als sleutel- technologie krijgt een plek.');
    expect(rows[2]).toEqual(['', '9) We zoeken de']);
  });

  it('keeps in its row a list cell that starts lower, in a column empty so far, beside cells of two columns (a browser\'s default list margins)', () => {
    // Chromium, a header band only, cells top-aligned, lists with the browser's top margin, p. 33
    // measured: the plans cell's list starts 8 pt under the row's first line.
    const runs = [
      ...line(500, [['Actie', 40], ['Stand van zaken', 200], ['Wat gaan we doen?', 360], ['Wie (tijd)', 560]], bold),
      ...line(480, [['Verdelen van de 26', 40], ['Een eerste marktconsultatie', 200], ['EZK (2020)', 560]]),
      ...line(471, [['GHz-band.', 40], ['is afgerond.', 200]]),
      ...line(463, [['Momenteel worden de', 360]]),
      ...line(454, [['reacties verwerkt.', 360]]),
      ...line(436, [['Voldoende ruimte realiseren.', 40], ['Binnen de band', 200], ['EZK en AT monitoren.', 360], ['EZK', 560]]),
    ];
    expect(cells(findUnruledGrids(runs, 9, 8).grids[0]).slice(1)).toEqual([
      ['Verdelen van de 26 GHz-band.', 'Een eerste marktconsultatie is afgerond.', 'Momenteel worden de reacties verwerkt.', 'EZK (2020)'],
      ['Voldoende ruimte realiseren.', 'Binnen de band', 'EZK en AT monitoren.', 'EZK'],
    ]);
  });

  it('reads the first row under a header band when its cells are centred well down from it (LibreOffice, header cells shaded, no rules)', () => {
    // LibreOffice Writer, 6.5 pt in the table, 11 pt prose, p. 52 measured: the first row's text is
    // centred 49 pt under the header's last line (nearly four lines of prose).
    const a = (text: string, x: number, x1: number, y: number, extra: Partial<TextRun> = {}): TextRun => run(text, x, y, { size: 6.5, width: x1 - x, ...extra });
    const runs = [
      a('Thema', 72.9, 92.3, 802.3, bold), a('Opgave', 135.5, 156.8, 802.3, bold), a('Actie', 239, 253.4, 802.3, bold), a('Stand van zaken / resultaten (t/m Q2 2020)', 315.8, 434.4, 802.3, bold),
      a('Wat gaan we doen? (vanaf', 444.5, 518.1, 806, bold), a('Q2 2020)', 468.8, 493.8, 798.5, bold), a('Wie (tijd)', 530.6, 557.4, 802.3, bold),
      a('Is gepubliceerd op de website', 310, 387.2, 749.6),
      a('Het publiceren van een model business case', 185.2, 299.5, 742.1), a('overalsnelinternet.nl. Door het omslaan van de', 310, 431.3, 742.1),
      a('voor financiers voor de aanleg en exploitatie', 185.2, 300.9, 734.6), a('marktomstandigheden (grootschalige', 310, 406.5, 734.6), a('Afgerond Overleg', 443.1, 490.5, 734.6),
      a('van een netwerk.', 185.2, 240, 727.1), a('commerciële uitrol).', 310, 380, 727.1), a('organiseren met de provincies.', 443.1, 512, 727.1), a('EZK (Q3)', 522.4, 548.8, 727.1),
      a('Het beschikbaar stellen voor gemeenten van', 185.2, 300, 668.9), a('Gelet op de gewijzigde marktomstandigheden en', 310, 437.1, 672.7), a('Er wordt een eenvoudig', 443.1, 505.3, 672.7),
      a('een modelsubsidieverordening voor', 185.2, 278.3, 661.4), a('sterk toegenomen uitrol.', 310, 380, 665.2), a('handvattenlijstje opgesteld.', 443.1, 512.5, 665.2), a('EZK (Q3)', 522.4, 548.8, 661.4),
      a('breedband.', 185.2, 213.8, 653.9),
    ];
    const fills = [[58, 107], [110, 182], [185, 307], [310, 440], [443, 519], [522, 566]].map(([x0, x1]) => ({ x0: x0 as number, x1: x1 as number, y0: 797, y1: 812, color: '#dddddd' }));
    // (Its other tables have shown the document centres its cells.)
    const { grids } = findUnruledGrids(runs, 12.6, 11, { rules: [], fills }, null, { top: 0, centred: 3 });
    expect(cells(grids[0]).slice(1).map((r) => r.slice(2))).toEqual([
      ['Het publiceren van een model business case voor financiers voor de aanleg en exploitatie van een netwerk.', 'Is gepubliceerd op de website overalsnelinternet.nl. Door het omslaan van de marktomstandigheden (grootschalige commerciële uitrol).', 'Afgerond Overleg organiseren met de provincies.', 'EZK (Q3)'],
      ['Het beschikbaar stellen voor gemeenten van een modelsubsidieverordening voor breedband.', 'Gelet op de gewijzigde marktomstandigheden en sterk toegenomen uitrol.', 'Er wordt een eenvoudig handvattenlijstje opgesteld.', 'EZK (Q3)'],
    ]);
  });

  it('keeps a note number that the cell\'s last line pushed onto a line of its own at the page\'s foot in the row (LibreOffice)', () => {
    // LibreOffice Writer, 6.5 pt, p. 50 measured: `65` (5.2 pt) 6.3 pt under the cell's last line,
    // nothing under it but the page's foot.
    const a = (text: string, x: number, y: number, extra: Partial<TextRun> = {}): TextRun => run(text, x, y, { size: 6.5, width: text.length * 3, ...extra });
    const runs = [
      a('Actie', 164.1, 150, bold), a('Stand van zaken', 281.9, 150, bold), a('Wie (tijd)', 522, 150, bold),
      a('Gesprek met gemeenten over', 164.1, 122.6), a('In het najaar van 2019 heeft EZK', 281.9, 118.3),
      a('de leges, conform de motie', 164.1, 115.1), a('gesprekken gevoerd.', 281.9, 110.8), a('EZK (2020)', 522, 110.8),
      a('Weverling en Sjoerdsma.', 164.1, 107.6),
      a('65', 164.1, 101.3, { size: 5.2, width: 5.2 }),
    ];
    // (The document centres its cells, as its other tables have shown.)
    const centred = { top: 0, centred: 3 };
    const { grids, rest } = findUnruledGrids(runs, 12.6, 11, undefined, null, centred);
    expect(cells(grids[0]).slice(1)).toEqual([['Gesprek met gemeenten over de leges, conform de motie Weverling en Sjoerdsma. 65', 'In het najaar van 2019 heeft EZK gesprekken gevoerd.', 'EZK (2020)']]);
    expect(rest).toEqual([]);
    // (A note's own number, with its text on the line, is no cell's: the table ends above it.)
    const note = [...runs.slice(0, -1), a('65', 164.1, 101.3, { size: 5.2, width: 5.2 }), a('Kamerstuk 24 095, nr. 450', 172, 101.3, { size: 5.2, width: 60 })];
    expect(cells(findUnruledGrids(note, 12.6, 11, undefined, null, { ...centred }).grids[0]).slice(1)[0]?.[0]).toBe('Gesprek met gemeenten over de leges, conform de motie Weverling en Sjoerdsma.');
  });

  it('gives a tall centred cell whose first lines reach above the halfway line between two action numbers to the row it is centred on (cells centred, no rules)', () => {
    // Chromium, cells centred, a browser's default padding: action 17's status, ten lines, centred
    // on its short action cell, starts higher than halfway between `16)` and `17)`.
    const status = Array.from({ length: 10 }, (_, i) => run(i === 0 ? 'Uiterlijk in september' : i === 9 ? 'is het plan klaar.' : `regel ${i} van de stand`, 360, 458 - 8 * i));
    const runs = [
      ...line(500, [['Thema', 40], ['Acties zoals in NDS', 200], ['Stand van zaken', 360]], bold),
      ...line(474, [['16) Een korte', 200]]), ...line(470, [['Korte status.', 360]]), ...line(466, [['actie.', 200]]),
      ...status,
      ...line(426, [['17) Ook een', 200]]), ...line(418, [['korte actie.', 200]]),
    ];
    const { grids } = findUnruledGrids(runs, 11, 8, undefined, null, { top: 0, centred: 3 });
    expect(cells(grids[0]).slice(1)).toEqual([
      ['', '16) Een korte actie.', 'Korte status.'],
      ['', '17) Ook een korte actie.', status.map((r) => r.text).join(' ')],
    ]);
    // (And the other way: action 16's tall status reaches below the halfway line; 17's is short.)
    const down = Array.from({ length: 10 }, (_, i) => run(i === 0 ? 'Op 14 februari' : i === 9 ? 'is gestart.' : `regel ${i} van de stand`, 360, 506 - 8 * i));
    const upper = [
      ...line(530, [['Thema', 40], ['Acties zoals in NDS', 200], ['Stand van zaken', 360]], bold),
      ...line(474, [['16) Een korte', 200]]), ...line(466, [['actie.', 200]]),
      ...down,
      ...line(426, [['17) Ook een', 200]]), ...line(422, [['Korte status.', 360]]), ...line(418, [['korte actie.', 200]]),
    ];
    expect(cells(findUnruledGrids(upper, 11, 8, undefined, null, { top: 0, centred: 3 }).grids[0]).slice(1)).toEqual([
      ['', '16) Een korte actie.', down.map((r) => r.text).join(' ')],
      ['', '17) Ook een korte actie.', 'Korte status.'],
    ]);
  });

  it('keeps two actions that share one cell in one row under centred rows: the other cells go on mid-sentence beside the second number (LibreOffice, the row cut at the page\'s foot)', () => {
    // LibreOffice, cells centred, Letter, p. 62 measured in shape: `29)` and `30)` in one cell, the
    // row filling the page to its foot; the status and plans go on across the line of `30)`.
    const runs = [
      ...line(500, [['Thema', 40], ['Acties zoals in NDS', 200], ['Stand van zaken', 320], ['Wat gaan we doen', 440]], bold),
      ...line(474, [['Een floreerende', 40], ['29) We verkennen een', 200], ['De datadeelcoalitie is', 320], ['Binnenkort wordt', 440]]),
      ...line(466, [['data-economie', 40], ['afsprakenstelsel.', 200], ['vanwege samenwerking met', 320], ['gestart met de', 440]]),
      ...line(458, [['In Nederland worden', 40], ['30) Data van de overheid', 200], ['internationale partijen', 320], ['selectie van de', 440]]),
      ...line(450, [['data het beste', 40], ['wordt beter toegankelijk.', 200], ['van naam veranderd.', 320], ['volgende use cases.', 440]]),
    ];
    const centred = { top: 0, centred: 3 };
    expect(cells(findUnruledGrids(runs, 11, 8, undefined, null, { ...centred }).grids[0]).slice(1)).toEqual([
      [
        'Een floreerende data-economie In Nederland worden data het beste',
        '29) We verkennen een afsprakenstelsel. 30) Data van de overheid wordt beter toegankelijk.',
        'De datadeelcoalitie is vanwege samenwerking met internationale partijen van naam veranderd.',
        'Binnenkort wordt gestart met de selectie van de volgende use cases.',
      ],
    ]);
    // (Where the cells beside the second number open sentences of their own, it opens a row.)
    const apart = [
      ...runs.slice(0, 12),
      ...line(458, [['Een open overheid', 40], ['30) Data van de overheid', 200], ['Er is een agenda.', 320], ['Verder uitwerken.', 440]]),
      ...line(450, [['Data delen.', 40], ['wordt beter toegankelijk.', 200], ['Die is af.', 320], ['In 2021.', 440]]),
    ];
    expect(cells(findUnruledGrids(apart, 11, 8, undefined, null, { ...centred }).grids[0]).slice(1).map((r) => r[1])).toEqual(['29) We verkennen een afsprakenstelsel.', '30) Data van de overheid wordt beter toegankelijk.']);
  });

  it('keeps two actions that share one cell in one row under top-aligned rows where one cell goes on mid-sentence with a compound a hyphen breaks (groff)', () => {
    // groff (tbl, Times on Letter), p. 76 in shape: `27)` and `28)` in one cell; the status goes on
    // across the line of `28)` (`bepalingen over` / `geschil-beslecht-`), the plans open a sentence.
    const runs = [
      ...line(500, [['Thema', 40], ['Acties zoals in NDS', 200], ['Stand van zaken', 320], ['Wat gaan we doen', 440]], bold),
      ...line(474, [['Eerlijke', 40], ['27) Inzet op', 200], ['Hierin zijn transparantie-', 320], ['Geen vervolgacties.', 440]]),
      ...line(466, [['verhoudingen', 40], ['ook in Europa.', 200], ['eisen en bepalingen over', 320], ['behandeling.', 440]]),
      ...line(458, [['28) Het kabinet', 200], ['geschil-beslecht-', 320], ['Het wetsvoorstel', 440]]),
      ...line(450, [['is in gesprek.', 200], ['ing opgenomen.', 320], ['zal medio 2020 ingaan.', 440]]),
    ];
    expect(cells(findUnruledGrids(runs, 11, 8, undefined, null, { top: 3, centred: 0 }).grids[0]).slice(1).map((r) => r[1])).toEqual(['27) Inzet op ook in Europa. 28) Het kabinet is in gesprek.']);
    // (Where the status closed its sentence above and opens one beside `28)`, it opens a row.)
    const apart = [...runs.slice(0, 8), ...line(466, [['verhoudingen', 40], ['ook in Europa.', 200], ['eisen en bepalingen.', 320], ['behandeling.', 440]]), ...line(458, [['28) Het kabinet', 200], ['Geschil-beslecht-', 320], ['Het wetsvoorstel', 440]]), ...runs.slice(-3)];
    expect(cells(findUnruledGrids(apart, 11, 8, undefined, null, { top: 3, centred: 0 }).grids[0]).slice(1).map((r) => r[1])).toEqual(['27) Inzet op ook in Europa.', '28) Het kabinet is in gesprek.']);
  });

  it('reads the row the page break cut under centred rows from its top, the rows above by their middles (no style sheet, no padding)', () => {
    // Chromium, the HTML printed with no style sheet (cells centred, no padding), p. 44 measured:
    // three rows set close under each other, then one the page cut, its cells level at its top and
    // its tallest running to the page's foot. Read by middles alone, that row's cells share none,
    // and the whole segment became one row (actions 2–5 of the connectivity plan in action 1).
    const cell = (x: number, top: number, texts: string[]): TextRun[] => texts.map((t, k) => run(t, x, top - k * 10.26, { size: 9.12, width: t.length * 3.4 }));
    const plans = ['De voorbereiding van de 3,5 GHz-', 'veiling is gestart. Dit jaar zal onder', 'meer onderzoek naar het geëigende', 'veilingmodel plaatsvinden en', 'onderzoek naar de hoogte van de te', 'stellen reserveprijs. Ook vindt', 'technisch onderzoek plaats t.b.v. het', 'vormgeven van de ontwerp-', 'vergunningen. De uitkomsten van', 'deze onderzoeken zullen worden', 'meegenomen bij het opstellen van', 'de veilingregelgeving. Om de 3,5', "GHz-band 'schoon' op te kunnen", 'leveren, is Agentschap Telecom', 'bezig met het opstellen van een plan'];
    const status = ['In de Nota Mobile Communicatie', '2019 zijn de contouren van het', 'uitgiftebeleid van de 3,5 GHz-band', 'geschetst. De veiling van de 3,5', 'GHz-band zal naar verwachting', 'begin 2022 plaatsvinden.'];
    const runs = [
      ...line(372, [['Thema', 34], ['Opgave', 102], ['Actie', 170.1], ['Stand van zaken', 253.8], ['Wat gaan we doen?', 389.4], ['Wie (tijd)', 526.4]], { ...bold, size: 9.12, width: 40 }),
      ...cell(170.1, 354.87, ['Het opstellen van de', 'Nota Mobile', 'Communicatie.']),
      ...cell(253.8, 349.74, ['De nota is in juni 2019 verstuurd', 'naar de Kamer en wordt uitgevoerd.']),
      ...cell(170.1, 321.8, ['Evaluatie van de 3,5', 'GHz-band en het', 'bepalen van', 'oplossingsrichtingen', 'voor toekomstig', 'gebruik.']),
      ...cell(253.8, 311.54, ['300 MHz komt beschikbaar voor', 'landelijk exclusief gebruik. 2 x 50', 'MHz wordt ter beschikking gesteld', 'voor lokaal gebruik.']),
      ...cell(253.8, 257.94, ['Veilingregeling is gepubliceerd, de', 'aanvragen tot deelname zijn', 'ontvangen bij AT en worden thans', 'beoordeeld. Dit leidt in Q2 2020 tot', 'toelatingsbesluiten, waarna eind', 'kwartaal de veiling daadwerkelijk', 'wordt uitgevoerd.']),
      ...cell(170.1, 237.42, ['Veiling frequenties', 'van de 700, 1400 en', '2100 MHz-banden.']),
      ...cell(389.4, 237.42, ['Veiling uitvoeren (de primaire', 'verantwoordelijkheid ligt daarvoor', 'bij AT).']),
      ...cell(526.4, 227.15, ['EZK (Q2-Q3)']),
      ...cell(170.1, 183.82, ['Verdelen van de 3,5', 'GHz-band.']),
      ...cell(253.8, 183.82, status),
      ...cell(389.4, 183.82, plans),
      ...cell(526.4, 183.82, ['EZK (2020)']),
    ];
    const centred = { top: 0, centred: 3 };
    expect(cells(findUnruledGrids(runs, 10.26, 9.12, undefined, null, { ...centred }).grids[0]).slice(1)).toEqual([
      ['', '', 'Het opstellen van de Nota Mobile Communicatie.', 'De nota is in juni 2019 verstuurd naar de Kamer en wordt uitgevoerd.', '', ''],
      ['', '', 'Evaluatie van de 3,5 GHz-band en het bepalen van oplossingsrichtingen voor toekomstig gebruik.', '300 MHz komt beschikbaar voor landelijk exclusief gebruik. 2 x 50 MHz wordt ter beschikking gesteld voor lokaal gebruik.', '', ''],
      ['', '', 'Veiling frequenties van de 700, 1400 en 2100 MHz-banden.', 'Veilingregeling is gepubliceerd, de aanvragen tot deelname zijn ontvangen bij AT en worden thans beoordeeld. Dit leidt in Q2 2020 tot toelatingsbesluiten, waarna eind kwartaal de veiling daadwerkelijk wordt uitgevoerd.', 'Veiling uitvoeren (de primaire verantwoordelijkheid ligt daarvoor bij AT).', 'EZK (Q2-Q3)'],
      ['', '', 'Verdelen van de 3,5 GHz-band.', status.join(' '), plans.join(' '), 'EZK (2020)'],
    ]);
    // (wkhtmltopdf, same print, p. 31 measured: the cut row's first paragraph, a list's first item,
    // stands a line and a half over its other cells, under every block of the row above: it opens
    // the cut row's status, not the row above's.)
    const small = (x: number, y: number, t: string): TextRun => run(t, x, y, { size: 5.19, width: t.length * 2.4 });
    const wk = [
      ...line(80, [['Actie', 118.9], ['Stand van zaken', 305.4], ['Wat gaan we doen?', 458.8], ['Wie (tijd)', 540]], { ...bold, size: 5.19, width: 30 }),
      small(305.4, 65.79, 'In het najaar van 2019 heeft EZK diverse regionale'),
      small(305.4, 58.87, 'gesprekstafels georganiseerd met de VNG. Daarin is met'), small(118.9, 58.87, 'Gesprek met gemeenten i.s.m. VNG over uitdagingen en acties'),
      small(458.8, 55.41, 'Afgerond'),
      small(305.4, 51.95, 'gemeenten het gesprek aangegaan over de uitdagingen'), small(118.9, 51.95, 'het actieplan mbt de onderdelen lokaal beleid en innovatie.'),
      small(305.4, 45.04, 'rond digitale connectiviteit.'),
      small(328.5, 28.33, 'De website is vernieuwd met een nieuw adres:'),
      small(328.5, 19.11, 'overalsnelinternet.nl.'), small(118.9, 19.11, 'Voortzetting van het Kennisplatform Snel Internet voor'),
      small(458.8, 14.5, 'Afgerond'),
      small(328.5, 12.19, 'Kennisplatform is voortgezet door middel van'), small(118.9, 12.19, 'de website samensnelinternet.nl met als doel: faciliteren'),
    ];
    expect(cells(findUnruledGrids(wk, 6.92, 5.19, undefined, null, { ...centred }).grids[0]).slice(1)).toEqual([
      ['Gesprek met gemeenten i.s.m. VNG over uitdagingen en acties het actieplan mbt de onderdelen lokaal beleid en innovatie.', 'In het najaar van 2019 heeft EZK diverse regionale gesprekstafels georganiseerd met de VNG. Daarin is met gemeenten het gesprek aangegaan over de uitdagingen rond digitale connectiviteit.', 'Afgerond', ''],
      ['Voortzetting van het Kennisplatform Snel Internet voor de website samensnelinternet.nl met als doel: faciliteren', 'De website is vernieuwd met een nieuw adres: overalsnelinternet.nl. Kennisplatform is voortgezet door middel van', 'Afgerond', ''],
    ]);
    // (Chromium, same print, p. 46 measured: the line over the cut row, `Sjoerdsma.` set apart by
    // the note number raised over it, is the last line of the cell above, which broke off
    // (`… conform de motie Weverling en`): it does not open the cut row. It stays a row of its own
    // here, a continuation the extractors join to the action above.)
    const at = measured(9.12);
    const noted = [
      ...line(240, [['Actie', 153], ['Stand van zaken', 284.4], ['Wat gaan we doen?', 423.3], ['Wie (tijd)', 526.2]], { ...bold, size: 9.12, width: 60 }),
      at("In gesprek gaan met gemeenten,", 153.0, 270.8, 219.17),
      at("relevante departementen, telecom-", 153.0, 278.9, 208.91),
      at("en breedbandaanbieders om de", 153.0, 265.7, 198.64),
      at("In het najaar van 2019 heeft", 284.4, 386.4, 192.37),
      at("mogelijkheden te verkennen om", 153.0, 270.3, 188.38),
      at("EZK diverse regionale", 284.4, 366.9, 182.11),
      at("Opstellen van nieuwe standaard", 400.5, 516.7, 182.11),
      at("legeskosten, herbevestigings- en", 153.0, 271.3, 178.12),
      at("gesprekstafels georganiseerd", 284.4, 389.3, 171.85),
      at("(leidraad) voor berekening van", 400.5, 513.2, 171.85),
      at("degeneratiekosten die decentrale", 153.0, 272.0, 167.86),
      at("met de VNG. Daarin is met", 284.4, 384.5, 161.58),
      at("de hoogte van telecomleges en", 400.5, 512.4, 161.58),
      at("overheden in rekening brengen", 153.0, 266.2, 157.59),
      at("EZK (2020)", 526.2, 570.5, 156.45),
      at("gemeenten het gesprek", 284.4, 368.0, 151.32),
      at("hernieuwen van bestaande", 400.5, 496.7, 151.32),
      at("voor de aanleg, opruiming en", 153.0, 260.2, 147.33),
      at("aangegaan over de hoogte van", 284.4, 394.8, 141.06),
      at("standaard voor herbevestigings-", 400.5, 517.0, 141.06),
      at("instandhouding van", 153.0, 224.7, 137.07),
      at("leges en herbevestigings- en", 284.4, 387.5, 130.79),
      at("en degeneratiekosten.", 400.5, 479.5, 130.79),
      at("telecomnetwerken maximaal", 153.0, 258.1, 126.80),
      at("degeneratiekosten.", 284.4, 352.5, 120.53),
      at("kostendekkend te laten zijn", 153.0, 252.5, 116.54),
      at("conform de motie Weverling en", 153.0, 268.6, 106.28),
      at("65", 196.1, 203.7, 97.15),
      at("Sjoerdsma.", 153.0, 193.8, 93.55),
      at("Gesprekken aangaan met de VNG", 153.0, 277.5, 81.19),
      at("EZK (Q4)", 526.2, 563.4, 81.19),
      at("Het convenant is eind", 307.2, 386.5, 72.07),
      at("Het convenant verder", 423.3, 501.8, 72.07),
      at("en operators over verlenging van", 153.0, 273.1, 70.93),
      at("EZK", 526.2, 543.9, 70.93),
      at("2019 met een jaar", 307.2, 372.3, 61.80),
      at("verlengen.", 423.3, 461.5, 61.80),
      at("het Antenneconvenant na 2019 om", 153.0, 279.7, 60.66),
      at("(Doorlopend)", 526.2, 575.8, 60.66),
      at("verlengd.", 307.2, 341.4, 51.54),
      at("2 x per jaar een", 423.3, 479.5, 51.54),
      at("goed voorbereid te zijn op de uitrol", 153.0, 281.7, 50.40),
      at("Vooralsnog geven alle", 307.2, 388.1, 41.28),
      at("antennebeleidsoverleg", 423.3, 504.8, 41.28),
      at("van 5G antennes.", 153.0, 216.1, 40.14),
      at("partijen aan met het", 307.2, 379.4, 31.02),
      at("organiseren met de VNG", 423.3, 514.4, 31.02),
    ];
    const noteRead = cells(findUnruledGrids(noted, 10.26, 9.12, undefined, null, { ...centred }).grids[0]).slice(1);
    expect(noteRead[0]?.[0]).toMatch(/^In gesprek gaan met gemeenten, .* conform de motie Weverling en$/);
    expect(noteRead[noteRead.length - 1]).toEqual([
      'Gesprekken aangaan met de VNG en operators over verlenging van het Antenneconvenant na 2019 om goed voorbereid te zijn op de uitrol van 5G antennes.',
      'Het convenant is eind 2019 met een jaar verlengd. Vooralsnog geven alle partijen aan met het',
      'Het convenant verder verlengen. 2 x per jaar een antennebeleidsoverleg organiseren met de VNG',
      'EZK (Q4) EZK (Doorlopend)',
    ]);
  });

  it('reads the rows again when their cells show columns that start left of labels centred over them (no style sheet, auto widths)', () => {
    // Chromium, the HTML printed with no style sheet, p. 38 measured (under the rows of the table
    // before): each table sets its own column widths, its labels centred over them. The columns read
    // from the labels (`Acties zoals in NDS` at 110.5) put `32) …` (99.4) in the first column; the
    // rows' starts move them, and the rows are read again with them: read with the labels' columns,
    // action 32's last line (`uitvoering van de 7 actielijnen.`) stood as a row of its own.
    const t = measured(9.12);
    const runs = [
      t("om o.a. 5G-technologie", 171.0, 257.1, 395.92),
      t("voortgangsrapportage van het", 259.5, 367.9, 395.92),
      t("(Doorlopend)", 526.3, 576.0, 395.92),
      t("gebied van vaste en mobiele", 34.0, 137.4, 390.79),
      t("voortgangsrapportage is als bijlage", 388.7, 516.1, 390.79),
      t("breed beschikbaar te", 171.0, 245.9, 385.66),
      t("actieplan is als bijlage bij de", 259.5, 363.1, 385.66),
      t("communicatienetwerken.", 34.0, 126.0, 380.53),
      t("bij de update van de NDS te vinden.", 388.7, 520.9, 380.53),
      t("maken.", 171.0, 197.5, 375.40),
      t("update van NDS te vinden.", 259.5, 358.0, 375.40),
      t("Thema's &", 43.9, 87.2, 361.71, bold),
      t("Acties zoals in NDS", 110.5, 186.3, 356.58, bold),
      t("Stand van zaken/ resultaten", 231.2, 339.2, 356.58, bold),
      t("Wat gaan we doen (en wanneer)?", 382.7, 511.7, 356.58, bold),
      t("Wie (Tijd)", 530.6, 571.0, 356.58, bold),
      t("ambitie", 50.9, 80.3, 351.45, bold),
      t("Weerbaarheid", 34.0, 89.8, 338.90, bold),
      t("van burgers en", 34.0, 92.3, 328.64, bold),
      t("bedrijven", 34.0, 71.5, 318.38, bold),
      t("versterken", 34.0, 75.6, 308.12, bold),
      t("Er komt versterkte inzet op de thema's:", 373.0, 515.5, 295.57),
      t("vergroten van inzicht in de digitale", 373.0, 500.3, 285.31),
      t("Een veilige", 34.0, 76.3, 280.18, bold),
      t("weerbaarheid; versterkte positie van", 373.0, 505.0, 275.05),
      t("digitale", 34.0, 62.9, 269.91, bold),
      t("Voor de zomer verschijnt de jaarlijkse NCSA", 199.6, 364.7, 269.91),
      t("toezicht; meer oefenen en testen; en", 373.0, 504.0, 264.78),
      t("samenleving", 34.0, 82.2, 259.65, bold),
      t("32) Met de Nederlandse", 99.4, 187.3, 259.65),
      t("voortgangsrapportage tegelijk met het", 199.6, 338.2, 259.65),
      t("maximaliseren van mogelijkheden tot", 373.0, 510.6, 254.52),
      t("Mensen en", 34.0, 73.8, 249.39),
      t("Cyber Security Agenda", 99.4, 184.5, 249.39),
      t("Cybersecuritybeeld Nederland 2020. Met deze", 199.6, 369.6, 249.39),
      t("JenV", 523.7, 542.4, 249.39),
      t("regie en interventie. Tevens wordt", 373.0, 497.1, 244.26),
      t("bedrijven", 34.0, 68.5, 239.13),
      t("(NCSA) zetten we in op 7", 99.4, 194.4, 239.13),
      t("rapportage wordt de Kamer geïnformeerd over", 199.6, 370.1, 239.13),
      t("(Doorlopend)", 523.7, 573.3, 239.13),
      t("gewerkt aan de implementatie van", 373.0, 498.2, 233.99),
      t("kunnen digitale", 34.0, 90.5, 228.86),
      t("actielijnen.", 99.4, 139.7, 228.86),
      t("de interdepartementale voortgang op de", 199.6, 344.5, 228.86),
      t("maatregelen die zijn aangekondigd bij", 373.0, 512.3, 223.73),
      t("technologieën", 34.0, 85.2, 218.60),
      t("uitvoering van de 7 actielijnen.", 199.6, 312.9, 218.60),
      t("de kabinetsreactie op het WRR-rapport", 373.0, 515.7, 213.47),
      t("veilig gebruiken.", 34.0, 95.8, 208.34),
      t("'Voorbereiden op Digitale", 373.0, 466.7, 203.21),
      t("Ontwrichting'.", 373.0, 425.6, 192.94),
      t("33) Het Digital Trust", 99.4, 175.7, 180.40),
      t("Het DTC is in 2018 van start gegaan en heeft", 199.6, 364.6, 180.40),
      t("De grote opgave voor DTC voor 2020 is", 373.0, 520.7, 180.40),
      t("EZK (Q3-4)", 523.7, 568.5, 180.40),
      t("Center (DTC) gaat", 99.4, 167.8, 170.14),
      t("haar eerste concrete bijdrages geleverd aan", 199.6, 356.4, 170.14),
      t("om de aanbevelingen uit de evaluatie te", 373.0, 517.4, 170.14),
      t("(Doorlopend)", 523.7, 573.3, 170.14),
      t("ondernemers voorzien van", 99.4, 196.2, 159.87),
      t("veilig digitaal ondernemen. Via de website", 199.6, 355.5, 159.87),
      t("implementeren. Dit wil zeggen:", 373.0, 488.5, 159.87),
      t("(Doorlopend)", 523.7, 573.3, 159.87),
    ];
    const read = cells(findUnruledGrids(runs, 10.26, 9.12, undefined, null, { top: 0, centred: 3 }).grids[0]);
    expect(read.map((row) => row.map((c) => c.slice(0, 36)))).toEqual([
      ["Thema's & ambitie", 'Acties zoals in NDS', 'Stand van zaken/ resultaten', 'Wat gaan we doen (en wanneer)?', 'Wie (Tijd)'],
      ['Weerbaarheid van burgers en bedrijve', '', '', '', ''],
      ['Een veilige digitale samenleving Men', '32) Met de Nederlandse Cyber Securit', 'Voor de zomer verschijnt de jaarlijk', "Er komt versterkte inzet op de thema", 'JenV (Doorlopend)'],
      ['', '33) Het Digital Trust Center (DTC) g', 'Het DTC is in 2018 van start gegaan ', 'De grote opgave voor DTC voor 2020 i', 'EZK (Q3-4) (Doorlopend) (Doorlopend)'],
    ]);
    expect(read[2]?.[2]).toMatch(/de uitvoering van de 7 actielijnen\.$/);
  });

  it('keeps in their row the last lines a producer moved down to the page\'s foot, level there: no row the page cut (wkhtmltopdf, no style sheet)', () => {
    // wkhtmltopdf, the HTML printed with no style sheet, p. 35 measured: a centred row's last lines
    // in two columns stand at the page's foot, level, under the rest of their cells, which broke off
    // mid-sentence (`van een Kennisarena` · `kabels en leidingen.`). They are that row's, not a row
    // the page cut.
    const small = (x: number, y: number, t: string): TextRun => run(t, x, y, { size: 7.49, width: t.length * 3.3 });
    const status = ['Op 17 april jl. is het Programma', 'Integrale Ketensamenwerking in', 'de Ondergrond publiekelijk', 'gelanceerd. Dit wordt getrokken', 'door het Centrum voor', 'Ondergronds Bouwen en het', 'Gemeentelijk Platform Kabels en', 'Leidingen. Er zijn verschillende'];
    const runs = [
      ...line(92, [['Actie', 126.9], ['Stand van zaken', 287.1], ['Wat gaan we doen?', 422.3], ['Wie (tijd)', 529]], { ...bold, size: 7.49, width: 40 }),
      ...status.map((t, k) => small(287.1, [76.62, 67.73, 58.84, 49.95, 41.06, 32.17, 23.28, 12.52][k] as number, t)),
      small(126.9, 45.27, 'Project van BZK, i.s.m. I&W en EZK om'), small(422.3, 45.27, 'De eerste activiteit van dit'),
      small(126.9, 36.38, 'te kijken hoe het gebruik van de'), small(422.3, 36.38, 'programma is het opzetten'), small(529, 36.38, 'Allen'),
      small(126.9, 27.49, 'ondergrond gecoördineerd kan worden'), small(422.3, 27.49, 'van een Kennisarena'), small(529, 27.49, '(Doorlopend)'),
      small(126.9, 12.05, '(project harmonisatie ondergrond).'), small(422.3, 12.05, 'kabels en leidingen.'),
    ];
    expect(cells(findUnruledGrids(runs, 8.89, 7.49, undefined, null, { top: 0, centred: 3 }).grids[0]).slice(1)).toEqual([
      [
        'Project van BZK, i.s.m. I&W en EZK om te kijken hoe het gebruik van de ondergrond gecoördineerd kan worden (project harmonisatie ondergrond).',
        status.join(' '),
        'De eerste activiteit van dit programma is het opzetten van een Kennisarena kabels en leidingen.',
        'Allen (Doorlopend)',
      ],
    ]);
  });

  it('reads a header of two years whose first a narrow gutter ran into the label before it (`Programma (x € 1 mln.) 2021` · `2022`, LibreOffice)', () => {
    // LibreOffice Writer, header cells shaded, p. 55 measured: a blank run fills each gutter, so the
    // first label and `2021` read as one piece.
    const a = (text: string, x: number, x1: number, y: number, extra: Partial<TextRun> = {}): TextRun => run(text, x, y, { size: 6.5, width: x1 - x, ...extra });
    const runs = [
      a('Programma (x € 1 mln.)', 61.4, 127.9, 398.6, bold), a(' ', 127.9, 136.3, 398.6, bold), a('2021', 136.3, 149.2, 398.6, bold), a(' ', 149.2, 157.7, 398.6, bold), a('2022', 157.7, 170.6, 398.6, bold),
      a('Digital Trust Center', 58.2, 110.5, 374.1), a(' ', 110.5, 134, 374.1), a('12', 134, 140.4, 374.1), a(' ', 140.4, 154.3, 374.1), a('14', 154.3, 160.7, 374.1),
      a('Cybersecurity mkb', 58.2, 107.8, 349.7), a(' ', 107.8, 134, 349.7), a('8', 134, 137.3, 349.7), a(' ', 137.3, 154.3, 349.7), a('9', 154.3, 157.6, 349.7),
      a('Totaal', 58.2, 76.2, 325.2, bold), a(' ', 76.2, 134, 325.2, bold), a('20', 134, 140.4, 325.2, bold), a(' ', 140.4, 154.3, 325.2, bold), a('23', 154.3, 160.7, 325.2, bold),
    ];
    const fills = [[58, 131], [134, 151], [154, 174]].map(([x0, x1]) => ({ x0: x0 as number, x1: x1 as number, y0: 397, y1: 405, color: '#dddddd' }));
    expect(cells(findUnruledGrids(runs, 12.6, 11, { rules: [], fills }).grids[0])).toEqual([
      ['Programma (x € 1 mln.)', '2021', '2022'],
      ['Digital Trust Center', '12', '14'],
      ['Cybersecurity mkb', '8', '9'],
      ['Totaal', '20', '23'],
    ]);
    // (A line of text that ends in one year, with no year of its own beside it, heads nothing.)
    const prose = [a('Het programma is gestart in 2021', 58.2, 160, 398.6, bold), a('Het liep door', 300, 360, 398.6, bold), ...runs.slice(5)];
    expect(findUnruledGrids(prose, 12.6, 11).grids).toEqual([]);
  });

  it('gives a tall centred cell\'s first paragraph, set apart from its list right under a theme row, to the row it is centred on, not a row of its own (Chromium, cells centred)', () => {
    // Chromium, cells centred, lists with a browser's margins, p. 23 measured: the plans cell of
    // action 21 opens with a paragraph, then its list a margin lower; the theme row stands above.
    const plans = ['Het actieplan wordt uitgewerkt op 6', 'sporen 2019-2022:'];
    const list = Array.from({ length: 8 }, (_, i) => `${i + 1}. Spoor ${i + 1} van het plan`);
    const runs = [
      ...line(500, [['Thema', 40], ['Acties zoals in NDS', 200], ['Wat gaan we doen?', 360]], bold),
      ...line(488, [['Ander werk en een', 40]], bold), ...line(480, [['leven lang leren', 40]], bold),
      ...plans.map((t, i) => run(t, 360, 462 - 8 * i)),
      ...list.map((t, i) => run(t, 372, 436 - 8 * i)),
      ...line(430, [['21) Het kabinet komt', 200]]), ...line(422, [['met een actieplan.', 200]]),
    ];
    const { grids } = findUnruledGrids(runs, 11, 8, undefined, null, { top: 0, centred: 3 });
    expect(cells(grids[0]).slice(1)).toEqual([
      ['Ander werk en een leven lang leren', '', ''],
      ['', '21) Het kabinet komt met een actieplan.', [...plans, ...list].join(' ')],
    ]);
    // (A paragraph that is no such cell's first — the column's text under it not centred on the
    // action with it — stays a row of its own.)
    const apart = runs.map((r) => (r.text.startsWith('21)') || r.text === 'met een actieplan.' ? { ...r, y: r.y - 30 } : r));
    expect(cells(findUnruledGrids(apart, 11, 8, undefined, null, { top: 0, centred: 3 }).grids[0])[2]?.[2]).toBe(plans.join(' '));
  });

  it('starts a row where two cells or more end a sentence and open the next a little further down (rows a cell padding apart)', () => {
    // wkhtmltopdf, no borders, 1 pt cell padding, p. 34 measured: wrapped lines 9.75 pt apart,
    // rows 11.0–11.5 pt (1.13–1.18 times that: no gap parts them).
    const at = (text: string, x: number, y: number): TextRun => run(text, x, y, { size: 7.5, width: text.length * 3.5 });
    const runs = [
      ...line(445, [['Actie', 161.9], ['Stand van zaken', 245.3], ['Wat gaan we doen?', 380.7], ['Wie (tijd)', 527.4]], { bold: true, size: 7.5 }),
      at('Het opstellen van de', 161.9, 433.3), at('De nota is in juni 2019 verstuurd', 245.3, 433.3),
      at('Nota Mobile', 161.9, 423.6), at('naar de Kamer en wordt', 245.3, 423.6),
      at('Communicatie.', 161.9, 413.8), at('uitgevoerd.', 245.3, 413.8),
      at('Evaluatie van de 3,5', 161.9, 402.8), at('300 MHz komt beschikbaar voor', 245.3, 402.8),
      at('GHz-band en het', 161.9, 393.1), at('landelijk exclusief gebruik.', 245.3, 393.1),
      at('bepalen van oplossingen.', 161.9, 383.3),
      at('Veiling frequenties', 161.9, 371.8), at('Veilingregeling is gepubliceerd.', 245.3, 371.8), at('Veiling uitvoeren.', 380.7, 371.8), at('EZK (Q2-Q3)', 527.4, 371.8),
    ];
    expect(cells(findUnruledGrids(runs, 9.75, 7.5).grids[0]).slice(1)).toEqual([
      ['Het opstellen van de Nota Mobile Communicatie.', 'De nota is in juni 2019 verstuurd naar de Kamer en wordt uitgevoerd.', '', ''],
      ['Evaluatie van de 3,5 GHz-band en het bepalen van oplossingen.', '300 MHz komt beschikbaar voor landelijk exclusief gebruik.', '', ''],
      ['Veiling frequenties', 'Veilingregeling is gepubliceerd.', 'Veiling uitvoeren.', 'EZK (Q2-Q3)'],
    ]);
    // (One cell alone that ends a sentence and opens the next a little further down: a paragraph.)
    const paragraph = runs.map((r) => (r.text === '300 MHz komt beschikbaar voor' ? { ...r, text: 'en verder besproken' } : r));
    expect(cells(findUnruledGrids(paragraph, 9.75, 7.5).grids[0])[1]?.[0]).toBe('Het opstellen van de Nota Mobile Communicatie. Evaluatie van de 3,5 GHz-band en het bepalen van oplossingen.');
  });

  it('takes the lines of labels wrapped upwards into a header set bottom-aligned, not the prose above it (pandoc via Word)', () => {
    // The connectivity plan's header, not bold: `Stand van zaken / resultaten (t/m Q2 2020)` ends on
    // the line that names `Thema`, `Opgave`, `Actie`; a paragraph's last line stands above.
    const runs = [
      run('De voortgang per actie staat hieronder.', 40, 540),
      ...line(517.3, [['Stand van zaken /', 360], ['Wat gaan we', 460]]),
      ...line(509.1, [['resultaten (t/m Q2', 360], ['doen? (vanaf Q2', 460]]),
      ...line(501, [['Thema', 40], ['Opgave', 140], ['Actie', 240], ['2020)', 360], ['2020)', 460], ['Wie (tijd)', 560]]),
      ...line(485, [['Doelmatig', 40], ['Het bestemmen', 140], ['Het internationaal', 240], ['WRC19 heeft onder', 360], ['WRC 2023', 460], ['EZK (2020-2023)', 560]]),
      ...line(476.8, [['frequentiegebruik', 40], ['van banden.', 140], ['afstemmen.', 240], ['meer geresulteerd.', 360], ['voorbereiden.', 460]]),
      ...line(460, [['Het opstellen van', 240], ['De nota is in juni', 360], ['Veiling uitvoeren.', 460], ['EZK (Q2-Q3)', 560]]),
      ...line(451.8, [['de Nota.', 240], ['vastgesteld.', 360]]),
    ];
    const { grids, rest } = findUnruledGrids(runs, 8.2, 8);
    expect(cells(grids[0])[0]).toEqual(['Thema', 'Opgave', 'Actie', 'Stand van zaken / resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (tijd)']);
    expect(cells(grids[0])[1]).toEqual(['Doelmatig frequentiegebruik', 'Het bestemmen van banden.', 'Het internationaal afstemmen.', 'WRC19 heeft onder meer geresulteerd.', 'WRC 2023 voorbereiden.', 'EZK (2020-2023)']);
    expect(rest.map((r) => r.text)).toEqual(['De voortgang per actie staat hieronder.']);
  });

  it('reads a header bottom-aligned whose lines above name columns too, labels parted by a gutter narrower than a piece\'s split (XeLaTeX)', () => {
    // Liberation Sans 10 pt, measured: the upper line alone names three columns; on the last line
    // `Thema's & ambitie` and `NDS` stand 14.5 pt apart, less than pieces are split at (15 pt).
    const runs = [
      ...line(768.1, [['Acties zoals in', 158.5], ['Stand van zaken/', 255.4], ['Wat gaan we', 351.4]], { size: 10 }),
      run('Thema’s & ambitie', 62.1, 756.1, { size: 10, width: 82.3 }),
      ...line(756.1, [['NDS', 158.9], ['resultaten', 255.4], ['doen?', 351.9], ['Wie (Tijd)', 447.9]], { size: 10 }),
      ...line(736.9, [['Grensverleggend', 62.1]], { size: 10, bold: true }),
      ...line(712.9, [['Innovatie-', 62.1], ['13) Er komt een', 158.5], ['Het loket is begin', 255.4], ['EZK zal de', 351.4], ['EZK (Q3-4)', 447.9]], { size: 10 }),
      ...line(700.9, [['vriendelijke', 62.1], ['loket voor', 158.5], ['2019 geopend.', 255.4], ['communicatie.', 351.4]], { size: 10 }),
    ];
    const { grids } = findUnruledGrids(runs, 12, 10);
    expect(grids).toHaveLength(1);
    expect(cells(grids[0])[0]).toEqual(['Thema’s & ambitie', 'Acties zoals in NDS', 'Stand van zaken/ resultaten', 'Wat gaan we doen?', 'Wie (Tijd)']);
    expect(cells(grids[0])[2]).toEqual(['Innovatie- vriendelijke', '13) Er komt een loket voor', 'Het loket is begin 2019 geopend.', 'EZK zal de communicatie.', 'EZK (Q3-4)']);
  });

  it('takes a label that starts right of every other on the last line over the header\'s closing rule for a column of its own (XeLaTeX, `Wie (Tijd)`)', () => {
    // DejaVu Sans 10.9 pt, measured: labels set bottom-aligned over three baselines, booktabs' rules
    // over (719.1) and under (672.9) the header; `Wie (Tijd)` stands on the last line alone.
    const runs = [
      ...line(707, [['Stand van za-', 264], ['Wat gaan we', 359.4]], { size: 10.9 }),
      ...line(693.4, [['Domein &', 72], ['Acties zoals in', 167.6], ['ken/resultaten', 264], ['doen? (vanaf', 360]], { size: 10.9 }),
      ...line(679.9, [['ambitie', 72], ['NDS', 168], ['(t/m Q2 2020)', 263.6], ['Q2 2020)', 360], ['Wie (Tijd)', 455.4]], { size: 10.9 }),
      ...line(659.5, [['Een', 72], ['3) Een', 168], ['• NL', 279.4], ['• Voor de', 375.4], ['BZK', 456]], { size: 10.9 }),
      ...line(646, [['transparante', 72], ['ambitieuze,', 168], ['DIGIbeter,', 291.3], ['zomer', 387.2], ['(Doorlopend)', 456]], { size: 10.9 }),
      ...line(632.4, [['en', 72], ['brede agenda', 168], ['Agenda', 290.9], ['wordt NL', 386.8]], { size: 10.9 }),
    ];
    const rule = (y: number) => ({ x0: 72, x1: 540, y0: y - 0.2, y1: y + 0.2 });
    const { grids } = findUnruledGrids(runs, 13.5, 10.9, { rules: [rule(719.1), rule(672.9)], fills: [] });
    expect(cells(grids[0])[0]).toEqual(['Domein & ambitie', 'Acties zoals in NDS', 'Stand van za- ken/resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (Tijd)']);
    expect(cells(grids[0])[1]?.[4]).toBe('BZK (Doorlopend)');
  });

  it('takes the labels wrapped down to the header\'s closing rule into it where a gutter narrower than a piece\'s split parts two labels (XeLaTeX)', () => {
    // Liberation Sans 10 pt, measured: `Stand van zaken /` ends at 358.7, `Wat gaan we doen?` starts
    // at 373.1 (14.4 pt: one piece by distance); booktabs' midrule at 736.8.
    const runs = [
      ...line(766.9, [['Thema', 62.4], ['Opgave', 115.4], ['Actie', 184.9]], { size: 10 }),
      run('Stand van zaken /', 279, 766.9, { size: 10, width: 79.7 }),
      ...line(766.9, [['Wat gaan we doen?', 373.1], ['Wie (tijd)', 475.4]], { size: 10 }),
      run('resultaten (t/m Q2', 279, 755, { size: 10, width: 79.7 }),
      ...line(755, [['(vanaf Q2 2020)', 372.7]], { size: 10 }),
      ...line(743, [['2020)', 279]], { size: 10 }),
      ...line(725.1, [['Het beschikbaar', 184.9], ['Gelet op de', 279], ['Afgerond', 373.1], ['EZK (Q3)', 475.4]], { size: 10 }),
      ...line(713.1, [['maken voor', 184.9], ['gewijzigde markt-', 279]], { size: 10 }),
    ];
    const rule = (y: number) => ({ x0: 62.4, x1: 532.9, y0: y - 0.2, y1: y + 0.2 });
    const { grids } = findUnruledGrids(runs, 12, 10, { rules: [rule(778.7), rule(736.8)], fills: [] });
    expect(cells(grids[0])[0]).toEqual(['Thema', 'Opgave', 'Actie', 'Stand van zaken / resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (tijd)']);
    expect(cells(grids[0])[1]).toEqual(['', '', 'Het beschikbaar maken voor', 'Gelet op de gewijzigde markt-', 'Afgerond', 'EZK (Q3)']);
  });

  it('leaves a bold heading in larger type just over a bold header out of it (LibreOffice from ODT)', () => {
    // Measured: `Actieplan Digitale Connectiviteit` 14 pt bold at 202.9, the header's first line
    // 12 pt bold at 182.7 (20.2 pt under it, less than 1.9 sizes), labels wrapped down under it.
    const b12 = { size: 12, bold: true };
    const runs = [
      run('Actieplan Digitale Connectiviteit', 72.1, 202.9, { size: 14, bold: true, width: 213.6 }),
      ...line(182.7, [['Thema', 74.3], ['Opgave', 152.3], ['Actie', 230.3], ['Stand van', 308.3], ['Wat gaan we', 386.3], ['Wie (tijd)', 464.3]], b12),
      ...line(168.9, [['zaken /', 308.3], ['doen? (vanaf', 386.3]], b12),
      ...line(155.1, [['resultaten', 308.3], ['Q2 2020)', 386.3]], b12),
      ...line(141.3, [['(t/m Q2 2020)', 308.3]], b12),
      ...line(127.5, [['Doelmatig', 74.3], ['Het', 152.3], ['Het', 230.3], ['WRC19 heeft', 308.3], ['WRC 2023', 386.3], ['EZK (2020-', 464.3]], { size: 12 }),
      ...line(113.7, [['frequentiegebr', 74.3], ['bestemmen en', 152.3], ['internationaal', 230.3], ['onder meer', 308.3], ['voorbereiden', 386.3], ['2023)', 464.3]], { size: 12 }),
    ];
    const { grids, rest } = findUnruledGrids(runs, 13.8, 12);
    expect(cells(grids[0])[0]).toEqual(['Thema', 'Opgave', 'Actie', 'Stand van zaken / resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (tijd)']);
    expect(rest.map((r) => r.text)).toEqual(['Actieplan Digitale Connectiviteit']);
  });

  it('ends a table above the next one\'s header set bottom-aligned: its labels wrapped upwards are not rows of the first', () => {
    const header = (top: number): TextRun[] => [
      ...line(top, [['Stand van zaken /', 360], ['Wat gaan we', 460]]),
      ...line(top - 8.2, [['resultaten (t/m Q2', 360], ['doen? (vanaf Q2', 460]]),
      ...line(top - 16.3, [['Thema', 40], ['Opgave', 140], ['Actie', 240], ['2020)', 360], ['2020)', 460], ['Wie (tijd)', 560]]),
    ];
    const runs = [
      ...header(700),
      ...line(668, [['Doelmatig', 40], ['Het bestemmen', 140], ['Het afstemmen.', 240], ['WRC19 heeft onder', 360], ['WRC 2023', 460], ['EZK (2020-2023)', 560]]),
      ...line(659.8, [['', 40], ['', 140], ['', 240], ['meer pilots).', 360]]),
      ...header(645),
      ...line(613, [['Ondersteuning', 40], ['Bevorderen van', 140], ['Publicatie op', 240], ['Is gepubliceerd.', 360], ['Afgerond', 460]]),
    ];
    const { grids } = findUnruledGrids(runs, 8.2, 8);
    expect(grids).toHaveLength(2);
    expect(cells(grids[0])[1]?.[3]).toBe('WRC19 heeft onder meer pilots).');
    expect(cells(grids[1])[0]).toEqual(['Thema', 'Opgave', 'Actie', 'Stand van zaken / resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (tijd)']);
  });

  it('reads that header again at the top of the next page, labels wrapped upwards and all, as the header, not as a row the page cut', () => {
    const header = (top: number): TextRun[] => [
      ...line(top, [['Stand van zaken /', 360], ['Wat gaan we', 460]]),
      ...line(top - 8.2, [['resultaten (t/m Q2', 360], ['doen? (vanaf Q2', 460]]),
      ...line(top - 16.3, [['Thema', 40], ['Opgave', 140], ['Actie', 240], ['2020)', 360], ['2020)', 460], ['Wie (tijd)', 560]]),
    ];
    const page1 = [...header(517.3), ...line(485, [['Doelmatig', 40], ['Het bestemmen', 140], ['Het afstemmen.', 240], ['WRC19 heeft onder', 360], ['WRC 2023', 460], ['EZK (2020-2023)', 560]])];
    const first = findUnruledGrids(page1, 8.2, 8);
    expect(first.open).not.toBeNull();
    const page2 = [...header(760), ...line(728, [['', 40], ['', 140], ['Het opstellen van', 240], ['De nota is in juni', 360], ['Veiling uitvoeren.', 460], ['EZK (Q2-Q3)', 560]])];
    const next = findUnruledGrids(page2, 8.2, 8, undefined, first.open);
    expect(cells(next.grids[0])[0]).toEqual(['Thema', 'Opgave', 'Actie', 'Stand van zaken / resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (tijd)']);
    expect(cells(next.grids[0])[1]).toEqual(['', '', 'Het opstellen van', 'De nota is in juni', 'Veiling uitvoeren.', 'EZK (Q2-Q3)']);
  });

  it('carries no table on at the top of the next page when a note the page break carried over opens it (`* waaronder …`, a raised number), set in from the first column', () => {
    // Chromium, a budget table in no rules (x-chromium, p. 70 measured): its note on the starred
    // label alone at the top of the next page, 17 pt into the first column, justified: its words in
    // pieces that fall in the first two columns.
    const header = line(500, [['(x € 1 mln) Stand', 46], ['2020', 300], ['2021', 380], ['2022', 460]], bold);
    const page1 = [...header, ...line(486, [['PPS-toeslag', 46], ['137', 300], ['170', 380], ['180', 460]]), ...line(474, [['Totaal', 46], ['1.563', 300], ['1.607', 380], ['1.616', 460]])];
    const first = findUnruledGrids(page1, 12, 10);
    expect(first.open).not.toBeNull();
    const note = [run('* waaronder digitale innovatie,', 63, 776.7, { width: 160 }), run('niet specifiek gelabeld', 228, 776.7, { width: 90 })];
    const next = findUnruledGrids(note, 12, 10, undefined, first.open);
    expect(next.grids).toEqual([]);
    expect(next.rest.map((r) => r.text)).toEqual(['* waaronder digitale innovatie,', 'niet specifiek gelabeld']);
    const footnote = [run('67', 46, 779.5, { size: 5, width: 6 }), run('Kamerstuk 26643,', 53, 776.7, { width: 70 }), run('nr. 563.', 300, 776.7, { width: 30 })];
    expect(findUnruledGrids(footnote, 12, 10, undefined, first.open).grids).toEqual([]);
    // (The rest of a row the page cut opens the page so, its words in the columns: it carries the table on.)
    const rest = line(776.7, [['Innovatiekrediet', 46], ['55', 300], ['56', 380], ['57', 460]]);
    expect(cells(findUnruledGrids(rest, 12, 10, undefined, first.open).grids[0])).toEqual([['Innovatiekrediet', '55', '56', '57']]);
  });

  it('ends a table at the page end when the next page opens with a heading across its gutters and a new header (groff: a part heading in bold body type)', () => {
    const header = (top: number): TextRun[] => line(top, [["Thema's & ambitie", 40], ['Acties zoals in NDS', 140], ['Stand van zaken', 240], ['Wie (Tijd)', 360]]);
    const row = (top: number, n: number): TextRun[] => line(top, [['Een flexibel', 40], [`${n}) We zoeken`, 140], ['In maart 2019', 240], ['EZK (Door-', 360]]);
    const page1 = [...header(500), ...row(486, 7), ...line(474, [['energiesysteem', 40], ['naar manieren', 140], ['is de richtlijn', 240], ['lopend)', 360]])];
    const first = findUnruledGrids(page1, 12, 10);
    expect(first.open).not.toBeNull();
    const heading = run('2 Versterken van het fundament (basisvoorwaarden)', 40, 760, { ...bold, width: 238 });
    const page2 = [heading, ...header(737), ...row(723, 8)];
    const next = findUnruledGrids(page2, 12, 10, undefined, first.open);
    expect(next.rest).toEqual([heading]);
    expect(cells(next.grids[0])).toEqual([
      ["Thema's & ambitie", 'Acties zoals in NDS', 'Stand van zaken', 'Wie (Tijd)'],
      ['Een flexibel', '8) We zoeken', 'In maart 2019', 'EZK (Door-'],
    ]);
    // (A line in the carried columns at the top is the rest of the table, header or no header below.)
    const rest = line(760, [['', 40], ['en verder.', 140]]);
    const carried = findUnruledGrids([...rest, ...header(737), ...row(723, 8)], 12, 10, undefined, first.open);
    expect(cells(carried.grids[0])).toEqual([['', 'en verder.', '', '']]);
  });

  it('starts a row where a cell that ended lines above takes text again and every cell on the line opens a sentence (groff: rows with no space between them)', () => {
    const header = line(500, [['Opgave', 40], ['Actie', 140], ['Stand van zaken', 240], ['Wie (tijd)', 360]]);
    const rows = (next: string): TextRun[] => [
      ...line(488, [['Het bestemmen', 40], ['Het internationaal', 140], ['WRC19 heeft onder meer', 240], ['EZK (2020-2023)', 360]]),
      ...line(478, [['', 40], ['afstemmen.', 140], ['geresulteerd in een', 240]]),
      ...line(468, [['aanvullende identificatie', 240]]),
      ...line(458, [['voor mobiele diensten.', 240]]),
      ...line(448, [['Het opstellen van', 140], [next, 240]]),
      ...line(438, [['de Nota Mobile.', 140], ['verstuurd naar de Kamer.', 240]]),
    ];
    const { grids } = findUnruledGrids([...header, ...rows('De nota is in juni')], 10, 8);
    expect(cells(grids[0]).slice(1)).toEqual([
      ['Het bestemmen', 'Het internationaal afstemmen.', 'WRC19 heeft onder meer geresulteerd in een aanvullende identificatie voor mobiele diensten.', 'EZK (2020-2023)'],
      ['', 'Het opstellen van de Nota Mobile.', 'De nota is in juni verstuurd naar de Kamer.', ''],
    ]);
    // (Beside text that runs on mid-sentence, the cell's new text is its second paragraph.)
    const one = findUnruledGrids([...header, ...rows('en de nota is in juni')], 10, 8);
    expect(cells(one.grids[0])).toHaveLength(2);
  });

  it('ends a table set small at a heading in larger type under it, however close', () => {
    const runs = [
      ...line(500, [['Opgave', 40], ['Actie', 200], ['Stand van zaken', 360], ['Wie (tijd)', 560]], bold),
      ...line(486, [['Het bestemmen', 40], ['Het afstemmen van', 200], ['WRC19 heeft onder meer', 360], ['EZK (2020-2023)', 560]]),
      ...line(478, [['', 40], ['de richtlijn.', 200]]),
      run('Bijlage 3 Overzicht financiële middelen voor de digitale', 40, 462, { size: 14, bold: true, width: 440 }),
      run('De Tweede Kamer heeft gevraagd om op hoofdlijnen te rapporteren', 40, 445, { size: 12, width: 480 }),
    ];
    const { grids, rest } = findUnruledGrids(runs, 14, 12);
    expect(cells(grids[0])).toEqual([
      ['Opgave', 'Actie', 'Stand van zaken', 'Wie (tijd)'],
      ['Het bestemmen', 'Het afstemmen van de richtlijn.', 'WRC19 heeft onder meer', 'EZK (2020-2023)'],
    ]);
    expect(rest.map((r) => r.text)).toEqual(['Bijlage 3 Overzicht financiële middelen voor de digitale', 'De Tweede Kamer heeft gevraagd om op hoofdlijnen te rapporteren']);
  });

  it('starts a row set with no space above it where one column resumes after a gap and another opens a new sentence (pdfTeX longtable)', () => {
    // Lines 9.5 pt apart throughout: the row under `Doelmatig` ends where its status cell does.
    const runs = [
      ...line(500, [['Opgave', 40], ['Actie', 200], ['Stand van zaken', 360], ['Wie (tijd)', 560]], bold),
      ...line(485, [['Het bestemmen', 40], ['Het internationaal', 200], ['WRC19 heeft onder', 360], ['EZK (2020-2023)', 560]]),
      ...line(475.5, [['van banden.', 40], ['afstemmen.', 200], ['meer geresulteerd in', 360]]),
      ...line(466, [['een identificatie', 360]]),
      ...line(456.5, [['(UHF-band).', 360]]),
      ...line(447, [['Het opstellen van', 200], ['De nota is in juni', 360]]),
      ...line(437.5, [['de Nota.', 200], ['verstuurd naar de', 360]]),
      ...line(428, [['Kamer.', 360]]),
    ];
    const { grids } = findUnruledGrids(runs, 9.5, 8);
    expect(cells(grids[0])).toEqual([
      ['Opgave', 'Actie', 'Stand van zaken', 'Wie (tijd)'],
      ['Het bestemmen van banden.', 'Het internationaal afstemmen.', 'WRC19 heeft onder meer geresulteerd in een identificatie (UHF-band).', 'EZK (2020-2023)'],
      ['', 'Het opstellen van de Nota.', 'De nota is in juni verstuurd naar de Kamer.', ''],
    ]);
  });

  it('keeps a cell\'s new sentence in its row when no other column resumes on its line', () => {
    const runs = [
      ...line(500, [['Opgave', 40], ['Actie', 200], ['Stand van zaken', 360], ['Wie (tijd)', 560]], bold),
      ...line(485, [['Het bestemmen', 40], ['Het internationaal', 200], ['De nota is klaar.', 360], ['EZK (2020-2023)', 560]]),
      ...line(475.5, [['van banden.', 40], ['afstemmen.', 200], ['Zij wordt nu', 360]]),
      ...line(466, [['uitgevoerd.', 360]]),
    ];
    const { grids } = findUnruledGrids(runs, 9.5, 8);
    expect(cells(grids[0])).toEqual([
      ['Opgave', 'Actie', 'Stand van zaken', 'Wie (tijd)'],
      ['Het bestemmen van banden.', 'Het internationaal afstemmen.', 'De nota is klaar. Zij wordt nu uitgevoerd.', 'EZK (2020-2023)'],
    ]);
  });

  it('ends a table in the body\'s own type at a bold heading in larger type under it (groff)', () => {
    const runs = [
      ...line(500, [['Opgave', 40], ['Actie', 200], ['Stand van zaken', 360], ['Wie (tijd)', 560]], bold),
      ...line(486, [['Het bestemmen', 40], ['Het afstemmen van', 200], ['WRC19 heeft onder meer', 360], ['OCW (Q4)', 560]]),
      run('Bijlage 2 Stand van zaken acties', 40, 462, { size: 8.8, bold: true, width: 160 }),
      run('Actieplan Digitale Connectiviteit', 40, 448, { size: 8, bold: true, width: 150 }),
    ];
    const { grids, rest } = findUnruledGrids(runs, 12, 8);
    expect(cells(grids[0])).toEqual([
      ['Opgave', 'Actie', 'Stand van zaken', 'Wie (tijd)'],
      ['Het bestemmen', 'Het afstemmen van', 'WRC19 heeft onder meer', 'OCW (Q4)'],
    ]);
    expect(rest.map((r) => r.text)).toEqual(['Bijlage 2 Stand van zaken acties', 'Actieplan Digitale Connectiviteit']);
  });

  it('takes labels wrapped down to a rule under the header into it, in the labels\' weight, and no line under the rule (tbl)', () => {
    const runs = [
      ...line(500, [["Thema's &", 40], ['Acties zoals', 140], ['Stand van', 240], ['Wat gaan we', 360], ['Wie (Tijd)', 560]]),
      ...line(488, [['ambitie', 40], ['in NDS', 140], ['zaken/ re-', 240], ['doen?', 360]]),
      ...line(476, [['sultaten', 240]]),
      ...line(462, [['Grensver-', 40]], bold),
      ...line(450, [['leggend onderzoek', 40]], bold),
      ...line(438, [['Een sterke basis', 40], ['8) ICT als', 140], ['Eind 2019 is', 240], ['Per 1 januari', 360], ['EZK (Doorlopend)', 560]]),
    ];
    const marks = { rules: [{ x0: 38, x1: 600, y0: 470.2, y1: 470.6 }], fills: [] };
    const { grids } = findUnruledGrids(runs, 12, 8, marks);
    expect(cells(grids[0])[0]).toEqual(["Thema's & ambitie", 'Acties zoals in NDS', 'Stand van zaken/ re- sultaten', 'Wat gaan we doen?', 'Wie (Tijd)']);
    expect(cells(grids[0]).slice(1).map((r) => r[0])).toEqual(['Grensver- leggend onderzoek', 'Een sterke basis']);
  });

  it('ends a table in the body\'s own type at prose across its columns, and at a bold heading in that type over such prose (groff)', () => {
    const runs = [
      ...line(500, [['Opgave', 40], ['Actie', 200], ['Stand van zaken', 360], ['Wie (tijd)', 560]], bold),
      ...line(488, [['Het bestemmen', 40], ['Het afstemmen van', 200], ['WRC19 heeft onder meer', 360], ['EZK (Q4)', 560]]),
      ...line(476, [['', 40], ['de richtlijn.', 200]]),
      run('Bijlage 3 Overzicht financiële middelen voor de digitale economie', 40, 458, { bold: true, width: 380 }),
      run('De Tweede Kamer heeft gevraagd om op hoofdlijnen te rapporteren over de', 40, 446, { width: 560 }),
      run('beschikbare financiële middelen voor de digitale economie.', 40, 434, { width: 300 }),
    ];
    const { grids, rest } = findUnruledGrids(runs, 12, 8);
    expect(cells(grids[0])).toEqual([
      ['Opgave', 'Actie', 'Stand van zaken', 'Wie (tijd)'],
      ['Het bestemmen', 'Het afstemmen van de richtlijn.', 'WRC19 heeft onder meer', 'EZK (Q4)'],
    ]);
    expect(rest.map((r) => r.text)).toEqual([
      'Bijlage 3 Overzicht financiële middelen voor de digitale economie',
      'De Tweede Kamer heeft gevraagd om op hoofdlijnen te rapporteren over de',
      'beschikbare financiële middelen voor de digitale economie.',
    ]);
  });

  it('keeps a bold theme set across the row in the table: the line under it is the next row\'s, in its columns', () => {
    const runs = [
      ...line(500, [['Opgave', 40], ['Actie', 200], ['Stand van zaken', 360], ['Wie (tijd)', 560]], bold),
      run('Versterken van het fundament (basisvoorwaarden) en de digitale weerbaarheid', 40, 486, { bold: true, width: 520 }),
      ...line(472, [['Het bestemmen', 40], ['Het afstemmen van', 200], ['WRC19 heeft onder meer', 360], ['EZK (Q4)', 560]]),
    ];
    const { grids } = findUnruledGrids(runs, 12, 8);
    // (How the theme's run is parted over the cells is another matter: here the table goes on.)
    expect(cells(grids[0])).toHaveLength(3);
    expect(cells(grids[0])[2]).toEqual(['Het bestemmen', 'Het afstemmen van', 'WRC19 heeft onder meer', 'EZK (Q4)']);
  });

  it('parts a theme row alone in the first column from the rest of a row carried over below it, above the next anchor (WeasyPrint, rules round the table only)', () => {
    const runs = [
      ...line(500, [["Thema's & ambitie", 40], ['Acties zoals in NDS', 200], ['Stand van zaken', 360], ['Wat gaan we doen?', 520], ['Wie (Tijd)', 680]], bold),
      ...line(485, [['Grensverleggend onderzoek en', 40]], bold),
      ...line(476, [['innovatie', 40]], bold),
      // (The row the page break carried over: its cells start a line and a padding under the theme's
      // last line; the next row as far under its last.)
      ...line(463, [['Big data', 360], ['Big data', 520], ['(Q3)', 680]]),
      ...line(454, [['Het programma omvat', 360], ['Het programma wordt', 520]]),
      ...line(445, [['zestig projecten.', 360]]),
      ...line(434, [['12) We initiëren een', 200], ['Met een analyse', 360], ['In 2020 is een pilot', 520], ['EZK', 680]]),
      ...line(425, [['agenda.', 200]]),
    ];
    const { grids } = findUnruledGrids(runs, 9, 8);
    expect(cells(grids[0])).toEqual([
      ["Thema's & ambitie", 'Acties zoals in NDS', 'Stand van zaken', 'Wat gaan we doen?', 'Wie (Tijd)'],
      ['Grensverleggend onderzoek en innovatie', '', '', '', ''],
      ['', '', 'Big data Het programma omvat zestig projecten.', 'Big data Het programma wordt', '(Q3)'],
      ['', '12) We initiëren een agenda.', 'Met een analyse', 'In 2020 is een pilot', 'EZK'],
    ]);
  });

  it('keeps the first action number on a page in the row the page break carried over when that row\'s cells go on mid-sentence beside it (two actions sharing a cell, Chromium, columns shaded)', () => {
    // p. 49 of a Chromium print with no rules (every other column shaded): 27)'s row, cut at the
    // foot of p. 48, goes on at the top; 28) shares its cell, and the ambition, status and plans
    // go on beside it mid-sentence.
    const runs = [
      ...line(500, [["Thema's & ambitie", 40], ['Acties zoals in NDS', 200], ['Stand van zaken', 360], ['Wat gaan we doen?', 520], ['Wie (Tijd)', 680]], bold),
      ...line(485, [['van belang dat platforms', 40], ['tussen platforms en ondernemers,', 200], ['Platforms hebben tot juli om aan de', 360], ['verwachting start in het najaar de', 520]]),
      ...line(476, [['zich eerlijk gedragen', 40], ['ook in Europa.', 200], ['bepalingen te voldoen. Er is een', 360], ['parlementaire behandeling.', 520]]),
      ...line(467, [['tegenover aanbieders.', 40], ['28) Het kabinet is in gesprek', 200], ['wetsvoorstel gemaakt.', 360]]),
      ...line(458, [['met gemeenten.', 200]]),
      ...line(440, [['Een floreerende data-economie', 40], ['29) We verkennen een', 200], ['De datadeelcoalitie is', 360], ['Binnenkort wordt gestart.', 520], ['EZK (Q2)', 680]]),
    ];
    const rows = cells(findUnruledGrids(runs, 9, 8).grids[0]);
    expect(rows[1]).toEqual([
      'van belang dat platforms zich eerlijk gedragen tegenover aanbieders.',
      'tussen platforms en ondernemers, ook in Europa. 28) Het kabinet is in gesprek met gemeenten.',
      'Platforms hebben tot juli om aan de bepalingen te voldoen. Er is een wetsvoorstel gemaakt.',
      'verwachting start in het najaar de parlementaire behandeling.',
      '',
    ]);
    expect(rows[2]?.[1]).toBe('29) We verkennen een');
    // (An action number whose row's other cells open sentences of their own opens a row there.)
    const own = runs.map((r) => (r.y === 467 && r.x === 40 ? { ...r, text: 'Nieuwe ambitie.' } : r.y === 467 && r.x === 360 ? { ...r, text: 'Een wetsvoorstel is gemaakt.' } : r));
    expect(cells(findUnruledGrids(own, 9, 8).grids[0])[2]?.[1]).toBe('28) Het kabinet is in gesprek met gemeenten.');
  });

  it('measures each cell\'s step from its own baseline: a sub-heading set a few points above another column\'s line starts no row under it (Chromium, no rules)', () => {
    // p. 39 of a Chromium print with no rules, measured: in the plans column the italic
    // `Cybersecurity` stands 2.7 pt above the status column's line, one line with it; the status
    // goes on at the wrapped lines' pitch (9.47 pt), the plans open a paragraph 12.1 pt down.
    const runs = [
      ...line(620, [["Thema's & ambitie", 40], ['Acties zoals in NDS', 170], ['Stand van zaken', 210], ['Wat gaan we doen?', 500], ['Wie (Tijd)', 760]], bold),
      ...line(601, [['Big data', 210], ['Big data', 500], ['(Q3)', 760]]),
      ...line(591.5, [['Het programma omvat zestig projecten.', 222], ['De opgave wordt verrijkt.', 511]]),
      run('Cybersecurity', 500, 582.7, { italic: true }),
      run('Cybersecurity: In 2019 is twintig miljoen gekomen voor', 222, 580),
      ...line(570.5, [['onderzoek en innovatie.', 222], ['In 2020 zal een platform', 511]]),
      ...line(561, [['zijn gelanceerd.', 511]]),
    ];
    const rows = cells(findUnruledGrids(runs, 9.47, 8).grids[0]);
    expect(rows.slice(1).map((r) => r[2])).toEqual(['Big data Het programma omvat zestig projecten. Cybersecurity: In 2019 is twintig miljoen gekomen voor onderzoek en innovatie.']);
    expect(rows[1]?.[3]).toBe('Big data De opgave wordt verrijkt. Cybersecurity In 2020 zal een platform zijn gelanceerd.');
    // (Where the status column too steps down further than its wrapped lines, a row starts there.)
    const parted = runs.map((r) => (r.y === 570.5 ? { ...r, y: 566 } : r.y === 561 ? { ...r, y: 556.5 } : r));
    expect(cells(findUnruledGrids(parted, 9.47, 8).grids[0]).slice(1).map((r) => r[2])).toEqual(['Big data Het programma omvat zestig projecten. Cybersecurity: In 2019 is twintig miljoen gekomen voor', 'onderzoek en innovatie.']);
  });

  it('makes each line of figures a row of its own (a budget table)', () => {
    const runs = [
      ...line(500, [['(x € 1 mln)', 40], ['2020', 300], ['2021', 400]], bold),
      ...line(488, [['PPS-toeslag', 40], ['137', 300], ['170', 400]]),
      ...line(477, [['Internationaal innoveren', 40], ['41', 300], ['41', 400]]),
      ...line(466, [['Totaal', 40], ['178', 300], ['211', 400]]),
    ];
    const { grids } = findUnruledGrids(runs, 11, 8);
    expect(cells(grids[0])).toEqual([
      ['(x € 1 mln)', '2020', '2021'],
      ['PPS-toeslag', '137', '170'],
      ['Internationaal innoveren', '41', '41'],
      ['Totaal', '178', '211'],
    ]);
  });

  it('ends a header set on several baselines before a bold first row set further down (a theme)', () => {
    const runs = [
      ...line(500, [["Thema's & ambitie", 40], ['Acties', 200], ['Stand van zaken', 300], ['Wie', 560]], bold),
      ...line(489.5, [['zoals', 200], ['(Tijd)', 560]], bold),
      ...line(478.2, [['in NDS', 200]], bold),
      ...line(464, [['Grensverleggend onderzoek en', 40]], bold),
      ...line(452.7, [['innovatie', 40]], bold),
      ...line(430, [['Een sterke basis', 40], ['8) ICT als sleuteltechnologie', 200], ['Eind 2019 is het', 300], ['EZK (Doorlopend)', 560]]),
    ];
    const { grids } = findUnruledGrids(runs, 12.8, 8);
    const rows = cells(grids[0]);
    expect(rows[0]).toEqual(["Thema's & ambitie", 'Acties zoals in NDS', 'Stand van zaken', 'Wie (Tijd)']);
    expect(rows.slice(1).map((r) => r[0])).toContain('Grensverleggend onderzoek en innovatie');
  });

  it('ends a table at a note whose number is barely shrunk but raised the further (WeasyPrint), as a line reads its own superscripts', () => {
    // Measured: the number at 7.2 pt, raised 3.6 pt over a 7.5 pt note line; the table's rows in 7 pt.
    const header = line(486.4, [["Thema's & ambitie", 42], ['Acties zoals in NDS', 169], ['Stand van zaken', 348], ['Wie (Tijd)', 694]], bold);
    const rows = [...line(477.4, [['', 42], ['belangen bij AI te borgen en zodoende', 185]], { size: 7 }), ...line(468.4, [['kaders.', 185]], { size: 7 })];
    const note = [run('64', 42, 449.4, { size: 7.2 }), run('Zie verder SAPAI voor een overzicht van alle acties.', 53.5, 445.8, { size: 7.5 })];
    const { grids, rest } = findUnruledGrids([...header, ...rows.filter((r) => r.text !== ''), ...note], 9, 7.5);
    expect(cells(grids[0])).toEqual([
      ["Thema's & ambitie", 'Acties zoals in NDS', 'Stand van zaken', 'Wie (Tijd)'],
      ['', 'belangen bij AI te borgen en zodoende kaders.', '', ''],
    ]);
    expect(rest.map((r) => r.text)).toEqual(['64', 'Zie verder SAPAI voor een overzicht van alle acties.']);
    // Bad input: a number in the row's own type, on its baseline (a figure opening a cell line), stays in the table.
    const figure = [run('64', 185, 459.4, { size: 7 }), run('procent van de bedrijven', 197, 459.4, { size: 7 })];
    expect(findUnruledGrids([...header, ...rows.filter((r) => r.text !== ''), ...figure], 9, 7.5).rest).toEqual([]);
  });

  it('keeps a note number that a cell’s last line pushed onto a line of its own in the row, and reads the rows below it', () => {
    const runs = [
      ...line(500, [['Opgave', 40], ['Actie', 200], ['Stand van zaken', 360], ['Wie (tijd)', 560]], bold),
      ...line(480, [['Het bestemmen', 40], ['In gesprek gaan met', 200], ['De eerste best practices', 360], ['EZK (Doorlopend)', 560]]),
      ...line(469, [['de motie Weverling.', 200]]),
      run('66', 200, 461, { size: 5.5, width: 6 }),
      ...line(443, [['Opstellen van een', 200], ['Afwegingskader is', 360], ['EZK (Q2)', 560]]),
      ...line(432, [['afwegingskader.', 200]]),
      // A note under the table, in its own smaller type, is not a row.
      run('66', 40, 400, { size: 5.5, width: 6 }),
      run('Kamerstuk 24 095, nr. 450', 47, 398, { size: 6.5 }),
    ];
    const { grids, rest } = findUnruledGrids(runs, 11, 8);
    expect(cells(grids[0])).toEqual([
      ['Opgave', 'Actie', 'Stand van zaken', 'Wie (tijd)'],
      ['Het bestemmen', 'In gesprek gaan met de motie Weverling. 66', 'De eerste best practices', 'EZK (Doorlopend)'],
      ['', 'Opstellen van een afwegingskader.', 'Afwegingskader is', 'EZK (Q2)'],
    ]);
    expect(rest.map((r) => r.text)).toEqual(['66', 'Kamerstuk 24 095, nr. 450']);
  });

  it('drops the copy of the line the page cut that a producer draws again at the top of the next page', () => {
    const page1 = [
      ...line(500, [['Opgave', 40], ['Actie', 200], ['Stand van zaken', 360]], bold),
      ...line(480, [['Het bestemmen', 40], ['Het opstellen van de', 200], ['De nota is in juni', 360]]),
      ...line(469, [['Nota Mobile', 200], ['verstuurd.', 360]]),
    ];
    const first = findUnruledGrids(page1, 11, 8);
    expect(first.open?.lastLine?.map((r) => r.text)).toEqual(['Nota Mobile', 'verstuurd.']);
    // The next page opens with that line again, then the rest of the row and a new row.
    const page2 = [...line(780, [['Nota Mobile', 200], ['verstuurd.', 360]]), ...line(769, [['Communicatie.', 200]]), ...line(750, [['Evaluatie van de band.', 200], ['300 MHz komt vrij.', 360]])];
    const next = findUnruledGrids(page2, 11, 8, undefined, first.open);
    expect(cells(next.grids[0])).toEqual([
      ['', 'Communicatie.', ''],
      ['', 'Evaluatie van de band.', '300 MHz komt vrij.'],
    ]);
    expect(next.rest).toEqual([]);
  });

  it('keeps a header label left open (`(t/m Q2`) in the header when its rest stands a line below, as far as a line apart', () => {
    // LibreOffice: a header set 10 pt on lines 15.7 pt apart, the row 21 pt below (as measured).
    const h = { bold: true, size: 10 };
    const runs = [
      ...line(523.9, [['Stand van zaken /', 348.6]], h),
      ...line(508.2, [['Thema', 58.2], ['Opgave', 151.3], ['Actie', 242.8], ['resultaten (t/m Q2', 348.6], ['Vervolgstappen 2022', 484.4]], h),
      ...line(492.5, [['2020)', 348.6]], h),
      ...line(471.1, [['Doelmatig', 58.2], ['Het bestemmen', 151.3], ['Het afstemmen.', 242.8], ['WRC19 heeft onder meer', 348.6], ['WRC 2023 voorbereiden', 484.4]], { size: 10 }),
    ];
    const { grids } = findUnruledGrids(runs, 11.5, 10);
    expect(cells(grids[0])).toEqual([
      ['Thema', 'Opgave', 'Actie', 'Stand van zaken / resultaten (t/m Q2 2020)', 'Vervolgstappen 2022'],
      ['Doelmatig', 'Het bestemmen', 'Het afstemmen.', 'WRC19 heeft onder meer', 'WRC 2023 voorbereiden'],
    ]);
  });

  it('moves a column edge from a label centred over its column to where the column’s text starts', () => {
    // LibreOffice from a DOCX: labels centred in their cells, gutters of 8–12 pt: each label starts
    // 4–10 pt right of its column's text, which by the labels would go to the column before.
    const runs = [
      ...line(500, [['Domein & ambitie', 48], ['Acties zoals in NDS', 128], ['Stand van zaken/ resultaten', 230], ['Wie (Tijd)', 364]], bold),
      ...line(480, [['Een sterke', 40], ['ICT als sleutel-', 124], ['Eind 2019 is het Kennis- en', 220], ['EZK', 360]]),
      ...line(469, [['nationale basis voor', 40], ['technologie krijgt', 124], ['Innovatie- convenant (2020-2023)', 220], ['(Doorlopend)', 360]]),
      ...line(458, [['kennis, onderzoek', 40], ['centrale plek in het', 124], ['uitgebracht voor meer synergie', 220]]),
    ];
    const { grids } = findUnruledGrids(runs, 11, 8);
    expect(cells(grids[0])).toEqual([
      ['Domein & ambitie', 'Acties zoals in NDS', 'Stand van zaken/ resultaten', 'Wie (Tijd)'],
      [
        'Een sterke nationale basis voor kennis, onderzoek',
        'ICT als sleutel- technologie krijgt centrale plek in het',
        'Eind 2019 is het Kennis- en Innovatie- convenant (2020-2023) uitgebracht voor meer synergie',
        'EZK (Doorlopend)',
      ],
    ]);
  });

  it('moves the edge of a centred label on the next page, whose rows show it, when the page before had no rows to tell it', () => {
    // The page before ended with the table's header over rows with text in one column only; the
    // header repeats here, labels where they were, and the columns carried from there are kept.
    const labels: [string, number][] = [['Domein & ambitie', 48], ['Acties zoals in NDS', 128], ['Stand van zaken/ resultaten', 230], ['Wie (Tijd)', 364]];
    const before = { columns: [48, 128, 230, 364].map((x0, k, xs) => ({ x0, x1: (xs[k + 1] ?? 420) - 0.5 })), right: 420, fromText: true, header: null, headerStarts: [48, 128, 230, 364] };
    const runs = [
      ...line(500, labels, bold),
      ...line(480, [['Een sterke', 40], ['ICT als sleutel-', 124], ['Eind 2019 is het Kennis- en', 220], ['EZK', 360]]),
      ...line(469, [['nationale basis voor', 40], ['technologie krijgt', 124], ['Innovatie- convenant (2020-2023)', 220], ['(Doorlopend)', 360]]),
      ...line(458, [['kennis, onderzoek', 40], ['centrale plek in het', 124], ['uitgebracht voor meer synergie', 220]]),
    ];
    const { grids } = findUnruledGrids(runs, 11, 8, undefined, before);
    expect(cells(grids[0])?.[1]).toEqual([
      'Een sterke nationale basis voor kennis, onderzoek',
      'ICT als sleutel- technologie krijgt centrale plek in het',
      'Eind 2019 is het Kennis- en Innovatie- convenant (2020-2023) uitgebracht voor meer synergie',
      'EZK (Doorlopend)',
    ]);
  });

  it('moves a centred label’s edge though a line or two ran the column’s text together with the column before (a narrow gutter)', () => {
    // The owners' label centred 5 pt right of their text, which stands on lines of its own but on
    // two, where the plans text ends 4–8 pt before it (one piece of text with it): no word of the
    // plans reaches past where the owners start.
    const runs = [
      ...line(500, [['Thema', 40], ['Actie', 140], ['Wat gaan we doen?', 240], ['Wie (Tijd)', 365]], bold),
      ...line(480, [['Digitaal', 40], ['3) Een agenda', 140], ['Voor de zomer wordt', 240]]),
      run('BZK', 360, 476),
      run('geactualiseerd, met de', 240, 469),
      run('(Doorlopend)', 360, 465),
      ...line(458, [['gemeenten en alle provincies', 240], ['EZK (Q2)', 360]]),
      ...line(447, [['uitvoering loopt door in 2020', 240], ['(Q4)', 360]]),
    ];
    const { grids } = findUnruledGrids(runs, 11, 8);
    expect(cells(grids[0])?.map((r) => r[3])).toEqual(['Wie (Tijd)', 'BZK (Doorlopend) EZK (Q2) (Q4)']);
  });

  it('keeps a label’s column where it starts when the text left of it is the previous column’s, indented', () => {
    // Left-aligned labels; the progress column's text indented under a sub-heading, ending well
    // before the next label: the indent is no column, and the next edge stays at its label.
    const runs = [
      ...line(500, [['Thema', 40], ['Actie', 120], ['Stand van zaken', 220], ['Wie', 400]], bold),
      ...line(480, [['Energie', 40], ['7) We zoeken', 120], ['Richtlijn:', 220], ['EZK', 400]]),
      ...line(469, [['aangenomen in maart', 234]]),
      ...line(458, [['door het Parlement', 234]]),
      ...line(447, [['met een beheermodel', 234]]),
    ];
    const { grids } = findUnruledGrids(runs, 11, 8);
    expect(cells(grids[0])).toEqual([
      ['Thema', 'Actie', 'Stand van zaken', 'Wie'],
      ['Energie', '7) We zoeken', 'Richtlijn: aangenomen in maart door het Parlement met een beheermodel', 'EZK'],
    ]);
  });

  it('keeps a row whose last line was moved down to the foot of the page in its row where a bar drawn row by row runs past both', () => {
    // wkhtmltopdf, `td:first-child { border-left: 3pt solid }`: a bar down each row's side, drawn
    // row by row, each touching the next. The row's last line stands two lines down at the page's
    // foot; one of its cells opens a sentence of its own (`Digitale …`), so the text alone does not
    // say it goes on.
    const runs = [
      ...line(500, [['Thema', 40], ['Actie', 120], ['Stand van zaken', 220], ['Wie', 400]], bold),
      ...line(482, [['Energie', 40], ['15) We zoeken', 120], ['Een richtlijn.', 220], ['EZK', 400]]),
      ...line(460, [['Onderwijs', 40], ['16) In het curriculum', 120], ['Op dit moment', 220], ['OCW', 400]]),
      ...line(449, [['Jongeren', 40], ['voor het primair en', 120], ['wordt gewerkt.', 220]]),
      ...line(427, [['beschikken over', 40], ['voortgezet onderwijs.', 120], ['Digitale geletterdheid.', 220]]),
    ];
    const bar = (y0: number, y1: number) => ({ x0: 33, x1: 35.3, y0, y1 });
    const bars = [bar(470, 492), bar(424, 470)];
    const row16 = ['Onderwijs Jongeren beschikken over', '16) In het curriculum voor het primair en voortgezet onderwijs.', 'Op dit moment wordt gewerkt. Digitale geletterdheid.', 'OCW'];
    expect(cells(findUnruledGrids(runs, 11, 8, { rules: bars, fills: [] }).grids[0])?.slice(2)).toEqual([row16]);
    // (Also where the page's foot cut the bar just under the last line's baseline, above its descenders.)
    expect(cells(findUnruledGrids(runs, 11, 8, { rules: [bar(470, 492), bar(426.8, 470)], fills: [] }).grids[0])?.slice(2)).toEqual([row16]);
    // (Without the bars, or with one line down the whole table's side, a frame touching no other:
    // the gap parts the last line from the row, as before.)
    const parted = [
      ['Onderwijs Jongeren', '16) In het curriculum voor het primair en', 'Op dit moment wordt gewerkt.', 'OCW'],
      ['beschikken over', 'voortgezet onderwijs.', 'Digitale geletterdheid.', ''],
    ];
    for (const rules of [[], [bar(424, 492)]]) expect(cells(findUnruledGrids(runs, 11, 8, { rules, fills: [] }).grids[0])?.slice(2)).toEqual(parted);
  });

  it('takes the columns from a rule drawn cell by cell under the header (labels centred in cells wider than their text)', () => {
    // wkhtmltopdf `th { text-align: center; border-bottom }`: each label starts 15–60 pt inside its
    // cell; the cells' text starts 2 pt right of the joints, and a narrow gutter runs two columns'
    // texts together on a line. The rule's cells (drawn twice) meet at 36, 120, 216 and 350.
    const rule = [36, 120, 216, 350, 420].slice(0, -1).map((x0, k) => ({ x0, x1: [120, 216, 350, 420][k] as number, y0: 493, y1: 493.5 }));
    const runs = [
      ...line(500, [['Thema', 60], ['Actie', 150], ['Stand van zaken', 250], ['Wie', 375]], bold),
      ...line(482, [['Digitaal', 38], ['3) Een agenda voor de', 122], ['Voor de zomer wordt', 218], ['BZK', 352]]),
      ...line(471, [['bestuur', 38], ['digitale overheid.', 122], ['de agenda herzien', 218], ['(Doorlopend)', 352]]),
    ];
    const { grids } = findUnruledGrids(runs, 11, 8, { rules: [...rule, ...rule], fills: [] });
    expect(cells(grids[0])).toEqual([
      ['Thema', 'Actie', 'Stand van zaken', 'Wie'],
      ['Digitaal bestuur', '3) Een agenda voor de digitale overheid.', 'Voor de zomer wordt de agenda herzien', 'BZK (Doorlopend)'],
    ]);
    // Segments that do not meet (a gap in the rule), or one line, say nothing of the columns: the
    // labels tell them, as with no rule at all.
    const unruled = cells(findUnruledGrids(runs, 11, 8).grids[0]);
    const gapped = rule.map((r, k) => (k === 2 ? { ...r, x0: r.x0 + 6 } : r));
    expect(cells(findUnruledGrids(runs, 11, 8, { rules: gapped, fills: [] }).grids[0])).toEqual(unruled);
    expect(cells(findUnruledGrids(runs, 11, 8, { rules: [{ x0: 36, x1: 420, y0: 493, y1: 493.5 }], fills: [] }).grids[0])).toEqual(unruled);
  });

  it('reads the bold first lines of the next page as rows when the header at the foot of the page before was closed by its rule', () => {
    const rule = [36, 120, 216, 350].map((x0, k) => ({ x0, x1: [120, 216, 350, 420][k] as number, y0: 33, y1: 33.5 }));
    const foot = findUnruledGrids(line(40, [['Thema', 60], ['Actie', 150], ['Stand van zaken', 250], ['Wie', 375]], bold), 11, 8, { rules: rule, fills: [] });
    expect(foot.open?.headerClosed).toBe(true);
    const next = [
      ...line(800, [['Ander werk', 38]], bold),
      ...line(789, [['Onderwijs', 38], ['16) In het curriculum', 122], ['Er wordt gewerkt', 218], ['OCW (Q2)', 352]]),
    ];
    const { grids } = findUnruledGrids(next, 11, 8, undefined, foot.open);
    expect(cells(grids[0])?.map((r) => r[0])).toEqual(['Thema', 'Ander werk', 'Onderwijs']);
  });

  it('reads the bold first lines of the next page as a row when a zebra row’s shading began under the header at the foot of the page before', () => {
    // wkhtmltopdf, A5, zebra rows and no rules: the theme row's band begins under the header and the
    // page cuts it; the theme's wrapped lines open the next page in its band, bold, in the first column.
    const sliver = [36, 120, 216, 350].map((x0, k) => ({ x0, x1: [120, 216, 350, 420][k] as number, y0: 30.8, y1: 34.1, color: '#e6e6e6' }));
    const header = [...line(44, [["Thema's & ambitie", 38], ['Acties zoals in NDS', 122], ['Stand van zaken', 218], ['Wie (Tijd)', 352]], bold)];
    const foot = findUnruledGrids(header, 11, 8, { rules: [], fills: sliver });
    expect(foot.open?.headerClosed).toBe(true);
    const band = [36, 120, 216, 350].map((x0, k) => ({ x0, x1: [120, 216, 350, 420][k] as number, y0: 768, y1: 800, color: '#e6e6e6' }));
    const next = [
      ...line(792, [['Grensverleggend', 38]], bold),
      ...line(785.4, [['onderzoek en', 38]], bold),
      ...line(778.8, [['innovatie', 38]], bold),
      ...line(760, [['Een sterke', 38], ['8) ICT als sleutel-technologie', 122], ['Eind 2019 is het', 218], ['EZK', 352]]),
      ...line(753.4, [['nationale basis', 38], ['krijgt een centrale plek.', 122], ['convenant uitgebracht.', 218], ['(Doorlopend)', 352]]),
    ];
    const { grids } = findUnruledGrids(next, 6.6, 8, { rules: [], fills: band }, foot.open);
    expect(cells(grids[0])?.map((r) => r[0])).toEqual(["Thema's & ambitie", 'Grensverleggend onderzoek en innovatie', 'Een sterke nationale basis']);
    // (With no shading under it, the header was left open: those lines would be its rest.)
    expect(findUnruledGrids(header, 11, 8).open?.headerClosed).toBe(false);
  });

  it('moves a centred label’s edge to the one line whose text starts left of it after a gutter (a column with one row on the page)', () => {
    const runs = [
      ...line(500, [['Thema', 40], ['Actie', 140], ['Wat gaan we doen?', 240], ['Wie (Tijd)', 380]], bold),
      ...line(480, [['Digitaal', 40], ['10) De overheid', 140], ['SBIR voor AI', 240], ['Allen (Doorlopend)', 365]]),
    ];
    const { grids } = findUnruledGrids(runs, 11, 8);
    expect(cells(grids[0])?.[1]).toEqual(['Digitaal', '10) De overheid', 'SBIR voor AI', 'Allen (Doorlopend)']);
  });

  it('moves a centred label’s edge to text that starts just left of it (2.5 pt: within the reach of the label’s own start)', () => {
    // wkhtmltopdf: `Wie (Tijd)` centred in a narrow cell, the owners 2.5 pt left of it.
    const runs = [
      ...line(500, [['Thema', 40], ['Actie', 140], ['Wat gaan we doen?', 300], ['Wie (Tijd)', 569]], bold),
      ...line(480, [['Digitaal', 40], ['3) Een agenda', 140], ['Voor de zomer wordt de agenda herzien', 300], ['BZK', 566.5]]),
      ...line(469, [['bestuur', 40], ['voor de overheid', 140], ['en aangeboden.', 300], ['(Doorlopend)', 566.5]]),
    ];
    const { grids } = findUnruledGrids(runs, 11, 8);
    expect(cells(grids[0])?.[1]?.[3]).toBe('BZK (Doorlopend)');
  });

  it('moves the edge of a label centred in a cell wider than its text’s longest line (ragged right)', () => {
    // The progress label 16.6 pt in from where its text starts, 26 pt short of where the text reaches.
    const runs = [
      ...line(500, [['Thema', 40], ['Acties', 100], ['Wie (Tijd)', 330]], bold),
      run('Stand van zaken', 188, 500, { ...bold, width: 92 }),
      ...line(480, [['Digitaal', 40], ['3) Een agenda', 100], ['BZK', 330]]),
      run('Het actieplan digitale inclusie is vastgesteld', 171.4, 480, { width: 135 }),
      ...line(469, [['bestuur', 40], ['voor de overheid', 100]]),
      run('en wordt in 2020 uitgevoerd.', 171.4, 469, { width: 100 }),
    ];
    const { grids } = findUnruledGrids(runs, 11, 8);
    expect(cells(grids[0])?.[1]).toEqual(['Digitaal bestuur', '3) Een agenda voor de overheid', 'Het actieplan digitale inclusie is vastgesteld en wordt in 2020 uitgevoerd.', 'BZK']);
  });

  it('takes the columns from a row shaded cell by cell (zebra rows) under a header with no rule', () => {
    // Chromium `tr:nth-child(odd) td { background }`: the shaded row's cells meet at 120, 216 and
    // 350; the labels are centred in their cells and a narrow gutter runs two columns' texts together.
    const shade = [36, 120, 216, 350].map((x0, k) => ({ x0, x1: [120, 216, 350, 420][k] as number, y0: 466, y1: 488, color: '#eef2f7' }));
    const runs = [
      ...line(500, [['Thema', 60], ['Actie', 150], ['Stand van zaken', 250], ['Wie', 375]], bold),
      ...line(482, [['Digitaal', 38], ['3) Een agenda voor de', 122], ['Voor de zomer wordt', 218], ['BZK', 352]]),
      ...line(471, [['bestuur', 38], ['digitale overheid.', 122], ['de agenda herzien', 218], ['(Doorlopend)', 352]]),
    ];
    const { grids } = findUnruledGrids(runs, 11, 8, { rules: [], fills: shade });
    expect(cells(grids[0])?.[1]).toEqual(['Digitaal bestuur', '3) Een agenda voor de digitale overheid.', 'Voor de zomer wordt de agenda herzien', 'BZK (Doorlopend)']);
    // White fills are the paper, not shading; a shaded row of more cells than the header has
    // columns (a row the source set with a cell more) says nothing of them: the labels tell then.
    const unshaded = cells(findUnruledGrids(runs, 11, 8).grids[0]);
    expect(unshaded?.[1]).not.toEqual(cells(grids[0])?.[1]);
    expect(cells(findUnruledGrids(runs, 11, 8, { rules: [], fills: shade.map((f) => ({ ...f, color: '#ffffff' })) }).grids[0])).toEqual(unshaded);
    const more = [...shade.slice(0, 3), { ...(shade[3] as (typeof shade)[number]), x1: 390 }, { x0: 390, x1: 420, y0: 466, y1: 488, color: '#eef2f7' }];
    expect(cells(findUnruledGrids(runs, 11, 8, { rules: [], fills: more }).grids[0])).toEqual(unshaded);
  });

  it('takes the columns from header cells shaded each to its own label’s height, a narrow one over four lines beside labels on one (LibreOffice)', () => {
    // Measured (lo-grid, a table's header): each cell's shading fits its label; `Big data` starts
    // 3 pt right of the narrow `Acties` cell, under `Stand van zaken/ resultaten` centred in its own.
    // [x0, x1, y0, y1] per shaded cell.
    const shaded = (boxes: number[][], color: string) => boxes.map(([x0, x1, y0, y1]) => ({ x0: x0 as number, x1: x1 as number, y0: y0 as number, y1: y1 as number, color }));
    const shade = shaded([[58.1, 177.85, 180.64, 192.09], [180.7, 209.05, 158.14, 214.59], [211.9, 365.75, 180.64, 192.09], [368.6, 536.75, 180.64, 192.09], [539.6, 565.55, 173.14, 199.59]], '#dddddd');
    const t = (text: string, x: number, y: number, extra: Partial<TextRun> = {}): TextRun => run(text, x, y, { size: 10, width: text.length * 4.6, ...extra });
    const runs = [
      t("Thema's & ambitie", 77, 182.8, bold),
      t('Acties', 181.9, 205.3, bold),
      t('zoals', 184.4, 190.3, bold),
      t('in', 190.8, 175.3, bold),
      t('NDS', 185, 160.3, bold),
      t('Stand van zaken/ resultaten', 229.7, 182.8, bold),
      t('Wat gaan we doen?', 411, 182.8, bold),
      t('Wie', 544.1, 190.3, bold),
      t('(Tijd)', 540.2, 175.3, bold),
      t('Grensverleggend onderzoek', 58.2, 140.5, bold),
      t('en innovatie', 58.2, 125.5, bold),
      t('Big data', 212, 105.8, { italic: true }),
      t('Big data', 368.7, 105.8, { italic: true }),
      t('(Q3)', 539.7, 105.8),
      t('Het onderzoeksprogramma', 247.4, 88.8),
      t('Big data: Het omvangrijke', 404.2, 88.8),
    ];
    const { grids } = findUnruledGrids(runs, 15, 10, { rules: [], fills: shade });
    expect(cells(grids[0])).toEqual([
      ["Thema's & ambitie", 'Acties zoals in NDS', 'Stand van zaken/ resultaten', 'Wat gaan we doen?', 'Wie (Tijd)'],
      ['Grensverleggend onderzoek en innovatie', '', '', '', ''],
      ['', '', 'Big data Het onderzoeksprogramma', 'Big data Big data: Het omvangrijke', '(Q3)'],
    ]);
    // Two labels in one string across two shaded cells (`Opgave Actie`): the shading parts them,
    // where a start estimated inside the string would fall in the gap between the cells.
    const band = shaded([[58.1, 158.85, 325.34, 336.99], [161.7, 205.35, 325.34, 336.99], [208.2, 334.45, 325.34, 336.99], [337.3, 513.95, 317.54, 344.79], [516.8, 595.28, 309.64, 352.69]], '#dde6f0');
    const joined = [
      t('Thema', 58.2, 327.7, bold),
      t('Opgave Actie', 161.8, 327.7, { ...bold, width: 75.2 }),
      t('Stand van zaken / resultaten', 337.4, 335.5, bold),
      t('(t/m Q2 2020)', 337.4, 319.8, bold),
      t('Wat gaan we', 516.9, 343.4, bold),
      t('doen? (vanaf Q2', 516.9, 327.7, bold),
      t('2020)', 516.9, 312, bold),
      t('Frequentiebanden met', 208.3, 290.5),
      t('De Nota wordt', 337.4, 290.5),
      t('een omroep-toepassing.', 208.3, 274.8),
      t('uitgesteld.', 337.4, 274.8),
    ];
    expect(cells(findUnruledGrids(joined, 15.7, 10, { rules: [], fills: band }).grids[0])).toEqual([
      ['Thema', 'Opgave', 'Actie', 'Stand van zaken / resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)'],
      ['', '', 'Frequentiebanden met een omroep-toepassing.', 'De Nota wordt uitgesteld.', ''],
    ]);
  });

  it('reads a header whose first label and years a narrow gutter ran together (`Financieringsbron (x € 1 mln.) 2017`) as a year table’s', () => {
    // Measured (LibreOffice, a budget table sized to its text): gutters of 6 pt between the labels.
    const t = (text: string, x: number, y: number, width: number, extra: Partial<TextRun> = {}): TextRun => run(text, x, y, { size: 10, width, ...extra });
    const header = [t('Financieringsbron (x € 1 mln.) 2017', 59.1, 443.6, 155.2, bold), t('2018', 220.6, 443.6, 20, bold), t('2019', 248, 443.6, 20, bold)];
    const rows = [
      ...[['Europese Unie', '22', '27', '34'], ['Rijk', '29', '65', '83'], ['Totaal', '178', '241', '315']].flatMap(([name, a, b, c], k) => {
        const y = 423.8 - k * 19.7;
        return [t(name as string, 58.2, y, 59), t(a as string, 192.5, y, 10), t(b as string, 218.8, y, 10), t(c as string, 245.1, y, 15)];
      }),
    ];
    const expected = [
      ['Financieringsbron (x € 1 mln.)', '2017', '2018', '2019'],
      ['Europese Unie', '22', '27', '34'],
      ['Rijk', '29', '65', '83'],
      ['Totaal', '178', '241', '315'],
    ];
    expect(cells(findUnruledGrids([...header, ...rows], 19.7, 10).grids[0])).toEqual(expected);
    // The note under it that explains a starred label, set a row's distance down across the columns,
    // is no row: `Totaal` keeps its figures.
    const note = t('* waaronder digitale innovatie, niet specifiek gelabeld', 56.8, 423.8 - 2 * 19.7 - 18.3, 145);
    const noted = findUnruledGrids([...header, ...rows, note], 19.7, 10);
    expect(cells(noted.grids[0])).toEqual(expected);
    expect(noted.rest.map((r) => r.text)).toEqual([note.text]);
    // (Nor a line of prose set justified whose stretched spaces part two years by a word: `In` ·
    // `2018` · `en` · `2019` · `vonden`, WeasyPrint.)
    const prose = [t('In', 291.6, 443.6, 7), t('2018', 330, 443.6, 17), t('en', 380, 443.6, 9), t('2019', 420, 443.6, 17), t('vonden', 470, 443.6, 28)];
    expect(findUnruledGrids([...prose, ...rows], 19.7, 10).grids).toEqual([]);
    // (A line whose cells each end in one year is a row, no header: `… gestart in 2019`.)
    const row = [t('Het plan is gestart in 2019', 59.1, 443.6, 120), t('Sinds juni 2020', 220.6, 443.6, 70), t('Tot 2021', 330, 443.6, 40)];
    expect(findUnruledGrids([...row, ...rows], 19.7, 10).grids).toEqual([]);
    // (Nor a row's line where one cell's text is a year and another's ends in the same year: a
    // header names no year over two columns. pdfroff, cells broken at each line: `bevolking` ·
    // `zomer 2018` · `2018` · `gewerkt op 6`.)
    const sameYear = [t('bevolking', 59.1, 443.6, 40), t('zomer 2018', 130, 443.6, 40), t('2018', 220.6, 443.6, 20), t('gewerkt op 6', 330, 443.6, 50)];
    expect(findUnruledGrids([...sameYear, ...rows], 19.7, 10).grids).toEqual([]);
  });

  it('moves a centred label’s edge to the sub-headings its column’s indented items hang under, past the next label’s wrapped line', () => {
    // WeasyPrint A5: `Stand van zaken` centred over sub-headings (`AI`, `Data`) whose items are
    // indented 14 pt; the owners' label wraps, its `(Tijd)` centred 2.5 pt left of where `Wie` starts.
    const runs = [
      ...line(500, [['Thema', 40], ['Acties', 100], ['Wie', 332]], bold),
      run('Stand van zaken', 188, 500, { ...bold, width: 72 }),
      run('(Tijd)', 329.5, 490, { ...bold, width: 24 }),
      ...line(475, [['Digitaal', 40], ['11) Wij', 100], ['AI', 160], ['Allen', 332]]),
      run('De AI Coalitie is gegroeid.', 174, 464, { width: 120 }),
      run('Een plan is gelanceerd.', 174, 453, { width: 100 }),
      run('Data', 160, 442, { width: 16 }),
      run('Een verkenning loopt.', 174, 431, { width: 100 }),
      run('Er komt een wet.', 174, 420, { width: 80 }),
    ];
    const { grids } = findUnruledGrids(runs, 11, 8);
    expect(cells(grids[0])?.[1]).toEqual(['Digitaal', '11) Wij', 'AI De AI Coalitie is gegroeid. Een plan is gelanceerd. Data Een verkenning loopt. Er komt een wet.', 'Allen']);
  });

  it('moves the edge of the last label, cut by the page edge (`Wie (`), to the owners that start left of it after a gutter', () => {
    // LibreOffice: the wide table runs off the page; the owners' label is centred past the edge,
    // cut at 599 pt, the owners 6 pt left of where it starts.
    const runs = [
      ...line(500, [['Thema', 60], ['Acties', 171], ['Stand van zaken', 286], ['Wat gaan we doen?', 449]], bold),
      run('Wie (', 571.2, 500, { ...bold, width: 28 }),
      ...line(480, [['Digitaal', 60], ['18) We werken', 171], ['De uitvoering', 286], ['actieplan digitale', 439], ['BZK', 565.1]]),
      ...line(469, [['bestuur', 60], ['aan scholing', 171], ['loopt door.', 286], ['inclusie loopt door.', 439]]),
      run('(Doorlopen', 565.1, 469, { width: 34 }),
    ];
    const { grids } = findUnruledGrids(runs, 11, 8);
    expect(cells(grids[0])?.[1]?.slice(3)).toEqual(['actieplan digitale inclusie loopt door.', 'BZK (Doorlopen']);
  });

  it('parts rows at the edge of a light grey zebra band (`#f0f0f0`), not at one of near-white paint (`#fafafa`)', () => {
    // A theme line set a wrapped line's distance above the row under it, whose shading starts between them.
    const runs = [
      ...line(500, [['Thema', 40], ['Actie', 140], ['Wie', 300]], bold),
      ...line(488, [['Grensverleggend', 40]], bold),
      ...line(479, [['Een sterke basis', 40], ['8) ICT krijgt een plek', 140], ['EZK', 300]]),
      ...line(470, [['voor kennis', 40], ['in het beleid.', 140]]),
    ];
    // (A document whose cells the rows so far showed centred: rows meet halfway between anchors.)
    const band = (color: string) => [{ x0: 36, x1: 350, y0: 465, y1: 485, color }];
    const shaded = findUnruledGrids(runs, 11, 8, { rules: [], fills: band('#f0f0f0') }, null, { top: 0, centred: 3 });
    expect(cells(shaded.grids[0])?.map((r) => r[0])).toEqual(['Thema', 'Grensverleggend', 'Een sterke basis voor kennis']);
    const paper = findUnruledGrids(runs, 11, 8, { rules: [], fills: band('#fafafa') }, null, { top: 0, centred: 3 });
    expect(cells(paper.grids[0])?.map((r) => r[0])).toEqual(['Thema', 'Grensverleggend Een sterke basis voor kennis']);
  });

  it('reads a header label wrapped down at a double-spaced document\'s spacing as the header\'s (Chromium, `line-height: 1.8` in its tables, 2 in its text)', () => {
    // 8 pt labels 14.4 pt apart in a document whose body lines (10 pt) stand 20 pt apart.
    const runs = [
      ...line(700, [['Thema', 40], ['Acties', 130], ['Stand van zaken', 230], ['Wat gaan we', 350], ['Wie (Tijd)', 450]], bold),
      ...line(685.6, [['doen?', 350]], bold),
      ...line(660, [['Data', 40], ['12) Een actie.', 130], ['Gestart.', 230], ['Doorgaan.', 350], ['EZK', 450]]),
      ...line(630, [['', 40], ['13) Een tweede.', 130], ['Afgerond.', 230], ['Evalueren.', 350], ['BZK', 450]]),
    ].filter((r) => r.text !== '');
    const { grids } = findUnruledGrids(runs, 20, 10);
    expect(cells(grids[0])).toEqual([
      ['Thema', 'Acties', 'Stand van zaken', 'Wat gaan we doen?', 'Wie (Tijd)'],
      ['Data', '12) Een actie.', 'Gestart.', 'Doorgaan.', 'EZK'],
      ['', '13) Een tweede.', 'Afgerond.', 'Evalueren.', 'BZK'],
    ]);
  });

  it('opens a row at an action number that a narrow gutter set in one piece with the bold cell before it', () => {
    // WeasyPrint: `Een floreerende` ends 8 pt before `29) We verkennen` (less than a piece's gap),
    // the row above is set a wrapped line's distance and a little more away.
    const runs = [
      ...line(500, [['Thema', 60], ['Acties', 130], ['Stand van zaken', 260], ['Wie (Tijd)', 400]], bold),
      ...line(480, [['Eerlijke', 60], ['27) Inzet op', 130], ['Op 11 juli is het', 260], ['EZK', 400]]),
      ...line(471, [['verhoudingen', 60], ['transparantie.', 130], ['gepubliceerd.', 260]]),
      run('Een floreerende', 60, 458, { ...bold, width: 62 }),
      ...line(458, [['29) We verkennen een', 130], ['De coalitie is gestart.', 260], ['EZK (Q2)', 400]]),
    ];
    const { grids } = findUnruledGrids(runs, 9, 7);
    expect(cells(grids[0])?.map((r) => r[1])).toEqual(['Acties', '27) Inzet op transparantie.', '29) We verkennen een']);
    // An action number a word space after text of its own cell (two actions sharing a row) opens none.
    const shared = [...runs.slice(0, -4), run('Europa.', 130, 462, { width: 28 }), run('28) Het kabinet', 160, 462, { width: 60 })];
    expect(cells(findUnruledGrids(shared, 9, 7).grids[0])?.map((r) => r[1])).toEqual(['Acties', '27) Inzet op transparantie. Europa. 28) Het kabinet']);
  });

  it('reads no header in a line of label words whose every cell goes on mid-sentence (`vervolgacties` · `resultaten`, pdfLaTeX)', () => {
    const runs = [
      ...line(520, [['Acties zoals in NDS', 40], ['Stand van zaken/ resultaten', 200], ['Wat gaan we doen?', 360]], bold),
      ...line(500, [['46) Er wordt een', 40], ['Het kabinet zet', 200], ['In 2020 is het', 360]]),
      ...line(489, [['werkgroep die waar nodig', 40], ['zich in voor de', 200], ['doel om: De', 360]]),
      ...line(478, [['concrete', 40], ['betrokkenheid bij', 200], ['• De', 360]]),
      ...line(467, [['vervolgacties', 40], ['de richtlijn AI van', 200], ['resultaten', 360]]),
      ...line(456, [['voorstelt.', 40], ['UNESCO.', 200], ['breed te delen.', 360]]),
    ];
    const { grids } = findUnruledGrids(runs, 11, 8);
    expect(grids).toHaveLength(1);
    expect(cells(grids[0])).toEqual([
      ['Acties zoals in NDS', 'Stand van zaken/ resultaten', 'Wat gaan we doen?'],
      [
        '46) Er wordt een werkgroep die waar nodig concrete vervolgacties voorstelt.',
        'Het kabinet zet zich in voor de betrokkenheid bij de richtlijn AI van UNESCO.',
        'In 2020 is het doel om: De • De resultaten breed te delen.',
      ],
    ]);
  });

  it('reads a header whose labels, not bold, wrap upwards and whose first label stands lower than the rest, over the closing rule (pandoc\'s LaTeX)', () => {
    // pandoc → XeLaTeX, DejaVu Serif 9.96 pt, p. 40 measured: the labels set bottom-aligned over
    // three baselines, not bold (no line names two columns by itself); `Domein &` / `ambitie` stand
    // under the others, over booktabs' midrule; on this page only the fourth column holds text.
    const at = (text: string, x: number, y: number, width: number): TextRun => run(text, x, y, { size: 9.96, width });
    const header = [
      at('Stand van', 260.9, 723.6, 50.7), at('Wat gaan we', 362.5, 723.6, 64.7),
      at('Acties zoals in', 158.4, 711.6, 72.4), at('zaken/resultaten', 260.9, 711.6, 84.5), at('doen? (vanaf Q2', 363, 711.6, 82.4),
      at('NDS', 158.8, 699.7, 23.5), at('(t/m Q2 2020)', 260.5, 699.7, 70.8), at('2020)', 363, 699.7, 29.2), at('Wie (Tijd)', 464.6, 699.7, 49.4),
      at('Domein &', 56.7, 691.3, 51), at('ambitie', 56.7, 679.3, 38),
    ];
    const words = ['digitalisering', 'en', 'automatisering', 'in de', 'industrie', 'een impuls', 'te geven is', 'een programma', 'in', 'ontwikkeling', 'gericht op de', 'innovatievolgers.'];
    const rows = [at('Impuls', 363, 649.5, 34.5), at('• Om', 377.1, 637.5, 28.5), ...words.map((w, k) => at(w, 387.9, 625.6 - k * 11.95, w.length * 5.2))];
    const rule = (y: number) => ({ x0: 56.7, x1: 555.3, y0: y - 0.4, y1: y + 0.4 });
    const { grids } = findUnruledGrids([...header, ...rows], 11.95, 9.96, { rules: [rule(734.9), rule(673.4)], fills: [] });
    expect(cells(grids[0])).toEqual([
      ['Domein & ambitie', 'Acties zoals in NDS', 'Stand van zaken/resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (Tijd)'],
      ['', '', '', `Impuls • Om ${words.join(' ')}`, ''],
    ]);
    // The header repeated at the top of the next page, under which the table goes on: its header, not rows.
    const page = findUnruledGrids([...header, ...rows], 11.95, 9.96, { rules: [rule(734.9), rule(673.4)], fills: [] });
    const next = [...header, at('Een transparante', 56.7, 649.5, 80), at('3) Een ambitieuze,', 158.8, 649.5, 90), at('BZK', 464.6, 649.5, 20)];
    const carried = findUnruledGrids(next, 11.95, 9.96, { rules: [rule(734.9), rule(673.4)], fills: [] }, page.open);
    expect(cells(carried.grids[0])[0]?.[4]).toBe('Wie (Tijd)');
    expect(cells(carried.grids[0])[1]).toEqual(['Een transparante', '3) Een ambitieuze,', '', '', 'BZK']);
  });

  it('keeps in its row a line set further down (wkhtmltopdf at a page foot) whose every cell goes on mid-sentence', () => {
    // Measured (landscape, 5.2 pt type): wrapped lines 6.4 pt apart, the row's third line 9.8 pt
    // below its second; `2021)` closes the parenthesis `EZK (Q2` left open.
    const small = (y: number, texts: [string, number][], extra: Partial<TextRun> = {}): TextRun[] => texts.map(([t, x]) => run(t, x, y, { size: 5.2, width: t.length * 2.6, ...extra }));
    const runs = [
      ...small(36, [['Thema', 20], ['Acties', 90], ['Stand van zaken', 270], ['Wat gaan we doen?', 650], ['Wie', 795]], bold),
      ...small(28.1, [['Competitieve markten', 20], ['26) Er komt onderzoek naar de mate waarin', 90], ['Afgerond.', 270], ['Nederland zet de uitwerking', 650], ['EZK (Q2', 795]]),
      ...small(21.7, [['Markten blijven', 20], ['nog voldoet en een analyse van instrumenten', 90], ['van haar inzet over mededinging', 650], ['2020 – Q1', 795]]),
      ...small(11.9, [['competitief zodat de', 20], ['om markten competitief te houden.', 90], ['en platforms voort (zoals', 650], ['2021)', 795]]),
    ];
    const { grids } = findUnruledGrids(runs, 6.4, 5.2);
    expect(cells(grids[0])).toEqual([
      ['Thema', 'Acties', 'Stand van zaken', 'Wat gaan we doen?', 'Wie'],
      [
        'Competitieve markten Markten blijven competitief zodat de',
        '26) Er komt onderzoek naar de mate waarin nog voldoet en een analyse van instrumenten om markten competitief te houden.',
        'Afgerond.',
        'Nederland zet de uitwerking van haar inzet over mededinging en platforms voort (zoals',
        'EZK (Q2 2020 – Q1 2021)',
      ],
    ]);
    // A cell on that line that opens a sentence (or goes on under one that ended) opens a row there.
    const fresh = [...runs.slice(0, -4), ...small(11.9, [['competitief zodat de', 20], ['Om markten competitief te houden.', 90], ['en platforms voort (zoals', 650], ['2021)', 795]])];
    expect(cells(findUnruledGrids(fresh, 6.4, 5.2).grids[0])).toHaveLength(3);
  });
});

describe('cells drawn one by one', () => {
  const box = (x0: number, x1: number, y0 = 10, y1 = 20) => ({ x0, x1, y0, y1 });

  it('takes boxes that meet side by side as cells, one drawn twice once; a gap, fewer than three or one as wide as most of the line are none', () => {
    expect(cellsSideBySide([box(120, 216), box(36, 120), box(216, 350), box(120, 216)])).toEqual([box(36, 120), box(120, 216), box(216, 350)]);
    expect(cellsSideBySide([box(36, 120), box(126, 216), box(216, 350)])).toBeNull();
    expect(cellsSideBySide([box(36, 120), box(120, 216)])).toBeNull();
    expect(cellsSideBySide([box(36, 50), box(50, 60), box(60, 350)])).toBeNull();
  });

  it('leaves a page of more fills than any table’s rows draw (a pattern) alone, and takes no paper-white row', () => {
    const row = (color: string) => [36, 120, 216].map((x0, k) => ({ ...box(x0, [120, 216, 350][k] as number, 466, 488), color }));
    expect(shadedRowCells(row('#f0f0f0'), 500, 450, 4)?.map((c) => c.x0)).toEqual([36, 120, 216]);
    expect(shadedRowCells(row('#ffffff'), 500, 450, 4)).toBeNull();
    const pattern = Array.from({ length: 2001 }, (_, k) => ({ ...box(36 + (k % 100) * 3, 38 + (k % 100) * 3, 460 + Math.floor(k / 100), 461 + Math.floor(k / 100)), color: '#cccccc' }));
    expect(shadedRowCells([...row('#f0f0f0'), ...pattern], 500, 450, 4)).toBeNull();
  });
});

describe('withAlignedStarts: the last words of justified lines', () => {
  // Three columns from the header (0, 120, 240); a justified column 120-230 whose lines' last words,
  // after stretched spaces, end flush at 230 and start wherever their widths put them.
  const columns = columnsFrom([0, 120, 240], 360);
  const start = (x: number, end: number): Start => ({ x, afterText: true, end, words: [[x, end]] });

  it('makes no column where words end together and start scattered (flush right)', () => {
    const justified = [start(200, 230), start(201.2, 230), start(202.5, 230.2), start(203.9, 230), start(204.6, 229.9)];
    expect(withAlignedStarts(columns, justified, 8).map((c) => c.x0)).toEqual([0, 120, 240]);
  });

  it('makes none where short words of about one width end together and start a little apart (WeasyPrint, justified)', () => {
    // (WeasyPrint, DejaVu Sans 7 pt, justified cells, measured: `de`, `AO`, `11`, `de`, `om` end at
    // the column's edge, 449.5–449.6, and start within 1.4 pt of each other.)
    const words = [start(440.8, 449.5), start(439.4, 449.6), start(440.6, 449.6), start(440.8, 449.5), start(440.8, 449.5)];
    const wide = columnsFrom([0, 355, 455], 540);
    expect(withAlignedStarts(wide, words, 6).map((c) => c.x0)).toEqual([0, 355, 455]);
    // (Words that start together and end together are a column's: `EZK` under `EZK`.)
    const same = [start(440.8, 449.5), start(440.8, 449.5), start(440.8, 449.5), start(440.9, 449.6), start(440.8, 449.5)];
    expect(withAlignedStarts(wide, same, 6).map((c) => c.x0)).toEqual([0, 355, 440.8, 455]);
  });

  it('makes none where words in the middle of justified lines meet near one another by chance (Chromium, justified)', () => {
    // (Chromium, DejaVu Serif 7.5 pt, justified cells, no rules, measured: four words after stretched
    // spaces start within 2.4 pt of each other, ragged ends.)
    const words = [start(254.6, 260.7), start(255.3, 287.7), start(257.2, 287.6), start(257.3, 268.7)];
    const wide = columnsFrom([0, 184, 290], 400);
    expect(withAlignedStarts(wide, words, 6).map((c) => c.x0)).toEqual([0, 184, 290]);
    // (The same four starting together, to a fraction of a point: a column the header did not name.)
    const column = words.map((w, k) => start(254.6 + k * 0.1, w.end ?? 0));
    expect(withAlignedStarts(wide, column, 6).map((c) => c.x0)).toEqual([0, 184, 254.6, 290]);
  });

  it('makes none where words start together but other lines\' words run across that place (Chromium, justified)', () => {
    // (Chromium, justified, measured on p. 42: three words after stretched spaces start within half a
    // point, at 409.6–410.1; the table's other lines have words across 409.6.)
    const words = [start(409.58, 416.86), start(410.05, 427.96), start(410.09, 417.37)];
    const across = [398, 401, 395, 404].map((a) => ({ x: 360, afterText: false, end: 480, words: [[360, 380], [a, a + 25], [440, 480]] as [number, number][] }));
    const wide = columnsFrom([0, 376, 490], 540);
    expect(withAlignedStarts(wide, [...words, ...across], 4).map((c) => c.x0)).toEqual([0, 376, 490]);
    // (Without them the three make a column the header did not name.)
    expect(withAlignedStarts(wide, words, 4).map((c) => c.x0)).toEqual([0, 376, 409.58, 490]);
  });

  it('reads 20,000 starts at one place as one column (a hostile table of one-word rows)', () => {
    const many = Array.from({ length: 20_000 }, (_, k) => start(200 + (k % 5) * 0.1, 210 + (k % 7)));
    expect(withAlignedStarts(columns, many, 20_000).map((c) => c.x0)).toEqual([0, 120, 200, 240]);
  });

  it('makes none where last words end flush though a narrow gutter runs their pieces on into the next column (wkhtmltopdf)', () => {
    // (wkhtmltopdf, justified, measured: `een`, `in` end at 204.3, the column's edge; a 4.6 pt gutter
    // joins two of them to the next column's text in one piece.)
    const piece = (x: number, words: [number, number][]): Start => ({ x, afterText: true, end: Math.max(...words.map(([, b]) => b)), words });
    const lastWords = [piece(192.6, [[192.6, 204.33]]), piece(194.7, [[194.7, 204.32], [208.9, 474.4]]), piece(194.8, [[194.8, 204.33]]), piece(194.8, [[194.8, 204.33], [208.9, 502.7]])];
    const wide = columnsFrom([0, 113.5, 208.9], 540);
    expect(withAlignedStarts(wide, lastWords, 6).map((c) => c.x0)).toEqual([0, 113.5, 208.9]);
  });

  it('still makes one where text starts together after a gutter and ends ragged (a column the header did not name)', () => {
    const column = [start(200, 215), start(200.4, 228), start(200.2, 209), start(200.6, 233), start(200.1, 221)];
    expect(withAlignedStarts(columns, column, 8).map((c) => c.x0)).toEqual([0, 120, 200, 240]);
  });
});

describe('withAlignedStarts: labels centred over their columns', () => {
  // XeLaTeX, DejaVu Sans, measured: `Wat gaan we doen?` over 311.5–363.7, `Wie (Tijd)` from 391.5;
  // the items of the fourth column hang indented at 339, one `EZK` under `Wie (Tijd)`.
  const columns = columnsFrom([71.7, 151.6, 232, 311.5, 391.5], 540);
  const labels = [run('Wat gaan', 311.5, 693.4, { width: 51.7 }), run('we doen?', 311.6, 679.9, { width: 52.1 }), run('Wie (Tijd)', 391.5, 679.9, { width: 51.6 })];
  const start = (x: number, end: number, afterText = false): Start => ({ x, afterText, end, words: [[x, end]] });
  // (Some of their lines run on to the next column's text over a narrow gutter: one piece to 444.)
  const items = [338.8, 338.9, 339, 339.3, 339.3, 339.3, 339.3].map((x, i) => start(x, i < 2 ? 444 : x + 40));

  it('moves no edge to text that starts under the labels of the column before it (an indented item is no centred label\'s column)', () => {
    expect(withAlignedStarts(columns, [...items, start(392, 414)], 3, [], labels, true).map((c) => c.x0)).toEqual([71.7, 151.6, 232, 311.5, 391.5]);
  });

  it('still moves an edge to text that starts left of a label centred over it, clear of the column before', () => {
    // (The same column, its label centred: `Wie` set at 405, text from 392 on every line.)
    const centred = [run('Wat gaan', 311.5, 693.4, { width: 51.7 }), run('Wie', 405, 679.9, { width: 20 })];
    const moved = withAlignedStarts(columnsFrom([71.7, 151.6, 232, 311.5, 405], 540), [392, 392.2, 392.1, 392, 392.3].map((x) => start(x, x + 30)), 5, [], centred, true);
    expect(moved.map((c) => c.x0)).toEqual([71.7, 151.6, 232, 311.5, 392]);
  });

  it('makes each line of figures a row in a document whose cells are centred (a budget table in a browser\'s default style)', () => {
    // Chromium with no stylesheet, p. 49 measured: cells centred (vertical-align: middle), rows
    // 12.6 pt apart on a 10.3 pt line pitch, so no gap parts them; only that a figure never wraps.
    const x = [34, 181.8, 204.6, 227.4, 250.2, 273];
    const row = (y: number, texts: string[], extra: Partial<TextRun> = {}): TextRun[] => texts.map((t, k) => run(t, x[k] as number, y, { size: 9.1, width: t.length * (k === 0 ? 3.7 : 4.1), ...extra }));
    const runs = [
      ...row(163.9, ['(x € 1 mln) Stand Voorjaarsnota 2020', '2020', '2021', '2022', '2023', '2024'], bold),
      ...row(151.3, ['PPS-toeslag', '137', '170', '180', '193', '183']),
      ...row(138.8, ['Internationaal innoveren', '41', '41', '40', '40', '40']),
      ...row(126.2, ['Innovatiekrediet', '55', '56', '57', '57', '59']),
      ...row(113.7, ['Eurostars', '18', '18', '18', '18', '18']),
      ...row(101.1, ['MIT', '31', '41', '40', '40', '41']),
      ...row(88.6, ['WBSO', '1.281', '1.281', '1.281', '1.281', '1.281']),
      ...row(76, ['Totaal', '1.563', '1.607', '1.616', '1.629', '1.622'], bold),
    ];
    const { grids } = findUnruledGrids(runs, 10.26, 9.1, undefined, null, { top: 0, centred: 2 });
    expect(cells(grids[0]).map((r) => r[0])).toEqual(['(x € 1 mln) Stand Voorjaarsnota 2020', 'PPS-toeslag', 'Internationaal innoveren', 'Innovatiekrediet', 'Eurostars', 'MIT', 'WBSO', 'Totaal']);
    expect(cells(grids[0])[2]).toEqual(['Internationaal innoveren', '41', '41', '40', '40', '40']);
    expect(cells(grids[0])[7]?.[5]).toBe('1.622');
  });

  it('reads the rows again with the columns their cells show, when the header ran its labels together (a budget table at a page\'s foot)', () => {
    // Chromium with no stylesheet, p. 50 measured: the first label ends 2.3 pt before `2017`, so
    // the header reads as one label; the rows' figures start at three places down the table.
    const at = (text: string, x: number, y: number, width: number, extra: Partial<TextRun> = {}): TextRun => run(text, x, y, { size: 9.1, width, ...extra });
    const runs = [
      at('Financieringsbron (x € 1 mln.)', 34, 76.1, 118.2, bold), at('2017', 154.5, 76.1, 18.2, bold), at('2018', 175, 76.1, 18.2, bold), at('2019', 195.5, 76.1, 18.2, bold),
      at('Europese Unie', 34, 63.5, 54), at('22', 154.5, 63.5, 9.1), at('27', 175, 63.5, 9.1), at('34', 195.5, 63.5, 9.1),
      at('Rijk', 34, 51, 15.7), at('29', 154.5, 51, 9.1), at('65', 175, 51, 9.1), at('83', 195.5, 51, 9.1),
      at('Regio', 34, 38.4, 21.8), at('27', 154.5, 38.4, 9.1), at('29', 175, 38.4, 9.1), at('47', 195.5, 38.4, 9.1),
    ];
    const { grids } = findUnruledGrids(runs, 10.26, 9.1);
    expect(cells(grids[0])).toEqual([
      ['Financieringsbron (x € 1 mln.)', '2017', '2018', '2019'],
      ['Europese Unie', '22', '27', '34'],
      ['Rijk', '29', '65', '83'],
      ['Regio', '27', '29', '47'],
    ]);
    // (The same table with its labels set apart: the header gives the columns, and the rows are the same.)
    const apart = runs.map((r) => (r.text.startsWith('Financieringsbron') ? { ...r, text: 'Bron', width: 18 } : r));
    expect(cells(findUnruledGrids(apart, 10.26, 9.1).grids[0]).slice(1)).toEqual(cells(grids[0]).slice(1));
  });

  it('keeps a centred row of words whole, lines of figures or not (a label that wraps beside its figure)', () => {
    // The same document: a label on two lines beside one figure centred between them is one row.
    const x = [34, 181.8, 204.6];
    const row = (y: number, texts: [string, number][], extra: Partial<TextRun> = {}): TextRun[] => texts.map(([t, k]) => run(t, x[k] as number, y, { size: 9.1, width: t.length * (k === 0 ? 3.7 : 4.1), ...extra }));
    const runs = [
      ...row(163.9, [['Regeling', 0], ['2020', 1], ['2021', 2]], bold),
      ...row(151.3, [['Topsectoren en', 0]]),
      ...row(146.2, [['12', 1], ['14', 2]]),
      ...row(141, [['innovatie', 0]]),
      ...row(128.4, [['MIT', 0], ['31', 1], ['41', 2]]),
    ];
    const { grids } = findUnruledGrids(runs, 10.26, 9.1, undefined, null, { top: 0, centred: 2 });
    expect(cells(grids[0])).toEqual([
      ['Regeling', '2020', '2021'],
      ['Topsectoren en innovatie', '12', '14'],
      ['MIT', '31', '41'],
    ]);
  });
});

describe('a centred label on two lines, its second line starting inside its first', () => {
  it('makes one column of the label, not a second where its second line starts over the rows\' indented text (LibreOffice, Letter)', () => {
    // LibreOffice Writer from HTML, US Letter, 10 pt, p. 78 measured: the connectivity plan's
    // header repeated over one row; `(t/m Q2 2020)` is centred under `Stand van zaken /
    // resultaten`, and the status text starts 1 pt right of where it does. (Here the row's cells
    // open on one baseline.)
    const at = measured(10);
    const header = [
      at('Wat gaan we', 448.3, 509.4, 748.2), at('Stand van zaken / resultaten', 307.4, 440.5, 741.9), at('Thema', 60.2, 93.2, 735.5), at('Opgave', 115.4, 151.5, 735.5),
      at('Actie', 225.7, 250, 735.5), at('doen? (vanaf', 448.5, 509.2, 735.5), at('Wie (tijd)', 526.8, 572.2, 735.5), at('(t/m Q2 2020)', 341.6, 406.3, 729.2), at('Q2 2020)', 457.6, 500.1, 722.9),
    ].map((r) => ({ ...r, bold: true }));
    const actions = ['Kennisplatform Snel Internet', 'voor overheden en de website', 'samensnelinternet.nl met als', 'doel: faciliteren van', 'kennisuitwisseling en'];
    const status = ['vernieuwd met een', 'nieuw adres:', 'overalsnelinternet.nl.', 'Kennisplatform is', 'voortgezet door', 'middel van periodieke', 'mailings en'];
    const rows = [
      ...status.flatMap((t, k) => [at(t, 342.5, 342.5 + t.length * 4.6, 680.6 - k * 12.65), ...(k === 3 ? [at('•', 328.4, 332.3, 680.6 - k * 12.65)] : [])]),
      ...actions.map((t, k) => at(t, 171.6, 171.6 + t.length * 4.6, 680.6 - k * 12.65)),
    ];
    const read = cells(findUnruledGrids([...header, ...rows], 12.65, 10).grids[0]);
    expect(read[0]).toEqual(['Thema', 'Opgave', 'Actie', 'Stand van zaken / resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (tijd)']);
    expect(read[1]?.[3]).toBe(`${status.slice(0, 3).join(' ')} • ${status.slice(3).join(' ')}`);
    expect(read[1]?.[2]).toBe(actions.join(' '));
  });
});

describe('a header run together over a table of figures', () => {
  // WeasyPrint with no stylesheet, p. 106 measured: the header's labels are one string (the label
  // of the first column ends in a year too), and so are the figures of the last two rows.
  const at = (text: string, x: number, y: number, x1: number, extra: Partial<TextRun> = {}): TextRun => run(text, x, y, { size: 12, width: x1 - x, ...extra });
  const starts = [319.8, 360.4, 401, 441.5, 482.1];
  const figures = (label: string, y: number, values: string[]): TextRun[] => [at(label, 64.5, y, 64.5 + label.length * 6.2), ...values.map((v, k) => at(v, starts[k] as number, y, (starts[k] as number) + v.length * 7.6))];
  const runs = [
    at('(x € 1 mln) Stand Voorjaarsnota 2020 2020 2021 2022 2023 2024', 64.5, 645.7, 515.5, bold),
    ...figures('PPS-toeslag', 628.7, ['137', '170', '180', '193', '183']),
    ...figures('Internationaal innoveren', 611.8, ['41', '41', '40', '40', '40']),
    ...figures('Innovatiekrediet', 594.8, ['55', '56', '57', '57', '59']),
    ...figures('Eurostars', 577.8, ['18', '18', '18', '18', '18']),
    ...figures('MIT', 560.9, ['31', '41', '40', '40', '41']),
    at('WBSO', 64.5, 543.9, 103.7), at('1.281 1.281 1.281 1.281 1.281', 319.8, 543.9, 516.5),
    at('Totaal', 64.5, 526.8, 105.7, bold), at('1.563 1.607 1.616 1.629 1.622', 319.8, 526.8, 519.7, bold),
  ];

  it('puts the columns where the rows\' figures start, the label\'s own year left in the first column, and reads each line of figures as a row', () => {
    const { grids } = findUnruledGrids(runs, 13.97, 12, undefined, null, { top: 0, centred: 2 });
    const table = cells(grids[0]);
    expect(table[0]).toEqual(['(x € 1 mln) Stand Voorjaarsnota 2020', '2020', '2021', '2022', '2023', '2024']);
    expect(table.slice(-2)).toEqual([
      ['WBSO', '1.281', '1.281', '1.281', '1.281', '1.281'],
      ['Totaal', '1.563', '1.607', '1.616', '1.629', '1.622'],
    ]);
  });

  it('matches the estimates to the rows\' starts only where one has none near it: estimates close to the rows stay where they snap', () => {
    const start = (x: number): Start => ({ x, afterText: false });
    const rows = [65, 320, 360, 401, 442, 482].flatMap((x) => [start(x), start(x + 0.2)]);
    const estimated = [301, 338, 375, 412, 449, 486];
    expect(snapToRows(columnsFrom([65, ...estimated], 520), estimated, rows).map((c) => c.x0)).toEqual([65, 320, 360, 401, 442, 482]);
    expect(snapToRows(columnsFrom([65, 318, 355, 395], 520), [318, 355, 395], rows).map((c) => c.x0)).toEqual([65, 320, 360, 401]);
    // (Nothing near, and nothing to match in order: an estimate that heads no column goes.)
    expect(snapToRows(columnsFrom([65, 250], 520), [250], rows.slice(0, 2)).map((c) => c.x0)).toEqual([65]);
  });
});

describe('a gap a cell\'s paragraph spacing widened', () => {
  // Chromium with no stylesheet, p. 28 measured: wrapped lines 10.26 pt apart; the rows' cells are
  // centred, and the paragraphs in a cell keep a browser's margins, so the tallest cell of the next
  // row opens 30.8 pt (three lines' pitch) under the row above, in the plans column.
  const x = [49, 146, 260, 378, 533];
  const at = (text: string, k: number, y: number, extra: Partial<TextRun> = {}): TextRun => run(text, x[k] as number, y, { size: 9.1, width: text.length * 3.6, ...extra });
  const header = [at('Domein & ambitie', 0, 750.6, bold), at('Acties zoals in NDS', 1, 750.6, bold), at('Stand van zaken', 2, 750.6, bold), at('Wat gaan we doen?', 3, 750.6, bold), at('Wie (Tijd)', 4, 750.6, bold)];
  const above = [at('Digitale economie', 0, 733.5), at('2) Een actie.', 1, 733.5), at('Gedaan.', 2, 733.5), at('de 1,5 meter-samenleving.', 3, 733.5), at('EZK', 4, 733.5)];
  const below = [
    at('Voor de zomer wordt NL DIGIbeter,', 3, 702.7), at('Agenda Digitale Overheid', 3, 692.4),
    at('Een transparante overheid', 0, 687.3), at('3) Een ambitieuze agenda.', 1, 687.3), at('NL DIGIbeter is gelanceerd.', 2, 687.3), at('BZK', 4, 687.3),
    at('geactualiseerd.', 3, 682.2), at('De uitvoering loopt door.', 3, 671.9),
  ];

  it('reads on under it when the line below opens inside the table, not at its left edge', () => {
    const { grids, rest } = findUnruledGrids([...header, ...above, ...below], 10.26, 9.1);
    const table = cells(grids[0]);
    expect(table.map((r) => r[3]).join(' ')).toContain('Voor de zomer wordt NL DIGIbeter, Agenda Digitale Overheid');
    expect(table.some((r) => r[1] === '3) Een ambitieuze agenda.' && r[4] === 'BZK')).toBe(true);
    expect(rest.filter((r) => r.text.trim() !== '')).toEqual([]);
    // (So does a row whose cells open side by side at the table's left, its theme in bold.)
    const row = [at('Slimme mobiliteit', 0, 702.7, bold), at('4) Voor de zomer.', 1, 702.7), at('Verstuurd.', 2, 702.7), at('IenW', 4, 702.7)];
    const next = findUnruledGrids([...header, ...above, ...row], 10.26, 9.1);
    expect(cells(next.grids[0])[2]).toEqual(['Slimme mobiliteit', '4) Voor de zomer.', 'Verstuurd.', '', 'IenW']);
  });

  it('ends the table there when the line below starts at the table\'s left edge (prose after it), or is a bold line alone', () => {
    const prose = [at('Na de tabel volgt weer gewone tekst over de hele breedte van de bladzijde.', 0, 702.7, { width: 480 }), at('Die loopt door.', 0, 692.4)];
    const after = findUnruledGrids([...header, ...above, ...prose], 10.26, 9.1);
    expect(cells(after.grids[0])).toHaveLength(2);
    expect(after.rest.map((r) => r.text)).toEqual(prose.map((r) => r.text));
    const caption = [at('Tabel 3: Overzicht', 2, 702.7, bold)];
    expect(findUnruledGrids([...header, ...above, ...caption], 10.26, 9.1).rest.map((r) => r.text)).toEqual(['Tabel 3: Overzicht']);
  });
});

describe('columns from the gutters the rows show', () => {
  const at = (text: string, x: number, x1: number, y: number, extra: Partial<TextRun> = {}): TextRun => ({ text, x, y, width: x1 - x, size: 10, bold: false, italic: false, ...extra });
  // LibreOffice Writer from ODT, no borders, p. 42 measured: labels centred over their columns, two
  // of them set as one string (`Stand van zaken/ resultaten Wat gaan we doen?`), list items hung
  // beside their bullets.
  const header = [
    at("Thema's &", 76.8, 135.9, 776.1, bold), at('Acties zoals in NDS', 165.6, 273.8, 770.3, bold), at('Stand van zaken/ resultaten Wat gaan we doen?', 285.2, 559.6, 770.3, bold), at('Wie (', 568.4, 597.6, 770.3, bold), at('ambitie', 85, 127.7, 764.5, bold),
  ];
  const themes = [
    at('Grensverleggen', 58.2, 147.8, 735.9, bold), at('d onderzoek en', 58.2, 145.1, 724.2, bold), at('innovatie', 58.2, 110.9, 712.6, bold),
    at('Een sterke', 58.2, 118.2, 684, bold), at('nationale basis', 58.2, 143.9, 672.3, bold), at('voor kennis,', 58.2, 127.6, 660.7, bold), at('onderzoek en', 58.2, 134.5, 649, bold), at('innovatie', 58.2, 110.9, 637.4, bold),
  ];
  const body = [
    at('Nederland denkt', 58.2, 141.7, 625.7), at('•', 468.6, 472.2, 631.6), at('Per 1 januari', 482.7, 546.2, 631.6),
    at('2020 is ICT een', 482.7, 560.3, 619.9), at('mee, doet mee,', 58.2, 137.4, 614.1), at('volwaardige', 482.7, 543.6, 608.3),
    at('profiteert mee en', 58.2, 146.2, 602.4), at('Topsector met', 482.7, 555.2, 596.6),
    at('is medebepaler', 58.2, 135.6, 590.8), at('8) ICT als sleutel-', 157.3, 244, 590.8), at('Eind 2019 is het Kennis- en', 285, 421.8, 590.8),
    at('een Topteam', 482.7, 549, 585),
    at('van de richting', 58.2, 133.5, 579.1), at('technologie krijgt een', 157.3, 266.4, 579.1), at('Innovatie- convenant (2020-', 285, 427.2, 579.1),
    at('om de rol van', 482.7, 551.9, 573.3),
    at('van digitalisering.', 58.2, 147.6, 567.5), at('centrale plek in het', 157.3, 254.4, 567.5), at('2023) uitgebracht voor meer', 285, 430, 567.5), at('EZK', 564.5, 584.2, 567.5),
    at('ICT-innovatie,', 482.7, 551.9, 561.7),
  ];

  it('takes the columns where the rows\' gutters run when the labels put them where they cut through text', () => {
    const { grids } = findUnruledGrids([...header, ...themes, ...body], 11.6, 10, undefined, null, { top: 0, centred: 2 });
    const read = cells(grids[0]);
    expect(read[0]).toEqual(["Thema's & ambitie", 'Acties zoals in NDS', 'Stand van zaken/ resultaten', 'Wat gaan we doen?', 'Wie (']);
    expect(read[2]?.slice(1)).toEqual([
      '8) ICT als sleutel- technologie krijgt een centrale plek in het',
      'Eind 2019 is het Kennis- en Innovatie- convenant (2020- 2023) uitgebracht voor meer',
      '• Per 1 januari 2020 is ICT een volwaardige Topsector met een Topteam om de rol van ICT-innovatie,',
      'EZK',
    ]);
    // (The bullets' own column joins their items': the column starts at the bullet.)
    expect(grids[0]?.rows[0]?.cells.map((c) => c.box.x0 + 1)).toEqual([58.2, 157.3, 285, 468.6, 564.5]);
  });

  it('keeps the header\'s columns that no row fills on the page, left of all the rows\' text', () => {
    // LibreOffice from DOCX, no borders, p. 74 measured: the connectivity plan's rows here fill only
    // its last four columns; list items hung beside their bullets had made columns of their own.
    const labels = [at('Thema', 75.2, 113.3, 790.1, bold), at('Opgave', 147.9, 189.2, 790.1, bold), at('Actie', 233.8, 262.3, 790.1, bold), at('Stand van zaken / resultaten (t/m Q2 2020)', 293.3, 397.1, 790.1, bold), at('Wat gaan we doen? (vanaf Q2 2020)', 409.3, 500.1, 790.1, bold), at('Wie (tijd)', 524.1, 552.5, 790.1, bold)];
    const rows = [
      at('•', 423.4, 427.5, 438.2), at('Momenteel', 437.5, 494.6, 438.2), at('worden de', 437.5, 491.1, 426.5), at('consultatiere', 437.5, 504.1, 414.9),
      at('Een eerste', 293, 347.5, 356.6), at('uitgifteopties', 437.5, 505, 356.6), at('Verdelen van', 207.8, 274.8, 350.8),
      at('marktconsultatie is', 293, 390.6, 345), at('geformuleerd', 437.5, 506.4, 345), at('EZK', 511.8, 533.5, 345), at('de 26 GHz-', 207.8, 264.4, 339.2),
      at('in maart 2020', 293, 364.5, 333.3), at('(2020)', 511.8, 545, 333.3), at('band.', 207.8, 236.2, 327.5), at('afgerond.', 293, 341.8, 321.7),
      at('•', 423.4, 427.5, 321.7), at('Daarna vindt', 437.5, 503.4, 321.7), at('een tweede', 437.5, 495.6, 310),
      at('Voldoende', 207.8, 261.3, 209.8), at('•', 314.3, 318.4, 209.8), at('Binnen de', 328.4, 379.6, 209.8), at('•', 423.4, 427.5, 209.8), at('EZK en AT', 437.5, 491.7, 209.8), at('EZK', 511.8, 533.5, 209.8),
      at('frequentieruimt', 207.8, 288.4, 198.2), at('3,5 GHz-', 328.4, 372.7, 198.2), at('onderhouden', 437.5, 504.7, 198.2), at('(Doorlope', 511.8, 562, 198.2),
    ];
    const broken = columnsFrom([75.2, 147.9, 207.8, 293, 328.4, 402.1, 423.4, 437.5, 511.8, 524.1], 580);
    expect(alongGutters(broken, rows, labels)?.map((c) => c.x0)).toEqual([75.2, 147.9, 207.8, 293, 423.4, 511.8]);
  });

  it('reads the labels over a column label by label: two labels\' lines interleaved are two meanings (LuaLaTeX)', () => {
    // LuaLaTeX, DejaVu Sans 8 pt, p. 77 measured: the header bottom-aligned on three baselines; one
    // progress line that reaches past the plans column's start hides the gutter before it.
    const labels = [
      at('Stand van zaken /', 303.7, 375.1, 780.5, bold), at('Wat gaan we', 387.5, 439.2, 780.5, bold),
      at('resultaten (t/m Q2', 303.7, 375.9, 771, bold), at('doen? (vanaf Q2', 387.9, 453.9, 771, bold),
      at('Thema', 50.8, 78.2, 761.5, bold), at('Opgave', 135.2, 166.1, 761.5, bold), at('Actie', 219.2, 239.1, 761.5, bold), at('2020)', 303.7, 327.1, 761.5, bold), at('2020)', 387.9, 411.3, 761.5, bold), at('Wie (tijd)', 471.7, 507.9, 761.5, bold),
    ].map((r) => ({ ...r, size: 8 }));
    const rows = [
      at('Voortzetting van', 219.4, 285.3, 745.9), at('•', 318.9, 323.6, 745.9), at('De website', 328.6, 373, 745.9), at('Afgerond', 387.9, 423.9, 745.9),
      at('het', 219.4, 232.5, 736.4), at('is', 328.6, 334.9, 736.4),
      at('Kennisplatform', 219.4, 279.5, 726.9), at('vernieuwd met verschillende', 328.3, 396, 726.9),
      at('Snel Internet voor', 219.4, 291.1, 717.5), at('met een', 328.6, 361.8, 717.5),
      at('overheden en de', 219.4, 287, 708), at('nieuw', 328.6, 352.3, 708), at('EZK (Q2)', 471.7, 505, 708),
      at('provincies.', 219.4, 260, 698.5), at('ontwerp.', 328.6, 360, 698.5),
    ].map((r) => ({ ...r, size: 8 }));
    const columns = columnsFrom([50.8, 135.2, 219.2, 303.7, 387.9, 471.7], 540);
    expect(gutterStarts(byBaseline(rows))).toEqual([219.4, 318.9, 471.7]);
    expect(alongGutters(columns, rows, labels)).toBeNull();
  });

  it('keeps the first column where the rows\' text starts well right of it, empty on the page (LibreOffice, no theme here)', () => {
    // LibreOffice from DOCX, no borders, p. 69 measured: no theme on this page; the header's label
    // over the actions (`Acti` / `es` / `zoal` / `s in` / `NDS`) was read into the first column,
    // and `Stand van zaken/` · `resultaten` as two.
    const labels = [
      at('Acti', 181.7, 203.9, 801.9, bold), at('es', 186.8, 198.7, 790.1, bold), at('Wie', 542.5, 563.9, 790.1, bold), at('Stand van zaken/', 240.4, 335.8, 784.3, bold),
      at("Thema's & ambitie", 64.1, 169.4, 778.4, bold), at('zoal', 181.5, 204.1, 778.4, bold), at('Wat gaan we doen?', 399.3, 507.2, 778.4, bold), at('(Tij', 543.4, 563, 778.4, bold),
      at('resultaten', 259.3, 316.9, 772.5, bold), at('s in', 182.7, 202.8, 766.6, bold), at('d)', 547.3, 559, 766.6, bold), at('NDS', 180.3, 205.3, 754.9, bold),
    ];
    const rows = [
      at('Op 27 november 2019 is', 268.6, 392.8, 542.8), at('•', 428.1, 432.2, 542.8), at('• De', 442.2, 465.2, 542.8),
      at('richtlijn (EU) 2019/2161', 268.6, 392.5, 531.2), at('implementatie van', 442.2, 536.5, 531.2),
      at('wat betreft betere', 268.6, 361.1, 519.5), at('dit deel van de', 442.2, 517, 519.5), at('42) Bij de', 131.9, 180.8, 513.7),
      at('handhaving en', 268.6, 343.4, 507.9), at('New Deal for', 442.2, 509.3, 507.9), at('onderhandelingen over', 131.9, 249.7, 502.1),
      at('Consumers is', 442.2, 510.7, 496.2), at('nieuwe EU-wetgeving', 131.9, 243, 490.4), at('gestart. Uiterlijk', 442.2, 526.6, 484.6),
      at('wordt ingezet op', 131.9, 217.5, 478.8), at('28 november', 442.2, 508.6, 472.9), at('versterkte', 131.9, 184.1, 467.1),
      at('2021 moet deze', 442.2, 522.8, 461.3), at('EZK', 541.6, 563.3, 461.3),
    ];
    const fromLabels = columnsFrom([64.1, 240.4, 259.3, 399.3, 542.5], 600);
    expect(alongGutters(fromLabels, rows, labels)?.map((c) => c.x0)).toEqual([64.1, 131.9, 268.6, 428.1, 541.6]);
  });

  it('keeps a label that starts in the gutter left of its column\'s bulleted text whole, that column\'s (XeLaTeX, Letter)', () => {
    // XeLaTeX via pandoc, serif 8 pt, US Letter, p. 62 measured: the header bottom-aligned on three
    // baselines, each label at its column's edge; the status and plans cells hold bulleted items
    // whose text starts 17 pt right of the label; one overfull word (`verbruiksgegevens).`) runs
    // past the plans column's edge, so the rows' gutters set the columns, at the bullets.
    const size = { size: 8 };
    const labels = [
      at('Stand van', 264, 304.5, 650.1, bold), at('zaken/resultaten', 264, 331.6, 639.2, bold), at('Wat gaan we doen?', 360, 438.3, 639.2, bold),
      at('Domein & ambitie', 72, 145.7, 628.3, bold), at('Acties zoals in NDS', 168, 247.3, 628.3, bold), at('(t/m Q2 2020)', 264, 320.6, 628.3, bold), at('(vanaf Q2 2020)', 360, 425.2, 628.3, bold), at('Wie (Tijd)', 456, 495.5, 628.3, bold),
    ].map((r) => ({ ...r, ...size }));
    const rows = [
      at('Een flexibel', 72, 124, 610.9, bold), at('7) We zoeken naar', 168, 242.9, 610.9), at('•', 281.1, 285.8, 610.9), at('In maart', 291.3, 326.1, 610.9), at('•', 377.1, 381.8, 610.9), at('De', 387.2, 398.4, 610.9), at('EZK (Doorlopend)', 456, 529.2, 610.9),
      at('energiesysteem', 72, 141.7, 600, bold), at('manieren hoe', 168, 223.5, 600), at('2019 is de 4e', 291.3, 345.4, 600), at('Energiewet is', 387.2, 443, 600),
      at('ontwikkeling van', 72, 141.1, 589.1), at('energiedata breder', 168, 246.3, 589.1), at('Elektriciteits-', 291.3, 346.2, 589.1), at('sinds 2019 in', 387.2, 441.2, 589.1),
      at('flexibele', 72, 106.2, 578.3), at('beschikbaar kunnen', 168, 249.9, 578.3), at('richtlijn', 291.3, 323.1, 578.3), at('voorbereiding;', 387.2, 446.6, 578.3),
      at('energienetten, om', 72, 146.3, 567.4), at('komen, waarbij de', 168, 242.7, 567.4), at('aangenomen', 291.3, 343, 567.4), at('het', 387.2, 400.3, 567.4),
      at('het energiesysteem', 72, 151.2, 556.5), at('afnemer de regie op', 168, 249.8, 556.5), at('door het', 291.3, 325.3, 556.5), at('voornemen is', 387.2, 441.6, 556.5),
      at('(o.a. meter-', 291.3, 337.9, 545.6), at('om de wet in', 387.2, 439.4, 545.6),
      at('verbruiksgegevens).', 291.3, 373.5, 534.7), at('de 2e helft', 387.2, 430.5, 534.7),
    ].map((r) => ({ ...r, ...size }));
    const { grids } = findUnruledGrids([...labels, ...rows], 10.9, 8);
    const read = cells(grids[0]);
    expect(read[0]).toEqual(['Domein & ambitie', 'Acties zoals in NDS', 'Stand van zaken/resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (Tijd)']);
    expect(read[1]?.[2]).toBe('• In maart 2019 is de 4e Elektriciteits- richtlijn aangenomen door het (o.a. meter- verbruiksgegevens).');
    // (The columns are the gutters': the status column starts at its bullets.)
    expect(grids[0]?.rows[0]?.cells.map((c) => c.box.x0 + 1)).toEqual([72, 168, 281.1, 377.1, 456]);
  });

  it('takes no gutters that cut a label so that its meaning is lost (`Wat gaan we` · `doen?`, pdfTeX)', () => {
    // pdfTeX, Bookman, US Letter, p. 45 measured: a plans line that runs up to the owners hides the
    // gutter before them; the plans label, cut at the plans' bullets, would mean nothing on
    // either side.
    const labels = [
      at('Acties zoals in', 145.6, 201.1, 720.1, bold), at('Stand van zaken/', 228.8, 298.6, 720.1, bold), at('Wat gaan we', 312, 361.1, 720.1, bold),
      at('Thema’s & ambitie', 62.4, 133.6, 710.7, bold), at('NDS', 145.6, 163.1, 710.7, bold), at('resultaten', 228.8, 268.5, 710.7, bold), at('doen?', 312, 335.1, 710.7, bold), at('Wie (Tijd)', 395.2, 431.6, 710.7, bold),
    ].map((r) => ({ ...r, size: 8 }));
    const rows = [0, 1, 2, 3, 4, 5, 6].flatMap((k) => [
      at('van een netwerk', 145.6, 205, 695.6 - k * 9.5), at('BZK heeft in 2019', 228.8, 300, 695.6 - k * 9.5),
      ...(k % 3 === 0 ? [at('•', 328.3, 331.9, 695.6 - k * 9.5)] : []), at(k === 2 ? 'voor nieuwe technologieën' : 'SBIR voor', 336.9, k === 2 ? 398 : 375.7, 695.6 - k * 9.5),
      ...(k === 0 ? [at('Allen (Doorlopend)', 395.2, 466.5, 695.6)] : []),
    ]).map((r) => ({ ...r, size: 8 }));
    const columns = columnsFrom([62.4, 145.6, 228.8, 312, 395.2], 480);
    expect(gutterStarts(byBaseline(rows))).toEqual([145.6, 228.8, 328.3]);
    expect(alongGutters(columns, rows, labels)).toBeNull();
  });

  it('moves centred labels\' edges to the gutters of a table\'s one row of four lines at a page foot (LibreOffice, no rules)', () => {
    // LibreOffice Writer, 7 pt, p. 54 measured: the connectivity plan opens at the foot of the page
    // with one row; the labels are centred over their columns, so `Opgave`'s edge cut `Het
    // bestemmen en` · `Het internationaal` into one cell.
    const size = { size: 7 };
    const a = (text: string, x: number, x1: number, y: number, extra: Partial<TextRun> = {}): TextRun => run(text, x, y, { ...size, width: x1 - x, ...extra });
    const runs = [
      a('Thema', 78.9, 105.4, 90.9, bold), a('Opgave', 147.7, 177.6, 90.9, bold), a('Actie', 228.6, 248.6, 90.9, bold),
      a('Stand van zaken /', 300, 370.4, 95, bold), a('resultaten (t/m Q2 2020)', 286.2, 384.2, 86.8, bold), a('Wat gaan we doen? (vanaf', 398.5, 503.5, 95, bold), a('Q2 2020)', 433.1, 469, 86.8, bold), a('Wie (tijd)', 520.6, 557.4, 90.9, bold),
      a('Doelmatig', 58.2, 94.3, 61.7), a('Het bestemmen en', 128.9, 196.2, 61.7), a('Het internationaal', 199.2, 262.6, 61.7), a('WRC19 heeft onder meer', 280.8, 369.9, 61.7), a('WRC 2023 voorbereiden op', 392.5, 489, 61.7), a('EZK (2020-', 512.4, 551.4, 61.7),
      a('frequentiegebruik', 58.2, 120.9, 53.6), a('verdelen van', 128.9, 174.7, 53.6), a('afstemmen van', 199.2, 254.1, 53.6), a('geresulteerd in een', 280.8, 349.3, 53.6), a('nationaal, Europees en', 392.5, 473.2, 53.6), a('2023)', 512.4, 532.9, 53.6),
      a('frequentiebanden', 128.9, 191.5, 45.4), a('frequentiegebruik.', 199.2, 264.1, 45.4), a('wereldwijde aanvullende', 280.8, 367.8, 45.4),
      a('identificatie voor mobiele', 280.8, 370.1, 37.3),
    ];
    const [labels, rows] = [runs.filter((r) => r.bold), runs.filter((r) => !r.bold)];
    const fromLabels = columnsFrom([58.2, 147.7, 228.6, 286.2, 398.5, 520.6], 580);
    expect(misfits(fromLabels, byBaseline(rows))).toBe(4);
    const found = alongGutters(fromLabels, rows, labels);
    expect(found?.map((c) => c.x0)).toEqual([58.2, 128.9, 199.2, 280.8, 392.5, 512.4]);
    expect(misfits(found ?? [], byBaseline(rows))).toBe(0);
    // (Two lines are too few: word spaces may line up down two.)
    expect(gutterStarts(byBaseline(rows).slice(0, 2))).toBeNull();
  });

  describe('a row the page cut, read under a header of centred labels (LibreOffice, no rules)', () => {
    // LibreOffice Writer from HTML, 9 pt, p. 39 measured: the row goes on from the page before, so
    // the actions column is blank under its label; the plans' subheading `Big data` starts left of
    // its centred label, and the owners' column holds one line, `(Q3)`.
    const size = { size: 9 };
    const labels = [
      at("Thema's & ambitie", 75.1, 169.8, 696.2), at('Acties', 190.6, 221.7, 711.9), at('zoals', 193.2, 219.1, 701.4), at('in', 201.4, 210.9, 690.9), at('NDS', 195.4, 216.9, 680.4),
      at('Stand van zaken/ resultaten', 227.4, 370.4, 696.2), at('Wat gaan we doen?', 408.1, 507.5, 696.2), at('Wie', 547.4, 566.5, 701.4), at('(Tijd)', 543.5, 570.4, 690.9),
    ].map((r) => ({ ...r, ...size, bold: true }));
    const lines = Array.from({ length: 32 }, (_, k) => 590.4 - k * 10.5);
    const rows = (owners: TextRun[]): TextRun[] =>
      [
        at('Grensverleggend', 58.2, 145.3, 653, bold), at('onderzoek en innovatie', 58.2, 177.4, 642.5, bold),
        at('Big data', 225.6, 263.1, 615, { italic: true }), at('Big data', 375.1, 412.6, 615, { italic: true }), ...owners,
        ...lines.flatMap((y, k) => [
          ...(k % 5 === 0 ? [at('•', 246.9, 250.1, y), at('•', 396.4, 399.6, y)] : []),
          ...(k === 20 ? [at('Blockchain', 225.6, 274.3, y, { italic: true })] : [at('onderzoeksprogramma', 261, 350 + (k % 3) * 7, y)]),
          ...(k === 12 ? [at('Blockchain', 375.1, 420.3, y, { italic: true })] : [at('met valorisatie activiteiten', 410.5, 515 + (k % 4) * 6, y)]),
        ]),
      ].map((r) => ({ ...r, ...size }));
    const fromLabels = columnsFrom([75.1, 190.6, 227.4, 408.1, 543.5], 590);

    it('keeps the blank column under its label and starts the last at its one line', () => {
      const body = rows([at('(Q3)', 543.3, 563.1, 615)].map((r) => ({ ...r, ...size })));
      expect(misfits(fromLabels, byBaseline(body))).toBeGreaterThan(0);
      expect(gutterStarts(byBaseline(body))).toEqual([58.2, 225.6, 375.1, 543.3]);
      const found = alongGutters(fromLabels, body, labels);
      expect(found?.map((c) => c.x0)).toEqual([58.2, 190.6, 225.6, 375.1, 543.3]);
      expect(misfits(found ?? [], byBaseline(body))).toBe(0);
    });

    it('starts no last column where one line only runs on over the gutter', () => {
      const body = rows([at('met valorisatie activiteiten en meer', 410.5, 562, 615)].map((r) => ({ ...r, ...size })));
      expect(gutterStarts(byBaseline(body))).toEqual([58.2, 225.6, 375.1]);
    });

    it('leaves a last column of one row set further right than its others to the column before', () => {
      // (LibreOffice, p. 37 measured: one row's owners cell starts right of the others', under no
      // label; the column it would make is tried and left.)
      const owners = [at('EZK', 543.3, 563.1, 615), at('EZK', 543.3, 563.1, 500), at('OCW', 543.3, 565, 400), at('(Doorlopend)', 570, 614, 300)].map((r) => ({ ...r, ...size }));
      const body = rows(owners);
      expect(gutterStarts(byBaseline(body))).toEqual([58.2, 225.6, 375.1, 543.3, 570]);
      expect(alongGutters(fromLabels, body, labels)?.map((c) => c.x0)).toEqual([58.2, 190.6, 225.6, 375.1, 543.3]);
    });

    it('keeps no label\'s column that a row\'s text enters as a blank one', () => {
      // (The theme's line runs on under the actions' label: that column is not blank here.)
      const body = rows([at('(Q3)', 543.3, 563.1, 615)].map((r) => ({ ...r, ...size }))).map((r) => (r.text === 'onderzoek en innovatie' ? { ...r, width: 200 - r.x } : r));
      expect(alongGutters(fromLabels, body, labels)?.map((c) => c.x0) ?? []).not.toContain(190.6);
    });
  });

  describe('a subheading set left of its column\'s bullets, and owners on two lines (LibreOffice, no rules)', () => {
    // LibreOffice Writer from HTML, 9 pt, p. 42 measured: `Hoger onderwijs:` stands left of the
    // status column's bullets on one line; two plans lines reach into the strip before the owners,
    // which hold two lines.
    const size = { size: 9 };
    const ys = Array.from({ length: 62 }, (_, k) => 713.7 - k * 10.5);
    const lines = (plansEnd: (k: number) => number, owners: boolean): TextRun[] =>
      [
        at('17) In het', 170.8, 214.5, 738.4), at('mbo en het', 170.8, 222.5, 727.9), at('hoger', 170.8, 196.9, 717.4), at('onderwijs', 170.8, 213.9, 706.9),
        at('Hoger onderwijs:', 239.1, 315.3, 738.4, { italic: true }), at('Hoger onderwijs: • In het', 397.6, 510.8, 738.4), at("'Versnellingsplan", 397.6, 474.3, 727.9),
        ...(owners ? [at('OCW', 520.6, 542.8, 738.4), at('(Doorlopend)', 520.6, 579.9, 727.9)] : []),
        ...ys.flatMap((y, k) => [...(k % 6 === 0 ? [at('•', 260.4, 263.6, y)] : []), at('onderwijsinnovatie', 274.5, 370 + (k % 3) * 5, y), at('onderwijsinnovatie met', 397.6, plansEnd(k), y)]),
      ].map((r) => ({ ...r, ...size }));
    const reach = (k: number): number => (k === 40 ? 517.2 : k % 10 === 0 ? 516.3 : 505 + (k % 3) * 2);

    it('starts the column at the subheading, its bullets in it, and the owners at their lines', () => {
      expect(gutterStarts(byBaseline(lines(reach, true)))).toEqual([170.8, 239.1, 397.6, 520.6]);
    });

    it('starts no column at a word that a wide space parts from its line\'s text in the strip', () => {
      // (No owners here; one plans line set justified ends in a word past a wide space.)
      const justified = lines(reach, false).map((r) => (r.text === 'onderwijsinnovatie met' && r.x + r.width === 517.2 ? { ...r, width: 520 - r.x } : r));
      const word = at('ICT', 530, 545, ys[40] as number, size);
      expect(gutterStarts(byBaseline([...justified, word]))).toEqual([170.8, 239.1, 397.6]);
    });
  });

  describe('a short subheading set at its cell\'s edge, left of the bullets its items hang from (LibreOffice, no rules)', () => {
    // LibreOffice Writer from HTML, US Letter, 9 pt, p. 42 measured: `MaaS` in italics at the plans
    // cell's edge, ending before the items' text, on the baseline of a status line; the bullets
    // hang 7 pt right of it, the items' text 11 pt further.
    const size = { size: 9 };
    const ys = Array.from({ length: 24 }, (_, k) => 700 - k * 10.5);
    const lines = (heads: number[]): TextRun[] =>
      ys
        .flatMap((y, k) => [
          at('reizigers de mogelijkheid', 249.9, 330 + (k % 3) * 5, y),
          ...(k % 8 === 0 ? [at('•', 389.7, 393.6, y)] : heads.includes(k) ? [at('MaaS', 382.6, 397.3, y, { italic: true })] : []),
          ...(heads.includes(k) ? [] : [at('gegeven aan duurzaam', 400.3, 480 + (k % 4) * 5, y)]),
        ])
        .map((r) => ({ ...r, ...size }));

    it('starts the column at the subheading, its bullets and items in it', () => {
      expect(gutterStarts(byBaseline(lines([13])))).toEqual([249.9, 382.6]);
    });

    it('keeps the column apart where more lines stand left of the marks than there are marks', () => {
      // (Three bullets: four short texts left of them make a column of their own.)
      expect(gutterStarts(byBaseline(lines([3, 5, 11, 13])))).toEqual([249.9, 382.6, 400.3]);
    });
  });

  it('leaves columns that fit the rows alone, and says nothing from too few lines', () => {
    const columns = columnsFrom([58.2, 157.3, 285, 468.6, 564.5], 600);
    expect(alongGutters(columns, body, header)).toBeNull();
    expect(gutterStarts([body.slice(0, 3), body.slice(3, 5)])).toBeNull();
  });

  it('takes no gutters that would put the labels of two meanings over one column', () => {
    // The third and fourth columns' texts set too close for a gutter to show between them.
    const close = body.map((r) => (r.x >= 468 ? { ...r, x: r.x - 40, width: r.width } : r.x === 285 ? { ...r, width: 160 } : r));
    const columns = columnsFrom([58.2, 157.3, 285, 440, 564.5], 600);
    const labels = [...header.slice(0, 2), at('Stand van zaken/ resultaten', 285.2, 420, 770.3, bold), at('Wat gaan we doen?', 430, 520, 770.3, bold), header[3] as TextRun];
    expect(gutterStarts(close.map((r) => [r]))?.length).toBe(4);
    expect(alongGutters(columns, close, labels)).toBeNull();
  });
});

describe('a header whose labels wrap upwards over many lines', () => {
  it('reads a header at the top of a page as a header, its labels wrapped six lines over its last line (pandoc via Word, narrow columns)', () => {
    // LibreOffice from pandoc's DOCX, p. 209 measured: the table of the page before goes on, and
    // this page repeats its header, bottom-aligned, the progress label on seven baselines.
    const at = (text: string, x: number, x1: number, y: number): TextRun => ({ text, x, y, width: x1 - x, size: 12, bold: false, italic: false });
    const xs = [72.1, 138.1, 204.1, 270.1, 336.1, 402.1];
    const open = { columns: xs.map((x0, k) => ({ x0, x1: (xs[k + 1] ?? 440) - 0.5 })), right: 440, fromText: true, header: null, headerStarts: xs };
    const runs = [
      at('Stand', 270.1, 305.7, 707),
      at('van', 270.1, 291.7, 693), at('Wat', 336.1, 360.4, 693),
      at('zaken /', 270.1, 313.5, 679), at('gaan we', 336.1, 387, 679),
      at('resultate', 270.1, 324.5, 665), at('doen?', 336.1, 372.2, 665),
      at('n (t/m', 270.1, 306.6, 651), at('(vanaf', 336.1, 374, 651),
      at('Q2', 270.1, 287.5, 637), at('Q2', 336.1, 353.5, 637), at('Wie', 402.1, 425.4, 637),
      at('Thema', 72.1, 113.4, 623), at('Opgave', 138.1, 184.3, 623), at('Actie', 204.1, 235.2, 623), at('2020)', 270.1, 305.3, 623), at('2020)', 336.1, 371.3, 623), at('(tijd)', 402.1, 431.5, 623),
      at('antenne-', 204.1, 257.4, 605.4), at('(operato', 270.1, 321.7, 605.4),
      at('installati', 204.1, 257.3, 591.4), at('rs en', 270.1, 300.6, 591.4),
    ];
    const { grids } = findUnruledGrids(runs, 14, 12, undefined, open);
    expect(cells(grids[0])[0]).toEqual(['Thema', 'Opgave', 'Actie', 'Stand van zaken / resultate n (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (tijd)']);
    expect(cells(grids[0])[1]).toEqual(['', '', 'antenne- installati', '(operato rs en', '', '']);
  });
});

describe('rows of cells centred in their rows, set close', () => {
  // Chromium with no stylesheet (cells centred, 1 px padding): lines 10.3 pt apart in a cell, rows
  // 12.6 pt apart, so no gap parts them; each row's cells share its middle, whatever their height.
  const x = { actie: 170.1, stand: 253.8, wat: 412.2, wie: 526.4 };
  const at = (text: string, col: keyof typeof x, y: number, extra: Partial<TextRun> = {}): TextRun => ({ text, x: x[col], y, width: 70, size: 9.1, bold: false, italic: false, ...extra });
  const header = [at('Actie', 'actie', 730, bold), at('Stand van zaken', 'stand', 730, bold), at('Wat gaan we doen?', 'wat', 730, bold), at('Wie (tijd)', 'wie', 730, bold)];
  const read = (runs: TextRun[]): string[][] => cells(findUnruledGrids(runs, 10.3, 9.1, undefined, null, { top: 0, centred: 2 }).grids[0]);

  it('parts them where each row\'s cells share a middle', () => {
    const runs = [
      ...header,
      at('Een eerste', 'stand', 715), at('consultatie is', 'stand', 704.7), at('in maart 2020', 'stand', 694.4), at('afgerond.', 'stand', 684.1),
      at('Verdelen van', 'actie', 704.7), at('de 26 GHz-band.', 'actie', 694.4),
      at('Veiling.', 'wat', 699.55), at('EZK (2020)', 'wie', 699.55),
      at('Binnen de 3,5', 'stand', 671.5), at('GHz-band wordt', 'stand', 661.2), at('vrijgemaakt.', 'stand', 650.9),
      at('Voldoende ruimte.', 'actie', 661.2), at('EZK en AT', 'wat', 666.35), at('bezien dit.', 'wat', 656.05), at('EZK', 'wie', 661.2),
    ];
    expect(read(runs).slice(1)).toEqual([
      ['Verdelen van de 26 GHz-band.', 'Een eerste consultatie is in maart 2020 afgerond.', 'Veiling.', 'EZK (2020)'],
      ['Voldoende ruimte.', 'Binnen de 3,5 GHz-band wordt vrijgemaakt.', 'EZK en AT bezien dit.', 'EZK'],
    ]);
  });

  it('pairs a short cell with a tall one whose paragraphs\' spacing moved its text from the middle (WeasyPrint, centred, no borders)', () => {
    // A status cell of fourteen lines (162 pt) beside owners and plans 10 pt off its middle: a
    // cell's paragraphs set 2 pt apart below each. Then a row of its own.
    const tall = Array.from({ length: 14 }, (_, k) => at(`Regel ${k + 1} van de voortgang`, 'stand', 700 - k * 12.15));
    const runs = [
      ...header,
      ...tall,
      at('Verdelen van de', 'actie', 617.1), at('26 GHz-band.', 'actie', 604.95),
      at('Veiling.', 'wat', 611), at('EZK (2020)', 'wie', 611),
      at('Binnen de 3,5', 'stand', 526.3), at('GHz-band wordt', 'stand', 514.15), at('vrijgemaakt.', 'stand', 502),
      at('Voldoende ruimte.', 'actie', 514.15), at('EZK en AT', 'wat', 520.2), at('bezien dit.', 'wat', 508.1), at('EZK', 'wie', 514.15),
    ].map((r) => ({ ...r, size: 9 }));
    const read = cells(findUnruledGrids(runs, 12.15, 9, undefined, null, { top: 0, centred: 2 }).grids[0]).slice(1);
    expect(read.map((r) => r[0])).toEqual(['Verdelen van de 26 GHz-band.', 'Voldoende ruimte.']);
    expect(read[0]?.[1]).toMatch(/^Regel 1 .* Regel 14 van de voortgang$/);
  });

  it('keeps one row whole whose cells hold sub-headed paragraphs of different lengths (rows never overlap)', () => {
    // LibreOffice Writer (the producer matrix), p. 56 measured: an action row gone on from the page
    // before, its progress and plans under sub-headings (`Big data`, `Blockchain`) set 1.19 lines
    // apart, on a 15.7 pt pitch. Paired by their middles, its paragraphs would make rows that overlap.
    const t = measured(10);
    const runs = [
      t('Acties zoals in NDS', 157.3, 235, 460, bold), t('Stand van zaken/ resultaten', 239.8, 390, 460, bold), t('Wat gaan we doen?', 398.3, 500, 460, bold), t('Wie (Tijd)', 578.6, 595, 460, bold),
      t('Big data', 239.8, 281.4, 426.9),
      t('Big data', 398.3, 439.9, 426.9),
      t('(Q3', 578.6, 596.8, 426.9),
      t('•', 261.1, 264.7, 408.2),
      t('Het', 275.3, 292.8, 408.2),
      t('•', 419.6, 423.2, 408.2),
      t('Big data: Het omvangrijke', 433.8, 564.8, 408.2),
      t('onderzoeksprogramma', 275.3, 391.6, 392.5),
      t('onderzoeksprogramma', 433.8, 550.1, 392.5),
      t('big data', 275.3, 316.4, 376.8),
      t('Commit2Data wordt verrijkt', 433.8, 573.7, 376.8),
      t('(Commit2Data) omvat', 275.3, 387.6, 361.1),
      t('met valorisatie activiteiten', 433.8, 568.1, 361.1),
      t('inmiddels meer dan 60', 275.3, 390.9, 345.4),
      t('en disseminatie van de', 433.8, 550.2, 345.4),
      t('onderzoeksprojecten', 275.3, 380.2, 329.7),
      t('resultaten van onderzoek,', 433.8, 565.0, 329.7),
      t('met een gezamenlijk', 275.3, 380.2, 314.0),
      t('gericht op de begeleiding', 433.8, 561.8, 314.0),
      t('onderzoeksbudget van', 275.3, 389.8, 298.3),
      t('van individuele projecten', 433.8, 560.5, 298.3),
      t('€62 mln (waarvan €17', 275.3, 388.6, 282.6),
      t('(valorisatie-coach,', 433.8, 526.0, 282.6),
      t('mln privaat). Meer dan', 275.3, 389.8, 266.9),
      t('matchmaking, vergroten', 433.8, 557.9, 266.9),
      t('tweehonderd bedrijven', 275.3, 391.4, 251.2),
      t('kennis en vaardigheden).', 433.8, 561.3, 251.2),
      t('participeren. In 2019', 275.3, 380.1, 235.5),
      t('Blockchain', 398.3, 452.4, 232.5),
      t('zijn nieuwe', 275.3, 331.5, 219.8),
      t('•', 419.6, 423.2, 213.8),
      t('De genoemde blockchain', 433.8, 560.8, 213.8),
      t('onderzoekscalls', 275.3, 355.1, 204.1),
      t('toepassingen (zie kolom', 433.8, 555.7, 198.1),
      t('opengesteld voor', 275.3, 362.6, 188.4),
      t('links) worden verder', 433.8, 536.8, 182.4),
      t('Smart Industry,', 275.3, 352.9, 172.7),
      t('uitgewerkt. De focus', 433.8, 537.4, 166.7),
      t('Cybersecurity, Sport en', 275.3, 393.4, 157.0),
      t('verschuift van', 433.8, 505.1, 151.0),
      t('Beweging en Smart', 275.3, 373.4, 141.3),
      t('experimenteren en', 433.8, 529.8, 135.3),
      t('Culture.', 275.3, 315.0, 125.6),
      t('uitproberen naar', 433.8, 518.4, 119.6),
      t('Blockchain', 239.8, 293.9, 106.9),
      t('daadwerkelijke,', 433.8, 512.5, 103.9),
      t('•', 261.1, 264.7, 88.2),
      t('De Dutch Blockchain', 275.3, 379.3, 88.2),
      t('grootschalige realisatie in', 433.8, 563.1, 88.2),
      t('Coalitie werkt aan vijf', 275.3, 384.0, 72.5),
      t('de maatschappij. Een', 433.8, 541.8, 72.5),
    ];
    const read = cells(findUnruledGrids(runs, 15.7, 10, undefined, null, { top: 0, centred: 2 }).grids[0]);
    expect(read.map((row) => row.map((c) => c.slice(0, 30)))).toEqual([
      ['Acties zoals in NDS', 'Stand van zaken/ resultaten', 'Wat gaan we doen?', 'Wie (Tijd)'],
      ['', 'Big data • Het onderzoeksprogr', 'Big data • Big data: Het omvan', '(Q3'],
    ]);
  });

  it('keeps one row whole whose cell holds two paragraphs set a little apart (their space parts no rows)', () => {
    const runs = [
      ...header,
      at('Een eerste', 'stand', 715), at('consultatie is', 'stand', 704.7), at('afgerond.', 'stand', 694.4),
      at('Daarna volgt', 'stand', 681.4), at('een tweede.', 'stand', 671.1),
      at('Verdelen van', 'actie', 698.2), at('de 26 GHz-band.', 'actie', 687.9),
      at('Veiling.', 'wat', 693.05), at('EZK (2020)', 'wie', 693.05),
    ];
    expect(read(runs).slice(1)).toEqual([['Verdelen van de 26 GHz-band.', 'Een eerste consultatie is afgerond. Daarna volgt een tweede.', 'Veiling.', 'EZK (2020)']]);
  });
});

describe('a caption set just above a table', () => {
  it('leaves a caption in the labels\' type out of the header: it begins no label and is centred over none (Chromium, cells centred, no borders)', () => {
    // p. 39 measured: `Tabel 2: …` at the margin, the first label 3.1 pt in (the cell's padding),
    // 12.3 pt above the labels (1.84 times their size: as far as LibreOffice sets a label's lines).
    const at = measured(6.7);
    const runs = [
      at('Tabel 2: Specifieke investeringen Smart Industry', 49.7, 232.8, 349.3, bold),
      at('Financieringsbron (x € 1 mln.)', 52.8, 166.1, 337, bold), at('2017', 358.1, 376.7, 337, bold), at('2018', 421.4, 440, 337, bold), at('2019', 484.7, 503.2, 337, bold),
      at('Europese Unie', 52.8, 100.9, 325.2), at('22', 358.1, 366.6, 325.2), at('27', 421.4, 429.9, 325.2), at('34', 484.7, 493.2, 325.2),
      at('Rijk', 52.8, 65, 313.5), at('29', 358.1, 366.6, 313.5), at('65', 421.4, 429.9, 313.5), at('83', 484.7, 493.2, 313.5),
    ];
    const { grids, rest } = findUnruledGrids(runs, 8.8, 6.7, undefined, null, { top: 0, centred: 2 });
    expect(cells(grids[0])[0]).toEqual(['Financieringsbron (x € 1 mln.)', '2017', '2018', '2019']);
    expect(rest.map((r) => r.text)).toEqual(['Tabel 2: Specifieke investeringen Smart Industry']);
  });

  it('still takes a label\'s first line over its centred rest, each line of the labels below read on its own (LibreOffice, a narrow column)', () => {
    // LibreOffice from DOCX, p. 46 measured: `Acti` / `es` / `zoal` / `s in` / `NDS` in a narrow
    // column, its lines 10.9 pt from `Thema's & ambitie`: read as one piece across the lines, they
    // would start with that label, and `Acti` would be over none.
    const at = (text: string, x0: number, x1: number, y: number): TextRun => ({ text, x: x0, y, width: x1 - x0, size: 10, bold: true, italic: false });
    const runs = [
      at('Acti', 181.7, 203.9, 801.9),
      at('es', 186.8, 198.7, 790.1), at('Wie', 542.5, 563.9, 790.1),
      at('Stand van zaken/', 240.4, 335.8, 784.3),
      at("Thema's & ambitie", 64.1, 169.4, 778.4), at('zoal', 181.5, 204.1, 778.4), at('Wat gaan we doen?', 399.3, 507.2, 778.4), at('(Tij', 543.4, 563, 778.4),
      at('resultaten', 259.3, 316.9, 772.5),
      at('s in', 182.7, 202.8, 766.6), at('d)', 547.3, 559, 766.6),
      at('NDS', 180.3, 205.3, 754.9),
      { ...at('Het programma', 211.1, 290, 730), bold: false }, { ...at('EZK', 547.3, 570, 730), bold: false },
    ];
    const { grids, rest } = findUnruledGrids(runs, 11.6, 10);
    expect(rest).toEqual([]);
    expect(cells(grids[0])[0]?.join(' | ')).toContain('Acti es');
  });
});

describe('a line that opens with a note’s number', () => {
  it('reads WeasyPrint’s footnote marker, level and closed by a stop, then the note’s call raised (`53. ⁵³ Kamerstuk`), as a note, not a row', () => {
    // WeasyPrint, `.fn { float: footnote }`, p. 55 measured: `53.` 7.5 pt at 59.3, `53` 7.2 pt raised to 62.9.
    const note = [run('53.', 56.7, 59.3, { size: 7.5, width: 10.4 }), run('53', 69.2, 62.9, { size: 7.2, width: 8 }), run('Kamerstuk 32 359, nr. 9.', 79.3, 59.3, { size: 7.5, width: 81.7 })];
    expect(opensWithNoteNumber(note)).toBe(true);
    // (A numbered item, and a number with a stop whose next piece is no raised copy of it, are rows' text.)
    expect(opensWithNoteNumber([run('1.', 60, 100), run('Versterken regionale ondersteuning', 72, 100)])).toBe(false);
    expect(opensWithNoteNumber([run('53.', 60, 100), run('54', 72, 103, { size: 6 })])).toBe(false);
    expect(opensWithNoteNumber([run('53.', 60, 100), run('53', 72, 100)])).toBe(false);
  });
});

describe('a note call wrapped onto a line of its own in a table\'s column', () => {
  // wkhtmltopdf, 12 pt body, the connectivity plan at 6.9 pt measured (no rules): `66`, 5.8 pt, at
  // the action column's start under `… conform de motie Weverling.`, 1.1 pt over the plans column's
  // last line `practices te delen.` 327 pt to its right.
  const m = measured(6.9);
  const note = { ...m('66', 122.4, 129.7, 259.4), size: 5.8 };
  const header = [m('Opgave', 16.7, 50, 320, bold), m('Actie', 122.4, 145, 320, bold), m('Stand van zaken', 301.2, 360, 320, bold), m('Wat gaan we doen?', 449.5, 510, 320, bold), m('Wie (tijd)', 531.1, 565, 320, bold)];
  const rows = [
    m('In gesprek gaan met vertegenwoordigers van', 122.4, 282.2, 301.5),
    m('De eerste best practices hebben we', 301.2, 426.7, 301.5),
    m('Via de website en', 449.5, 511.5, 301.5),
    m('EZK', 531.1, 546.1, 301.5),
    m('tot best practices conform de motie Weverling.', 122.4, 287.6, 292.8),
    m('gepubliceerd op overalsnelinternet.nl.', 301.2, 435.4, 292.8),
    m('nieuwsbrief blijven', 449.5, 516.3, 292.8),
    m('(Doorlopend)', 531.1, 577.4, 292.8),
    m('om meer best', 449.5, 497.5, 266.9),
    note,
    m('practices te delen.', 449.5, 514.4, 258.3),
    m('Opstellen van een afwegingskader diepteligging', 122.4, 291.9, 243.3),
    m('Afwegingskader is gepubliceerd op', 301.2, 424.8, 243.3),
    m('Afgerond', 449.5, 481.9, 243.3),
    m('telecomkabels voor decentrale overheden.', 122.4, 287.4, 234.6),
    m('overalsnelinternet.nl.', 301.2, 380, 234.6),
  ];

  it('is no footnote opening a line: the table goes on under it', () => {
    expect(opensWithNoteNumber([note, m('practices te delen.', 449.5, 514.4, 258.3)])).toBe(false);
    const { grids } = findUnruledGrids([...header, ...rows], 8.7, 12);
    expect(grids).toHaveLength(1);
    expect(cells(grids[0]).map((r) => r[1])).toEqual([
      'Actie',
      'In gesprek gaan met vertegenwoordigers van tot best practices conform de motie Weverling. 66',
      'Opstellen van een afwegingskader diepteligging telecomkabels voor decentrale overheden.',
    ]);
  });

  it('but a note\'s number with its text right after it still opens a note (bad input for the table)', () => {
    expect(opensWithNoteNumber([note, m('Kamerstuk 26643, nr. 640', 132, 220, 258.3)])).toBe(true);
  });
});

describe('findUnruledGrids: action numbers written as editions write them', () => {
  // Rows set as close as a cell's wrapped lines, no rules, no shading: only the number that opens
  // the second action's cell starts its row.
  const table = (first: string, second: string): TextRun[] => [
    ...line(500, [["Thema's & ambitie", 40], ['Acties zoals in NDS', 140], ['Stand van zaken', 280], ['Wie (Tijd)', 420]], bold),
    ...line(488, [['Een sterke', 40], [`${first}ICT als`, 140], ['Eind 2019 is het', 280], ['EZK', 420]]),
    ...line(477, [['basis', 40], ['sleuteltechnologie', 140], ['convenant', 280]]),
    ...line(466, [[`${second}We zoeken de`, 140], ['Er is een tweede', 280], ['OCW', 420]]),
    ...line(455, [['verbinding', 140], ['call', 280]]),
  ];

  it.each([
    ['8) ', '9) '],
    ['A8 ', 'A9 '],
    ['Actie 8: ', 'Actie 9: '],
    ['(8) ', '(9) '],
    ['[8] ', '[9] '],
  ])('opens a row at `%s` / `%s`', (first, second) => {
    expect(cells(findUnruledGrids(table(first, second), 11, 8).grids[0]).slice(1)).toEqual([
      ['Een sterke basis', `${first}ICT als sleuteltechnologie`, 'Eind 2019 is het convenant', 'EZK'],
      ['', `${second}We zoeken de verbinding`, 'Er is een tweede call', 'OCW'],
    ]);
  });

  it('not at a word that only looks like one (`A4-formaat`, `(zie 9)`): the cell goes on', () => {
    expect(cells(findUnruledGrids(table('8) ', '(zie 9) '), 11, 8).grids[0]).slice(1)).toHaveLength(1);
    expect(cells(findUnruledGrids(table('8) ', 'A4-formaat '), 11, 8).grids[0]).slice(1)).toHaveLength(1);
  });
});

describe('findUnruledGrids: a header labelled in other Dutch words (set 114, no rules, no shading)', () => {
  const header = (extra: Partial<TextRun>): TextRun[] => [
    ...line(500, [['Thema', 40], ['Doelstelling', 120], ['Maatregel', 200], ['Stand (t/m Q2 2020)', 330], ['Volgende stap', 460], ['Departement (gereed)', 580]], extra),
  ];
  const rows = [
    ...line(485, [['Ondersteuning', 40], ['Bevorderen van', 120], ['Onderzoeken of de', 200], ['De mogelijkheden', 330], ['Nog te bepalen', 460], ['EZK (Q4)', 580]]),
    ...line(474, [['bij de uitrol', 40], ['lokaal beleid', 120], ['Telecomwet helpt.', 200], ['zijn verkend.', 330], ['na het onderzoek.', 460]]),
  ];

  it('reads it in bold as the header: one label 2020 knows (`Thema`), the others words the extractors know (`Doelstelling`, `Departement`)', () => {
    const { grids } = findUnruledGrids([...header(bold), ...rows], 11, 8);
    expect(cells(grids[0])).toEqual([
      ['Thema', 'Doelstelling', 'Maatregel', 'Stand (t/m Q2 2020)', 'Volgende stap', 'Departement (gereed)'],
      ['Ondersteuning bij de uitrol', 'Bevorderen van lokaal beleid', 'Onderzoeken of de Telecomwet helpt.', 'De mogelijkheden zijn verkend.', 'Nog te bepalen na het onderzoek.', 'EZK (Q4)'],
    ]);
  });

  it('not in the body’s weight (bad input): such words open lines of prose too, so no table is found', () => {
    expect(findUnruledGrids([...header({}), ...rows], 11, 8).grids).toEqual([]);
  });
});

describe('a bold first row set as close under the header as the labels\' lines', () => {
  it('ends the header where a column whose label ended a line or more above goes on: the row begins there (LibreOffice, no cell padding)', () => {
    // LibreOffice from pandoc's ODT, p. 61 measured: labels wrapped top-aligned on up to three
    // baselines 13.8 pt apart, and the theme's row (bold) on the next baseline under the last.
    const at = (text: string, x: number, x1: number, y: number, weight = true): TextRun => ({ text, x, y, width: x1 - x, size: 12, bold: weight, italic: false });
    const runs = [
      at("Thema's &", 74.3, 131.3, 420), at('Acties zoals in', 152.3, 224.9, 420), at('Stand van', 230.3, 281.9, 420), at('Wat gaan we', 308.3, 374.3, 420), at('Wie (Tijd)', 386.3, 439.5, 420),
      at('ambitie', 74.3, 112.9, 406.2), at('NDS', 152.3, 176.3, 406.2), at('zaken/', 230.3, 263.6, 406.2), at('doen?', 308.3, 339, 406.2),
      at('resultaten', 230.3, 281.3, 392.4),
      at('Grensverlegg', 74.3, 142.7, 378.6), at('end', 74.3, 93, 364.8), at('onderzoek en', 74.3, 140, 351), at('innovatie', 74.3, 120, 337.2),
      at('Een sterke', 74.3, 125, 323.4), at('8) ICT als', 152.3, 200, 323.4, false), at('Eind 2019 is', 230.3, 290, 323.4, false), at('Per 1', 330, 360, 323.4, false), at('EZK', 386.3, 410, 323.4, false),
      at('nationale', 74.3, 120, 309.6), at('sleutel-', 152.3, 190, 309.6, false), at('het Kennis- en', 230.3, 295, 309.6, false), at('januari', 330, 365, 309.6, false), at('(Doorlopend)', 386.3, 450, 309.6, false),
    ];
    const rows = cells(findUnruledGrids(runs, 13.8, 12).grids[0]);
    expect(rows[0]).toEqual(["Thema's & ambitie", 'Acties zoals in NDS', 'Stand van zaken/ resultaten', 'Wat gaan we doen?', 'Wie (Tijd)']);
    expect(rows.slice(1).map((r) => r[0]).join(' ')).toBe('Grensverlegg end onderzoek en innovatie Een sterke nationale');
    expect(rows.flat().join(' ')).toContain('8) ICT als sleutel-');
  });
});

describe('lines set on whole pixels: steps of two sizes by turns', () => {
  // Chromium, a held-out rendering (a double frame round each table, dashed rules under the rows,
  // no column rules), connectivity action 19 measured: 5.6 pt type, its lines 7.1 and 7.8 pt apart
  // by turns; at one 7.8 pt step the status and plans cells each end a sentence and open another.
  const x = [168.3, 297.5, 401.4, 491.5];
  const at = (text: string, k: number, y: number, extra: Partial<TextRun> = {}): TextRun => run(text, x[k] as number, y, { size: 5.6, width: text.length * 2.6, ...extra });
  const header = [at('Actie', 0, 500, bold), at('Stand van zaken', 1, 500, bold), at('Wat gaan we doen?', 2, 500, bold), at('Wie (tijd)', 3, 500, bold)];
  const row = [
    at('Gesprekken aangaan met de VNG en', 0, 478.4), at('Het convenant is eind 2019 met', 1, 478.4), at('Het convenant verder', 2, 478.4), at('EZK (Q4) EZK', 3, 478.4),
    at('operators over verlenging van het', 0, 471.3), at('een jaar verlengd.', 1, 471.3), at('verlengen.', 2, 471.3), at('(Doorlopend)', 3, 471.3),
    at('Antenneconvenant na 2019 om goed', 0, 463.5), at('Vooralsnog geven alle partijen', 1, 463.5), at('2 x per jaar een', 2, 463.5),
    at('voorbereid te zijn op de uitrol van 5G', 0, 456.4), at('aan met het huidige convenant', 1, 456.4), at('antennebeleidsoverleg', 2, 456.4),
    at('antennes.', 0, 448.6), at('uit de voeten te kunnen.', 1, 448.6), at('organiseren.', 2, 448.6),
  ];

  it('takes the lines\' step for the two averaged: a step of the wider kind parts no row', () => {
    const { grids } = findUnruledGrids([...header, ...row], 7.45, 5.6);
    expect(cells(grids[0]).slice(1)).toEqual([
      [
        'Gesprekken aangaan met de VNG en operators over verlenging van het Antenneconvenant na 2019 om goed voorbereid te zijn op de uitrol van 5G antennes.',
        'Het convenant is eind 2019 met een jaar verlengd. Vooralsnog geven alle partijen aan met het huidige convenant uit de voeten te kunnen.',
        'Het convenant verder verlengen. 2 x per jaar een antennebeleidsoverleg organiseren.',
        'EZK (Q4) EZK (Doorlopend)',
      ],
    ]);
  });

  it('but a step a cell padding wider still opens a row where two cells open sentences', () => {
    const next = [at('Project van BZK.', 0, 439.4), at('Op 17 april gelanceerd.', 1, 439.4), at('De eerste activiteit.', 2, 439.4), at('Allen', 3, 439.4)];
    const rows = cells(findUnruledGrids([...header, ...row, ...next], 7.45, 5.6).grids[0]).slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[1]).toEqual(['Project van BZK.', 'Op 17 april gelanceerd.', 'De eerste activiteit.', 'Allen']);
  });
});

describe('a header closed by a rule drawn cell by cell', () => {
  // Chromium, US Letter, labels in capitals (text-transform), a rule under the header only, each
  // header cell drawing its own bottom border (p. 60 measured): the labels wrap onto three baselines
  // 9.8 and 9 pt apart, further than the labels' wrapped lines are read (1.5 sizes), but over the rule.
  const m = measured(6.5);
  const b = measured(7);
  const header = [
    m('THEMA', 63, 88.1, 248.3, bold), m('OPGAVE', 117.9, 147.7, 248.3, bold), m('ACTIE', 193.9, 215.4, 248.3, bold), m('STAND VAN ZAKEN /', 309.6, 382.3, 248.3, bold), m('WAT GAAN WE', 431.3, 483.4, 248.3, bold), m('WIE (TIJD)', 506.9, 543.9, 248.3, bold),
    m('RESULTATEN (T/M Q2 2020)', 309.6, 407.3, 238.5, bold), m('DOEN? (VANAF Q2', 431.3, 497.4, 238.5, bold),
    m('2020)', 431.3, 449.9, 229.5, bold),
  ];
  const body = [
    b('Mogelijk maken van plaatsing van', 193.9, 298.9, 213.8), b('Wetsvoorstel is in voorbereiding.', 309.6, 410.6, 213.8), b('Behandeling', 431.3, 470.2, 213.8), b('EZK (Q4)', 506.9, 536.5, 213.8),
    b('small cells op overheidsobjecten.', 193.9, 294.7, 204.0), b('Onderzoek is gestart.', 309.6, 396.6, 204.0), b('wetsvoorstel voorzien.', 431.3, 498.6, 204.0),
  ];
  const edges = [60, 114.7, 191.2, 306.7, 428.2, 504, 552];
  const cellByCell = edges.slice(1).map((x1, k) => ({ x0: edges[k] as number, x1, y0: 223.5, y1: 224.3 }));

  it('reads every line of labels over the rule as the header\'s', () => {
    const { grids } = findUnruledGrids([...header, ...body], 9.8, 7, { rules: cellByCell, fills: [] });
    const rows = cells(grids[0]);
    expect(rows[0]).toEqual(['THEMA', 'OPGAVE', 'ACTIE', 'STAND VAN ZAKEN / RESULTATEN (T/M Q2 2020)', 'WAT GAAN WE DOEN? (VANAF Q2 2020)', 'WIE (TIJD)']);
    expect(rows.slice(1)).toEqual([['', '', 'Mogelijk maken van plaatsing van small cells op overheidsobjecten.', 'Wetsvoorstel is in voorbereiding. Onderzoek is gestart.', 'Behandeling wetsvoorstel voorzien.', 'EZK (Q4)']]);
  });

  it('but not where the rule\'s pieces do not meet (two rules side by side, neither across the table)', () => {
    const apart = cellByCell.map((r) => ({ ...r, x0: r.x0 + 3, x1: r.x1 - 3 }));
    const rows = cells(findUnruledGrids([...header, ...body], 9.8, 7, { rules: apart, fills: [] }).grids[0]);
    expect(rows[0]?.[4]).toBe('WAT GAAN WE');
  });
});

describe('a header\'s first line over two labels a narrow gutter runs together', () => {
  // LibreOffice's HTML import, labels centred on three baselines 10.5 pt apart, no rules (p. 67
  // measured): `Wat gaan we` stands centred over `doen? (vanaf Q2`, which a 9.6 pt gutter runs into
  // one piece with `Wie (`; the piece's middle is not the label's.
  const m = measured(9);
  const header = [
    m('Stand van zaken /', 369.5, 459.9, 803.8, bold), m('Wat gaan we', 487.2, 553.2, 803.8, bold),
    m('Thema', 77.3, 111.4, 793.3, bold), m('Opgave', 160.6, 199.2, 793.3, bold), m('Actie', 277.3, 303.1, 793.3, bold), m('resultaten (t/m Q2', 367.8, 461.5, 793.3, bold), m('doen? (vanaf Q2', 478.7, 561.6, 793.3, bold), m('Wie (tijd)', 571.2, 610, 793.3, bold),
    m('2020)', 400.2, 429.3, 782.8, bold), m('2020)', 505.6, 534.7, 782.8, bold),
  ];
  const row = [m('Publicatie van een kaart.', 229.3, 330, 755.3), m('De kaart is gepubliceerd.', 353.9, 464.3, 755.3), m('Komende jaar.', 478.4, 541.1, 755.3), m('EZK', 564.7, 582.4, 755.3)];

  it('reads the first line as the header\'s, each label centred over its own text', () => {
    const rows = cells(findUnruledGrids([...header, ...row], 10.5, 9).grids[0]);
    expect(rows[0]?.join(' | ')).toContain('Wat gaan we doen? (vanaf Q2 2020)');
    expect(rows[0]?.join(' | ')).toContain('Stand van zaken / resultaten (t/m Q2 2020)');
    expect(rows.slice(1)).toHaveLength(1);
  });

  it('but not a caption over the table that stands over no label', () => {
    const caption = [m('Tabel 3: Overzicht', 200, 300, 803.8, bold)];
    const found = findUnruledGrids([...caption, ...header.slice(2), ...row], 10.5, 9);
    expect(found.rest.map((r) => r.text)).toEqual(['Tabel 3: Overzicht']);
  });
});

describe('a header whose own type sets its lines further apart than the body\'s', () => {
  // LibreOffice's HTML import, labels in bold capitals, Letter, no rules (p. 57 measured): the
  // labels' two lines stand 19 pt apart, the body's 17.3 pt (10 pt type); the first row 22.8 pt
  // under the labels' second line.
  const m = measured(10);
  const first = [m("THEMA'S &", 52.5, 114.2, 505.2, bold), m('ACTIES ZOALS IN', 138.1, 233.6, 505.2, bold), m('STAND VAN ZAKEN/', 241.6, 349.3, 505.2, bold), m('WAT GAAN WE', 376.9, 457.8, 505.2, bold), m('WIE', 488.1, 509.9, 505.2, bold)];
  const second = [m('AMBITIE', 52.5, 100.5, 486.2, bold), m('NDS', 138.1, 159.2, 486.2, bold), m('RESULTATEN', 241.6, 314.6, 486.2, bold), m('DOEN?', 376.9, 413.2, 486.2, bold), m('(TIJD)', 488.1, 520.5, 486.2, bold)];
  const body = [
    m('Een sterke nationale', 52.5, 140.1, 463.4), m('8) ICT als sleutel-', 138.1, 215.3, 463.4), m('Eind 2019 is het', 241.6, 309.9, 463.4), m('Per 1 januari 2020', 376.9, 455.6, 463.4), m('EZK', 488.1, 508.1, 463.4),
    m('basis voor kennis.', 52.5, 126.4, 446.1), m('technologie krijgt', 138.1, 211.0, 446.1), m('Kennis- en', 241.6, 287.2, 446.1), m('is ICT een', 376.9, 421.0, 446.1), m('(Doorlopend)', 488.1, 542.5, 446.1),
    m('9) We zoeken de', 138.1, 205.5, 424.0), m('Er is een tweede', 241.6, 310.6, 424.0), m('OCW/ EZK', 488.1, 530.2, 424.0),
  ];

  it('reads both lines as the header, not the second as a row of its own (exit 0 with the rows under it cut from their actions)', () => {
    const rows = cells(findUnruledGrids([...first, ...second, ...body], 17.3, 10).grids[0]);
    expect(rows[0]).toEqual(["THEMA'S & AMBITIE", 'ACTIES ZOALS IN NDS', 'STAND VAN ZAKEN/ RESULTATEN', 'WAT GAAN WE DOEN?', 'WIE (TIJD)']);
    expect(rows.slice(1).map((r) => r[1])).toEqual(['8) ICT als sleutel- technologie krijgt', '9) We zoeken de']);
  });

  it('but not a bold first row as far under a one-line header, whose own next line stands closer (a table all in bold)', () => {
    const row = body.map((r) => (r.y === 463.4 ? { ...r, y: 486.2, bold: true } : r.y === 446.1 ? { ...r, y: 468.9, bold: true } : r));
    const rows = cells(findUnruledGrids([...first, ...row], 17.3, 10).grids[0]);
    expect(rows[0]).toEqual(["THEMA'S &", 'ACTIES ZOALS IN', 'STAND VAN ZAKEN/', 'WAT GAAN WE', 'WIE']);
    expect(rows[1]?.[1]).toBe('8) ICT als sleutel- technologie krijgt');
  });
});

describe('a theme\'s row set close over a row whose cells are centred (LibreOffice, zebra rows)', () => {
  // p. 41 measured, 9 pt type, lines 13.7 pt apart: the theme's three bold lines, 18.4 pt over the
  // row of action 8, whose ambition cell opens on the action's own line and runs below it.
  const m = measured(9);
  // (Prose over the table: the header is not the page's first line, where a row the page cut may stand.)
  const header = [m('Het kabinet zet in op de digitalisering van de economie en de samenleving.', 52.5, 400, 300), m("Thema's & ambitie", 52.5, 130, 260, bold), m('Acties zoals in NDS', 146.3, 240, 260, bold), m('Stand van zaken', 267.3, 340, 260, bold), m('Wat gaan we doen?', 443.4, 520, 260, bold), m('Wie (Tijd)', 535.6, 575, 260, bold)];
  const theme = [m('Grensverleggend', 52.5, 138.1, 226.5, bold), m('onderzoek en', 52.5, 120.2, 212.7, bold), m('innovatie', 52.5, 99.3, 199, bold)];
  const ambition = ['Een sterke', 'nationale basis', 'voor kennis,', 'kunde en', 'innovatie.', 'Nederland denkt', 'mee, doet mee,', 'profiteert mee', 'en is medebepaler.', 'Dat vereist kennis.'].map((t, k) => m(t, 52.5, 52.5 + t.length * 4.5, 180.6 - 13.7 * k, k < 5 ? bold : {}));
  const action = ['8) ICT als sleutel-', 'technologie krijgt een', 'centrale plek in het', 'vernieuwde', 'Missiegedreven', 'Topsectoren- en', 'Innovatiebeleid.'].map((t, k) => m(t, 146.3, 146.3 + t.length * 4.5, 180.6 - 13.7 * k));
  const rest = [m('Eind 2019 is het', 267.3, 340, 180.6), m('Per 1 januari', 457.5, 516.8, 180.6), m('EZK', 535.6, 555.1, 180.6)];

  it('keeps the theme a row of its own, not the first paragraph of the ambition\'s cell under it', () => {
    const rows = cells(findUnruledGrids([...header, ...theme, ...ambition, ...action, ...rest], 13.7, 9, undefined, null, { top: 0, centred: 1 }).grids[0]);
    expect(rows.map((r) => r[0]?.slice(0, 30))).toEqual(["Thema's & ambitie", 'Grensverleggend onderzoek en i', 'Een sterke nationale basis voo']);
  });

  it('but joins the first lines of the ambition\'s cell over it where its text goes on mid-sentence on the action\'s line (bold lines set wider apart)', () => {
    const title = [m('Bescherming', 52.5, 110, 226.5, bold), m('van en regie op', 52.5, 120, 212.7, bold), m('persoons-', 52.5, 95, 199, bold)];
    const goesOn = ambition.map((r, k) => (k === 0 ? { ...r, text: 'gegevens. Mensen' } : r));
    const rows = cells(findUnruledGrids([...header, ...title, ...goesOn, ...action, ...rest], 13.7, 9, undefined, null, { top: 0, centred: 1 }).grids[0]);
    expect(rows.map((r) => r[0]?.slice(0, 42))).toEqual(["Thema's & ambitie", 'Bescherming van en regie op persoons- gege']);
  });

  it('but joins a cell\'s first paragraph set apart over the action\'s line, its cell centred on the action\'s (a topic over a list)', () => {
    const topic = [m('AI', 267.3, 277, 213)];
    const list = [191.3, 177.6, 163.9, 150.2, 136.5, 122.8, 109.1, 95.4, 81.7, 68].map((y, k) => m(`Eind 2019 regel ${k + 1}`, 267.3, 350, y));
    const rows = cells(findUnruledGrids([...header, ...topic, ...list, ...action, rest[1] as TextRun, rest[2] as TextRun], 13.7, 9, undefined, null, { top: 0, centred: 1 }).grids[0]);
    expect(rows).toHaveLength(2);
    expect(rows[1]?.[2]).toMatch(/^AI Eind 2019 regel 1/);
    expect(rows[1]?.[1]).toMatch(/^8\) ICT/);
  });
});

describe('a header of labels centred on staggered lines, side by side across a gutter narrower than a word space (LibreOffice, justified)', () => {
  // LibreOffice, the connectivity plan measured (cells justified, centred in their rows, no rules):
  // `resultaten (t/m Q2 2020)` ends 4.6 pt before `Wat gaan we` starts, a line higher; pieces split
  // by distance alone ran the two labels into one. The header and the first row as measured.
  const m = measured(10);
  const header = [
    m('Thema', 58.2, 90.3, 758.9, bold),
    m('Opgave', 125.8, 162.4, 758.9, bold),
    m('Actie', 212.1, 236.5, 758.9, bold),
    m('Stand van zaken /', 329.9, 413.7, 766.6, bold),
    m('resultaten (t/m Q2 2020)', 329.9, 443.1, 751.1, bold),
    m('Wat gaan we', 447.7, 508.2, 774.4, bold),
    m('doen? (vanaf Q2', 447.7, 525.9, 758.9, bold),
    m('2020)', 447.7, 473.2, 743.4, bold),
    m('Wie (tijd)', 529.5, 571.7, 758.9, bold),
  ];
  const row = [
    m('Mogelijk', 212.1, 248.8, 660.1),
    m('maken', 264.8, 294.8, 660.1),
    m('van', 310.9, 327.1, 660.1),
    m('plaatsing van small cells', 212.1, 327.0, 644.6),
    m('op overheidsobjecten als', 212.1, 327.0, 629.1),
    m('Wetsvoorstel', 329.9, 387.6, 722.1),
    m('is', 408.7, 415.9, 722.1),
    m('in', 437.0, 444.9, 722.1),
    m('voorbereiding.', 329.9, 393.2, 706.6),
    m('Onderzoek', 329.9, 378.8, 691.1),
    m('naar', 396.2, 416.2, 691.1),
    m('de', 433.6, 444.8, 691.1),
    m('bestuurlijke en financiële', 329.9, 444.7, 675.6),
    m('implicaties', 329.9, 376.6, 660.1),
    m('van', 397.0, 413.2, 660.1),
    m('de', 433.7, 444.9, 660.1),
    m('verplichting', 329.9, 380.4, 644.6),
    m('uit', 401.7, 412.3, 644.6),
    m('de', 433.7, 444.8, 644.6),
    m('Telecomcode (artikel 57)', 329.9, 444.8, 629.1),
    m('Behandeling', 447.7, 503.2, 675.6),
    m('wetsvoorstel', 447.7, 503.2, 660.1),
    m('voorzien', 447.7, 485.4, 644.6),
    m('eind', 507.8, 526.7, 644.6),
    m('2020.', 447.7, 472.6, 629.1),
    m('Resultaten', 478.9, 526.6, 629.1),
    m('EZK', 529.5, 549.0, 636.8),
    m('(Q4)', 566.0, 586.0, 636.8),
  ];

  it('parts the labels by the line that holds the most of them', () => {
    const { grids } = findUnruledGrids([...header, ...row], 15.5, 10);
    expect(cells(grids[0])[0]).toEqual(['Thema', 'Opgave', 'Actie', 'Stand van zaken / resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (tijd)']);
    expect(cells(grids[0]).at(-1)?.[5]).toBe('EZK (Q4)');
    expect(cells(grids[0]).at(-1)?.[4]).toBe('Behandeling wetsvoorstel voorzien eind 2020. Resultaten');
  });

  it('keeps a label whose lines overlap, centred, in one piece (bad input for the parting: nothing to part)', () => {
    // (`Stand van zaken /` over a shorter `resultaten` centred under it: the lines overlap.)
    const centred = header.map((r) => (r.text === 'resultaten (t/m Q2 2020)' ? m('resultaten', 345, 398, r.y, bold) : r));
    const { grids } = findUnruledGrids([...centred, ...row], 15.5, 10);
    expect(cells(grids[0])[0]?.slice(3)).toEqual(['Stand van zaken / resultaten', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (tijd)']);
  });
});
