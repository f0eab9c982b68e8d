/** The rows of one part → actions and orphan rows, one row kind at a time (theme, anchored, continuation, orphan). */
import type { Diagnostic } from '../../model/diagnostics';
import type { Action } from '../../schemas/records';
import type { Group, Part, PartRow } from './types';
import { isEmpty } from './parts';
import { anchorIndex, appendContinuation, isContinuation, readAnchoredRow } from './rows';
import type { RowContext } from './rows';
import { finalizeGroup } from './finalize';

export interface Orphan {
  part: Part;
  row: PartRow;
  /** Number of the first action found after the orphan in its part, if any. */
  nextAction: number | null;
}

export function readPart(part: Part, diagnostics: Diagnostic[]): { actions: Action[]; orphans: Orphan[]; tables: Map<number, number> } {
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
