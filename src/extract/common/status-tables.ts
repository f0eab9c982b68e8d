/**
 * The appendix's status tables, read one way for every record type that lives in them (actions,
 * connectivity actions): rows under a header row recognised by what its cells mean, with that
 * header's columns, and one handler per kind of row — blank, theme, anchor (a row that opens a
 * record), continuation (more of the record above), orphan (content with no record to go to).
 * Tables with content under no recognisable header are reported, never passed over in silence.
 */
import type { Block, SourcePlace, TableRow } from '../../model/document';
import type { HeaderMeaning } from '../../model/header-meanings';
import { headerMeanings } from './headers';

export type HeaderColumns = Record<HeaderMeaning, number>;

export interface StatusRow {
  row: TableRow;
  /** Index of the table block the row belongs to (a new table is a page break in the source). */
  table: number;
  /** The columns of the header the row stands under. */
  header: HeaderColumns;
}

export interface StatusTables {
  rows: StatusRow[];
  /** Tables with text under no header of this kind (an unread part of the appendix, or another table). */
  unheaded: { table: number; source?: SourcePlace }[];
}

/** The rows under headers that `accepts` (a header row itself is not a row); tables with none listed apart. */
export function statusRows(blocks: readonly { block: Block; index: number }[], accepts: (header: HeaderColumns) => boolean): StatusTables {
  const out: StatusTables = { rows: [], unheaded: [] };
  for (const { block, index } of blocks) {
    if (block.kind !== 'table') continue;
    let header: HeaderColumns | null = null;
    for (const row of block.rows) {
      const meanings = headerMeanings(row);
      if (accepts(meanings)) {
        header = meanings;
        continue;
      }
      if (header) out.rows.push({ row, table: index, header });
      else if (row.cells.some((c) => c.text !== '') && !out.unheaded.some((u) => u.table === index)) out.unheaded.push({ table: index, source: block.source });
    }
  }
  return out;
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
