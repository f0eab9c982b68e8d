/**
 * The whole text → `budget-mentions`: every euro amount, as a number in euros.
 *
 * In: every paragraph, list item, table cell and footnote. Out: one record per amount written with
 * a euro sign or `EUR` (`€23,5 mln`, `€ 1.143 mln.`, `€ 1,5 mrd`, `€ 500 duizend`), with the word euro (`6,3 miljoen euro`), or as a bare
 * `5 miljoen` in a sentence that is about money (budget, subsidie, middelen, …). `€4 en €5 mln`
 * gives two amounts, the first taking the unit of the second. Each carries the sentence it stands
 * in, the years it covers or its rate when the sentence gives them, and the section; an amount in a
 * row of an appendix action table names that action (`actionNumber`, or `actionCandidates` when shared).
 */
import type { Block } from '../model/document';
import type { Diagnostic } from '../model/diagnostics';
import type { BudgetMention } from '../schemas/records';
import { sectionOfBlock, type SegmentedDocument } from '../segment/sections';
import { parseDutchNumber } from './common/numbers';
import { anchorOf } from './common/anchors';
import { sentenceFinder, textUnits } from './common/text';

export interface BudgetMentionsResult {
  mentions: BudgetMention[];
  diagnostics: Diagnostic[];
}

/** An amount: a euro sign or `EUR` before it, a unit word after it (`mln`, `mrd`, `duizend`, …), the word euro (or `EUR`) after that. */
const AMOUNT =
  /(€\s*|\bEUR\s+)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s*(miljoen|miljard|biljoen|duizend|mln|mld|mrd)\b\.?)?(\s+(?:euro|EUR)\b)?/gi;
const MULTIPLIER: Record<string, number> = { duizend: 1e3, miljoen: 1e6, mln: 1e6, miljard: 1e9, mld: 1e9, mrd: 1e9, biljoen: 1e12 };
/** A sentence about money: a bare amount there is in euros. */
const MONEY_WORDS = /\b(budget\w*|begroting\w*|financi\w*|subsidie\w*|investe\w*|middelen|impuls|beschikbaar|fonds\w*|kosten|bedraagt|regeling)\b/i;
/** What a bare `N miljoen` may count instead of euros. */
const COUNTED_NOUN = /^\s+(mensen|inwoners|huishoudens|adressen|aansluitingen|gebruikers|bedrijven|burgers|kinderen|leerlingen|keer|km|kilometer|apparaten|woningen)\b/i;
const RANGE_JOIN = /^\s*(en|tot|à|-|–)\s*$/;
const YEAR_RANGE = /\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b/;
const SINGLE_YEAR = /(?:^\(|\b[Ii]n\s+|\bvoor\s+|\bper\s+)((?:19|20)\d{2})\b/;
const PER_YEAR = /\b(per jaar|jaarlijks|p\.j\.)/i;

interface Raw {
  index: number;
  end: number;
  raw: string;
  sign: boolean;
  euroWord: boolean;
  value: number;
  unit: string | null;
}

function scan(text: string): Raw[] {
  const found: Raw[] = [];
  for (const m of text.matchAll(AMOUNT)) {
    const [whole, sign, int = '', frac, unit, euro] = m;
    const index = m.index ?? 0;
    // `(x € 1 mln)` is a table's unit, not an amount (in capitals too, `(X € 1 MLN)`, or with a
    // times sign); digits glued to letters are not amounts.
    if (/(?:\bx|×)\s*$/i.test(text.slice(Math.max(0, index - 3), index))) continue;
    if (/[\p{L}\d]$/u.test(text.slice(Math.max(0, index - 1), index)) || /^[\p{L}]/u.test(text.slice(index + whole.length, index + whole.length + 2))) continue;
    const value = parseDutchNumber(frac ? `${int},${frac}` : int);
    if (value === null) continue;
    found.push({
      index,
      end: index + whole.length,
      raw: whole.trim(),
      sign: sign !== undefined,
      euroWord: euro !== undefined,
      value,
      unit: unit ? unit.toLowerCase() : null,
    });
  }
  // `€4 en €5 mln`: the first amount takes the unit of the second.
  for (let i = found.length - 2; i >= 0; i--) {
    const a = found[i] as Raw;
    const b = found[i + 1] as Raw;
    if (a.unit === null && b.unit !== null && a.sign && RANGE_JOIN.test(text.slice(a.end, b.index))) a.unit = b.unit;
  }
  return found;
}

function periodOf(sentence: string): { period: string | null; rate: 'per jaar' | null } {
  const rate = PER_YEAR.test(sentence) ? 'per jaar' : null;
  const range = YEAR_RANGE.exec(sentence);
  if (range) return { period: `${range[1]}-${range[2]}`, rate };
  const year = SINGLE_YEAR.exec(sentence);
  if (year) return { period: year[1] ?? null, rate };
  return { period: rate, rate };
}

/**
 * The action numbers of a table row: the anchors in its cells, or — for a continuation row, which
 * carries on the action above it — those of the nearest row above that has any. Empty when the
 * table holds no numbered actions.
 */
function rowActions(table: Extract<Block, { kind: 'table' }>, row: number, anchor: RegExp): number[] {
  for (let r = row; r >= 0; r--) {
    const numbers = (table.rows[r]?.cells ?? []).flatMap((c) => c.blocks.flatMap((b) => (b.kind === 'text' ? [anchor.exec(b.text)?.[1]] : [])));
    const found = [...new Set(numbers.filter((n): n is string => n !== undefined).map(Number))];
    if (found.length > 0) return found;
  }
  return [];
}

/** Extracts every euro amount mentioned in the text. */
export function extractBudgetMentions(doc: SegmentedDocument): BudgetMentionsResult {
  const mentions: BudgetMention[] = [];
  const anchor = anchorOf(doc.model.blocks);
  for (const unit of textUnits(doc.model.blocks)) {
    if (unit.kind === 'heading') continue;
    const sentenceAround = sentenceFinder(unit.text);
    for (const r of scan(unit.text)) {
      // A bare number (a year, a count) is never an amount: skip it before the costlier sentence search.
      if (!r.sign && !r.euroWord && r.unit === null) continue;
      const sentence = sentenceAround(r.index, r.end);
      const isEuro =
        r.sign ||
        r.euroWord ||
        (r.unit !== null && MONEY_WORDS.test(sentence) && !COUNTED_NOUN.test(unit.text.slice(r.end, r.end + 40)));
      if (!isEuro) continue;
      const amountEur = Math.round(r.value * (r.unit ? (MULTIPLIER[r.unit] ?? 1) : 1));
      if (amountEur <= 0) continue;
      const section = sectionOfBlock(doc, unit.block);
      const block = doc.model.blocks[unit.block];
      const candidates = unit.row !== undefined && block?.kind === 'table' ? rowActions(block, unit.row, anchor) : [];
      mentions.push({
        amountEur,
        raw: r.raw,
        ...periodOf(sentence),
        context: sentence,
        section: section ? section.id : '(voor de inhoudsopgave)',
        sectionTitle: section ? section.title : '(voor de inhoudsopgave)',
        actionNumber: candidates.length === 1 ? (candidates[0] as number) : null,
        actionCandidates: candidates,
        source: unit.source,
      });
    }
  }
  return { mentions, diagnostics: [] };
}
