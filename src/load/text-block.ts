/**
 * Styled runs of text → one TextBlock: plain text, the bold lead that opens it, whether it is
 * wholly bold or italic. Shared by the HTML fragment parser and the PDF layout, so that both
 * judge emphasis the same way.
 */
import type { TextBlock } from '../model/document';
import { isTopicLabel } from '../model/topics';

export interface StyledRun {
  text: string;
  bold: boolean;
  italic: boolean;
}

/** Collapses white space (including no-break spaces) and trims. */
export function normalizeSpace(text: string): string {
  // (Most texts hold single spaces between words only: given back as they are, not built again.)
  if (!/[^\S ]|\u200b| {2}|^ | $/.test(text)) return text;
  return text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/** Builds a text block from runs; null when the runs hold no text. */
export function textBlockFromRuns(runs: readonly StyledRun[], refs: readonly number[] = []): TextBlock | null {
  const text = normalizeSpace(runs.map((r) => r.text).join(''));
  if (text === '') return null;
  const block: TextBlock = { kind: 'text', text };
  const visible = runs.filter((r) => r.text.trim() !== '');
  if (visible.length > 0 && visible.every((r) => r.bold)) block.emphasis = 'bold';
  else if (visible.length > 0 && visible.every((r) => r.italic)) block.emphasis = 'italic';
  const leadRuns: StyledRun[] = [];
  for (const r of visible) {
    if (!r.bold) break;
    leadRuns.push(r);
  }
  if (leadRuns.length > 0 && block.emphasis !== 'bold') {
    block.lead = normalizeSpace(leadRuns.map((r) => r.text).join(' '));
  }
  if (refs.length > 0) block.footnoteRefs = [...refs];
  return block;
}

/**
 * Where a sub-heading set in italics on the last line of the text before its list starts: runs
 * after a sentence's end (`… mogelijk maken.` *Delen van gegevens*), all italic, a topic's label
 * (isTopicLabel) not closed by a comma either. -1 when the runs end otherwise. (A layout with room on that line sets the
 * heading there: WeasyPrint does.)
 */
export function trailingTopicAt(runs: readonly StyledRun[]): number {
  let at = runs.length;
  while (at > 0 && ((runs[at - 1] as StyledRun).italic || (runs[at - 1] as StyledRun).text.trim() === '')) at--;
  const tail = normalizeSpace(runs.slice(at).map((r) => r.text).join(''));
  const before = normalizeSpace(runs.slice(0, at).map((r) => r.text).join(''));
  return isTopicLabel(tail) && !tail.endsWith(',') && /[.!?]$/.test(before) ? at : -1;
}
