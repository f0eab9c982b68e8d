/** Shared shapes of the appendix-table reader: parts, rows, drafts and groups of rows. */
import type { CellContent, SourcePlace, TableCell, TableRow } from '../../model/document';
import type { Diagnostic } from '../../model/diagnostics';
import type { Fragment, Gap } from '../../model/report';
import type { Action, ActionFlag } from '../../schemas/records';
import type { AnchorStyle } from '../common/anchors';
import { abbreviationGoesOn, brokeOffOnWord, goesOnMidSentence, LOWERCASE_WORD, numberGoesOn } from '../../model/sentences';

export interface ActionsResult {
  actions: Action[];
  gaps: Gap[];
  fragments: Fragment[];
  diagnostics: Diagnostic[];
}

export interface Columns {
  status: number;
  plans: number;
  /** The owners' column as the header names it, or -1 (see whoIndex). */
  who: number;
}

export interface PartRow {
  row: TableRow;
  /** Index of the table block the row belongs to (a new table is a page break in the source). */
  table: number;
  columns: Columns;
  /** Text in the row's cells under labels that mean none of an action's fields (taken out of the row), absent when none. */
  unnamed?: { label: string; text: string }[];
}

export interface Part {
  number: number;
  title: string;
  rows: PartRow[];
  /** How the document writes its action numbers (common/anchors.ts anchorOf). */
  anchor: AnchorStyle;
}

export type Segment = CellContent[];

export interface Draft {
  number: number;
  text: string;
  flags: Set<ActionFlag>;
  theme: string | null;
  ambitionTitle: string | null;
  ambitionText: string | null;
  source: SourcePlace;
  table: number;
  /**
   * The action's own text and the cell joined to it as the rest of a text split over two cells,
   * where the row had room for no more than status and plans besides (see readAnchoredRow): undone
   * when the action's cell goes on in the next row (restOfRow), the page having cut the row.
   */
  joined?: { text: string; cell: TableCell };
}

/** One anchored row and the continuation rows after it. */
export interface Group {
  drafts: Draft[];
  status: Segment[];
  plans: Segment[];
  who: string[];
}

export const TERMINAL = /[.!?:;)"'”’]$/;

/** Does a text end its sentence — a note's number after the end aside (`… Sjoerdsma. 65`, set level with the text)? */
export function endsSentence(text: string): boolean {
  return TERMINAL.test(text.replace(/\s\d{1,3}$/u, ''));
}

/**
 * Does `next` go on the sentence `above` broke off: `next` goes on mid-sentence, and `above` ends
 * with no closing punctuation, or with a bracket that closed a word, before a word in lower case
 * (`… inloggen bij (semi)` / `overheidsinstanties en …`)?
 */
export function goesOnFrom(above: string, next: string): boolean {
  // (And a number after the abbreviation that numbers it: `… 35134, nr.` / `13). De …`; a word in
  // lower case after an abbreviation: `… februari jl.` / `heeft EZK …`; anything after a word no
  // sentence ends on: `… De voorbereiding van de` / `3,5 GHz-veiling is gestart.`)
  if (numberGoesOn(above, next) || abbreviationGoesOn(above, next) || (brokeOffOnWord(above) && next.trim() !== '')) return true;
  return goesOnMidSentence(next) && (!endsSentence(above) || (above.endsWith(')') && LOWERCASE_WORD.test(next)));
}
