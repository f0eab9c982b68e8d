/**
 * Records ↔ the evidence in the document model: content that looks like a record must have become
 * one. Every action number that opens a table cell (`23) Het kabinet …`), every footnote, every
 * Proeftuin line (`**City** • Name | Category`) and every labelled row of a year table is looked
 * up among the records; what is missing is an error with its place (code
 * `content-unread`: exit 1, or written with `--partial` and listed in document.json `unread`).
 * So a layout the loaders misread, or a part of an edition the extractors do not know, is never
 * published as if the input lacked it.
 */
import type { Block, SourcePlace, TableRow } from '../model/document';
import { anchorStyleOf } from '../extract/common/anchors';
import { initiativeParts, initiativeTexts } from '../extract/common/initiative-lines';
import { headerMeanings } from '../extract/common/headers';
import { YEAR_LABEL, namesYears } from '../model/header-meanings';
import type { Diagnostic } from '../model/diagnostics';
import type { Gap } from '../model/report';
import { closedUp } from '../model/letters';
import type { RecordSet, RecordType } from '../schemas/records';

interface Evidence {
  type: RecordType;
  key: string;
  what: string;
  place: SourcePlace;
}

/**
 * The actions column of a header row (read by meaning), or null for any other row. An action number
 * stands up to that column (with no header, in the first two: a row shifted left puts it one column
 * early); numbered points in a status or plans cell (`1) …`) are not actions.
 */
function actionsColumn(row: TableRow): number | null {
  const m = headerMeanings(row);
  return m.actions >= 0 && (m.status >= 0 || m.who >= 0) ? m.actions : null;
}

function cellTexts(block: Block): { text: string; place: SourcePlace }[] {
  if (block.kind !== 'table') return [];
  const out: { text: string; place: SourcePlace }[] = [];
  // Each row is read under the header above it (a table joined over pages may change its columns);
  // rows above the first header under that first header. Where the cells have boxes (PDF), a cell
  // is placed under the header by where it starts, not by its count: a row read in more columns
  // than its header (a producer's gaps between cells taken for columns) holds its action further on.
  const headerOf = (row: TableRow): { index: number; right?: number } | null => {
    const index = actionsColumn(row);
    if (index === null) return null;
    const box = row.cells[index]?.box;
    return box ? { index, right: box[2] } : { index };
  };
  let last = block.rows.map(headerOf).find((c) => c !== null) ?? { index: 1 };
  for (const row of block.rows) {
    last = headerOf(row) ?? last;
    row.cells.forEach((cell, i) => {
      if (cell.box && last.right !== undefined ? cell.box[0] >= last.right - 1 : i > last.index) return;
      for (const c of cell.blocks) for (const text of c.kind === 'text' ? [c.text] : c.items.map((i) => i.text)) out.push({ text, place: row.source });
    });
  }
  return out;
}

/**
 * The Proeftuin lines a block holds, each with the place it names and how many entries it holds:
 * a paragraph whose bold lead is followed by a separator (`**Delft** • …`, `**Delft** – …`,
 * whatever follows), and a paragraph or list item that opens with a short place, a separator and
 * holds a `|` (`Delft • Name | Category`). A line two entries of a place ran into counts its
 * `• Name |` pieces.
 */
function proeftuinLines(block: Block): { city: string; n: number; text: string; place: SourcePlace }[] {
  return initiativeTexts(block).flatMap(({ text, lead, source: place }) => {
    const parts = initiativeParts(text, lead);
    if (!parts || (!lead && !parts.rest.includes('|'))) return [];
    return [{ city: parts.city, n: Math.max(1, (text.match(/[•·▪]\s*[^•·▪|]+\|/gu) ?? []).length), text, place }];
  });
}

/** What the document's text shows of each record type. */
function evidence(blocks: readonly Block[], types: readonly RecordType[]): Evidence[] {
  const out: Evidence[] = [];
  const anchor = anchorStyleOf(blocks).opening;
  for (const block of blocks) {
    if (types.includes('actions')) {
      for (const { text, place } of cellTexts(block)) {
        const m = anchor.exec(text);
        if (m) out.push({ type: 'actions', key: String(Number(m[1])), what: `action ${Number(m[1])} ("${text.slice(0, 50)}…")`, place });
      }
    }
    if (types.includes('footnotes') && block.kind === 'footnote' && Number.isInteger(block.n)) {
      out.push({ type: 'footnotes', key: String(block.n), what: `footnote ${block.n}`, place: block.source });
    }
    if (types.includes('proeftuin-locations')) {
      for (const l of proeftuinLines(block)) out.push({ type: 'proeftuin-locations', key: l.city, what: `Proeftuin line "${l.text.slice(0, 60)}"`, place: l.place });
    }
  }
  return out;
}

/**
 * Year tables (two or more year columns), wherever they stand: every labelled row with a number
 * under a year. In the budget appendix (`inAppendix`), a table of labelled rows of figures that
 * opens with no year header is one too: the rest of a year table that a page break parted from its
 * header.
 */
/**
 * The label of a line that is a label, then two or more figures and nothing else (`Europese Unie
 * 22 27 34`), or null; not a header, whose figures are years. Read word by word (linear).
 */
function textRow(text: string): string | null {
  const words = text.trim().split(/\s+/);
  let k = words.length;
  while (k > 0 && /^\d[\d.,]*$/.test(words[k - 1] as string)) k--;
  const figures = words.slice(k);
  const label = words.slice(0, k).join(' ');
  if (figures.length < 2 || !/\p{L}/u.test(label) || figures.every((f) => YEAR_LABEL.test(f))) return null;
  return label;
}

/** A paragraph that opens with a year in brackets: `(2016) …`. */
const YEAR_SERIES = /^\((?:19|20)\d{2}\)\s/;

/** A place as a key (evidence found by where a record was read). */
function placeKey(place: SourcePlace | undefined): string {
  return `@${JSON.stringify(place ?? null)}`;
}

function budgetEvidence(blocks: readonly Block[], inAppendix = false): Evidence[] {
  const out: Evidence[] = [];
  const FIGURE = /^[\d.,]+$/;
  for (const block of blocks) {
    // In the appendix, a line of text that is a label and two or more figures is a table row set
    // as text (a layout that showed no table there): evidence too, so that it is never passed over.
    if (inAppendix && block.kind === 'paragraph') {
      const row = textRow(block.text);
      if (row) out.push({ type: 'budget-lines', key: row, what: `budget table row "${row}" (set as text)`, place: block.source });
      // (A year's figures set as a sentence, `(2016) budget € 1.143 mln. waarvan 29% …`: evidence of
      // the lines made from that paragraph, by its place.)
      else if (YEAR_SERIES.test(block.text) && (block.text.match(/\d[\d.,]*/g) ?? []).length >= 3) {
        out.push({ type: 'budget-lines', key: placeKey(block.source), what: `budget figures "${block.text.slice(0, 50)}…" (a year's figures set as text)`, place: block.source });
      }
      continue;
    }
    if (block.kind !== 'table') continue;
    // (Rows with no text, and the cells before a row's first text, say nothing: a layout may give a
    // table an empty row or column at its edge, where a frame stands apart from its cells'.)
    const [header, ...rows] = block.rows.filter((r) => r.cells.some((c) => c.text.trim() !== ''));
    if (!namesYears((header?.cells ?? []).map((c) => c.text))) {
      if (!inAppendix) continue;
      for (const row of block.rows) {
        const filled = row.cells.filter((c) => c.text.trim() !== '');
        const label = filled[0]?.text ?? '';
        const figures = filled.slice(1).filter((c) => FIGURE.test(c.text.trim())).length;
        if (/\p{L}/u.test(label) && figures >= 2 && figures === filled.length - 1) out.push({ type: 'budget-lines', key: label, what: `budget table row "${label}"`, place: row.source });
      }
      continue;
    }
    const years = header?.cells.map((c) => YEAR_LABEL.test(c.text)) ?? [];
    for (const row of rows) {
      const label = row.cells.find((c) => c.text.trim() !== '')?.text ?? '';
      const numeric = row.cells.some((c, i) => years[i] && /\d/.test(c.text));
      if (label !== '' && numeric) out.push({ type: 'budget-lines', key: label, what: `budget table row "${label}"`, place: row.source });
    }
  }
  return out;
}

function keysOf(records: RecordSet, type: RecordType): Set<string> {
  switch (type) {
    case 'actions':
      return new Set(records.actions.map((a) => String(a.number)));
    case 'footnotes':
      return new Set(records.footnotes.map((f) => String(f.n)));
    case 'proeftuin-locations':
      return new Set(records['proeftuin-locations'].map((l) => l.city));
    case 'budget-lines':
      return new Set(records['budget-lines'].flatMap((l) => [l.row, placeKey(l.source)]));
    default:
      return new Set();
  }
}

/** Block index of every table row, by its place (records carry their row's place as `source`). */
function rowBlocks(blocks: readonly Block[]): Map<string, number> {
  const map = new Map<string, number>();
  blocks.forEach((b, i) => {
    if (b.kind === 'table') for (const r of b.rows) map.set(JSON.stringify(r.source), i);
  });
  return map;
}

/**
 * The texts of a block where an action number may stand: paragraphs, list items, table cells, and
 * notes too (a row's first line the layout ran into the note above it, `… nr. 640 12) We initiëren
 * een`: the input holds the action, however misread).
 */
function anchorTexts(block: Block): { text: string; place: SourcePlace }[] {
  if (block.kind === 'paragraph' || block.kind === 'footnote') return [{ text: block.text, place: block.source }];
  if (block.kind === 'list') return block.items.map((i) => ({ text: i.marker ? `${i.marker} ${i.text}` : i.text, place: i.source ?? block.source }));
  return cellTexts(block);
}

export interface SectionRange {
  startBlock: number;
  endBlock: number;
}

/**
 * A gap says an action is not in the input; it may say so only when the text between its
 * neighbours (or from the start of the section of the first action found) truly holds no `N) …`.
 * Returns the gaps that the text contradicts, with where it holds them.
 */
function contradictedGaps(
  blocks: readonly Block[],
  records: RecordSet,
  gaps: readonly Gap[],
  sectionOf: (block: number) => SectionRange | null,
): { gap: Gap; place: SourcePlace; text: string }[] {
  const where = rowBlocks(blocks);
  const blockOf = new Map(records.actions.map((a) => [a.number, where.get(JSON.stringify(a.source))]));
  const numbers = records.actions.map((a) => a.number).sort((x, y) => x - y);
  const out: { gap: Gap; place: SourcePlace; text: string }[] = [];
  const style = anchorStyleOf(blocks);
  for (const gap of gaps) {
    if (gap.type !== 'actions' || !/^\d+$/.test(gap.key)) continue;
    const n = Number(gap.key);
    const prev = [...numbers].reverse().find((k) => k < n);
    const next = numbers.find((k) => k > n);
    const prevBlock = prev === undefined ? undefined : blockOf.get(prev);
    const nextBlock = next === undefined ? undefined : blockOf.get(next);
    const start = prevBlock ?? (nextBlock !== undefined ? sectionOf(nextBlock)?.startBlock : undefined);
    const end = nextBlock ?? (prevBlock !== undefined ? sectionOf(prevBlock)?.endBlock : undefined);
    if (start === undefined || end === undefined) continue;
    // At the start of a text, or inside one where two actions share a cell (`… 12) Het kabinet …`),
    // written as the document writes its numbers.
    const anchor = style.numbered(n);
    for (let b = start; b <= Math.min(end, blocks.length - 1); b++) {
      // (Or letter-spaced, `2 2 ) H e t …`: a line justified between its letters.)
      const hit = anchorTexts(blocks[b] as Block).find((t) => anchor.test(t.text) || anchor.test(closedUp(t.text)));
      if (hit) {
        out.push({ gap, place: hit.place, text: hit.text });
        break;
      }
    }
  }
  return out;
}

/**
 * Errors for content that did not become records; gaps already explain what the input lacks.
 * Returns the types not read whole and the gaps the text contradicts (the pipeline withdraws them).
 * `budgetSection` is the range of the budget appendix: its year tables are the evidence of budget
 * lines (a year table elsewhere may count something else); when the appendix was not found, every
 * year table is.
 */
export function reconcile(
  blocks: readonly Block[],
  budgetSection: SectionRange | null,
  records: RecordSet,
  types: readonly RecordType[],
  gaps: readonly Gap[],
  sectionOf: (block: number) => SectionRange | null,
): { diagnostics: Diagnostic[]; unreadTypes: Set<RecordType>; contradicted: Gap[] } {
  const budgetBlocks = budgetSection ? blocks.slice(budgetSection.startBlock, budgetSection.endBlock) : blocks;
  const found = [...evidence(blocks, types), ...(types.includes('budget-lines') ? budgetEvidence(budgetBlocks, budgetSection !== null) : [])];
  const contradicted = types.includes('actions') ? contradictedGaps(blocks, records, gaps, sectionOf) : [];
  for (const c of contradicted) found.push({ type: 'actions', key: c.gap.key, what: `action ${c.gap.key} ("${c.text.slice(0, 50)}…")`, place: c.place });
  const keys = new Map(types.map((t) => [t, keysOf(records, t)]));
  const diagnostics: Diagnostic[] = [];
  const unreadTypes = new Set<RecordType>();
  const seen = new Set<string>();
  for (const e of found) {
    const id = `${e.type}|${e.key}`;
    if (seen.has(id) || keys.get(e.type)?.has(e.key)) continue;
    seen.add(id);
    unreadTypes.add(e.type);
    const gap = gaps.find((g) => g.type === e.type && g.key === e.key);
    diagnostics.push({
      code: 'content-unread',
      severity: 'error',
      message: `${e.what} is in the input but no ${e.type} record was made of it${gap ? ' (it is not absent: the text holds it)' : ''}`,
      place: e.place,
    });
  }
  // Proeftuin lines run together (a layout that joined two lines of one place) hold more entries
  // than records were made: counted per place by their bullets.
  if (types.includes('proeftuin-locations')) {
    const entries = new Map<string, { n: number; place: SourcePlace | undefined }>();
    for (const block of blocks) {
      for (const l of proeftuinLines(block)) {
        const e = entries.get(l.city) ?? { n: 0, place: l.place };
        entries.set(l.city, { n: e.n + l.n, place: e.place });
      }
    }
    const made = new Map<string, number>();
    for (const l of records['proeftuin-locations']) made.set(l.city, (made.get(l.city) ?? 0) + 1);
    for (const [city, e] of entries) {
      const m = made.get(city) ?? 0;
      if (m >= e.n || seen.has(`proeftuin-locations|${city}`)) continue;
      unreadTypes.add('proeftuin-locations');
      diagnostics.push({
        code: 'content-unread',
        severity: 'error',
        message: `the text lists ${e.n} Proeftuin entries for ${city}, but ${m} proeftuin-locations record(s) were made of them`,
        place: e.place,
      });
    }
  }
  return { diagnostics, unreadTypes, contradicted: contradicted.map((c) => c.gap) };
}
