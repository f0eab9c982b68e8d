/** Actions found → the numbers missing from the sequence (gaps, with the reason) and orphan fragments with the action they most likely belong to. */
import { describePlace } from '../../model/diagnostics';
import type { Fragment, Gap } from '../../model/report';
import type { Action } from '../../schemas/records';
import { cellEntries } from '../common/entries';
import { whoIndex } from './rows';
import type { Orphan } from './read-part';

export function fragmentOf(o: Orphan, present: Set<number>): Fragment {
  const { row, columns } = o.row;
  const w = whoIndex(row.cells, columns.who);
  const entriesOf = (i: number): string[] => (i === w || !row.cells[i] ? [] : cellEntries(row.cells[i]?.blocks ?? []).entries);
  const content: Record<string, string[] | string> = {
    status: entriesOf(columns.status),
    plans: entriesOf(columns.plans),
    whoRaw: w >= 0 ? (row.cells[w]?.text ?? '') : '',
  };
  // (Text in the cells before the status column — an ambition's or an action's, with no number —
  // is kept too: a fragment never drops what the row holds.)
  const leading = row.cells.slice(0, Math.max(0, columns.status)).map((c) => c.text).filter((t) => t !== '');
  if (leading.length > 0) content.leading = leading;
  const candidate = o.nextAction !== null ? o.nextAction - 1 : null;
  const likely = candidate !== null && candidate > 0 && !present.has(candidate) ? candidate : null;
  const reason =
    likely !== null
      ? `continuation row (no action number, empty leading cells) with no action above it in part ${o.part.number}; ` +
        `it directly precedes action ${o.nextAction}, and action ${likely}, which would stand just above, is absent from the input`
      : `row without an action number and no action above it in part ${o.part.number}`;
  return { type: 'actions', likelyKey: likely === null ? null : String(likely), reason, content, place: row.source };
}

export function lineOf(a: Action | undefined): string {
  return describePlace(a?.source);
}

export function gapsOf(actions: Action[], tables: Map<number, number>, fragments: Fragment[]): Gap[] {
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
