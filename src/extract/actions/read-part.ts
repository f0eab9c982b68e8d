/** The rows of one part → actions and orphan rows: one handler per row kind (common/status-tables.ts). */
import type { Diagnostic } from '../../model/diagnostics';
import { isBoldThroughout } from '../../model/document';
import type { Action } from '../../schemas/records';
import { TERMINAL, type Group, type Part, type PartRow } from './types';
import { isEmpty } from './parts';
import { isBlank, readRows, rowsOpeningPages, type RowKind } from '../common/status-tables';
import { anchorIndex, appendContinuation, isContinuation, isShiftedContinuation, readAnchoredRow, restOfRow, shiftedRestOfRow, undoJoin } from './rows';
import type { RowContext } from './rows';
import { finalizeGroup } from './finalize';

export interface Orphan {
  part: Part;
  row: PartRow;
  /** Number of the first action found after the orphan in its part, if any. */
  nextAction: number | null;
}

export function readPart(part: Part, diagnostics: Diagnostic[]): { actions: Action[]; orphans: Orphan[]; tables: Map<number, number>; ownerless: Map<number, PartRow> } {
  const actions: Action[] = [];
  const orphans: Orphan[] = [];
  const tables = new Map<number, number>();
  // Actions whose row stands under a header that names no owners' column, with that row.
  const ownerless = new Map<number, PartRow>();
  const ctx: RowContext = { theme: null, ambition: null };
  let group: Group | null = null;
  const close = (): void => {
    if (!group) return;
    for (const d of group.drafts) tables.set(d.number, d.table);
    actions.push(...finalizeGroup(group, part, diagnostics));
    group = null;
  };
  const opensPage = rowsOpeningPages(part.rows);
  const kindOf = (pr: PartRow): RowKind => {
    const cells = pr.row.cells;
    if (isBlank(pr.row)) return 'blank';
    if (anchorIndex(pr.row, part.anchor.opening) >= 0) return 'anchor';
    const first = cells[0];
    const onlyFirst = !isEmpty(first) && cells.slice(1).every(isEmpty);
    if (onlyFirst && first && isBoldThroughout(first)) return 'theme';
    // Filled leading cells but no action number: content whose action was lost (unless the row
    // before lost its first cell, and this one did too).
    return isContinuation(pr) || isShiftedContinuation(group, pr) || restOfRow(group, pr, opensPage.has(pr)) || shiftedRestOfRow(group, pr, opensPage.has(pr)) !== null ? 'continuation' : 'orphan';
  };
  // A row whose first cell alone holds text, going on mid-sentence (`overige kennisinstellingen, …`)
  // from an ambition in force that broke off with no closing punctuation: that ambition's rest.
  const restOfAmbition = (pr: PartRow): string | null => {
    const cells = pr.row.cells;
    const text = cells[0]?.text ?? '';
    const ambition = ctx.ambition?.text ?? null;
    return ambition !== null && /^\p{Ll}/u.test(text) && cells.slice(1).every(isEmpty) && !TERMINAL.test(ambition) ? text : null;
  };
  readRows(part.rows, kindOf, {
    theme: (pr) => {
      const text = pr.row.cells[0]?.text ?? '';
      if (text === ctx.theme) return;
      close();
      ctx.theme = text;
      ctx.ambition = null;
    },
    anchor: (pr) => {
      close();
      group = readAnchoredRow(pr, anchorIndex(pr.row, part.anchor.opening), ctx, diagnostics, part.anchor);
      if (group.drafts.length === 0) {
        group = null;
        diagnostics.push({ code: 'action-unparsed-row', severity: 'warning', message: 'row has an action marker that could not be read', place: pr.row.source });
        return;
      }
      // The orphans above this row precede this action.
      for (const o of orphans) if (o.nextAction === null) o.nextAction = group.drafts[0]?.number ?? null;
      if (pr.columns.who < 0) for (const d of group.drafts) ownerless.set(d.number, pr);
    },
    continuation: (pr) => {
      if (!group) {
        orphans.push({ part, row: pr, nextAction: null });
        return;
      }
      // (The rest of the action's text and of its ambition, where the row's leading cells go on.)
      const rest = isContinuation(pr) ? null : restOfRow(group, pr, opensPage.has(pr));
      if (rest?.text) undoJoin(group);
      const last = group.drafts[group.drafts.length - 1];
      if (rest?.text && last) last.text = `${last.text} ${rest.text}`;
      if (rest?.ambition && last) {
        const joined = (a: string | null, b: string | null): string | null => (a === null ? b : b === null ? a : `${a} ${b}`);
        const before = { title: last.ambitionTitle, text: last.ambitionText };
        const after = { title: joined(before.title, rest.ambition.title), text: joined(before.text, rest.ambition.text) };
        for (const d of group.drafts) {
          if (d.ambitionTitle !== before.title || d.ambitionText !== before.text) continue;
          d.ambitionTitle = after.title;
          d.ambitionText = after.text;
        }
        if (ctx.ambition?.title === before.title && ctx.ambition?.text === before.text) ctx.ambition = after;
      }
      // (A row that opens a page with its leading cells empty may be the rest of the row the page
      // cut too, where the layout left it a row of its own: its cells go on theirs above when they
      // go on mid-sentence — see goingOn.)
      // (Or the rest of a row that lost its first cell, the page having cut the action's text: it goes on.)
      const shiftedRest = isContinuation(pr) || rest ? null : shiftedRestOfRow(group, pr, opensPage.has(pr));
      if (shiftedRest !== null) undoJoin(group);
      if (shiftedRest !== null && last) last.text = `${last.text} ${shiftedRest}`;
      appendContinuation(group, pr, isContinuation(pr) || rest ? 0 : 1, rest !== null || shiftedRest !== null || (isContinuation(pr) && opensPage.has(pr)));
      diagnostics.push({
        code: 'action-continued',
        severity: 'info',
        message: `continuation row joined to action ${group.drafts.map((d) => d.number).join('/')}`,
        place: pr.row.source,
      });
    },
    orphan: (pr) => {
      const rest = restOfAmbition(pr);
      const before = ctx.ambition?.text;
      if (rest !== null && ctx.ambition && before) {
        // The rest of the ambition in force, which a page break cut (under a header repeated so
        // that the table read as a new one): the ambition of the actions above and below it.
        ctx.ambition = { ...ctx.ambition, text: `${before} ${rest}` };
        for (const d of group?.drafts ?? []) if (d.ambitionText === before) d.ambitionText = ctx.ambition.text;
        diagnostics.push({ code: 'action-continued', severity: 'info', message: `row holding only "${rest.slice(0, 40)}…" read as the rest of the ambition above, which broke off mid-sentence`, place: pr.row.source });
        return;
      }
      close();
      orphans.push({ part, row: pr, nextAction: null });
    },
  });
  close();
  return { actions, orphans, tables, ownerless };
}
