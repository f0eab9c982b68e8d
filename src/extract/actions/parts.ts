/** Appendix 1 tables → the rows of each part: header rows recognised by meaning, parts from the table of contents or from the headings above the tables. */
import type { Block, TableCell } from '../../model/document';
import { blocksOf, type SegmentedDocument } from '../../segment/sections';
import { statusRows, type HeaderColumns } from '../common/status-tables';
import type { Part, PartRow } from './types';
import { anchorStyleOf } from '../common/anchors';

/** An appendix 1 header: an actions column and a progress or who column, and no task column. */
export function isActionHeader(m: HeaderColumns): boolean {
  return m.actions >= 0 && (m.status >= 0 || m.who >= 0) && m.task < 0;
}

export function isEmpty(cell: TableCell | undefined): boolean {
  return !cell || cell.text === '';
}

/** Collects the rows of the appendix 1 tables, grouped by part (the TOC's sub-entries of the appendix). */
export function collectParts(doc: SegmentedDocument): Part[] {
  const parts: Part[] = [];
  const anchor = anchorStyleOf(doc.model.blocks);
  for (const section of doc.sections) {
    if (section.level !== 2 || !section.number || !/^\d{1,2}$/.test(section.number)) continue;
    const rows = actionRows(blocksOf(doc, section));
    if (rows.length > 0) parts.push({ number: Number(section.number), title: section.title, rows, anchor });
  }
  return parts.length > 0 ? parts : partsFromHeadings(doc);
}

export function actionRows(blocks: { block: Block; index: number }[]): PartRow[] {
  const rows = statusRows(blocks, isActionHeader).rows;
  // A column between labelled ones that no label names and no row of its table fills (cells a
  // layout set apart with a gap of their own) is no column: the rows are read without it, so that
  // the action number stands where the Acties label says.
  const unused = new Map<number, Set<number>>();
  for (const { table, header } of rows) {
    if (unused.has(table)) continue;
    const labelled = Object.values(header).filter((k) => k >= 0);
    const last = Math.max(...labelled);
    const inTable = rows.filter((r) => r.table === table);
    const columns = new Set<number>();
    for (let k = 0; k < last; k++) if (!labelled.includes(k) && inTable.every((r) => isEmpty(r.row.cells[k]))) columns.add(k);
    unused.set(table, columns);
  }
  let theme: string | null = null;
  return rows.flatMap(({ row, table, header, others }) => {
    // (A theme in a column of its own beside the ambition's, `Thema` | `Ambitie` | `Acties`: read
    // as 2020 sets it, a bold row of its own where the theme changes, over rows without that column.)
    const themeColumn = header.theme >= 0 && header.ambition >= 0 && header.theme !== header.ambition ? header.theme : -1;
    const themeCell = themeColumn >= 0 ? row.cells[themeColumn] : undefined;
    const themeRow: PartRow[] = [];
    if (themeCell && !isEmpty(themeCell) && themeCell.text !== theme) {
      theme = themeCell.text;
      themeRow.push({ row: { cells: [{ ...themeCell, blocks: [{ kind: 'text', text: themeCell.text, emphasis: 'bold' }] }], source: row.source }, table, columns: { status: -1, plans: -1, who: -1 } });
    }
    // (A column whose label means none of an action's fields, `Budget`, is no part of any: its
    // cells are taken out, not run into the plans, and said — see extractActions.)
    const drop = new Set([...(unused.get(table) ?? []), ...others.map((o) => o.column), ...(themeColumn >= 0 ? [themeColumn] : [])]);
    const moved = (k: number): number => k - [...drop].filter((d) => d < k).length;
    const unnamed = others.flatMap(({ column, label }) => (isEmpty(row.cells[column]) ? [] : [{ label, text: row.cells[column]?.text ?? '' }]));
    return [
      ...themeRow,
      {
        row: drop.size === 0 ? row : { ...row, cells: row.cells.filter((_, k) => !drop.has(k)) },
        table,
        columns: { status: header.status >= 0 ? moved(header.status) : 2, plans: header.plans >= 0 ? moved(header.plans) : 3, who: header.who >= 0 ? moved(header.who) : -1 },
        ...(unnamed.length > 0 ? { unnamed } : {}),
      },
    ];
  });
}

/**
 * No table of contents names the parts: take them from the headings above the action tables
 * (`2 Versterken van het fundament …`); tables under no numbered heading are part 1.
 */
export function partsFromHeadings(doc: SegmentedDocument): Part[] {
  const byPart = new Map<number, Part>();
  const anchor = anchorStyleOf(doc.model.blocks);
  let current: { number: number; title: string } = { number: 1, title: 'Stand van zaken acties NDS' };
  doc.model.blocks.forEach((block, index) => {
    if (block.kind === 'heading') {
      const m = /^(\d{1,2})\s+(\S.*)$/.exec(block.text);
      if (m) current = { number: Number(m[1]), title: m[2] ?? '' };
    }
    const rows = actionRows([{ block, index }]);
    if (rows.length === 0) return;
    const part: Part = byPart.get(current.number) ?? { ...current, rows: [], anchor };
    part.rows.push(...rows);
    byPart.set(current.number, part);
  });
  return [...byPart.values()].sort((a, b) => a.number - b.number);
}
