import { describe, expect, it } from 'vitest';
import { extractActions } from '../../src/extract/actions/index';
import { loadMarkdown } from '../../src/load/markdown';
import type { Action } from '../../src/schemas/records';
import { segmentDocument } from '../../src/segment/sections';
import { markdownText, segmented } from '../helpers/fixture';
import { headerMeanings } from '../../src/extract/common/headers';
import { anchorOf, anchorStyleOf, BRACKET } from '../../src/extract/common/anchors';
import type { Block, TableRow } from '../../src/model/document';
import type { Diagnostic } from '../../src/model/diagnostics';
import { readPart } from '../../src/extract/actions/read-part';
import type { Part, PartRow } from '../../src/extract/actions/types';

/** A small edition: TOC, two parts, a header row; `rows` are the part-2 table rows (tab-separated). */
function edition(rows: string[], header = "Thema's & ambitie\tActies zoals in NDS\tStand van zaken\tWat gaan we doen?\tWie (Tijd)") {
  const md = [
    '# NDS test',
    '# Inhoud',
    '<b>1</b>\t<b>Inleiding</b>\t<b>3</b>',
    '\t<b>Bijlage 1 Stand van zaken acties NDS</b>\t<b>52</b>',
    '\t1 Deel een\t52',
    '\t2 Deel twee\t56',
    '',
    '# 1 Inleiding',
    'De Nederlandse Digitaliseringsstrategie.',
    '',
    '## 1 Deel een',
    '',
    '## 2 Deel twee',
    '',
    header,
    '<b>Thema A</b>\t\t\t\t',
    ...rows,
  ].join('\n');
  return extractActions(segmentDocument(loadMarkdown(md, 'test.md')).value);
}

const byNumber = (actions: Action[], n: number) => actions.find((a) => a.number === n);

describe('extractActions on small tables', () => {
  it('reads a plain row with its ambition and theme', () => {
    const { actions } = edition(['<b>Ambitie X</b> Uitleg.\t1) Doe iets.\tGedaan.\tMeer doen.\tEZK (Q3)']);
    expect(actions).toEqual([
      expect.objectContaining({
        number: 1,
        part: 2,
        partTitle: 'Deel twee',
        theme: 'Thema A',
        ambitionTitle: 'Ambitie X',
        ambitionText: 'Uitleg.',
        text: 'Doe iets.',
        status: ['Gedaan.'],
        plans: ['Meer doen.'],
        owners: ['EZK'],
        timing: ['Q3'],
        flags: [],
      }),
    ]);
  });

  it('parts a theme cell set in bold throughout where its text\'s first sentence opens (a first column set bold)', () => {
    // (Chromium, WeasyPrint and wkhtmltopdf with `td:first-child { font-weight: bold }`: the
    // ambition's title and text in one type, run together in one block.)
    const { actions } = edition([
      '<b>Een flexibel energiesysteem De ontwikkeling van flexibele energienetten, om het energiesysteem efficiënt te benutten.</b>\t7) We zoeken naar manieren.\tGedaan.\tMeer doen.\tEZK (Q3)',
      '<b>Voldoende ICT-professionals Bedrijven kunnen voldoende goed gekwalificeerd personeel vinden.</b>\t8) Er komt een actieplan.\tGestart.\tVerder.\tOCW (Q4)',
      '<b>Samenwerking en dialoog</b>\t9) Het kabinet organiseert dialogen.\tGedaan.\tVerder.\tBZK (Q1)',
    ]);
    expect(byNumber(actions, 7)).toMatchObject({ ambitionTitle: 'Een flexibel energiesysteem', ambitionText: 'De ontwikkeling van flexibele energienetten, om het energiesysteem efficiënt te benutten.' });
    // (An abbreviation in capitals opens no sentence.)
    expect(byNumber(actions, 8)).toMatchObject({ ambitionTitle: 'Voldoende ICT-professionals', ambitionText: 'Bedrijven kunnen voldoende goed gekwalificeerd personeel vinden.' });
    // (A title alone, no sentence after it, stays whole.)
    expect(byNumber(actions, 9)).toMatchObject({ ambitionTitle: 'Samenwerking en dialoog', ambitionText: null });
  });

  it('keeps the bullets of points the action cell sets as a list, as a cell that writes them inline has them', () => {
    // (A PDF line that opens with `•` is read as a list item: Chromium, rules under rows, action 30.)
    const { actions } = edition([
      '<b>Ambitie X</b> Uitleg.\t30) Data van de overheid wordt beter toegankelijk gemaakt. Daartoe wordt ingezet op:<ul><li>realtime toegang tot dynamische overheidsgegevens • een substantiële toename van zeer waardevolle datasets</li></ul>\tGedaan.\tMeer doen.\tBZK (Doorlopend)',
    ]);
    expect(byNumber(actions, 30)?.text).toBe('Data van de overheid wordt beter toegankelijk gemaakt. Daartoe wordt ingezet op: • realtime toegang tot dynamische overheidsgegevens • een substantiële toename van zeer waardevolle datasets');
    // (Points numbered by the list keep their own numbers, and get no bullet.)
    const numbered = edition(['<b>Ambitie X</b> Uitleg.\t31) Twee sporen:<ol><li>a) het eerste</li><li>b) het tweede</li></ol>\tGedaan.\tMeer doen.\tBZK']);
    expect(byNumber(numbered.actions, 31)?.text).toBe('Twee sporen: a) het eerste b) het tweede');
  });

  it('reads an action whose cell the loader read as one list item (its number set in from where the cell seemed to start)', () => {
    // (WeasyPrint, cells aligned to their foot, a row the page cut: on the next page its cell's box
    // came from the rules of the table below, and the lines of `23) …` read as set in, a list item.)
    const { actions, diagnostics } = edition([
      '<b>Ambitie X</b> Uitleg.\t22) Het Techniepact wordt voortgezet.\tGedaan.\tMeer doen.\tEZK (Doorlopend)',
      "\t<ul><li>23) Het plan van aanpak Versterking HR ICT Rijksdienst wordt in 2018 uitgerold.</li></ul>\tHet programma is gestart.\tRADIO wordt uitgebouwd.\tBZK (Doorlopend)",
    ]);
    expect(byNumber(actions, 23)).toMatchObject({ text: 'Het plan van aanpak Versterking HR ICT Rijksdienst wordt in 2018 uitgerold.', ambitionTitle: 'Ambitie X', status: ['Het programma is gestart.'], owners: ['BZK'] });
    expect(diagnostics.filter((d) => d.code === 'action-unparsed-row')).toEqual([]);
    // (A bullet before text that is no action number stays: a list item that opens an action's text
    // after its number, in a cell with nothing before it, is still no action.)
    const bare = edition(['<b>Ambitie X</b> Uitleg.\t<ul><li>Het plan van aanpak.</li></ul>\tGedaan.\tMeer doen.\tBZK']);
    expect(bare.actions).toEqual([]);
  });

  it('carries the ambition to a row that lost its first cell, and flags it', () => {
    const { actions } = edition(['<b>Ambitie X</b> Uitleg.\t1) Een.\ta\tb\tEZK', '2) Twee.\tc\td\tBZK\t']);
    expect(byNumber(actions, 2)).toMatchObject({ ambitionTitle: 'Ambitie X', status: ['c'], plans: ['d'], owners: ['BZK'], flags: ['column-shift'] });
  });

  it('joins the rest of a row that lost its first cell where the page cut its action\'s text too: the rest under the first column goes on it', () => {
    // (Held out, LibreOffice condensed: action 11's row stands one column to the left in the source;
    // the page cut it after `… samenwerking op het`, and its rest opened the next page with
    // `gebied van kunstmatige intelligentie, …` in the first column: an orphan, and every row of the
    // action after it text no action took, exit 1.)
    const rows = (rest: string) => [
      '<b>Ambitie X</b> Uitleg.\t1) Een.\ta\tb\tEZK',
      '2) We bouwen aan samenwerking op het\tCoalitie opgericht.\tDoel gesteld.\tBZK (Q3)\t',
      `${rest}\tActieplan gelanceerd.\tLabs gerealiseerd.\t\t`,
      '\t\tEen onderzoeksprogramma.\tVerrijken.\t(Q4)',
    ];
    const { actions, diagnostics } = edition(rows('gebied van kunstmatige intelligentie.'));
    expect(byNumber(actions, 2)).toMatchObject({ text: 'We bouwen aan samenwerking op het gebied van kunstmatige intelligentie.', status: ['Coalitie opgericht.', 'Actieplan gelanceerd.', 'Een onderzoeksprogramma.'], plans: ['Doel gesteld.', 'Labs gerealiseerd.', 'Verrijken.'], flags: ['column-shift', 'continued'] });
    expect(diagnostics.filter((d) => d.code === 'content-unread')).toEqual([]);
    // Bad input: a first cell that opens a sentence of its own, on the same page, goes on nothing.
    const own = edition(rows('Een nieuwe zin zonder nummer.'));
    expect(byNumber(own.actions, 2)?.text).not.toContain('Een nieuwe zin');
    expect(own.diagnostics.filter((d) => d.code === 'content-unread')).not.toEqual([]);
  });

  it('joins the rest of a row that lost its first cell, shifted as it is, on the next page, and an unshifted rest after it', () => {
    // Action 2's row lost its first cell; the page cut it, and its rest stands one column to the left
    // too (the status under the actions column). Further down, a rest in the table's own columns.
    const { actions, diagnostics } = edition([
      '<b>Ambitie X</b> Uitleg.\t1) Een.\ta\tb\tEZK',
      '2) Twee.\tc, eerste deel\td\tBZK (Q3)\t',
      "Thema's & ambitie\tActies zoals in NDS\tStand van zaken\tWat gaan we doen?\tWie (Tijd)",
      '\tc, tweede deel\t\t\t',
      '\t\te\tf\t(Q4)',
    ]);
    expect(byNumber(actions, 2)).toMatchObject({ status: ['c, eerste deel', 'c, tweede deel', 'e'], plans: ['d', 'f'], timing: ['Q3', 'Q4'], flags: ['column-shift', 'continued'] });
    expect(diagnostics.filter((d) => d.code === 'action-orphan-fragment')).toEqual([]);
    // Bad input: after a row in its own columns, text under the actions column with no number is
    // no status (an action whose number was lost): an orphan, as before, and text no action took.
    const plain = edition(['<b>Ambitie X</b> Uitleg.\t1) Een.\ta\tb\tEZK', '\tzonder nummer\t\t\t']);
    expect(byNumber(plain.actions, 1)?.status).toEqual(['a']);
    expect(plain.fragments.map((f) => f.content.leading)).toEqual([['zonder nummer']]);
    expect(plain.diagnostics.filter((d) => d.code === 'content-unread').map((d) => d.message)).toEqual([expect.stringContaining('("zonder nummer")')]);
  });

  it('reads a table with an unlabelled column that no row fills (cells a layout set apart) by its labels: the action number under Acties', () => {
    const header = "Thema's & ambitie\t\tActies zoals in NDS\tStand van zaken\tWat gaan we doen?\tWie (Tijd)";
    const { actions, diagnostics } = edition(['<b>Competitieve markten</b> Uitleg.\t\t26) Er komt onderzoek.\tAfgerond.\tNederland zet in.\tEZK (Q2 2020 – Q1 2021)'], header);
    expect(actions).toEqual([expect.objectContaining({ number: 26, ambitionTitle: 'Competitieve markten', text: 'Er komt onderzoek.', status: ['Afgerond.'], plans: ['Nederland zet in.'], owners: ['EZK'] })]);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // (That empty header cell is no lost Opgave label: the table is no table of the connectivity plan.)
    expect(headerMeanings({ cells: header.split('\t').map((text) => ({ text, blocks: [] })), source: { line: 1 } }).task).toBe(-1);
    // Bad input: a row that fills the unlabelled column keeps its cells where they stand.
    const filled = edition(['<b>Competitieve markten</b> Uitleg.\tlosse tekst\t26) Er komt onderzoek.\tAfgerond.\tNederland zet in.\tEZK'], header);
    expect(byNumber(filled.actions, 26)?.text).not.toBe('Er komt onderzoek.');
  });

  it('reads each cell by its label when an edition sets the columns in another order (owners second, plans before status)', () => {
    const ownersSecond = edition(['<b>Competitieve markten</b> Uitleg.\t1) Er komt onderzoek.\tEZK (Q2 2020 – Q1 2021)\tAfgerond.\tNederland zet in.'], "Thema's & ambitie\tActies zoals in NDS\tWie (Tijd)\tStand van zaken\tWat gaan we doen?");
    const plansFirst = edition(['<b>Competitieve markten</b> Uitleg.\t1) Er komt onderzoek.\tNederland zet in.\tAfgerond.\tEZK (Q2 2020 – Q1 2021)'], "Thema's & ambitie\tActies zoals in NDS\tWat gaan we doen?\tStand van zaken\tWie (Tijd)");
    for (const { actions, diagnostics } of [ownersSecond, plansFirst]) {
      expect(actions).toEqual([expect.objectContaining({ number: 1, ambitionTitle: 'Competitieve markten', text: 'Er komt onderzoek.', status: ['Afgerond.'], plans: ['Nederland zet in.'], owners: ['EZK'], timing: ['Q2 2020 – Q1 2021'] })]);
      expect(diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message)).toEqual([]);
    }
  });

  it('says which actions stand under a header that names no owners\' column the appendix\'s other tables have (LibreOffice in large type: the column past the page\'s edge, left out)', () => {
    const fourColumns = "Thema's & ambitie\tActies zoals in NDS\tStand van zaken\tWat gaan we doen?";
    const { actions, diagnostics } = edition(['\t1) Een.\tS1.\tP1.', '\t2) Twee.\tS2.\tP2.', '', "Thema's & ambitie\tActies zoals in NDS\tStand van zaken\tWat gaan we doen?\tWie (Tijd)", '\t3) Drie.\tS3.\tP3.\tEZK (Q3)', '', fourColumns, '\t4) Vier.\tS4.\tP4.'], fourColumns);
    expect(actions.map((a) => [a.number, a.owners])).toEqual([[1, []], [2, []], [3, ['EZK']], [4, []]]);
    expect(diagnostics.filter((d) => d.code === 'column-absent').map((d) => [d.severity, d.message, d.place])).toEqual([
      ['warning', "actions 1–2: the table's header names no owners (Wie) column, which the appendix's other tables have (line 21), so their owners (Wie) are empty (a producer that set the table wider than its page may have left out what stood wholly past the edge)", { line: 17 }],
      ['warning', "action 4: the table's header names no owners (Wie) column, which the appendix's other tables have (line 21), so its owners (Wie) are empty (a producer that set the table wider than its page may have left out what stood wholly past the edge)", { line: 24 }],
    ]);
    // Bad input: where no header of the appendix names the column, there is none to miss.
    expect(edition(['\t1) Een.\tS1.\tP1.'], fourColumns).diagnostics.filter((d) => d.code === 'column-absent')).toEqual([]);
  });

  it('reads the timing from a column of its own beside the owners (`Wie` | `Wanneer`), line by line', () => {
    const { actions, diagnostics } = edition(['\t1) Een.\tS1.\tP1.\t<p>EZK</p><p>BZK</p>\t<p>Q1</p><p>Q3</p>', '\t2) Twee.\tS2.\tP2.\tOCW\tDoorlopend', '\t3) Drie.\tS3.\tP3.\tJenV\t'], "Thema's & ambitie\tActies zoals in NDS\tStand van zaken\tWat gaan we doen?\tWie\tWanneer");
    expect(actions.map((a) => [a.number, a.whoRaw, a.owners, a.timing, a.plans])).toEqual([
      [1, 'EZK (Q1) BZK (Q3)', ['EZK', 'BZK'], ['Q1', 'Q3'], ['P1.']],
      [2, 'OCW (Doorlopend)', ['OCW'], ['Doorlopend'], ['P2.']],
      [3, 'JenV', ['JenV'], [], ['P3.']],
    ]);
    expect(diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message)).toEqual([]);
  });

  it('takes the cells under a label that names none of an action’s fields out of the row, and says so: never run into the plans', () => {
    const { actions, diagnostics } = edition(['\t1) Een.\tS1.\tP1.\t9\tEZK (Q1)', '\t2) Twee.\tS2.\tP2.\t\tBZK', '\t3) Drie.\tS3.\tP3.\t12\tOCW'], "Thema's & ambitie\tActies zoals in NDS\tStand van zaken\tWat gaan we doen?\tBudget (x € 1 mln)\tWie (Tijd)");
    expect(actions.map((a) => [a.number, a.plans, a.owners, a.flags])).toEqual([
      [1, ['P1.'], ['EZK'], []],
      [2, ['P2.'], ['BZK'], []],
      [3, ['P3.'], ['OCW'], []],
    ]);
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.message, d.place])).toEqual([
      ['content-unread', '2 cell(s) of the actions tables stand under "Budget (x € 1 mln)", a label that names none of an action’s fields (e.g. "9"): they were not read'.replace('’', "'"), { line: 17 }],
    ]);
    // (A header cell that is the rest of a label the page cut, `(vanaf Q2 2020)`, or a label cut short, `Wi`, is no other label.)
    const rest = edition(['\t1) Een.\tS1.\tP1.\tEZK (Q1)'], "Thema's & ambitie\tActies zoals in NDS\tStand van zaken\t(vanaf Q2 2020)\tWie (Tijd)");
    expect(rest.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(rest.actions.map((a) => a.plans)).toEqual([['P1.']]);
  });

  it('drops an extra empty column instead of shifting the who cell', () => {
    const { actions } = edition(['\t1) Een.\tstatus\t\t\tOCW/ EZK (Doorlopend)']);
    expect(byNumber(actions, 1)).toMatchObject({ status: ['status'], plans: [], owners: ['OCW', 'EZK'], timing: ['Doorlopend'] });
  });

  it('splits two actions in one cell and their cells by paragraph', () => {
    const { actions } = edition(['\t3) Drie.  4) Vier.\tS3.  S4.\tP3.  P4.\tEZK  BZK (Q1-4)']);
    expect(byNumber(actions, 3)).toMatchObject({ text: 'Drie.', status: ['S3.'], plans: ['P3.'], owners: ['EZK'], timing: [], flags: ['shared-cell'] });
    expect(byNumber(actions, 4)).toMatchObject({ text: 'Vier.', status: ['S4.'], plans: ['P4.'], owners: ['BZK'], timing: ['Q1-4'], flags: ['shared-cell'] });
  });

  it('reads action numbers written with a stop (`3. Drie.`), as an edition may write them, and splits a cell at the next number written so', () => {
    const { actions, gaps } = edition(['\t1. Een.\tS1.\tP1.\tEZK (Q1)', '\t2. Twee.  3. Drie.\tS2.  S3.\tP2.  P3.\tBZK  OCW (Q2)']);
    expect(actions.map((a) => [a.number, a.text, a.status, a.owners])).toEqual([
      [1, 'Een.', ['S1.'], ['EZK']],
      [2, 'Twee.', ['S2.'], ['BZK']],
      [3, 'Drie.', ['S3.'], ['OCW']],
    ]);
    expect(gaps).toEqual([]);
    // Bad input: a figure is no number with a stop (`1.281`), nor is the next number with the other mark.
    const figure = edition(['\t1.281 euro is begroot.\tS.\tP.\tEZK']);
    expect(figure.actions).toEqual([]);
    expect(edition(['\t1. Een, zie 2) hieronder.\tS1.\tP1.\tEZK']).actions.map((a) => [a.number, a.text])).toEqual([[1, 'Een, zie 2) hieronder.']]);
  });

  it('reads a document’s numbers one way: with a stop where more first or second cells open so than with a bracket (a point of a list is numbered with a stop too)', () => {
    const table = (...cells: string[][]): Block[] => [{ kind: 'table', rows: cells.map((texts) => ({ cells: texts.map((text) => ({ text, blocks: [] })), source: { line: 1 } })), source: { line: 1 } }];
    expect(anchorOf(table(['', '1) Een.'], ['1. Eerste punt', '2) Twee.']))).toBe(BRACKET.opening);
    expect(anchorStyleOf(table(['', '1. Een.'], ['', '2. Twee.'], ['3) Drie.', ''])).name).toBe('dotted');
    // (Points numbered with a stop past the second column say nothing; no numbers at all: a bracket.)
    expect(anchorOf(table(['', '1) Een.', '1. Punt.', '2. Punt.']))).toBe(BRACKET.opening);
    expect(anchorOf(table(['Thema', 'Actie']))).toBe(BRACKET.opening);
    // The 2020 edition writes its numbers with a bracket; so do its derived editions.
    expect(anchorOf(segmented().model.blocks)).toBe(BRACKET.opening);
  });

  it('reads a document’s numbers in the style most first or second cells open with (`Actie 3:`, `A3`, `(3)`, `[3]`), a bracket where none leads', () => {
    const table = (...cells: string[][]): Block[] => [{ kind: 'table', rows: cells.map((texts) => ({ cells: texts.map((text) => ({ text, blocks: [] })), source: { line: 1 } })), source: { line: 1 } }];
    expect(anchorStyleOf(table(['', 'Actie 1: Een.'], ['', 'Actie 2: Twee.'], ['', '3) Drie.'])).name).toBe('labelled');
    expect(anchorStyleOf(table(['', 'A1 Een.'], ['A2 Twee.', ''])).name).toBe('lettered');
    expect(anchorStyleOf(table(['', '(1) Een.'], ['', '(2) Twee.'])).name).toBe('parenthesised');
    expect(anchorStyleOf(table(['', '[1] Een.'])).name).toBe('square');
    // Bad input: one `A4-formaat`, `A4 papier` among bracketed numbers; a tie is the 2020 style's.
    expect(anchorStyleOf(table(['', '1) Een.'], ['A4 papier', '2) Twee.'])).name).toBe('bracket');
    expect(anchorStyleOf(table(['', '1) Een.'], ['', '(2) Twee.'])).name).toBe('bracket');
    const { actions } = edition(['\tActie 1: Een.\tS1.\tP1.\tEZK (Q1)', '\tActie 2: Twee. Actie 3: Drie.\tS2.  S3.\tP2.  P3.\tBZK  OCW (Q2)']);
    expect(actions.map((a) => [a.number, a.text, a.status, a.owners])).toEqual([
      [1, 'Een.', ['S1.'], ['EZK']],
      [2, 'Twee.', ['S2.'], ['BZK']],
      [3, 'Drie.', ['S3.'], ['OCW']],
    ]);
  });

  it('gives an unsplittable cell to both actions, flagged', () => {
    const { actions, diagnostics } = edition(['\t3) Drie. 4) Vier.\tEen status.\tP3.  P4.\tEZK']);
    expect(byNumber(actions, 4)).toMatchObject({ status: ['Een status.'], plans: ['P4.'], flags: ['shared-cell', 'shared-status', 'shared-who'] });
    expect(diagnostics.filter((d) => d.code === 'action-shared-cell' && d.severity === 'warning')).toHaveLength(2);
  });

  it('joins an action text split over two cells', () => {
    const { actions } = edition(['5) De Brede Agenda\tDigitale Overheid zal iets bevatten.\tS\tP\tBZK (Doorlopend)']);
    expect(byNumber(actions, 5)).toMatchObject({ text: 'De Brede Agenda Digitale Overheid zal iets bevatten.', status: ['S'], plans: ['P'], flags: ['column-shift', 'split-text'] });
  });

  it('appends a continuation row to the action above', () => {
    const { actions } = edition(['\t6) Zes.\tS1\tP1\tAllen (Doorlopend)', '\t\tS2\tP2\t(Q3)']);
    expect(byNumber(actions, 6)).toMatchObject({ status: ['S1', 'S2'], plans: ['P1', 'P2'], owners: ['Allen'], timing: ['Doorlopend', 'Q3'], whoRaw: 'Allen (Doorlopend) (Q3)', flags: ['continued'] });
  });

  it('reads a row holding only the rest of an ambition that broke off mid-sentence (a page break under a header repeated) as that ambition’s', () => {
    const { actions, fragments } = edition(['<b>Ambitie X</b> Samenwerking tussen universiteiten,\t1) Een.\tS1\tP1\tEZK', 'overige instellingen en overheden.\t\t\t\t', '\t2) Twee.\tS2\tP2\tBZK']);
    expect(actions.map((a) => [a.number, a.ambitionTitle, a.ambitionText])).toEqual([
      [1, 'Ambitie X', 'Samenwerking tussen universiteiten, overige instellingen en overheden.'],
      [2, 'Ambitie X', 'Samenwerking tussen universiteiten, overige instellingen en overheden.'],
    ]);
    expect(fragments).toEqual([]);
    // Bad input: under an ambition that ended its sentence, such a row is no rest of it: a fragment
    // that keeps its text.
    const ended = edition(['<b>Ambitie X</b> Samenwerking tussen universiteiten.\t1) Een.\tS1\tP1\tEZK', 'overige instellingen en overheden.\t\t\t\t']);
    expect(ended.actions[0]?.ambitionText).toBe('Samenwerking tussen universiteiten.');
    expect(ended.fragments.map((f) => f.content)).toEqual([{ status: [], plans: [], whoRaw: '', leading: ['overige instellingen en overheden.'] }]);
    // …and text of the tables that no action took, where no absent action explains it, is an
    // error with its place (exit 1 unless --partial), never a warning the run passes over.
    expect(ended.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.code, d.message])).toEqual([
      ['content-unread', 'a row of the actions tables holds text but no action number, and no action read above it takes it ("overige instellingen en overheden."): it was not read (kept in document.json fragments)'],
    ]);
  });

  it('joins the rest of a row the page cut whose ambition and action cells go on too, each in lower case from a text that broke off', () => {
    // (LibreOffice, a page break with no rules: the cut row's rest is a row of its own on the next page.)
    const { actions, fragments, diagnostics } = edition([
      '<b>Ambitie X</b> Informatie,\t3) Een ambitieuze agenda voor de\tHet actieplan digitale\tVoor de zomer.\tBZK (Doorlopend)',
      'overheidsvoorzieningen zijn toegankelijk.\tdigitalisering van het bestuur.\tinclusie is vastgesteld.\tEn meer.\t',
    ]);
    expect(byNumber(actions, 3)).toMatchObject({
      ambitionText: 'Informatie, overheidsvoorzieningen zijn toegankelijk.',
      text: 'Een ambitieuze agenda voor de digitalisering van het bestuur.',
      status: ['Het actieplan digitale inclusie is vastgesteld.'],
      plans: ['Voor de zomer.', 'En meer.'],
      flags: ['continued'],
    });
    expect([fragments, diagnostics.filter((d) => d.severity === 'error')]).toEqual([[], []]);
  });

  it('joins such a rest to an ambition whose title the page cut: the title\'s rest in bold, then its text', () => {
    // (LibreOffice, rules under rows, cells centred: `Een transparante en toegankelijke` at the foot.)
    const { actions, diagnostics } = edition([
      '<b>Een transparante en toegankelijke</b>\t3) Een ambitieuze,\tNL DIGIbeter is\tVoor de zomer.\tBZK (Doorlopend)',
      '<b>digitale overheid</b> Informatie, voorzieningen zijn toegankelijk.\tbrede agenda voor het bestuur.\tgelanceerd.\tMeer.\t',
    ]);
    expect(byNumber(actions, 3)).toMatchObject({
      ambitionTitle: 'Een transparante en toegankelijke digitale overheid',
      ambitionText: 'Informatie, voorzieningen zijn toegankelijk.',
      text: 'Een ambitieuze, brede agenda voor het bestuur.',
      status: ['NL DIGIbeter is gelanceerd.'],
    });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('takes the rest of a row the page cut where the action\'s short text was joined to a status that ends its sentence', () => {
    // (LibreOffice, header cells shaded: `3) Een ambitieuze, brede agenda` at the page's foot, read
    // as a text split over two cells and joined to `NL DIGIbeter … is gelanceerd.`; the rest, under
    // the repeated header, goes on from the action's own text, not from the joined one's end.)
    const { actions, diagnostics } = edition([
      '<b>Een transparante en toegankelijke</b>\t3) Een ambitieuze, brede agenda\tNL DIGIbeter is gelanceerd.\tVoor de zomer.\tBZK (Doorlopend)',
      '<b>digitale overheid</b> Informatie, voorzieningen zijn toegankelijk.\tvoor het bestuur wordt elke zomer gestuurd.\tHet actieplan is vastgesteld.\tMeer.\t',
    ]);
    expect(byNumber(actions, 3)).toMatchObject({
      text: 'Een ambitieuze, brede agenda voor het bestuur wordt elke zomer gestuurd.',
      status: ['NL DIGIbeter is gelanceerd.', 'Het actieplan is vastgesteld.'],
      plans: ['Voor de zomer.', 'Meer.'],
      flags: ['continued'],
    });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // Bad input: two actions in the row (their texts not what the page cut), the join stays and the
    // rest, going on from a status that ended its sentence, is no rest: an error.
    const pair = edition([
      '<b>Een transparante en toegankelijke</b>\t3) Een agenda. 4) Een brede agenda\tNL DIGIbeter is gelanceerd.\tVoor de zomer.\tBZK (Doorlopend)',
      '<b>digitale overheid</b> Informatie, voorzieningen zijn toegankelijk.\tvoor het bestuur wordt elke zomer gestuurd.\tHet actieplan is vastgesteld.\tMeer.\t',
    ]);
    expect(pair.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['content-unread']);
  });

  it('undoes an action text joined to the cell after it when the action\'s cell goes on in the row the page cut', () => {
    // (wkhtmltopdf, A5: `46) Er wordt een werkgroep` alone over the page's foot read as a text split over two cells.)
    const { actions } = edition(['\t46) Er wordt een werkgroep\tHet kabinet zet zich in voor\tIn 2020 is het doel om:\tBZK (Q3-4)', '\tingesteld die aan de slag gaat.\thet bevorderen van vertrouwen.\tDe aanpak toe te passen.\t']);
    expect(byNumber(actions, 46)).toMatchObject({
      text: 'Er wordt een werkgroep ingesteld die aan de slag gaat.',
      status: ['Het kabinet zet zich in voor het bevorderen van vertrouwen.'],
      plans: ['In 2020 is het doel om:', 'De aanpak toe te passen.'],
      flags: ['continued'],
    });
    // Bad input: an action cell that opens with a capital, or goes on from a text that ended its
    // sentence, is no rest: text no action took, an error.
    for (const rows of [
      ['\t46) Er wordt een werkgroep\tHet kabinet zet zich in voor\tIn 2020 is het doel om:\tBZK (Q3-4)', '\tIngesteld is een groep.\tS2\tP2\t'],
      ['\t46) Er wordt een werkgroep ingesteld.\tHet kabinet zet zich in.\tIn 2020 is het doel om:\tBZK (Q3-4)', '\tingesteld die aan de slag gaat.\tS2\tP2\t'],
    ]) {
      const read = edition(rows);
      expect(read.fragments.map((f) => f.content.leading)).toEqual([[rows[1]?.split('\t')[1]]]);
      expect(read.diagnostics.filter((d) => d.severity === 'error').map((d) => d.code)).toEqual(['content-unread']);
    }
  });

  it('keeps an orphan row as a fragment and reports absent numbers as gaps', () => {
    const { actions, fragments, gaps, diagnostics } = edition(['\t\t\tVerweesd plan.\t', '\t3) Drie.\tS\tP\tEZK']);
    expect(actions.map((a) => a.number)).toEqual([3]);
    expect(fragments).toEqual([expect.objectContaining({ likelyKey: '2', content: { status: [], plans: ['Verweesd plan.'], whoRaw: '' } })]);
    expect(gaps.map((g) => g.key)).toEqual(['1', '2']);
    // (What is left of an action the input lacks is said as such, a warning: the gap explains it.)
    expect(diagnostics.filter((d) => d.code === 'action-orphan-fragment' || d.severity === 'error').map((d) => [d.code, d.severity])).toEqual([['action-orphan-fragment', 'warning']]);
  });
});

describe('extractActions on the NDS 2020 markdown edition', () => {
  const { actions, gaps, fragments } = extractActions(segmented());
  const action = (n: number): Action => {
    const found = byNumber(actions, n);
    if (!found) throw new Error(`action ${n} not extracted`);
    return found;
  };

  it('extracts 45 actions; 1, 2, 5 and 6 are absent, each with a reason', () => {
    expect(actions).toHaveLength(45);
    expect(gaps.map((g) => g.key)).toEqual(['1', '2', '5', '6']);
    expect(gaps[0]?.reason).toContain('starts at action 3 (line 1190)');
    expect(gaps[2]?.reason).toContain('jumps from action 4 (line 1191) to action 7 (line 1196) across a table break');
  });

  it('keeps the orphan first row of part 1 as a fragment of action 2', () => {
    expect(fragments).toHaveLength(1);
    expect(fragments[0]).toMatchObject({ likelyKey: '2', place: { line: 1189 } });
    expect(fragments[0]?.content.plans?.[0]).toMatch(/^Om digitalisering en automatisering in de industrie/);
  });

  it('reads part 1 actions without a theme', () => {
    expect(action(3)).toMatchObject({
      part: 1,
      theme: null,
      ambitionTitle: 'Een transparante en toegankelijke digitale overheid',
      owners: ['BZK'],
      timing: ['Doorlopend'],
      source: { line: 1190 },
    });
    expect(action(3).status).toHaveLength(3);
    expect(action(3).plans).toHaveLength(5);
    expect(action(4)).toMatchObject({ owners: ['IenW'], ambitionTitle: 'Slimme en duurzame mobiliteit' });
    expect(action(4).plansTopics).toEqual(['Slimme mobiliteit', 'Slimme mobiliteit', 'MaaS']);
    expect(action(7)).toMatchObject({ owners: ['EZK'], ambitionTitle: 'Een flexibel energiesysteem' });
  });

  it('gives part 2 actions the theme of the bold rows above them', () => {
    expect(action(8).theme).toBe('Grensverleggend onderzoek en innovatie');
    expect(action(16).theme).toBe('Ander werk, nieuwe vaardigheden en een leven lang leren');
    expect(action(26).theme).toBe('Een dynamische digitale economie');
    expect(action(37).theme).toBe('Weerbaarheid van burgers en bedrijven versterken');
    expect(action(49).theme).toBe('Grondrechten en ethiek in de digitale tijd');
    expect(action(49)).toMatchObject({ ambitionTitle: 'Betrouwbare informatie en inhoud op online platformen', owners: ['OCW'], timing: ['Q4'] });
  });

  it('reads action 9 from a row with an extra empty column', () => {
    expect(action(9)).toMatchObject({ owners: ['OCW', 'EZK'], timing: ['Doorlopend'], plans: [], flags: [] });
    expect(action(9).status).toHaveLength(3);
  });

  it('reads action 11: shifted row plus a continuation row across the page break', () => {
    expect(action(11)).toMatchObject({
      ambitionTitle: 'Een sterke nationale basis voor kennis, onderzoek en innovatie',
      owners: ['Allen'],
      timing: ['Doorlopend', 'Q3'],
      flags: ['column-shift', 'continued'],
    });
    expect(action(11).status).toHaveLength(8);
    expect(action(11).plans).toHaveLength(9);
    expect(new Set(action(11).statusTopics)).toEqual(new Set(['Artificiële Intelligentie (AI)', 'Big data', 'Blockchain', 'Cybersecurity', '5G', 'Quantumcomputing']));
  });

  it('reads action 12 (shifted, no owner) and 14 (OCR slip lenW)', () => {
    expect(action(12)).toMatchObject({ owners: [], timing: [], whoRaw: '', flags: ['column-shift'] });
    expect(action(12).plans).toHaveLength(2);
    expect(action(14)).toMatchObject({ owners: ['EZK', 'IenW'], timing: ['2020'], whoRaw: 'EZK/ lenW (2020)', flags: ['ocr-fix'], status: [] });
  });

  it('keeps the italic and inline sub-headings of action 17', () => {
    expect(action(17).status).toHaveLength(6);
    expect(action(17).statusTopics).toEqual(['Hoger onderwijs', 'Hoger onderwijs', 'Hoger onderwijs', 'Hoger onderwijs', 'Hoger onderwijs', 'Mbo']);
    expect(action(17).plans).toHaveLength(5);
    expect(new Set(action(17).plansTopics)).toEqual(new Set(['Hoger onderwijs']));
  });

  it('splits the shared cell of actions 27 and 28 by paragraph', () => {
    expect(action(27)).toMatchObject({ owners: ['EZK'], timing: [], plans: ['Geen vervolgacties.'], flags: ['shared-cell'] });
    expect(action(27).text).toMatch(/^Inzet op transparantie over voorwaarden/);
    expect(action(28)).toMatchObject({ owners: ['BZK'], timing: ['Q1-4'], flags: ['shared-cell'] });
    expect(action(28).status[0]).toMatch(/^Er is een wetsvoorstel gemaakt/);
  });

  it('splits actions 29 and 30 using the continuation row, and their status cell by meaning', () => {
    expect(action(29)).toMatchObject({ owners: ['EZK'], timing: ['Q2'], flags: ['continued', 'shared-cell'] });
    expect(action(29).plans).toEqual(['Binnenkort wordt gestart met de selectie van de volgende twee use cases.']);
    expect(action(30)).toMatchObject({ owners: ['BZK'], timing: ['Doorlopend'], flags: ['continued', 'shared-cell'] });
    expect(action(30).text).toMatch(/^Data van de overheid wordt beter toegankelijk gemaakt/);
    expect(action(30).plans[0]).toMatch(/^NL DIGITAAL, Data Agenda Overheid/);
    // The Data Sharing Coalition list is 29's (a data-sharing agreement between companies); the open
    // government data paragraphs and list are 30's.
    expect(action(29).status).toHaveLength(5);
    expect(action(29).status[0]).toMatch(/^De datadeelcoalitie is vanwege samenwerking/);
    expect(action(30).status).toHaveLength(8);
    expect(action(30).status[0]).toMatch(/^NL DIGITAAL, Data Agenda Overheid bevat concrete acties/);
  });

  it('keeps every timing of action 33 and 38 in order', () => {
    expect(action(33).timing).toEqual(['Q3-4', 'Doorlopend', 'Doorlopend', 'Doorlopend', 'Doorlopend']);
    expect(action(38)).toMatchObject({ owners: ['JenV'], timing: ['Q2', 'Q2-3'] });
    expect(action(26).timing).toEqual(['Q2 2020 – Q1 2021']);
  });

  it('reads action 35 (shifted, extra cell joined into plans) and 36 (text split over two cells)', () => {
    expect(action(35)).toMatchObject({ owners: ['DEF'], flags: ['column-shift', 'merged-cells'], ambitionTitle: 'Een veilige digitale samenleving' });
    expect(action(35).plans).toHaveLength(2);
    expect(action(36).text).toBe(
      'De Brede Agenda Digitale Overheid zal een samenhangend pakket van maatregelen voor informatiebeveiliging en cybersecurity in het openbaar bestuur bevatten.',
    );
    expect(action(36)).toMatchObject({ owners: ['BZK'], flags: ['column-shift', 'split-text'] });
    expect(action(36).status).toHaveLength(6);
    expect(action(36).plans).toHaveLength(7);
  });

  it('reads action 39 with italic sub-headings over inline bullets', () => {
    expect(action(39).plans).toHaveLength(7);
    expect(action(39).plansTopics).toEqual([
      'Regie op Gegevens',
      'Delen van gegevens',
      'Eenmalige gegevensverstrekking',
      'Eenmalige gegevensverstrekking',
      'Inzage en correctie',
      'Inzage en correctie',
      'Inzage en correctie',
    ]);
  });

  it('reads owners with no timing and two owners with one timing', () => {
    expect(action(24)).toMatchObject({ owners: ['SZW'], timing: [] });
    expect(action(47)).toMatchObject({ owners: ['JenV', 'BZK'], timing: ['Q3'] });
    expect(action(10)).toMatchObject({ owners: ['Allen'], timing: ['Doorlopend'] });
  });
});

describe('extractActions: owners an edition names otherwise', () => {
  const base = extractActions(segmented()).actions;
  /** The bundled edition with the who cells of lines 1230, 1231 and 1247 (actions 19, 20, 27–28) rewritten. */
  function withWho(cells: Record<number, string>) {
    const lines = markdownText().split('\n');
    for (const [n, who] of Object.entries(cells)) {
      const cells = (lines[Number(n) - 1] as string).split('\t');
      cells[4] = who;
      lines[Number(n) - 1] = cells.join('\t');
    }
    return extractActions(segmentDocument(loadMarkdown(lines.join('\n'), 'nds-2020.md')).value);
  }
  const was = (n: number) => byNumber(base, n) as Action;

  it('reads organisations without a code and ministries written out as owners, in the owners column', () => {
    const { actions, diagnostics } = withWho({ 1230: 'BZK en VNG (Doorlopend)', 1231: 'Logius (Doorlopend)', 1247: 'Economische Zaken en Klimaat  BZK (Q1-4)' });
    expect(byNumber(actions, 19)).toMatchObject({ owners: ['BZK'], ownersOther: ['VNG'], timing: ['Doorlopend'], plans: was(19).plans, status: was(19).status });
    // A cell naming no ministry at all is the owners' cell because its column says so.
    expect(byNumber(actions, 20)).toMatchObject({ owners: [], ownersOther: ['Logius'], timing: ['Doorlopend'], whoRaw: 'Logius (Doorlopend)', plans: was(20).plans });
    expect(byNumber(actions, 20)?.flags).toEqual(was(20).flags);
    // The shared cell of 27 and 28 parts at the ministry written out, as it does at its code.
    expect(byNumber(actions, 27)).toMatchObject({ owners: ['EZK'], ownersOther: [], timing: [] });
    expect(byNumber(actions, 28)).toMatchObject({ owners: ['BZK'], timing: ['Q1-4'] });
    expect(diagnostics.filter((d) => d.code === 'owner-named').map((d) => [d.message, d.place])).toEqual([
      ['action 19: VNG named as owner without an owner code (kept as written in ownersOther)', { line: 1230 }],
      ['action 20: Logius named as owner without an owner code (kept as written in ownersOther)', { line: 1231 }],
    ]);
  });

  it('never reads a sentence in the owners column as owners', () => {
    const { actions, diagnostics } = withWho({ 1231: 'Dit loopt door in 2021.' });
    expect(byNumber(actions, 20)).toMatchObject({ owners: [], ownersOther: [], whoRaw: '' });
    expect(byNumber(actions, 20)?.plans).toEqual([...was(20).plans, 'Dit loopt door in 2021.']);
    expect(diagnostics).toContainEqual(expect.objectContaining({ code: 'action-column-shift', severity: 'warning', place: { line: 1231 } }));
  });
});

describe('extractActions: the theme in a column of its own', () => {
  /** The bundled edition's appendix 1 as `Thema` | `Ambitie` | `Acties …`: each row names its theme, no bold theme rows. */
  function themeColumn(themeOf: (theme: string) => string) {
    let inTable = false;
    let theme = '';
    const out: string[] = [];
    for (const l of markdownText().split('\n')) {
      if (/^(Domein|Thema's) & ambitie\tActies zoals in NDS/.test(l)) {
        inTable = true;
        out.push(['Thema', 'Ambitie', ...l.split('\t').slice(1)].join('\t'));
        continue;
      }
      if (!l.includes('\t')) inTable = false;
      if (!inTable) {
        out.push(l);
        continue;
      }
      const c = l.split('\t');
      if (/^<b>[^<]*<\/b>$/.test(c[0] as string) && c.slice(1).every((x) => x.trim() === '')) {
        theme = (c[0] as string).replace(/<\/?b>/g, '');
        continue;
      }
      out.push([c.every((x) => x.trim() === '') ? '' : themeOf(theme), ...c].join('\t'));
    }
    return extractActions(segmentDocument(loadMarkdown(out.join('\n'), 'nds-2020.md')).value);
  }
  const before = extractActions(segmented()).actions;
  const fields = (a: Action) => [a.number, a.part, a.theme, a.ambitionTitle, a.ambitionText, a.text, a.status, a.plans, a.owners, a.timing];

  it('reads each action with its theme and ambition as the bold theme rows give them', () => {
    const { actions, diagnostics } = themeColumn((t) => t);
    expect(actions.map(fields)).toEqual(before.map(fields));
    expect(byNumber(actions, 9)).toMatchObject({ theme: 'Grensverleggend onderzoek en innovatie', ambitionTitle: 'Een sterke nationale basis voor kennis, onderzoek en innovatie' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('gives no theme where the column names none (bad input), and still reads every action', () => {
    const { actions } = themeColumn(() => '');
    expect(actions.map((a) => a.number)).toEqual(before.map((a) => a.number));
    expect(actions.every((a) => a.theme === null)).toBe(true);
    expect(byNumber(actions, 9)?.ambitionTitle).toBe('Een sterke nationale basis voor kennis, onderzoek en innovatie');
  });
});

describe('readPart on rows from PDF pages', () => {
  // ch-a4-sans-zebra-tight (Chromium, rows packed close): the rest of action 23's row opens the
  // next page as a row of its own, its action cell going on with a capital (`… de` · `ICT'ers`).
  const cells = (...texts: string[]): TableRow['cells'] => texts.map((text) => ({ text, blocks: text ? [{ kind: 'text', text }] : [] }));
  const partOf = (rest: string): Part => ({
    number: 2,
    title: 'Deel twee',
    anchor: BRACKET,
    rows: [
      { row: { cells: cells('', '23) Het plan van aanpak Versterking ICT-kennis helpt de overheid om meer', 'De continuïteit van de', 'RADIO is gestart.', 'BZK (Doorlopend)'), source: { page: 21 } }, table: 7, columns: { status: 2, plans: 3, who: 4 } },
      { row: { cells: cells('', rest, 'dienstverlening wordt bedreigd.', 'Meer webinars.', ''), source: { page: 22 } }, table: 7, columns: { status: 2, plans: 3, who: 4 } },
    ],
  });

  it('joins a row that opens the next page with a capital to the action the page cut', () => {
    const diagnostics: Diagnostic[] = [];
    const { actions, orphans } = readPart(partOf("ICT'ers beter aan te trekken."), diagnostics);
    expect(actions.map((a) => [a.number, a.text, a.status, a.plans])).toEqual([[23, "Het plan van aanpak Versterking ICT-kennis helpt de overheid om meer ICT'ers beter aan te trekken.", ['De continuïteit van de dienstverlening wordt bedreigd.'], ['RADIO is gestart.', 'Meer webinars.']]]);
    expect(orphans).toEqual([]);
  });

  it('joins such a row whose action cell opens with a bracket, as its first letter goes on (`(DTC) gaat …`, LibreOffice, a full grid)', () => {
    const { actions, orphans } = readPart(partOf('(DTC) gaat ondernemers voorzien van adviezen.'), []);
    expect(actions.map((a) => [a.number, a.text])).toEqual([[23, 'Het plan van aanpak Versterking ICT-kennis helpt de overheid om meer (DTC) gaat ondernemers voorzien van adviezen.']]);
    expect(orphans).toEqual([]);
    // (Bad input: a figure after the bracket goes on nothing: `(1) Een eerste punt.` is a row of its own.)
    expect(readPart(partOf('(1) Een eerste punt.'), []).orphans).toHaveLength(1);
  });

  // LibreOffice (rules under rows, tagged or not): the rest of action 3's row opens the next page
  // as a row of its own, its leading cells empty, its status item going on after a bracket that
  // closed a word (`… inloggen bij (semi)` / `overheidsinstanties en …`).
  const status = (cell: string): TableRow['cells'][number] => ({ text: cell, blocks: [{ kind: 'list', ordered: false, items: [{ text: cell, depth: 0 }] }] });
  const cutStatus = (page: number, rest: string): Part => ({
    number: 1,
    title: 'Deel een',
    anchor: BRACKET,
    rows: [
      { row: { cells: [...cells('', '3) Een ambitieuze, brede agenda voor de digitalisering van het openbaar bestuur.'), status('Het wetsvoorstel Digitale Overheid, waarin onder meer veilig inloggen bij (semi)'), ...cells('Voor de zomer wordt NL DIGIbeter geactualiseerd.', 'BZK (Doorlopend)')], source: { page: 47 } }, table: 1, columns: { status: 2, plans: 3, who: 4 } },
      { row: { cells: [...cells('', ''), status(rest), ...cells('', '')], source: { page } }, table: 1, columns: { status: 2, plans: 3, who: 4 } },
    ],
  });

  it('joins a row that opens the next page with its leading cells empty to the item the page cut, after a bracket too', () => {
    const { actions, orphans } = readPart(cutStatus(48, 'overheidsinstanties en het bevorderen van meer eenduidige dienstverlening, ligt bij de Tweede Kamer.'), []);
    expect(actions.map((a) => [a.number, a.status])).toEqual([[3, ['Het wetsvoorstel Digitale Overheid, waarin onder meer veilig inloggen bij (semi) overheidsinstanties en het bevorderen van meer eenduidige dienstverlening, ligt bij de Tweede Kamer.']]]);
    expect(orphans).toEqual([]);
  });

  it('joins such a row\'s item that opens with the number the item above broke off before (`… 35134, nr.` / `13). De …`)', () => {
    const { actions } = readPart(cutStatus(48, '13). De Europese Commissie komt met voorstellen.'), []);
    const part = cutStatus(48, '13). De Europese Commissie komt met voorstellen.');
    const row = part.rows[0]?.row;
    if (!row) throw new Error('no anchored row');
    const text = 'Zoals toegelicht in kamerstuk: TK, 2019-2020: 35134, nr.';
    row.cells[2] = { text, blocks: [{ kind: 'list', ordered: false, items: [{ text, depth: 0 }] }] };
    expect(readPart(part, []).actions[0]?.status).toEqual(['Zoals toegelicht in kamerstuk: TK, 2019-2020: 35134, nr. 13). De Europese Commissie komt met voorstellen.']);
    // (Bad input: after `(semi)` a number opens an item of its own.)
    expect(actions[0]?.status).toEqual(['Het wetsvoorstel Digitale Overheid, waarin onder meer veilig inloggen bij (semi)', '13). De Europese Commissie komt met voorstellen.']);
  });

  it('keeps such a row\'s item apart on the same page, or where it opens a sentence (bad input for a join)', () => {
    const apart = (page: number, rest: string): string[] | undefined => readPart(cutStatus(page, rest), []).actions[0]?.status;
    expect(apart(47, 'overheidsinstanties en het bevorderen van meer eenduidige dienstverlening.')).toEqual(['Het wetsvoorstel Digitale Overheid, waarin onder meer veilig inloggen bij (semi)', 'overheidsinstanties en het bevorderen van meer eenduidige dienstverlening.']);
    expect(apart(48, 'Er is een wetsvoorstel gemaakt.')).toEqual(['Het wetsvoorstel Digitale Overheid, waarin onder meer veilig inloggen bij (semi)', 'Er is een wetsvoorstel gemaakt.']);
  });

  it('but not such a row on the same page as the row above (a row of its own, its number lost)', () => {
    const part = partOf("ICT'ers beter aan te trekken.");
    (part.rows[1] as PartRow).row.source = { page: 21 };
    const { actions, orphans } = readPart(part, []);
    expect(actions[0]?.text).toBe('Het plan van aanpak Versterking ICT-kennis helpt de overheid om meer');
    expect(orphans).toHaveLength(1);
  });
});
