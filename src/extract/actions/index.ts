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
import { describePlace, type Diagnostic } from '../../model/diagnostics';
import type { Action } from '../../schemas/records';
import type { SegmentedDocument } from '../../segment/sections';
import type { ActionsResult, Part, PartRow } from './types';
import type { SourcePlace } from '../../model/document';
import type { Gap } from '../../model/report';
import { collectParts } from './parts';
import { readPart } from './read-part';
import type { Orphan } from './read-part';
import { fragmentOf, gapsOf } from './gaps';

export type { ActionsResult } from './types';

/**
 * Text under a label that means none of an action's fields (an edition's added `Budget` column): an
 * error per label, with its first place and how many cells, never run into another field in silence.
 */
function unnamedColumns(parts: readonly Part[]): Diagnostic[] {
  const byLabel = new Map<string, { count: number; first: { text: string; place: SourcePlace } }>();
  for (const part of parts) {
    for (const pr of part.rows) {
      for (const { label, text } of pr.unnamed ?? []) {
        const seen = byLabel.get(label);
        if (seen) seen.count++;
        else byLabel.set(label, { count: 1, first: { text, place: pr.row.source } });
      }
    }
  }
  return [...byLabel].map(([label, { count, first }]) => ({
    code: 'content-unread',
    severity: 'error',
    message: `${count} cell(s) of the actions tables stand under "${label.slice(0, 40)}", a label that names none of an action's fields (e.g. "${first.text.slice(0, 40)}"): they were not read`,
    place: first.place,
  }));
}

/**
 * Actions whose table's header names no owners' column where the appendix's other headers do: a
 * producer that set a table wider than its page may leave out of the file the cells wholly past
 * the edge (LibreOffice in large type). Their owners are empty because the input has none there,
 * not because a text was not read: a warning per run of such actions, with the place of a header
 * that names the column.
 */
function ownersAbsent(actions: readonly Action[], ownerless: ReadonlyMap<number, PartRow>, parts: readonly Part[]): Diagnostic[] {
  const named = parts.flatMap((p) => p.rows).find((r) => r.columns.who >= 0);
  if (!named) return [];
  // (Runs of actions next to each other in the appendix's order.)
  const runs: Action[][] = [];
  let previous = -2;
  actions.forEach((a, k) => {
    if (!ownerless.has(a.number) || a.whoRaw !== '') return;
    if (previous === k - 1) runs[runs.length - 1]?.push(a);
    else runs.push([a]);
    previous = k;
  });
  return runs.map((run) => {
    const first = run[0] as Action;
    const last = run[run.length - 1] as Action;
    return {
      code: 'column-absent',
      severity: 'warning',
      message: `action${run.length > 1 ? `s ${first.number}–${last.number}` : ` ${first.number}`}: the table's header names no owners (Wie) column, which the appendix's other tables have (${describePlace(named.row.source)}), so ${run.length > 1 ? 'their' : 'its'} owners (Wie) are empty (a producer that set the table wider than its page may have left out what stood wholly past the edge)`,
      place: ownerless.get(first.number)?.row.source ?? first.source,
    };
  });
}

/** Extracts the numbered actions of appendix 1, with gaps and orphan fragments. */
export function extractActions(doc: SegmentedDocument): ActionsResult {
  const diagnostics: Diagnostic[] = [];
  const all: Action[] = [];
  const orphans: Orphan[] = [];
  const tables = new Map<number, number>();
  const parts = collectParts(doc);
  diagnostics.push(...unnamedColumns(parts));
  const ownerless = new Map<number, PartRow>();
  for (const part of parts) {
    const read = readPart(part, diagnostics);
    all.push(...read.actions);
    orphans.push(...read.orphans);
    for (const [k, v] of read.tables) tables.set(k, v);
    for (const [k, v] of read.ownerless) ownerless.set(k, v);
  }
  all.sort((a, b) => a.number - b.number);
  diagnostics.push(...ownersAbsent(all, ownerless, parts));
  const present = new Set(all.map((a) => a.number));
  const fragments = orphans.map((o) => fragmentOf(o, present));
  for (const f of fragments) {
    // A fragment just above an action that the input lacks is what is left of that action (a
    // page lost in conversion): said, and kept. Any other is text of the tables that no action
    // took, though the actions around it were read: an error with its place, never a silent loss.
    const sample = Object.values(f.content).flat().find((t) => t.trim() !== '') ?? '';
    if (f.likelyKey !== null || sample === '') {
      diagnostics.push({ code: 'action-orphan-fragment', severity: 'warning', message: `orphan table content${f.likelyKey ? ` (most likely action ${f.likelyKey})` : ''} kept in document.json fragments`, place: f.place });
      continue;
    }
    diagnostics.push({
      code: 'content-unread',
      severity: 'error',
      message: `a row of the actions tables holds text but no action number, and no action read above it takes it ("${sample.slice(0, 40)}"): it was not read (kept in document.json fragments)`,
      place: f.place,
    });
  }
  const gaps = gapsOf(all, tables, fragments);
  for (const g of gaps) {
    diagnostics.push({ code: 'action-absent', severity: 'warning', message: absentMessage(g), place: g.place });
  }
  return { actions: all, gaps, fragments, diagnostics };
}

/** The warning an absent action's gap is said with (withdrawn with the gap where the text holds the action). */
export function absentMessage(gap: Gap): string {
  return `action ${gap.key} ${gap.reason}`;
}
