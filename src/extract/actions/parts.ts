/** Appendix 1 tables → the rows of each part: header rows recognised by meaning, parts from the table of contents or from the headings above the tables. */
import type { Block, TableCell, TableRow } from '../../model/document';
import { blocksOf, type SegmentedDocument } from '../../segment/sections';
import { headerMeanings } from '../common/headers';
import type { Columns, Part, PartRow } from './types';

/** An appendix 1 header row: an actions column and a progress or who column, and no task column. */
export function isActionHeader(row: TableRow): boolean {
  const m = headerMeanings(row);
  return m.actions >= 0 && (m.status >= 0 || m.who >= 0) && m.task < 0;
}

export function headerColumns(row: TableRow): Columns {
  const m = headerMeanings(row);
  return { status: m.status >= 0 ? m.status : 2, plans: m.plans >= 0 ? m.plans : 3 };
}

export function isEmpty(cell: TableCell | undefined): boolean {
  return !cell || cell.text === '';
}

/** Collects the rows of the appendix 1 tables, grouped by part (the TOC's sub-entries of the appendix). */
export function collectParts(doc: SegmentedDocument): Part[] {
  const parts: Part[] = [];
  for (const section of doc.sections) {
    if (section.level !== 2 || !section.number || !/^\d{1,2}$/.test(section.number)) continue;
    const rows = actionRows(blocksOf(doc, section));
    if (rows.length > 0) parts.push({ number: Number(section.number), title: section.title, rows });
  }
  return parts.length > 0 ? parts : partsFromHeadings(doc);
}

export function actionRows(blocks: { block: Block; index: number }[]): PartRow[] {
  const rows: PartRow[] = [];
  let columns: Columns = { status: 2, plans: 3 };
  for (const { block, index } of blocks) {
    if (block.kind !== 'table') continue;
    const header = block.rows.find(isActionHeader);
    if (!header) continue;
    columns = headerColumns(header);
    for (const row of block.rows) if (!isActionHeader(row)) rows.push({ row, table: index, columns });
  }
  return rows;
}

/**
 * No table of contents names the parts: take them from the headings above the action tables
 * (`2 Versterken van het fundament …`); tables under no numbered heading are part 1.
 */
export function partsFromHeadings(doc: SegmentedDocument): Part[] {
  const byPart = new Map<number, Part>();
  let current: { number: number; title: string } = { number: 1, title: 'Stand van zaken acties NDS' };
  doc.model.blocks.forEach((block, index) => {
    if (block.kind === 'heading') {
      const m = /^(\d{1,2})\s+(\S.*)$/.exec(block.text);
      if (m) current = { number: Number(m[1]), title: m[2] ?? '' };
    }
    const rows = actionRows([{ block, index }]);
    if (rows.length === 0) return;
    const part = byPart.get(current.number) ?? { ...current, rows: [] };
    part.rows.push(...rows);
    byPart.set(current.number, part);
  });
  return [...byPart.values()].sort((a, b) => a.number - b.number);
}
