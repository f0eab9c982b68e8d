import { describe, expect, it } from 'vitest';
import { isActionHeader } from '../../src/extract/actions/parts';
import { inTableOrder, statusRows, withTimingInWho } from '../../src/extract/common/status-tables';
import { headerMeanings } from '../../src/extract/common/headers';
import type { Block, TableRow } from '../../src/model/document';

const row = (page: number, ...texts: string[]): TableRow => ({ cells: texts.map((text) => ({ text, blocks: text ? [{ kind: 'text', text }] : [] })), source: { page } });
const table = (page: number, ...rows: TableRow[]): Block => ({ kind: 'table', rows, source: { page } });
const HEADER = ['Domein & ambitie', 'Acties zoals in NDS', 'Stand van zaken/resultaten', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (Tijd)'];

/** The text of the actions cell of each row read, and the tables left unread. */
function read(blocks: Block[]) {
  const { rows, unheaded } = statusRows(blocks.map((block, index) => ({ block, index })), isActionHeader);
  return { actions: rows.map((r) => r.row.cells[r.header.actions]?.text), unheaded: unheaded.map((u) => u.table) };
}

/** A PDF row: each cell with its box, the first starting at `left`, 100 pt apart. */
const boxed = (page: number, left: number, ...texts: string[]): TableRow => ({
  cells: texts.map((text, k) => ({ text, blocks: text ? [{ kind: 'text', text }] : [], box: [left + 100 * k, 100, left + 100 * (k + 1), 120] })),
  source: { page },
});

describe('statusRows', () => {
  // A producer that repeats no table header after a page break, with the cut row's text between
  // the two tables (wkhtmltopdf): the table on the next page goes on under the header above.
  const cutAcross = (between: Block[], page = 22, cells = 5): Block[] => [
    table(21, row(21, ...HEADER), row(21, 'Impuls', '', 'Om digitalisering', '', '')),
    ...between,
    table(page, row(page, ...['Een transparante overheid', '3) Een ambitieuze, brede agenda', 'NL DIGIbeter is gelanceerd.', 'Voor de zomer.', 'BZK (Doorlopend)'].slice(0, cells))),
  ];

  it('passes over the start of the header again (a repeated header the page break cut), which is no content', () => {
    const blocks = [
      table(31, row(31, ...HEADER), row(31, 'Impuls', '3) Een agenda', 'Gelanceerd.', 'Voor de zomer.', 'BZK')),
      // `Wat gaan we doen?` alone at the foot of the page: the top of the next page's header.
      table(31, row(31, '', '', '', 'Wat gaan we doen?', '')),
      table(32, row(32, '', '4) Een plan', 'In uitvoering.', 'Wat gaan we doen met de rest.', 'EZK')),
    ];
    const { rows } = statusRows(blocks.map((block, index) => ({ block, index })), isActionHeader);
    expect(rows.map((r) => r.row.cells.map((c) => c.text).join('|'))).toEqual(['Impuls|3) Een agenda|Gelanceerd.|Voor de zomer.|BZK', '|4) Een plan|In uitvoering.|Wat gaan we doen met de rest.|EZK']);
  });

  it('passes over the rest of a header the page cut under its first lines (wkhtmltopdf: `ambitie` … `(Tijd)` atop the next page), which is no content', () => {
    const bold = (page: number, ...texts: string[]): TableRow => ({ cells: texts.map((text) => ({ text, blocks: text ? [{ kind: 'text', text, emphasis: 'bold' }] : [] })), source: { page } });
    const cutHeader = (rest: TableRow): Block[] => [
      table(25, row(25, ...HEADER), row(25, 'Impuls', '3) Een agenda', 'Gelanceerd.', 'Voor de zomer.', 'BZK')),
      table(25, row(25, "Thema's &", 'Acties zoals in NDS', 'Stand van zaken/resultaten', 'Wat gaan we doen?', 'Wie')),
      table(26, rest, bold(26, 'Weerbaarheid van burgers', '', '', '', ''), row(26, 'Goede bescherming', '40) Een consument', 'In uitvoering.', 'Rondetafel.', 'EZK')),
    ];
    const rows = (blocks: Block[]): string[] => statusRows(blocks.map((block, index) => ({ block, index })), isActionHeader).rows.map((r) => r.row.cells.map((c) => c.text).join('|'));
    expect(rows(cutHeader(bold(26, 'ambitie', '', '', '', '(Tijd)')))).toEqual(['Impuls|3) Een agenda|Gelanceerd.|Voor de zomer.|BZK', 'Weerbaarheid van burgers||||', 'Goede bescherming|40) Een consument|In uitvoering.|Rondetafel.|EZK']);
    // Bad input: a bold theme alone under the header is a row; so is text not in bold, a row of a
    // table set all in bold (longer than any label, or ending a sentence), and bold text after a
    // row under the header.
    expect(rows(cutHeader(row(26, 'ambitie', '', '', '', 'EZK')))).toHaveLength(4);
    expect(rows(cutHeader(bold(26, '', '8) ICT als sleuteltechnologie krijgt een eigen plek', 'In uitvoering', '', 'EZK')))).toHaveLength(4);
    expect(rows(cutHeader(bold(26, '', '', 'Afgerond.', '', 'EZK')))).toHaveLength(4);
    const later = cutHeader(bold(26, 'ambitie', '', '', '', '(Tijd)'));
    (later[2] as Extract<Block, { kind: 'table' }>).rows.splice(0, 0, row(26, '', '', 'Meer status.', '', ''));
    expect(rows(later)).toHaveLength(5);
  });

  it('passes over the header said again with a label broken otherwise (a new table’s narrower column: `Op gave`), which is no content', () => {
    const labels = ['Thema', 'Opgave', 'Actie', 'Stand van zaken / resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (tijd)'];
    const blocks = [
      table(52, row(52, ...labels), row(52, 'Doelmatig frequentiegebruik', 'Het bestemmen', 'Verdelen van de 26 GHz-band.', 'Een eerste marktconsultatie.', 'Momenteel.', 'EZK (2020)')),
      table(53, row(53, 'Thema', 'Op gave', 'Actie', 'Stand van zaken / resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (tijd)'), row(53, '', '', 'Frequentiebanden met een omroep-toepassing.', 'De Nota omroepdistributie wordt uitgesteld.', '', '')),
    ];
    const { rows } = statusRows(blocks.map((block, index) => ({ block, index })), (h) => h.task >= 0);
    expect(rows.map((r) => r.row.cells[r.header.actions]?.text)).toEqual(['Verdelen van de 26 GHz-band.', 'Frequentiebanden met een omroep-toepassing.']);
    // Bad input: a row of content with one cell that says its label is content still.
    const content = [blocks[0] as Block, table(53, row(53, 'Thema', 'Het bestemmen', 'Actie', 'In 2019 besloten.', 'Afgerond', 'EZK'))];
    expect(statusRows(content.map((block, index) => ({ block, index })), (h) => h.task >= 0).rows.map((r) => r.row.cells[r.header.status]?.text)).toEqual(['Een eerste marktconsultatie.', 'In 2019 besloten.']);
  });

  it('reads a table that opens with no header under the header of the table above, on the next page', () => {
    const paragraph: Block = { kind: 'paragraph', text: 'programma in ontwikkeling gericht op de innovatievolgers.', source: { page: 22 } };
    expect(read(cutAcross([paragraph]))).toEqual({ actions: ['', '3) Een ambitieuze, brede agenda'], unheaded: [] });
  });

  it('does not carry a header past a heading, a page skipped, or rows of another width: those tables are reported', () => {
    const heading: Block = { kind: 'heading', level: 2, text: 'Bijlage 2', source: { page: 22 } };
    expect(read(cutAcross([heading]))).toEqual({ actions: [''], unheaded: [2] });
    expect(read(cutAcross([], 24))).toEqual({ actions: [''], unheaded: [1] });
    expect(read(cutAcross([], 22, 4))).toEqual({ actions: [''], unheaded: [1] });
  });

  it('reads a table under a header drawn apart from it, one cell more or less, from the same left edge (PDF cells with boxes)', () => {
    const header = table(23, boxed(23, 14.9, ...HEADER));
    const rows = (left: number) => table(23, boxed(23, left, '', '9) We zoeken de maximale verbinding', 'Er is een tweede thematische call.', '', '', 'OCW/ EZK (Doorlopend)'));
    expect(read([header, rows(14.9)])).toEqual({ actions: ['9) We zoeken de maximale verbinding'], unheaded: [] });
    expect(read([header, rows(40)])).toEqual({ actions: [], unheaded: [1] });
  });

  it('gives each meaning to the cell that starts where its label starts, when the rows have a column edge of their own', () => {
    const header = table(23, boxed(23, 14.9, ...HEADER));
    // A narrow cell of its own at 60 pt: by position the action stands in the third cell, not the second.
    const cells = ['', '', '8) ICT als sleutel-technologie', 'Eind 2019 is het convenant uitgebracht.', 'Per 1 januari 2020.', 'EZK (Doorlopend)'];
    const row: TableRow = { cells: cells.map((text, k) => ({ text, blocks: text ? [{ kind: 'text', text }] : [], box: [[14.9, 60, 114.9, 214.9, 314.9, 414.9][k] as number, 100, 0, 120] })), source: { page: 23 } };
    const { rows } = statusRows([header, table(23, row)].map((block, index) => ({ block, index })), isActionHeader);
    expect(rows.map((r) => [r.row.cells[r.header.actions]?.text, r.row.cells[r.header.who]?.text])).toEqual([['8) ICT als sleutel-technologie', 'EZK (Doorlopend)']]);
  });
});

describe('inTableOrder', () => {
  const texts = (r: TableRow): string[] => r.cells.map((c) => c.text);

  it('puts a row’s cells in the order the tables set their columns, and the header’s columns with them', () => {
    const header = row(40, 'Thema', 'Opgave', 'Actie', 'Wie (tijd)', 'Wat gaan we doen?', 'Stand van zaken');
    const cells = row(40, 'Doelmatig frequentiegebruik', 'Bestemmen', 'Afstemmen.', 'EZK (2020-2023)', 'Voorbereiden.', 'WRC19 is afgerond.');
    const { row: ordered, header: columns } = inTableOrder(cells, headerMeanings(header));
    expect(texts(ordered)).toEqual(['Doelmatig frequentiegebruik', 'Bestemmen', 'Afstemmen.', 'WRC19 is afgerond.', 'Voorbereiden.', 'EZK (2020-2023)']);
    expect(columns).toEqual({ theme: 0, ambition: -1, task: 1, actions: 2, status: 3, plans: 4, who: 5, timing: -1 });
  });

  it('leaves a row in the tables’ order, a column no label names, and a row with fewer cells than its header names as they are', () => {
    const inOrder = row(40, ...HEADER);
    expect(inTableOrder(inOrder, headerMeanings(inOrder)).row).toBe(inOrder);
    // (An unlabelled column between the labelled ones stays where it stands; the labelled ones move around it.)
    const gapped = headerMeanings(row(40, 'Thema', '', 'Acties', 'Wie', 'Stand van zaken', 'Wat gaan we doen?'));
    expect(texts(inTableOrder(row(40, 'T', 'x', 'A', 'W', 'S', 'P'), gapped).row)).toEqual(['T', 'x', 'A', 'S', 'P', 'W']);
    const short = row(40, 'T', 'A', 'W');
    expect(inTableOrder(short, gapped).row).toBe(short);
  });
});

describe('withTimingInWho', () => {
  it('reads `Wie (Tijd)` as one label, the owners’, and a `Wanneer` column as the timing, merged into the owners’ cell', () => {
    expect(headerMeanings(row(40, ...HEADER))).toMatchObject({ who: 4, timing: -1 });
    expect(headerMeanings(row(40, ...HEADER, ''))).toMatchObject({ who: 4, timing: -1 });
    const header = headerMeanings(row(40, 'Thema', 'Acties', 'Wie', 'Wanneer', 'Stand van zaken'));
    expect(header).toMatchObject({ who: 2, timing: 3, status: 4 });
    const merged = withTimingInWho(row(40, 'T', '1) Een.', 'EZK', 'Q3', 'Gestart.'), header);
    expect(merged.row.cells.map((c) => c.text)).toEqual(['T', '1) Een.', 'EZK (Q3)', 'Gestart.']);
    expect(merged.header).toMatchObject({ who: 2, timing: -1, status: 3, actions: 1 });
  });

  it('makes a timing column with no owners’ column beside it the owners’ column, and leaves a row with no timing column alone', () => {
    const header = headerMeanings(row(40, 'Thema', 'Acties', 'Termijn', 'Stand van zaken'));
    const merged = withTimingInWho(row(40, 'T', '1) Een.', '2021', 'Gestart.'), header);
    expect(merged.row.cells.map((c) => c.text)).toEqual(['T', '1) Een.', '(2021)', 'Gestart.']);
    expect(merged.header).toMatchObject({ who: 2, timing: -1, status: 3 });
    const plain = row(40, 'T', '1) Een.', 'S.', 'P.', 'EZK');
    expect(withTimingInWho(plain, headerMeanings(row(40, ...HEADER))).row).toBe(plain);
  });
});
