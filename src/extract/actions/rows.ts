/** One table row → what it holds: the anchor (action number), the ambition, the who cell, status and plans cells, continuation rows. */
import type { CellContent, TableCell, TableRow } from '../../model/document';
import type { Diagnostic } from '../../model/diagnostics';
import type { ActionFlag } from '../../schemas/records';
import { isWhoText, readsAsWho } from '../common/who';
import { textWithBullets } from '../common/text';
import { endsSentence, goesOnFrom, TERMINAL } from './types';
import { fromFirstLetter, goesOnMidSentence } from '../../model/sentences';
import { BRACKET, type AnchorStyle } from '../common/anchors';
import type { Draft, Group, PartRow, Segment } from './types';
import { isEmpty } from './parts';

export function ambitionOf(cell: TableCell): { title: string | null; text: string | null } {
  const first = cell.blocks[0];
  if (first && first.kind === 'text' && first.lead) {
    const rest = cell.text.slice(cell.text.indexOf(first.lead) + first.lead.length).trim();
    return { title: first.lead, text: rest === '' ? null : rest };
  }
  if (first && first.kind === 'text' && first.emphasis === 'bold') {
    const rest = cell.text.slice(first.text.length).trim();
    if (rest === '') return titleThenSentences(first.text) ?? { title: first.text, text: null };
    return { title: first.text, text: rest };
  }
  return { title: null, text: cell.text };
}

/**
 * A theme's cell set in bold throughout (a layout that sets its first column bold) holds its title
 * and its text in one type, run together: `Een flexibel energiesysteem De ontwikkeling van …
 * beperken.`. Where the text ends a sentence and the title none, they part where a sentence opens:
 * at the first capitalised word after one ending in lower case, no stop between
 * (`Voldoende ICT-professionals` / `Bedrijven kunnen …`: an abbreviation opens none). Null where
 * there is no such place: a title alone.
 */
function titleThenSentences(text: string): { title: string; text: string } | null {
  if (!/[.!?]$/.test(text)) return null;
  const m = /^([^.!?:;]*?\p{Ll}) (\p{Lu}\p{Ll}.*)$/su.exec(text);
  return m ? { title: m[1] as string, text: m[2] as string } : null;
}

/**
 * Splits the text of an anchor cell into actions: `27) … 28) …` gives two (`Actie 27: … Actie 28: …`
 * too, in the document's style; the next number is only taken as the next in line).
 */
export function splitActions(text: string, style: AnchorStyle = BRACKET): { number: number; text: string }[] {
  const out: { number: number; text: string }[] = [];
  let last: { number: number; textStart: number } | null = null;
  for (const m of text.matchAll(style.within)) {
    const n = Number(m[2]);
    const at = (m.index ?? 0) + (m[1] ?? '').length;
    if (last === null ? at !== 0 : n !== last.number + 1) continue;
    if (last) out.push({ number: last.number, text: text.slice(last.textStart, at).trim() });
    last = { number: n, textStart: (m.index ?? 0) + m[0].length };
  }
  if (last) out.push({ number: last.number, text: text.slice(last.textStart).trim() });
  return out;
}

export function segments(cell: TableCell | undefined): Segment[] {
  return cell ? cell.blocks.map((b) => [b]) : [];
}

export function whoSegments(cell: TableCell | undefined): string[] {
  if (!cell) return [];
  return cell.blocks.map((b) => (b.kind === 'text' ? b.text : b.items.map((i) => i.text).join(' ')));
}

/**
 * Index of the who cell among `cells`: the last filled cell, when it reads as owner codes and
 * timings — or, standing in `column` (the owners' column as the header names it, -1 when unknown),
 * as owners of any name (`Logius (Doorlopend)`, `BZK en VNG`: organisations without a code).
 */
export function whoIndex(cells: TableCell[], column = -1): number {
  for (let i = cells.length - 1; i >= 0; i--) {
    const cell = cells[i];
    if (isEmpty(cell)) continue;
    return cell && (isWhoText(cell.text) || (i === column && readsAsWho(cell.text))) ? i : -1;
  }
  return -1;
}

/** Fits the cells between action and who into [status, plans]: extra empty columns dropped, extra filled cells go to plans. */
export function fitStatusPlans(middle: TableCell[]): { status?: TableCell; plans: TableCell[]; merged: boolean } {
  const cells = [...middle];
  while (cells.length > 2) {
    const empty = cells.findIndex(isEmpty);
    if (empty < 0) break;
    cells.splice(empty, 1);
  }
  const [status, ...plans] = cells;
  return { status, plans, merged: plans.length > 1 };
}

export interface RowContext {
  theme: string | null;
  ambition: { title: string | null; text: string | null } | null;
}

/** The cell (of the first two) that opens with an action number written as the document writes them. */
export function anchorIndex(row: TableRow, anchor: RegExp): number {
  for (let i = 0; i < Math.min(2, row.cells.length); i++) {
    const cell = row.cells[i];
    if (cell && anchor.test(cell.text)) return i;
  }
  return -1;
}

export function readAnchoredRow(pr: PartRow, a: number, ctx: RowContext, diagnostics: Diagnostic[], style: AnchorStyle = BRACKET): Group {
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
  // (The owners' column counted after the action's cell: two columns on from the header's start —
  // and in a row that lost its first cell too, whose owners moved left with its action.)
  const w = whoIndex(rest, pr.columns.who < 0 ? -1 : pr.columns.who - 2);
  let middle = w >= 0 ? rest.slice(0, w) : rest;
  while (middle.length > 0 && isEmpty(middle[middle.length - 1])) middle = middle.slice(0, -1);

  // (The action's number opens the cell: a list's bullet before it is no part of the action — the
  // cell's lines read as an item set in from where a page-cut row's cell seemed to start.)
  const cellText = row.cells[a] ? textWithBullets(row.cells[a]) : '';
  let anchorText = cellText.startsWith('• ') && style.opening.test(cellText.slice(2)) ? cellText.slice(2) : cellText;
  const filled = middle.filter((c) => !isEmpty(c));
  const short = anchorText.replace(style.opening, '').split(/\s+/).length <= 6;
  let joined: Draft['joined'];
  if (!TERMINAL.test(anchorText) && filled.length > 0 && (filled.length > 2 || short)) {
    // The action's text runs on into the next cell (`36) De Brede Agenda` | `Digitale Overheid zal …`).
    const next = filled[0] as TableCell;
    if (filled.length <= 2) joined = { text: anchorText, cell: next };
    anchorText = `${anchorText} ${textWithBullets(next)}`;
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
  const actions = splitActions(anchorText, style);
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
  // (Undone only for one action: its text, not a pair's, is what the page cut.)
  const only = drafts.length === 1 ? drafts[0] : undefined;
  if (joined && only) only.joined = { text: (splitActions(joined.text, style)[0] as { text: string }).text, cell: joined.cell };
  return {
    drafts,
    status: segments(fit.status),
    plans: fit.plans.flatMap(segments),
    who: w >= 0 ? whoSegments(rest[w]) : [],
  };
}

/**
 * Joins a continuation row to its action. `shift`: the row lost its first cell as its action's row
 * did (column-shift), so its cells stand one column to the left.
 */
export function appendContinuation(group: Group, pr: PartRow, shift = 0, cut = false): void {
  const { row, columns } = pr;
  const w = whoIndex(row.cells, columns.who < 0 ? -1 : columns.who - shift);
  const at = (i: number): TableCell | undefined => (i === w ? undefined : row.cells[i]);
  // (`cut`: the rest of a row the page cut, whose cells go on their texts above: goingOn.)
  const join = (above: Segment[], more: Segment[]): Segment[] => (cut ? goingOn(above, more) : [...above, ...more]);
  group.status = join(group.status, segments(at(columns.status - shift)));
  group.plans = join(group.plans, segments(at(columns.plans - shift)));
  if (w >= 0) group.who.push(...whoSegments(row.cells[w]));
  for (const d of group.drafts) d.flags.add('continued');
}

export function isContinuation(pr: PartRow): boolean {
  const lead = Math.min(pr.columns.status, 2);
  return pr.row.cells.slice(0, lead).every(isEmpty) && pr.row.cells.some((c) => !isEmpty(c));
}

/**
 * The rest of a row that lost its first cell (its action number in the first column): on the next
 * page its cells stand one column to the left too, the status under the actions column.
 */
export function isShiftedContinuation(group: Group | null, pr: PartRow): boolean {
  return isShifted(group) && pr.columns.status >= 2 && isEmpty(pr.row.cells[0]) && !isEmpty(pr.row.cells[1]);
}

/** Does the group's row stand one column to the left, its first cell lost (`column-shift`)? */
function isShifted(group: Group | null | undefined): boolean {
  return group?.drafts.some((d) => d.flags.has('column-shift')) === true;
}

/**
 * Does `text` open as the rest of a cut row's text does: mid-sentence, in lower case — or, on a new
 * page (`opensPage`), with any letter? (A text that opens with a bracket goes on as its first letter
 * does: `(DTC) gaat ondernemers …`.)
 */
function opensRest(text: string, opensPage: boolean): boolean {
  return opensPage ? /^[\p{L},;]/u.test(fromFirstLetter(text)) : goesOnMidSentence(fromFirstLetter(text));
}

/** The last action's text as its own cell held it, where readAnchoredRow joined the next cell to it (see undoJoin). */
function ownText(group: Group, draft: Draft): string {
  return group.drafts.length === 1 && draft.joined ? draft.joined.text : draft.text;
}

/**
 * The rest of a row that lost its first cell (see isShiftedContinuation), the page having cut it
 * mid-sentence: its first cell, under the actions' column shifted to the first, goes on the action's
 * text above, which broke off with no closing punctuation (`… samenwerking op het` · `gebied van
 * kunstmatige intelligentie, …`), in lower case — or with any letter on a new page. Its text, or null.
 */
export function shiftedRestOfRow(group: Group | null, pr: PartRow, opensPage = false): string | null {
  const draft = group?.drafts[group.drafts.length - 1];
  if (!group || !draft || !isShifted(group) || pr.columns.status < 2 || isEmpty(pr.row.cells[0])) return null;
  const text = pr.row.cells[0]?.text.trim() ?? '';
  return !endsSentence(ownText(group, draft)) && opensRest(text, opensPage) ? text : null;
}

/**
 * The rest of the anchored row above, its leading cells going on too (a page, or a producer's gap at
 * a page's foot, cut the row, and the layout left its rest a row of its own): the action's cell and
 * the ambition's before it each empty or going on mid-sentence, in lower case, from that field of
 * the action above, which broke off with no closing punctuation; one of them at least filled. The
 * first row on a new page (`opensPage`) may go on with a capital too (`… de instroom van` ·
 * `ICT'ers beter aan te …`): there a row the page cut goes on. The rest of each, or null for a row
 * that is no such rest (a new row opens its cells otherwise).
 */
export function restOfRow(group: Group | null, pr: PartRow, opensPage = false): { ambition: { title: string | null; text: string | null } | null; text: string | null } | null {
  const draft = group?.drafts[group.drafts.length - 1];
  const { cells } = pr.row;
  const at = pr.columns.status - 1;
  if (!group || !draft || at < 0 || isShifted(group) || cells.slice(0, Math.max(0, at - 1)).some((c) => !isEmpty(c))) return null;
  const opening = (text: string): boolean => opensRest(text, opensPage);
  const goesOn = (cell: TableCell | undefined, field: string | null): string | null | false => {
    if (isEmpty(cell)) return null;
    const text = cell?.text.trim() ?? '';
    return field !== null && !endsSentence(field) && opening(text) ? text : false;
  };
  // (Against the action's text as its own cell held it: the page cut the row, and undoJoin takes the join back.)
  const text = goesOn(cells[at], ownText(group, draft));
  // (The ambition goes on its text; or, where the page cut its title — an ambition with a title and
  // no text yet — its title, the rest of the title in bold opening the cell, then its text.)
  const ambitionCell = at >= 1 ? cells[at - 1] : undefined;
  const titleCut = draft.ambitionText === null && draft.ambitionTitle !== null && ambitionCell !== undefined && !isEmpty(ambitionCell) && opening(ambitionCell.text.trim());
  const ambition = titleCut ? ambitionOf(ambitionCell) : goesOn(ambitionCell, draft.ambitionText);
  if (text === false || ambition === false || (text === null && ambition === null)) return null;
  return { ambition: typeof ambition === 'string' ? { title: null, text: ambition } : ambition, text };
}

/**
 * A split joined by readAnchoredRow undone (see Draft.joined): the action's text as its own cell
 * held it, the cell joined to it the status again and what stood as status the plans.
 */
export function undoJoin(group: Group): void {
  const draft = group.drafts[0];
  if (group.drafts.length !== 1 || !draft?.joined) return;
  draft.text = draft.joined.text;
  group.plans = [...group.status, ...group.plans];
  group.status = segments(draft.joined.cell);
  draft.flags.delete('split-text');
  delete draft.joined;
}

/**
 * `more` after `segments`, a text that went on mid-sentence joined to the one it goes on (the rest
 * of a cell the page cut: `… verband in voor` · `het bevorderen van …`): where the last text broke
 * off with no closing punctuation and the next opens in lower case.
 */
export function goingOn(segments: readonly Segment[], more: readonly Segment[]): Segment[] {
  const lastSegment = segments[segments.length - 1];
  const lastBlock = lastSegment?.[lastSegment.length - 1];
  const first = more[0]?.[0];
  // (The rest may read as a list item: its lines stand where the item's text did, set in.)
  const firstText = first?.kind === 'text' ? first.text : first?.items[0]?.text;
  if (!lastSegment || !lastBlock || !first || firstText === undefined) return [...segments, ...more];
  const lastText = lastBlock.kind === 'text' ? lastBlock.text : (lastBlock.items[lastBlock.items.length - 1]?.text ?? '');
  if (!goesOnFrom(lastText, firstText)) return [...segments, ...more];
  const block: CellContent =
    lastBlock.kind === 'text'
      ? { ...lastBlock, text: `${lastBlock.text} ${firstText}` }
      : { ...lastBlock, items: lastBlock.items.map((item, k) => (k === lastBlock.items.length - 1 ? { ...item, text: `${item.text} ${firstText}` } : item)) };
  const left: CellContent[] = first.kind === 'list' && first.items.length > 1 ? [{ ...first, items: first.items.slice(1) }] : [];
  const tail = [...left, ...(more[0] as Segment).slice(1)];
  return [...segments.slice(0, -1), [...lastSegment.slice(0, -1), block], ...(tail.length > 0 ? [tail] : []), ...more.slice(1)];
}
