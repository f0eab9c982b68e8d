/**
 * Appendix 1 tables → `actions` records, plus the gaps (absent actions) and orphan fragments.
 *
 * In: the segmented document. Out: one record per numbered action found. Each row is read by what
 * its cells hold, not by position alone: the action number (`N)`) anchors the row, the ambition
 * stands before it (or was lost when the row shifted left), the who cell is recognised by its owner
 * codes and timings, and rows with empty leading cells continue the action above. Two actions in one
 * cell become two records; their other cells are split by paragraph when the counts agree, else
 * given to both and flagged.
 */
import type { Block, CellContent, SourcePlace, TableCell, TableRow } from '../model/document';
import { describePlace, type Diagnostic } from '../model/diagnostics';
import type { Fragment, Gap } from '../model/report';
import type { Action, ActionFlag } from '../schemas/records';
import { blocksOf, type SegmentedDocument } from '../segment/sections';
import { cellEntries, type Entries } from './common/entries';
import { dealByMeaning, splitByMeaning, splitWhoByOwners } from './common/split-by-meaning';
import { headerMeanings } from './common/headers';
import { isWhoText, parseWho } from './common/who';

export interface ActionsResult {
  actions: Action[];
  gaps: Gap[];
  fragments: Fragment[];
  diagnostics: Diagnostic[];
}

interface Columns {
  status: number;
  plans: number;
}

interface PartRow {
  row: TableRow;
  /** Index of the table block the row belongs to (a new table is a page break in the source). */
  table: number;
  columns: Columns;
}

interface Part {
  number: number;
  title: string;
  rows: PartRow[];
}

type Segment = CellContent[];

interface Draft {
  number: number;
  text: string;
  flags: Set<ActionFlag>;
  theme: string | null;
  ambitionTitle: string | null;
  ambitionText: string | null;
  source: SourcePlace;
  table: number;
}

/** One anchored row and the continuation rows after it. */
interface Group {
  drafts: Draft[];
  status: Segment[];
  plans: Segment[];
  who: string[];
}

const ANCHOR = /^(\d{1,3})\)\s*/;
const MARKER = /(^|\s)(\d{1,3})\)\s/g;
const TERMINAL = /[.!?:;)"'”’]$/;

/** An appendix 1 header row: an actions column and a progress or who column, and no task column. */
function isActionHeader(row: TableRow): boolean {
  const m = headerMeanings(row);
  return m.actions >= 0 && (m.status >= 0 || m.who >= 0) && m.task < 0;
}

function headerColumns(row: TableRow): Columns {
  const m = headerMeanings(row);
  return { status: m.status >= 0 ? m.status : 2, plans: m.plans >= 0 ? m.plans : 3 };
}

function isEmpty(cell: TableCell | undefined): boolean {
  return !cell || cell.text === '';
}

/** Collects the rows of the appendix 1 tables, grouped by part (the TOC's sub-entries of the appendix). */
function collectParts(doc: SegmentedDocument): Part[] {
  const parts: Part[] = [];
  for (const section of doc.sections) {
    if (section.level !== 2 || !section.number || !/^\d{1,2}$/.test(section.number)) continue;
    const rows = actionRows(blocksOf(doc, section));
    if (rows.length > 0) parts.push({ number: Number(section.number), title: section.title, rows });
  }
  return parts.length > 0 ? parts : partsFromHeadings(doc);
}

function actionRows(blocks: { block: Block; index: number }[]): PartRow[] {
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
function partsFromHeadings(doc: SegmentedDocument): Part[] {
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

function ambitionOf(cell: TableCell): { title: string | null; text: string | null } {
  const first = cell.blocks[0];
  if (first && first.kind === 'text' && first.lead) {
    const rest = cell.text.slice(cell.text.indexOf(first.lead) + first.lead.length).trim();
    return { title: first.lead, text: rest === '' ? null : rest };
  }
  if (first && first.kind === 'text' && first.emphasis === 'bold') {
    const rest = cell.text.slice(first.text.length).trim();
    return { title: first.text, text: rest === '' ? null : rest };
  }
  return { title: null, text: cell.text };
}

/** Splits the text of an anchor cell into actions: `27) … 28) …` gives two. */
function splitActions(text: string): { number: number; text: string }[] {
  const out: { number: number; text: string }[] = [];
  let last: { number: number; start: number; textStart: number } | null = null;
  for (const m of text.matchAll(MARKER)) {
    const n = Number(m[2]);
    const at = (m.index ?? 0) + (m[1] ?? '').length;
    if (last === null ? at !== 0 : n !== last.number + 1) continue;
    if (last) out.push({ number: last.number, text: text.slice(last.textStart, at).trim() });
    last = { number: n, start: at, textStart: at + m[0].length - (m[1] ?? '').length };
  }
  if (last) out.push({ number: last.number, text: text.slice(last.textStart).trim() });
  return out;
}

function segments(cell: TableCell | undefined): Segment[] {
  return cell ? cell.blocks.map((b) => [b]) : [];
}

function whoSegments(cell: TableCell | undefined): string[] {
  if (!cell) return [];
  return cell.blocks.map((b) => (b.kind === 'text' ? b.text : b.items.map((i) => i.text).join(' ')));
}

/** Index of the who cell among `cells`: the last filled cell, when it reads as owners and timings. */
function whoIndex(cells: TableCell[]): number {
  for (let i = cells.length - 1; i >= 0; i--) {
    const cell = cells[i];
    if (isEmpty(cell)) continue;
    return cell && isWhoText(cell.text) ? i : -1;
  }
  return -1;
}

/** Fits the cells between action and who into [status, plans]: extra empty columns dropped, extra filled cells go to plans. */
function fitStatusPlans(middle: TableCell[]): { status?: TableCell; plans: TableCell[]; merged: boolean } {
  const cells = [...middle];
  while (cells.length > 2) {
    const empty = cells.findIndex(isEmpty);
    if (empty < 0) break;
    cells.splice(empty, 1);
  }
  const [status, ...plans] = cells;
  return { status, plans, merged: plans.length > 1 };
}

interface RowContext {
  theme: string | null;
  ambition: { title: string | null; text: string | null } | null;
}

function anchorIndex(row: TableRow): number {
  for (let i = 0; i < Math.min(2, row.cells.length); i++) {
    const cell = row.cells[i];
    if (cell && ANCHOR.test(cell.text)) return i;
  }
  return -1;
}

function readAnchoredRow(pr: PartRow, a: number, ctx: RowContext, diagnostics: Diagnostic[]): Group {
  const { row } = pr;
  const flags = new Set<ActionFlag>();
  if (a === 0) {
    flags.add('column-shift');
    diagnostics.push({
      code: 'action-column-shift',
      severity: 'info',
      message: 'row lost its first cell; the action number stands in the first column (ambition carried from above)',
      place: row.source,
    });
  } else if (!isEmpty(row.cells[0]) && row.cells[0]) {
    ctx.ambition = ambitionOf(row.cells[0]);
  }
  const rest = row.cells.slice(a + 1);
  const w = whoIndex(rest);
  let middle = w >= 0 ? rest.slice(0, w) : rest;
  while (middle.length > 0 && isEmpty(middle[middle.length - 1])) middle = middle.slice(0, -1);

  let anchorText = row.cells[a]?.text ?? '';
  const filled = middle.filter((c) => !isEmpty(c));
  const short = anchorText.replace(ANCHOR, '').split(/\s+/).length <= 6;
  if (!TERMINAL.test(anchorText) && filled.length > 0 && (filled.length > 2 || short)) {
    // The action's text runs on into the next cell (`36) De Brede Agenda` | `Digitale Overheid zal …`).
    const next = filled[0] as TableCell;
    anchorText = `${anchorText} ${next.text}`;
    middle = middle.slice(middle.indexOf(next) + 1);
    flags.add('split-text');
    diagnostics.push({ code: 'action-split-text', severity: 'info', message: 'action text split over two cells (joined)', place: row.source });
  }
  const fit = fitStatusPlans(middle);
  if (fit.merged) {
    flags.add('merged-cells');
    diagnostics.push({
      code: 'action-column-shift',
      severity: 'warning',
      message: `row has ${fit.plans.length} cells where one plans cell was expected; they were joined as plans`,
      place: row.source,
    });
  }
  const actions = splitActions(anchorText);
  const drafts: Draft[] = actions.map((a) => ({
    number: a.number,
    text: a.text,
    flags: new Set(flags),
    theme: ctx.theme,
    ambitionTitle: ctx.ambition?.title ?? null,
    ambitionText: ctx.ambition?.text ?? null,
    source: row.source,
    table: pr.table,
  }));
  return {
    drafts,
    status: segments(fit.status),
    plans: fit.plans.flatMap(segments),
    who: w >= 0 ? whoSegments(rest[w]) : [],
  };
}

function appendContinuation(group: Group, pr: PartRow): void {
  const { row, columns } = pr;
  const w = whoIndex(row.cells);
  const at = (i: number): TableCell | undefined => (i === w ? undefined : row.cells[i]);
  group.status.push(...segments(at(columns.status)));
  group.plans.push(...segments(at(columns.plans)));
  if (w >= 0) group.who.push(...whoSegments(row.cells[w]));
  for (const d of group.drafts) d.flags.add('continued');
}

function isContinuation(pr: PartRow): boolean {
  const lead = Math.min(pr.columns.status, 2);
  return pr.row.cells.slice(0, lead).every(isEmpty) && pr.row.cells.some((c) => !isEmpty(c));
}

function contentOf(segments: Segment[]): string {
  return segments
    .flat()
    .map((b) => (b.kind === 'text' ? b.text : b.items.map((i) => i.text).join(' ')))
    .join(' ');
}


/**
 * A cell shared by k actions whose parts do not number k, dealt by meaning (split-by-meaning.ts):
 * its paragraphs and lists in order, or the sentences of its one paragraph.
 */
function meaningSplit(items: Segment[], profiles: string[]): Segment[][] | null {
  if (items.length > 1) {
    const starts = dealByMeaning(items.map((seg) => contentOf([seg])), profiles);
    return starts ? starts.map((start, j) => items.slice(start, starts[j + 1] ?? items.length)) : null;
  }
  const only = items[0];
  const block = only && only.length === 1 ? only[0] : undefined;
  if (!block || block.kind !== 'text') return null;
  const parts = splitByMeaning(block.text, profiles);
  return parts ? parts.map((text) => [[{ kind: 'text', text }]]) : null;
}

function finalizeGroup(group: Group, part: Part, diagnostics: Diagnostic[]): Action[] {
  const k = group.drafts.length;
  const emptySegment = (s: Segment): boolean => s.every((b) => (b.kind === 'text' ? b.text === '' : b.items.length === 0));
  const keptSegments = (items: Segment[]): Segment[] => items.filter((t) => !emptySegment(t));
  const keptWho = group.who.filter((t, i) => t !== '' || i === 0);
  // Cells whose parts number the actions split by position; what they give each action tells the
  // others (split by meaning) which words belong to whom.
  const byPosition = {
    status: k > 1 && keptSegments(group.status).length === k ? keptSegments(group.status).map((t) => [t]) : null,
    plans: k > 1 && keptSegments(group.plans).length === k ? keptSegments(group.plans).map((t) => [t]) : null,
    who: k > 1 && keptWho.length === k ? keptWho.map((t) => [t]) : null,
  };
  const profiles = group.drafts.map((d, i) =>
    [d.text, ...(['status', 'plans'] as const).map((f) => contentOf(byPosition[f]?.[i] ?? []))].join(' '),
  );
  const shared = <T>(items: T[], field: 'status' | 'plans' | 'who', parts: number): T[][] => {
    for (const d of group.drafts) d.flags.add(`shared-${field}`);
    if (parts > 0) {
      diagnostics.push({
        code: 'action-shared-cell',
        severity: 'warning',
        message: `actions ${group.drafts.map((d) => d.number).join(' and ')} share one row; their ${field} cell has ${parts} parts, not ${k}, and its text gives no split, so each action gets all of it`,
        place: group.drafts[0]?.source,
      });
    }
    return group.drafts.map(() => items);
  };
  const splitCell = (items: Segment[], field: 'status' | 'plans'): Segment[][] => {
    if (k === 1) return [items];
    const positioned = byPosition[field];
    if (positioned) return positioned;
    const meant = meaningSplit(keptSegments(items), profiles);
    if (!meant) return shared(items, field, keptSegments(items).length);
    meant.forEach((p, i) => (profiles[i] = `${profiles[i]} ${contentOf(p)}`));
    return meant;
  };
  const splitWho = (): string[][] => {
    if (k === 1) return [group.who];
    if (byPosition.who) return byPosition.who;
    const only = keptWho.length === 1 ? keptWho[0] : undefined;
    const owners = only ? splitWhoByOwners(only, k, (t) => isWhoText(t) && !t.startsWith('(')) : null;
    return owners ? owners.map((w) => [w]) : shared(group.who, 'who', keptWho.filter((t) => t !== '').length);
  };
  const status = splitCell(group.status, 'status');
  const plans = splitCell(group.plans, 'plans');
  const who = splitWho();
  if (k > 1) {
    for (const d of group.drafts) d.flags.add('shared-cell');
    diagnostics.push({
      code: 'action-shared-cell',
      severity: 'info',
      message: `actions ${group.drafts.map((d) => d.number).join(' and ')} stand in one cell (split into ${k} records)`,
      place: group.drafts[0]?.source,
    });
  }
  return group.drafts.map((d, i) => {
    const s: Entries = cellEntries((status[i] ?? []).flat());
    const p: Entries = cellEntries((plans[i] ?? []).flat());
    const whoRaw = (who[i] ?? []).filter((t) => t !== '').join(' ');
    const parsed = parseWho(whoRaw);
    if (parsed.ocrFixed.length > 0) {
      d.flags.add('ocr-fix');
      diagnostics.push({
        code: 'owner-ocr-fix',
        severity: 'info',
        message: `action ${d.number}: owner ${parsed.ocrFixed.join(', ')} read as an OCR slip and normalised`,
        place: d.source,
      });
    }
    return {
      number: d.number,
      part: part.number,
      partTitle: part.title,
      theme: d.theme,
      ambitionTitle: d.ambitionTitle,
      ambitionText: d.ambitionText,
      text: d.text,
      status: s.entries,
      statusTopics: s.topics,
      plans: p.entries,
      plansTopics: p.topics,
      owners: parsed.owners,
      timing: parsed.timing,
      whoRaw,
      whoEntries: parsed.entries,
      flags: [...d.flags].sort(),
      source: d.source,
    };
  });
}

interface Orphan {
  part: Part;
  row: PartRow;
  /** Number of the first action found after the orphan in its part, if any. */
  nextAction: number | null;
}

function readPart(part: Part, diagnostics: Diagnostic[]): { actions: Action[]; orphans: Orphan[]; tables: Map<number, number> } {
  const actions: Action[] = [];
  const orphans: Orphan[] = [];
  const tables = new Map<number, number>();
  const ctx: RowContext = { theme: null, ambition: null };
  let group: Group | null = null;
  const close = (): void => {
    if (!group) return;
    for (const d of group.drafts) tables.set(d.number, d.table);
    actions.push(...finalizeGroup(group, part, diagnostics));
    group = null;
  };
  for (const pr of part.rows) {
    const cells = pr.row.cells;
    if (cells.every(isEmpty)) continue;
    const a = anchorIndex(pr.row);
    const first = cells[0];
    const onlyFirst = !isEmpty(first) && cells.slice(1).every(isEmpty);
    if (a < 0 && onlyFirst && first && first.blocks.every((b) => b.kind === 'text' && b.emphasis === 'bold')) {
      if (first.text !== ctx.theme) {
        close();
        ctx.theme = first.text;
        ctx.ambition = null;
      }
      continue;
    }
    if (a >= 0) {
      close();
      group = readAnchoredRow(pr, a, ctx, diagnostics);
      if (group.drafts.length === 0) {
        group = null;
        diagnostics.push({ code: 'action-unparsed-row', severity: 'warning', message: 'row has an action marker that could not be read', place: pr.row.source });
        continue;
      }
      // The orphans above this row precede this action.
      for (const o of orphans) if (o.nextAction === null) o.nextAction = group.drafts[0]?.number ?? null;
      continue;
    }
    if (isContinuation(pr)) {
      if (group) {
        appendContinuation(group, pr);
        diagnostics.push({
          code: 'action-continued',
          severity: 'info',
          message: `continuation row joined to action ${(group as Group).drafts.map((d) => d.number).join('/')}`,
          place: pr.row.source,
        });
      } else orphans.push({ part, row: pr, nextAction: null });
      continue;
    }
    // Filled leading cells but no action number: content whose action was lost.
    close();
    orphans.push({ part, row: pr, nextAction: null });
  }
  close();
  return { actions, orphans, tables };
}

function fragmentOf(o: Orphan, present: Set<number>): Fragment {
  const { row, columns } = o.row;
  const w = whoIndex(row.cells);
  const entriesOf = (i: number): string[] => (i === w || !row.cells[i] ? [] : cellEntries(row.cells[i]?.blocks ?? []).entries);
  const content: Record<string, string[] | string> = {
    status: entriesOf(columns.status),
    plans: entriesOf(columns.plans),
    whoRaw: w >= 0 ? (row.cells[w]?.text ?? '') : '',
  };
  const candidate = o.nextAction !== null ? o.nextAction - 1 : null;
  const likely = candidate !== null && candidate > 0 && !present.has(candidate) ? candidate : null;
  const reason =
    likely !== null
      ? `continuation row (no action number, empty leading cells) with no action above it in part ${o.part.number}; ` +
        `it directly precedes action ${o.nextAction}, and action ${likely}, which would stand just above, is absent from the input`
      : `row without an action number and no action above it in part ${o.part.number}`;
  return { type: 'actions', likelyKey: likely === null ? null : String(likely), reason, content, place: row.source };
}

function lineOf(a: Action | undefined): string {
  return describePlace(a?.source);
}

function gapsOf(actions: Action[], tables: Map<number, number>, fragments: Fragment[]): Gap[] {
  const byNumber = new Map(actions.map((a) => [a.number, a]));
  const max = Math.max(0, ...actions.map((a) => a.number));
  const gaps: Gap[] = [];
  for (let n = 1; n <= max; n++) {
    if (byNumber.has(n)) continue;
    const prev = [...byNumber.keys()].filter((k) => k < n).sort((x, y) => y - x)[0];
    const next = [...byNumber.keys()].filter((k) => k > n).sort((x, y) => x - y)[0];
    const prevAction = prev === undefined ? undefined : byNumber.get(prev);
    const nextAction = next === undefined ? undefined : byNumber.get(next);
    let reason: string;
    if (prevAction === undefined) {
      const orphan = fragments.find((f) => f.likelyKey !== null && Number(f.likelyKey) >= n);
      reason =
        `not in the input: appendix 1 starts at action ${next} (${lineOf(nextAction)})` +
        (orphan ? `, after a continuation row with no action above it (${describePlace(orphan.place)})` : '') +
        '; the page(s) before it were most likely lost in conversion';
    } else {
      const pageBreak = prev !== undefined && next !== undefined && tables.get(prev) !== tables.get(next);
      reason =
        `not in the input: the table jumps from action ${prev} (${lineOf(prevAction)}) to action ${next} (${lineOf(nextAction)})` +
        (pageBreak ? ' across a table break; the page between was most likely lost in conversion' : '');
    }
    gaps.push({ type: 'actions', key: String(n), reason, place: nextAction?.source ?? prevAction?.source ?? {} });
  }
  return gaps;
}

/** Extracts the numbered actions of appendix 1, with gaps and orphan fragments. */
export function extractActions(doc: SegmentedDocument): ActionsResult {
  const diagnostics: Diagnostic[] = [];
  const all: Action[] = [];
  const orphans: Orphan[] = [];
  const tables = new Map<number, number>();
  for (const part of collectParts(doc)) {
    const read = readPart(part, diagnostics);
    all.push(...read.actions);
    orphans.push(...read.orphans);
    for (const [k, v] of read.tables) tables.set(k, v);
  }
  all.sort((a, b) => a.number - b.number);
  const present = new Set(all.map((a) => a.number));
  const fragments = orphans.map((o) => fragmentOf(o, present));
  for (const f of fragments) {
    diagnostics.push({
      code: 'action-orphan-fragment',
      severity: 'warning',
      message: `orphan table content${f.likelyKey ? ` (most likely action ${f.likelyKey})` : ''} kept in document.json fragments`,
      place: f.place,
    });
  }
  const gaps = gapsOf(all, tables, fragments);
  for (const g of gaps) {
    diagnostics.push({ code: 'action-absent', severity: 'warning', message: `action ${g.key} ${g.reason}`, place: g.place });
  }
  return { actions: all, gaps, fragments, diagnostics };
}
