/**
 * The appendix's status tables, read one way for every record type that lives in them (actions,
 * connectivity actions): rows under a header row recognised by what its cells mean, with that
 * header's columns, and one handler per kind of row — blank, theme, anchor (a row that opens a
 * record), continuation (more of the record above), orphan (content with no record to go to).
 * Tables with content under no recognisable header are reported, never passed over in silence.
 */
import { isBoldThroughout, type Block, type SourcePlace, type TableCell, type TableRow } from '../../model/document';
import { cutLabelOf, HEADER_MEANINGS, labelMeaning, OPENING_WORDS, type HeaderMeaning } from '../../model/header-meanings';
import { normalizeTitle } from '../../segment/sections';
import { headerMeanings, restOfLabel } from './headers';

export type HeaderColumns = Record<HeaderMeaning, number>;

export interface StatusRow {
  row: TableRow;
  /** Index of the table block the row belongs to (a new table is a page break in the source). */
  table: number;
  /** The columns of the header the row stands under. */
  header: HeaderColumns;
  /** Columns whose header label means none of a status table's columns (`Budget`), with that label (see otherLabels). */
  others: { column: number; label: string }[];
}

export interface StatusTables {
  rows: StatusRow[];
  /** Tables with text under no header of this kind (an unread part of the appendix, or another table). */
  unheaded: { table: number; source?: SourcePlace }[];
}

/**
 * The rows under headers that `accepts` (a header row itself is not a row); tables with none listed apart.
 * A table that opens without a header continues the table above when nothing but text stands
 * between them (no heading), on the same or the next page, with as many cells to a row: a
 * producer that does not repeat a table's header after a page break, or that cut the header off
 * at the foot of the page before, still sets the rows in the same columns.
 */
export function statusRows(blocks: readonly { block: Block; index: number }[], accepts: (header: HeaderColumns) => boolean): StatusTables {
  const out: StatusTables = { rows: [], unheaded: [] };
  let above: Above | null = null;
  // Whether the last row read was a header row (blank rows aside).
  let headerLast = false;
  for (const { block, index } of blocks) {
    if (block.kind === 'heading') above = null;
    if (block.kind !== 'table') continue;
    let header: HeaderColumns | null = null;
    let others: StatusRow['others'] = [];
    let headed = false;
    for (const row of block.rows) {
      const meanings = headerMeanings(row);
      if (accepts(meanings)) {
        header = meanings;
        headed = true;
        above = { header, cells: row.cells.length, page: block.source?.page, left: row.cells[0]?.box?.[0], lefts: row.cells.map((c) => c.box?.[0]), labels: row.cells.map((c) => words(c.text)), others: otherLabels(row, meanings) };
        others = above.others;
        headerLast = true;
        continue;
      }
      // The rest of a header set as a row of its own under its first lines (`Thema's &` … `Wie`,
      // then `ambitie` … `(Tijd)`: wkhtmltopdf, cells padded wide): no content.
      if (headerLast && above && restOfHeader(row, above.labels)) continue;
      if (!isBlank(row)) headerLast = false;
      if (!header && !isBlank(row) && continues(above, row, block)) {
        header = above ? remapped(above, row) : null;
        others = above && row.cells.length === above.cells ? above.others : [];
      }
      // The start of the header again (a page break cut the repeated header: `Wat gaan we doen?` at
      // the foot of the page, `(vanaf Q2 2020)` over the next page's rows) is no content.
      // So is the header said again with a label broken otherwise (`Opg ave`: a new table's narrower column).
      if (header && above && (repeatsLabels(row, above.labels) || restatesLabels(row, above.labels))) continue;
      if (header) {
        const ordered = inTableOrder(row, header);
        out.rows.push({ table: index, ...withTimingInWho(ordered.row, ordered.header), others });
      }
      else if (row.cells.some((c) => c.text !== '') && !out.unheaded.some((u) => u.table === index)) out.unheaded.push({ table: index, source: block.source });
    }
    if (!headed && header === null) above = null;
    else if (above) above.page = block.source?.page ?? above.page;
  }
  return out;
}

/**
 * The rest of a header's labels (`labels`: the words of each), under the header row: bold texts in
 * two of its cells or more (a theme's row fills one), or the rest of a label in brackets, `(Tijd)`;
 * each no longer than the header's longest label and ending no sentence (a row of a table set all
 * in bold says more, or ends its text: `Afgerond.`).
 */
function restOfHeader(row: TableRow, labels: readonly string[][]): boolean {
  const filled = row.cells.filter((c) => c.text.trim() !== '');
  const longest = Math.max(0, ...labels.map((l) => l.length));
  return (
    filled.length > 0 &&
    filled.every((c) => (isBoldThroughout(c) || restOfLabel(c.text)) && words(c.text).length <= longest && !/[.!?]$/.test(c.text.trim())) &&
    (filled.length >= 2 || restOfLabel((filled[0] as TableCell).text))
  );
}

/**
 * A row whose header sets its columns in another order than the tables do (Thema, Opgave, Actie,
 * Stand van zaken, Wat gaan we doen, Wie: an edition that puts the owners second), with its cells
 * put in that order and the header's columns with them, so that every reader of the rows takes
 * each cell by what its label says. Columns no label names stay where they are; a row with fewer
 * cells than the header names stays as it is.
 */
export function inTableOrder(row: TableRow, header: HeaderColumns): { row: TableRow; header: HeaderColumns } {
  const meanings = (Object.keys(HEADER_MEANINGS) as HeaderMeaning[]).filter((m) => header[m] >= 0);
  // (Two meanings may share a column: `Thema Opgave` over one. It moves once, with the first.)
  const from = [...new Set(meanings.map((m) => header[m]))];
  const slots = [...from].sort((a, b) => a - b);
  if (from.every((k, j) => k === slots[j]) || from.some((k) => k >= row.cells.length)) return { row, header };
  const cells = [...row.cells];
  from.forEach((k, j) => {
    cells[slots[j] as number] = row.cells[k] as TableRow['cells'][number];
  });
  const moved = {} as HeaderColumns;
  for (const m of Object.keys(header) as HeaderMeaning[]) moved[m] = header[m] < 0 ? -1 : (slots[from.indexOf(header[m])] as number);
  return { row: { ...row, cells }, header: moved };
}

/**
 * A row whose header gives the timing a column of its own beside the owners (`Wie` | `Wanneer`)
 * read as the tables set them, `Wie (Tijd)`: each owner's line with its timing line in brackets
 * (`EZK` | `Q3` → `EZK (Q3)`; lines paired when both cells hold as many, else the whole timing
 * after the owners), the timing column gone and the columns after it one to the left. A timing
 * column with no owners' column beside it becomes the owners' column, its text in brackets.
 */
export function withTimingInWho(row: TableRow, header: HeaderColumns): { row: TableRow; header: HeaderColumns } {
  const t = header.timing;
  if (t === undefined || t < 0 || t >= row.cells.length) return { row, header };
  const timing = row.cells[t] as TableCell;
  const who = header.who >= 0 ? row.cells[header.who] : undefined;
  const linesOf = (cell: TableCell | undefined): string[] => (cell ? cell.blocks.flatMap((b) => (b.kind === 'text' ? [b.text] : b.items.map((i) => i.text))).map((l) => l.trim()).filter(Boolean) : []);
  const owners = linesOf(who);
  const when = linesOf(timing);
  const lines = when.length === 0 ? owners : owners.length === when.length ? owners.map((o, k) => `${o} (${when[k]})`) : [...owners, `(${when.join(' ')})`].filter((l) => l !== '');
  const merged: TableCell = { ...(who ?? timing), text: lines.join(' '), blocks: lines.map((text) => ({ kind: 'text', text })) };
  const cells = row.cells.flatMap((c, k) => (k === t ? [] : k === (who ? header.who : t) ? [merged] : [c]));
  // (Without an owners' column, the merged cell stands where the timing did.)
  if (!who) cells.splice(t, 0, merged);
  const shifted = {} as HeaderColumns;
  for (const m of Object.keys(header) as HeaderMeaning[]) shifted[m] = header[m] < 0 ? -1 : who && header[m] > t ? header[m] - 1 : header[m];
  return { row: { ...row, cells }, header: { ...shifted, timing: -1, who: who ? shifted.who : t } };
}

interface Above {
  header: HeaderColumns;
  cells: number;
  page: number | undefined;
  /** Where the header's first cell starts (PDF). */
  left: number | undefined;
  /** Where each of the header's cells starts (PDF). */
  lefts: (number | undefined)[];
  /** The words of each of the header's labels. */
  labels: string[][];
  /** Its labels that mean none of the columns (see otherLabels). */
  others: StatusRow['others'];
}

/**
 * The header's labels that mean none of a status table's columns (an edition's added `Budget (x €
 * 1 mln)`), where its rows' cells stand once put in the tables' order (inTableOrder, withTimingInWho):
 * labels of three letters or more, not the rest of a label a page or a column cut (`(vanaf Q2
 * 2020)`, `wanneer)?`, `Wi`), none of whose words opens a known label (`we Wie (Tijd)`, `Wat gaan
 * we d (en wanneer)?`: known labels a layout mangled), and not where a reader takes a column whose
 * label was lost (the third and fourth for progress and plans).
 */
export function otherLabels(headerRow: TableRow, meanings: HeaderColumns): StatusRow['others'] {
  const ordered = inTableOrder(headerRow, meanings);
  const { row, header } = withTimingInWho(ordered.row, ordered.header);
  const named = new Set(Object.values(header).filter((k) => k >= 0));
  const kept = new Set([header.status < 0 ? 2 : -1, header.plans < 0 ? 3 : -1]);
  return row.cells.flatMap((c, column) => {
    const label = c.text.trim();
    const name = normalizeTitle(label);
    const cut = (Object.keys(HEADER_MEANINGS) as HeaderMeaning[]).some((m) => cutLabelOf(name, m));
    const known = name.split(' ').some((w) => w.length >= 2 && OPENING_WORDS.some((o) => w.startsWith(o)));
    if (named.has(column) || kept.has(column) || (name.match(/\p{L}/gu)?.length ?? 0) < 3 || cut || restOfLabel(label) || known || labelMeaning(label) !== null) return [];
    return [{ column, label }];
  });
}

function words(text: string): string[] {
  return normalizeTitle(text).split(' ').filter(Boolean);
}

/** Does every cell of the row that holds text hold the opening words (two or more) of its column's label? */
function repeatsLabels(row: TableRow, labels: readonly string[][]): boolean {
  if (row.cells.length !== labels.length) return false;
  const filled = row.cells.map((c, k) => [words(c.text), labels[k] ?? []] as const).filter(([mine]) => mine.length > 0);
  return filled.length > 0 && filled.every(([mine, label]) => mine.length >= 2 && mine.length <= label.length && mine.every((w, i) => label[i] === w));
}

/**
 * Does every cell of the row that holds text hold its column's label letter for letter, however
 * its lines broke it (`Opg ave` under `Opgave`, `Stand van za ken`)? Three such cells at least: a
 * row of content never says three labels.
 */
function restatesLabels(row: TableRow, labels: readonly string[][]): boolean {
  if (row.cells.length !== labels.length) return false;
  const filled = row.cells.map((c, k) => [words(c.text).join(''), (labels[k] ?? []).join('')] as const).filter(([mine]) => mine !== '');
  return filled.length >= 3 && filled.every(([mine, label]) => mine === label);
}

/**
 * The header's columns for a row of the table below it: the same where it has as many cells;
 * otherwise each meaning goes to the row's cell that starts where the header's cell starts (a row
 * with a column edge of its own must not shift the meanings by one).
 */
function remapped(above: Above, row: TableRow): HeaderColumns | null {
  if (row.cells.length === above.cells) return above.header;
  const out = {} as HeaderColumns;
  for (const [meaning, i] of Object.entries(above.header) as [keyof HeaderColumns, number][]) {
    const x = i >= 0 ? above.lefts[i] : undefined;
    out[meaning] = x === undefined ? -1 : row.cells.findIndex((c) => c.box !== undefined && Math.abs(c.box[0] - x) <= 6);
  }
  return out.actions >= 0 ? out : null;
}

/**
 * Whether a table's first row stands under the header of the table above (see statusRows): as many
 * cells, or (where cells have boxes: PDF) one more or less from the same left edge — a producer may
 * draw a header apart from its rows, with a column edge of its own.
 */
function continues(above: Above | null, row: TableRow, block: Block): boolean {
  if (!above) return false;
  const left = row.cells[0]?.box?.[0];
  const aligned = left !== undefined && above.left !== undefined && Math.abs(left - above.left) <= 3;
  if (row.cells.length !== above.cells && !(aligned && Math.abs(row.cells.length - above.cells) <= 1)) return false;
  const page = block.source?.page;
  return page === undefined || above.page === undefined || (page - above.page >= 0 && page - above.page <= 1);
}

export type RowKind = 'blank' | 'theme' | 'anchor' | 'continuation' | 'orphan';

/** Reads rows in order, each by the handler of its kind (a kind without a handler is passed over). */
export function readRows<R extends { row: TableRow }>(rows: readonly R[], kindOf: (row: R) => RowKind, handlers: Partial<Record<RowKind, (row: R) => void>>): void {
  for (const row of rows) handlers[kindOf(row)]?.(row);
}

/** A row with no text in any cell. */
export function isBlank(row: TableRow): boolean {
  return row.cells.every((c) => c.text === '');
}

/**
 * The rows that open a page (PDF): each the first with text on a page after the rows before it.
 * None in an input without pages.
 */
export function rowsOpeningPages<T extends { row: TableRow }>(rows: readonly T[]): Set<T> {
  const opening = new Set<T>();
  let page: number | undefined;
  for (const r of rows) {
    if (isBlank(r.row)) continue;
    const at = r.row.source?.page;
    if (at !== undefined && page !== undefined && at > page) opening.add(r);
    page = at ?? page;
  }
  return opening;
}

/**
 * Columns some tables' headers name and this row's header does not (of `meanings`): a producer that
 * set a table wider than its page may leave out of the file the cells that stand wholly past the
 * edge (LibreOffice: the owners' column of a table whose other columns took the page's width), so
 * their records hold nothing there though the document has it. Per row, the meanings its header
 * lacks that another header of `rows` names.
 */
export function absentColumns<M extends HeaderMeaning>(rows: readonly StatusRow[], meanings: readonly M[]): Map<StatusRow, M[]> {
  const named = new Set(meanings.filter((m) => rows.some((r) => r.header[m] >= 0)));
  const out = new Map<StatusRow, M[]>();
  for (const r of rows) {
    const absent = [...named].filter((m) => r.header[m] < 0);
    if (absent.length > 0) out.set(r, absent);
  }
  return out;
}
