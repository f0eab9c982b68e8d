/**
 * Appendix 3 → `budget-lines` records (long format) and the totals checks.
 *
 * In: the segmented document. Out: one record per number of the WBSO series (per year: budget,
 * share going to ICT innovation, amount) and of every table with year columns, however many the
 * edition has (captioned `Tabel N`, or named by the heading above it), plus one check per year
 * column of a table with a Totaal row: the total against the sum
 * of the rows above it. A total that does not add up is a warning with its place, not a failure.
 */
import type { Block, TableBlock } from '../model/document';
import type { Diagnostic } from '../model/diagnostics';
import type { Check } from '../model/report';
import type { BudgetLine } from '../schemas/records';
import { YEAR_LABEL, namesYears } from '../model/header-meanings';
import { blocksOf, normalizeTitle, type Section, type SegmentedDocument } from '../segment/sections';
import { parseDutchNumber, roundTo } from './common/numbers';

export interface BudgetLinesResult {
  lines: BudgetLine[];
  checks: Check[];
  diagnostics: Diagnostic[];
}

// (The currency sign is any one sign, or none: a font without a euro sign sets another glyph in
// its place, pdfTeX's Times a `C`.)
// (Each year's sentence, however many a paragraph holds: a producer that set them with no space
// between them runs them into one, `… = € 335 mln. (2017) budget …`.)
const WBSO_LINE =
  /(?:^|\s)\((\d{4})\)\s*budget\s*[^\s\d]?\s*([\d.,]+)\s*(?:mln|miljoen)\.?\s*waarvan\s*([\d,]+)\s*%\s*naar\s+(.+?)\s*=\s*[^\s\d]?\s*([\d.,]+)\s*(?:mln|miljoen)/gi;
/** A table's caption, `Tabel 1: …` (or `Table 1: …` in an English edition): its word, number and title. */
const TABLE_CAPTION = /^(Tabel|Table)\s+(\d+)\s*:?\s*(.*)$/i;

/**
 * The budget appendix: the section named for the financial means, else (a title the input spells
 * differently or garbles) the last top-level section that holds tables with year columns.
 */
export function budgetAppendix(doc: SegmentedDocument): Section | undefined {
  const named = doc.sections.find((s) => /financi(e|ë)(le|el)\b|begroting|budget/i.test(s.title));
  if (named) return named;
  const yearTables = doc.sections.filter(
    (s) => s.level === 1 && blocksOf(doc, s).some(({ block }) => block.kind === 'table' && namesYears((block.rows[0]?.cells ?? []).map((c) => c.text))),
  );
  return yearTables[yearTables.length - 1];
}

function wbsoLines(blocks: { block: Block }[], diagnostics: Diagnostic[]): BudgetLine[] {
  const lines: BudgetLine[] = [];
  let title = 'WBSO en digitale innovaties';
  for (const { block } of blocks) {
    if (block.kind === 'heading' && /wbso/i.test(block.text)) title = block.text.replace(/:\s*$/, '');
    if (block.kind !== 'paragraph') continue;
    for (const m of block.text.matchAll(WBSO_LINE)) {
      const [, yearText = '', budget = '', share = '', target = '', amount = ''] = m;
      const year = Number(yearText);
      const values: [string, string, BudgetLine['unit']][] = [
        ['budget', budget, 'EUR million'],
        [`aandeel naar ${target}`, share, 'percent'],
        [`naar ${target}`, amount, 'EUR million'],
      ];
      for (const [row, text, unit] of values) {
        const value = parseDutchNumber(text);
        if (value === null) {
          diagnostics.push({ code: 'table-unparsed', severity: 'warning', message: `WBSO ${year}: "${text}" is not a number`, place: block.source });
          continue;
        }
        lines.push({ table: 'WBSO', tableTitle: title, row, year, value, unit, isTotal: false, source: block.source });
      }
    }
  }
  return lines;
}

interface NumberedTable {
  /** The table's name in the records: "Tabel 1", or the heading of an uncaptioned table. */
  name: string;
  title: string;
  table: TableBlock;
}

/**
 * Tables with year columns, as many as the edition has, named by the caption above them (`Tabel 1:
 * …` → "Tabel 1"), or — without a caption — by the nearest heading above them.
 */
function numberedTables(blocks: { block: Block }[]): NumberedTable[] {
  const out: NumberedTable[] = [];
  let caption: { name: string; title: string } | null = null;
  let heading: string | null = null;
  for (const { block } of blocks) {
    if (block.kind === 'paragraph' || block.kind === 'heading') {
      const m = TABLE_CAPTION.exec(block.text);
      if (m) caption = { name: `${m[1] ?? ''} ${m[2] ?? ''}`, title: (m[3] ?? '').trim() };
      else if (block.kind === 'heading') heading = block.text.replace(/:\s*$/, '');
    }
    if (block.kind !== 'table') continue;
    const header = block.rows[0];
    if (!header || header.cells.filter((c) => yearOf(c.text) !== null).length < 2) continue;
    if (caption) out.push({ name: caption.name, title: caption.title || caption.name, table: block });
    else out.push({ name: heading ?? 'Tabel', title: heading ?? 'Tabel', table: block });
    caption = null;
  }
  return out;
}

function isTotalRow(label: string): boolean {
  return /^(totaal|total)\b/i.test(normalizeTitle(label));
}

/**
 * The year a column's label names: the year alone (`2023`), or with a mark a note under the table
 * explains (`2023*`, `2024¹`, `2023 (raming)`); null for any other label.
 */
export function yearOf(label: string): number | null {
  const m = /^((?:19|20)\d{2})\s*(?:[*†‡]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+|\([^()]{1,24}\))?$/u.exec(label.trim());
  return m ? Number(m[1]) : null;
}

/**
 * A table's unit from its unit label (the header's first cell, or its title): percent, or euros in
 * millions, recorded as `EUR million` with the factor that makes its figures millions (`x € 1.000`,
 * thousands: 0.001; `x € 1 mld`, billions: 1000; `x € 1 mln` or no unit said: 1).
 */
export function unitOf(label: string): { unit: BudgetLine['unit']; factor: number } {
  const t = label.toLowerCase();
  if (/%|procent/.test(t)) return { unit: 'percent', factor: 1 };
  if (/\bmld\b|miljard/.test(t)) return { unit: 'EUR million', factor: 1000 };
  if (/\bmln\b|miljoen|1[.\s]?000[.\s]?000\b/.test(t)) return { unit: 'EUR million', factor: 1 };
  if (/duizend|\bk€|€\s*1[.\s]?000\b|x\s*1[.\s]?000\b/.test(t)) return { unit: 'EUR million', factor: 0.001 };
  return { unit: 'EUR million', factor: 1 };
}

/** A table without its leading columns that are empty in every row (a frame a layout set a space apart from its cells). */
function withoutEmptyLead(table: TableBlock): TableBlock['rows'] {
  let lead = 0;
  while (table.rows.length > 0 && table.rows.every((r) => r.cells.length > lead + 1 && (r.cells[lead]?.text ?? '') === '')) lead++;
  return lead === 0 ? table.rows : table.rows.map((r) => ({ ...r, cells: r.cells.slice(lead) }));
}

function tableLines(t: NumberedTable, diagnostics: Diagnostic[]): { lines: BudgetLine[]; checks: Check[] } {
  const [header, ...rows] = withoutEmptyLead(t.table);
  const lines: BudgetLine[] = [];
  const checks: Check[] = [];
  if (!header) return { lines, checks };
  // A year over the first column, and figures where the rows' labels stand: the label column was
  // not read (a layout that set it apart from the table). Its figures under no label are no lines.
  if (YEAR_LABEL.test(header.cells[0]?.text ?? '') && rows.length > 0 && rows.every((r) => !/\p{L}/u.test(r.cells[0]?.text ?? ''))) {
    diagnostics.push({
      code: 'content-unread',
      severity: 'error',
      message: `${t.name}: its rows' labels were not read (the table's first column is the year ${header.cells[0]?.text}): its ${rows.length} rows of figures were left out`,
      place: t.table.source,
    });
    return { lines, checks };
  }
  const unitLabel = header.cells[0]?.text ?? '';
  const { unit, factor } = unitOf(/%|procent|€|mln|mld|miljoen|miljard|duizend/i.test(unitLabel) ? unitLabel : t.title);
  const name = t.name;
  if (factor !== 1) diagnostics.push({ code: 'table-unit-scaled', severity: 'info', message: `${name}: its figures are in ${factor < 1 ? 'thousands' : 'billions'} of euros ("${unitLabel.slice(0, 40)}"), recorded in millions (× ${factor})`, place: t.table.source });
  const years = header.cells.map((c, i) => (i === 0 ? null : yearOf(c.text)));
  const marked = header.cells.filter((c, i) => years[i] !== null && !YEAR_LABEL.test(c.text.trim())).map((c) => c.text.trim());
  if (marked.length > 0) diagnostics.push({ code: 'table-year-marked', severity: 'info', message: `${name}: year columns with a mark (${marked.join(', ')}; a note under the table says what it means) were read as their years`, place: t.table.source });
  // Columns that are no year: a total of each row (`Totaal`), checked against the row's years, or
  // text no record holds (said, once per column).
  const totalColumn = header.cells.findIndex((c, i) => i > 0 && years[i] === null && isTotalRow(c.text));
  header.cells.forEach((c, i) => {
    if (i === 0 || years[i] !== null || i === totalColumn) return;
    const filled = rows.filter((r) => (r.cells[i]?.text ?? '') !== '');
    if (filled.length === 0) return;
    diagnostics.push({
      code: 'content-unread',
      severity: 'error',
      message: `budget table ${name}: ${filled.length} cell(s) under "${c.text.slice(0, 40)}", which is no year, were not read (e.g. "${(filled[0]?.cells[i]?.text ?? '').slice(0, 40)}")`,
      place: filled[0]?.source ?? t.table.source,
    });
  });
  const sums = new Map<number, number>();
  for (const row of rows) {
    const label = row.cells[0]?.text ?? '';
    if (label === '') continue;
    const isTotal = isTotalRow(label);
    let across = 0;
    years.forEach((year, i) => {
      if (year === null) return;
      const text = row.cells[i]?.text ?? '';
      const figure = parseDutchNumber(text);
      const value = figure === null ? null : roundTo(figure * factor);
      if (value !== null) across += value;
      if (value === null) {
        // A cell of a year column that holds text but no figure (`1.563 gelabeld`: a note's word
        // run into it) is content the records miss: a problem, not a note.
        if (text !== '') diagnostics.push({ code: 'content-unread', severity: 'error', message: `budget table ${name}, row "${label}", ${year}: the cell holds "${text}", not a figure, so no budget-lines record was made of it`, place: row.source });
        return;
      }
      lines.push({ table: name, tableTitle: t.title, row: label, year, value, unit, isTotal, source: row.source });
      if (isTotal) {
        const sum = roundTo(sums.get(year) ?? 0);
        const ok = Math.abs(sum - value) < 1e-6;
        checks.push({ table: name, column: String(year), expected: value, sum, ok, place: row.source });
        if (!ok) {
          diagnostics.push({
            code: 'table-total-mismatch',
            severity: 'warning',
            message: `${name} ${year}: Totaal ${value} but the rows above add up to ${sum}`,
            place: row.source,
          });
        }
      } else sums.set(year, (sums.get(year) ?? 0) + value);
    });
    const total = totalColumn < 0 ? null : parseDutchNumber(row.cells[totalColumn]?.text ?? '');
    if (total !== null) {
      const expected = roundTo(total * factor);
      const sum = roundTo(across);
      const ok = Math.abs(sum - expected) < 1e-6;
      checks.push({ table: name, column: `${header.cells[totalColumn]?.text.trim()}: ${label}`, expected, sum, ok, place: row.source });
      if (!ok) diagnostics.push({ code: 'table-total-mismatch', severity: 'warning', message: `${name} "${label}": ${header.cells[totalColumn]?.text.trim()} ${expected} but its years add up to ${sum}`, place: row.source });
    }
  }
  return { lines, checks };
}

/** Extracts the WBSO series and the numbered tables of appendix 3. */
export function extractBudgetLines(doc: SegmentedDocument): BudgetLinesResult {
  const diagnostics: Diagnostic[] = [];
  const section = budgetAppendix(doc);
  if (!section) {
    diagnostics.push({ code: 'section-missing', severity: 'warning', message: 'no appendix on financial means (Bijlage 3) in the table of contents' });
    return { lines: [], checks: [], diagnostics };
  }
  const blocks = blocksOf(doc, section);
  const lines = wbsoLines(blocks, diagnostics);
  const checks: Check[] = [];
  for (const t of numberedTables(blocks)) {
    const read = tableLines(t, diagnostics);
    lines.push(...read.lines);
    checks.push(...read.checks);
  }
  return { lines, checks, diagnostics };
}

