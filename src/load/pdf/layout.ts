/**
 * Page data of a whole document → document-model blocks.
 *
 * In: `PageData[]` (positioned runs, rules, fills, links per page). Out: headings, paragraphs,
 * lists, footnotes and tables in reading order, each with its page and bounding box. Page furniture
 * (running headers, page numbers) is found by repetition across pages and dropped; tables come from
 * ruling lines (tables.ts) or from their header texts (unruled/); rows the page end cut are settled
 * across pages (page-breaks.ts); a table that continues on the next page under its repeated header
 * is one table, and a row the page end cut in two is joined again. Text that should have become table
 * cells and did not is reported (unread.ts). Nothing here depends on one file's coordinates: sizes,
 * pitches and margins are measured on the document itself.
 */
import type { Diagnostic } from '../../model/diagnostics';
import { enumeratorCount, isBoldThroughout, type FootnoteBlock, type ListBlock, type ParagraphBlock, type Block, type CellContent, type ListItem, type SourcePlace, type TableBlock, type TableCell, type TableRow } from '../../model/document';
import { contentText } from '../html-fragment';
import { normalizeSpace, textBlockFromRuns, trailingTopicAt } from '../text-block';
import { buildLines, dominantSize, endsInTabbedNumber, inNumberColumn, median, type Line } from './lines';
import { asFlushLeft, centredInCell, columnAlignment, type Alignment } from './alignment';
import type { Box, PageData, TextRun } from './page-data';
import { closeEndedGrids, cutRowsAtFoot, cutRowsAtTop, headRuledGrid, squashed, topGrid } from './page-breaks';
import { place } from './place';
import { findGrids, isHeaderRow, namedInBold, ruleCounts, type Grid, type GridCell, type GridRow } from './tables';
import { acrossGutters, columnsOutsideTables, emptyPastEdge, figureRowsOutsideTables, linesAtColumns, proseInsideTables } from './unread';
import { findUnruledGrids, type AlignmentVotes, type OpenColumns } from './unruled';
import { ANCHOR } from './unruled/pieces';
import { labelBreaks, labelMeaning, namesColumns, namesHeader } from '../../model/header-meanings';
import { abbreviationGoesOn, LOWERCASE_WORD, numberGoesOn } from '../../model/sentences';
import { BULLET_ONLY, brokeOff, cellWordGoesOn, goesOnMidSentence, hyphenates, innerWords, joinSpans, joinedAcross, longWordsBroken, softEnded, wordsBrokenAnywhere, joinsWithoutSpace, lexiconOf, listMarkers, markerPattern, segmentLines, tagsPartSentences, wrapsOnto, type Advances, type TextSegment, wordText } from './text-blocks';
import { barBoxes, edgesBeside, framesOf, ruledBoxes, shadedBoxes } from './frames';
import { withoutStrikes } from './strikes';
import { pageGutters, sharedGutters, textGutters, textParts } from './text-columns';
import { letterSpaced, strayCapital, unspaced, withWordsUnspaced } from './letter-spacing';
import { acrossPages, quoteSamples } from './page-notes';

interface Placed {
  top: number;
  block: Block;
  grid?: Grid;
  /** A paragraph whose last line runs to its column's edge (a justified line: the text goes on). */
  fullLast?: boolean;
  /** A paragraph's room left on its last line, and the width of a letter there. */
  lastRoom?: LastRoom;
  /** Its last line ends in a soft hyphen (see softHyphens in page-data.ts): a word the page broke goes on. */
  softEnd?: boolean;
  /** The type size of its first and last lines (a paragraph, a note): what goes on from it is set so too. */
  sizes?: { first: number; last: number };
}

/**
 * Is `next` set in the type `before` ended in (within a tenth)? A note's rest in the notes' small
 * type carries on no paragraph of the body, whatever its first letter (`Uit onderzoek blijkt dat` at
 * one page's foot, over the notes; `https://…`, the rest of the note above, atop the next).
 */
function sameType(before: Pick<Placed, 'sizes'> | null | undefined, next: Pick<Placed, 'sizes'>): boolean {
  const a = before?.sizes?.last;
  const b = next.sizes?.first;
  return a === undefined || b === undefined || Math.abs(a - b) <= Math.max(0.5, a * 0.1);
}

interface LastRoom {
  room: number;
  letter: number;
}

/**
 * Was the last line of a paragraph as placed (`last`) full for `next` — the page or column ended it,
 * not the paragraph? So it was when it ran to its column's edge, or when the first word of `next`
 * would not have fitted in the room left on it (`… investeringsronde voor de` / `Nationale Roadmap
 * …`, 35 pt short).
 */
function fullFor(last: Pick<Placed, 'fullLast' | 'lastRoom'> | null, next: Block): boolean {
  if (last?.fullLast === true) return true;
  const room = last?.lastRoom;
  if (!room || next.kind !== 'paragraph') return false;
  const word = /^\S+/u.exec(next.text.trim())?.[0] ?? '';
  return word !== '' && (word.length + 1) * room.letter > room.room;
}

/** Whether a block's last line ran to the column's edge (`right`), and the room it left (see fullFor). */
function lastLineRoom(lines: readonly Line[], right: number): Pick<Placed, 'fullLast' | 'lastRoom' | 'softEnd' | 'sizes'> {
  const last = lines[lines.length - 1] as Line;
  const sizes = { first: (lines[0] as Line).size, last: last.size };
  return { fullLast: last.x1 >= right - last.size, lastRoom: { room: right - last.x1, letter: (last.x1 - last.x0) / Math.max(1, last.text.length) }, ...(softEnded(last.text) ? { softEnd: true } : {}), sizes };
}

const ORDERED_MARKER = /^(\d{1,3})[.)]\s+/;

function lineBox(lines: readonly Line[]): Box {
  return {
    x0: Math.min(...lines.map((l) => l.x0)),
    x1: Math.max(...lines.map((l) => l.x1)),
    y0: Math.min(...lines.map((l) => l.y - l.size * 0.25)),
    y1: Math.max(...lines.map((l) => l.y + l.size * 0.9)),
  };
}

/**
 * Typical baseline distance between consecutive lines of one paragraph: up to two and a half times
 * their size (a draft set double-spaced steps twice its size, and a little more).
 */
function linePitch(lines: readonly Line[]): number {
  const diffs: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1] as Line;
    const b = lines[i] as Line;
    const d = a.y - b.y;
    if (d > 0 && d < a.size * 2.5 && Math.abs(a.size - b.size) < 0.3) diffs.push(d);
  }
  return diffs.length > 0 ? median(diffs) : (lines[0]?.size ?? 10) * 1.3;
}

/** A line that names table columns (its spans, or labels run together in one string): a table header. */
function namesTableColumns(line: Line): boolean {
  if (namesHeader(line.spans.map((s) => s.text.trim()).filter((t) => t !== ''))) return true;
  const opening = labelMeaning(line.text);
  return opening !== null && labelBreaks(line.text.trim(), opening).at.length > 0;
}

/**
 * Text that repeats at the top or bottom of many pages: running headers, page numbers. Not a
 * table's header, which a producer repeats at the top of every page a long table runs over.
 */
function furnitureKeys(tallies: readonly PageTally[]): Set<string> {
  const counts = new Map<string, number>();
  for (const { edgeKeys } of tallies) for (const k of edgeKeys) counts.set(k, (counts.get(k) ?? 0) + 1);
  const threshold = Math.max(3, Math.ceil(tallies.length * 0.3));
  return new Set([...counts].filter(([, n]) => n >= threshold).map(([k]) => k));
}

/** The keys of the furniture a page's edge lines may be (not a table's header: see furnitureKeys). */
function edgeKeysOf(lines: readonly Line[]): Set<string> {
  const edge = new Set<string>();
  for (const k of edgeIndexes(lines)) {
    if (!inTableHeader(lines, k)) edge.add(furnitureKey(lines[k] as Line));
  }
  return edge;
}

/**
 * Is line `k` a table's header: a line that names columns, or a line of labels wrapped upwards over
 * one (`Stand van` over `Thema's & | Acties zoals | zaken/ | Wat gaan`) or downwards under one
 * (`Domein & | Acties zoals in | Stand van` over `ambitie | NDS | zaken/resultaten`, labels set
 * top-aligned, in its size), each a wrapped line's distance from the next, two at most?
 */
function inTableHeader(lines: readonly Line[], k: number): boolean {
  const own = lines[k] as Line;
  for (const dir of [1, -1]) {
    for (let j = k; Math.abs(j - k) <= 2 && j >= 0 && j < lines.length; j += dir) {
      const line = lines[j] as Line;
      if (namesTableColumns(line) && (dir > 0 || Math.abs(line.size - own.size) <= 0.5)) return true;
      const next = lines[j + dir];
      if (!next || Math.abs(line.y - next.y) > Math.max(line.size, next.size) * 1.6) break;
    }
  }
  return false;
}

/** The indexes of a page's first two and last two lines, where furniture lives (each once). */
function edgeIndexes(lines: readonly Line[]): number[] {
  return [...new Set([0, 1, lines.length - 1, lines.length - 2])].filter((k) => k >= 0 && k < lines.length);
}

function furnitureKey(line: { text: string }): string {
  return normalizeSpace(line.text).replace(/\d+/g, '#');
}

/** How many texts at fixed places off the pages' edges a document may repeat for them to be read as furniture. */
const MAX_PLACED_FURNITURE = 50;

/**
 * Where furniture stands (its key, the middle of its line and its baseline, rounded), as seen at the
 * pages' edges; and any line or piece of words that stands at one place on as many pages as
 * furniture does, wherever on them (a label in the margin, `Ministerie van …`, set half-way down
 * every page, on its own line or on a line of the text's): text of the document does not come back
 * at one place page after page — a table's header repeated over its rows aside.
 */
function furniturePlaces(pageLines: readonly Line[][], pages: readonly PageData[], keys: Set<string>, tallies: readonly PageTally[]): Set<string> {
  const places = new Set<string>();
  const seen = new Map<string, number>();
  // (Where each stands: its extent across the page, and its baseline.)
  const extent = new Map<string, { x0: number; x1: number; y: number }>();
  for (const [i, lines] of pageLines.entries()) {
    const tally = tallies[i] as PageTally;
    for (const k of edgeIndexes(lines)) if (keys.has(furnitureKey(lines[k] as Line))) places.add(tally.lineKeys[k] as string);
    for (const [key, at] of textsInPlace(pages[i] as PageData, lines, tally)) {
      seen.set(key, (seen.get(key) ?? 0) + 1);
      if (!extent.has(key)) extent.set(key, { x0: at.x0, x1: at.x1, y: at.y });
    }
  }
  const threshold = Math.max(3, Math.ceil(pageLines.length * 0.3));
  const often = new Set([...seen].filter(([, n]) => n >= threshold).map(([key]) => key));
  // (A label or two, not pages of text set alike: a document that repeats more at fixed places is
  // not searched so, which keeps the search bounded.)
  if (often.size === 0 || often.size > MAX_PLACED_FURNITURE) return places;
  // (Not texts side by side on one baseline, apart: a table's labels, its header repeated over its
  // rows page after page, even where the header was not told as one.)
  const spots = [...often].map((key) => ({ key, ...(extent.get(key) as { x0: number; x1: number; y: number }) }));
  for (const a of spots) {
    if (spots.some((b) => Math.abs(b.y - a.y) <= 2 && (b.x0 > a.x1 || b.x1 < a.x0))) often.delete(a.key);
  }
  // (Not what stands in a table's header on most pages it stands on: the header repeated. A label
  // set on a header's baseline on a page or two stays furniture.)
  const inHeader = new Map<string, number>();
  for (const [i, lines] of pageLines.entries()) {
    const here = new Set<string>();
    const { lineKeys, runKeys } = tallies[i] as PageTally;
    const marked = (pages[i]?.runs ?? []).flatMap((r, k) => {
      const key = runKeys[k];
      return key !== null && key !== undefined && often.has(key) ? [{ r, key }] : [];
    });
    for (const [k, line] of lines.entries()) {
      const key = lineKeys[k] as string;
      const runs = marked.filter(({ r }) => Math.abs(r.y - line.y) < line.size * 0.5);
      if ((!often.has(key) && runs.length === 0) || !inTableHeader(lines, k)) continue;
      here.add(key);
      for (const { key: at } of runs) here.add(at);
    }
    for (const key of here) inHeader.set(key, (inHeader.get(key) ?? 0) + 1);
  }
  for (const key of often) if ((inHeader.get(key) ?? 0) * 2 >= (seen.get(key) ?? 0)) often.delete(key);
  for (const key of often) places.add(key);
  return places;
}

/**
 * Running headers that change with the chapter (CSS `string-set`, a design tool's section marker):
 * a line at the top or foot of many pages that stands at one place (its start, end or middle) in
 * one size, saying one of a few things, each on several pages. The first lines of the text stand
 * at one place too, but say something new on every page. The places (see placeKey) of such lines.
 */
function runningPlaces(pageLines: readonly Line[][], pages: readonly PageData[]): Set<string> {
  const slots = new Map<string, { width: number; key: string; place: string }[]>();
  const ofWidth = new Map<number, number>();
  for (const [i, lines] of pageLines.entries()) {
    const width = Math.round(pages[i]?.width ?? 0);
    ofWidth.set(width, (ofWidth.get(width) ?? 0) + 1);
    for (const k of edgeIndexes(lines)) {
      const line = lines[k] as Line;
      if (!/\p{L}{2}/u.test(line.text) || inTableHeader(lines, k)) continue;
      const at = `${width}:${Math.round(line.y / 2)}:${Math.round(line.size * 2)}`;
      for (const slot of [`start ${Math.round(line.x0 / 2)}`, `end ${Math.round(line.x1 / 2)}`, `middle ${Math.round((line.x0 + line.x1) / 4)}`]) {
        const list = slots.get(`${slot}@${at}`) ?? [];
        list.push({ width, key: furnitureKey(line), place: placeKey(line) });
        slots.set(`${slot}@${at}`, list);
      }
    }
  }
  const places = new Set<string>();
  for (const list of slots.values()) {
    if (list.length < Math.max(3, Math.ceil((ofWidth.get((list[0] as { width: number }).width) ?? 0) * 0.3))) continue;
    const counts = new Map<string, number>();
    for (const { key } of list) counts.set(key, (counts.get(key) ?? 0) + 1);
    // (One text throughout is furniture by its words already; see furnitureKeys.)
    const repeated = list.filter(({ key }) => (counts.get(key) ?? 0) >= 2).length;
    if (counts.size < 2 || repeated < list.length * 0.75) continue;
    for (const { place } of list) places.add(place);
  }
  return places;
}

function placeKey(line: { text: string; x0: number; x1: number; y: number }): string {
  return `${furnitureKey(line)}@${Math.round((line.x0 + line.x1) / 4)},${Math.round(line.y / 2)}`;
}

/**
 * Removes runs of furniture lines: near the page's top and bottom, where furniture lives, and
 * anywhere a furniture line stands where it stands on other pages (a page number over text that
 * ran off the page's foot: a row taller than the page).
 */
function withoutFurniture(page: PageData, lines: readonly Line[], keys: Set<string>, places: Set<string>): TextRun[] {
  const edge = new Set(edgeIndexes(lines));
  // (A line at the page's edge goes with the runs near its baseline; one elsewhere with its own runs
  // only: text beside it, a table's cell a few points off its baseline, stays.)
  const drop = lines.flatMap((l, k) => (edge.has(k) && keys.has(furnitureKey(l)) ? [{ l, near: l.size * 0.5 }] : places.has(placeKey(l)) ? [{ l, near: edge.has(k) ? l.size * 0.5 : 0.5 }] : []));
  // (Set on a text line's baseline, it is a run of that line: a run alone where furniture stands.)
  const placed = (r: TextRun): boolean => r.text.trim() !== '' && places.has(placeKey({ text: r.text.trim(), x0: r.x, x1: r.x + r.width, y: r.y }));
  if (drop.length === 0 && !page.runs.some(placed)) return page.runs;
  return page.runs.filter((r) => !placed(r) && !drop.some(({ l, near }) => Math.abs(r.y - l.y) < near && r.x >= l.x0 - 1 && r.x <= l.x1 + 1));
}

/** Baselines of lines that have a bullet shape (a small filled dot) just left of them. */
function bulletBaselines(fills: PageData['fills'], lines: readonly Line[]): Set<number> {
  const out = new Set<number>();
  for (const f of fills) {
    const w = f.x1 - f.x0;
    const h = f.y1 - f.y0;
    if (w > 5 || h > 5 || Math.abs(w - h) > 1.5) continue;
    const line = lines.find((l) => f.x1 <= l.x0 && l.x0 - f.x1 < l.size * 2 && f.y0 >= l.y - 1 && f.y1 <= l.y + l.size);
    if (line) out.add(Math.round(line.y));
  }
  return out;
}

interface CellMetrics {
  pitch: number;
  /** Space between a cell's border and its text (measured on the document). */
  padding: number;
  /** The document's words (a word broken without a hyphen is joined when the document has it). */
  lexicon?: ReadonlySet<string>;
  /** The producer hyphenates words at line ends: a hyphen that broke a word the document writes whole goes. */
  hyphenation?: boolean;
  /** The producer breaks words anywhere at a cell line's end, with no hyphen: the words whole inside lines (see wordsBrokenAnywhere). */
  anywhere?: ReadonlySet<string> | null;
  /** The producer breaks words wider than their cells where the cell ends: the words whole inside lines (see longWordsBroken). */
  longWords?: ReadonlySet<string> | null;
  /** The words that stand inside the document's lines (see brokenAcross). */
  inner?: ReadonlySet<string>;
  /** The glyphs that open the document's list items (see listMarkers). */
  markers?: ReadonlySet<string>;
  /** Whether a tagged PDF's tags say where paragraphs end (see SegmentOptions.tagsHold). */
  tagsHold?: boolean;
}

/** What a cell's column says of its text (in one table on one page). */
interface CellColumn {
  /** How far the column's lines reach at most (where its text wraps, which a table without borders places well before the next column starts). */
  reach?: number;
  alignment?: Alignment;
  /** Where the column's text starts, when its cells say so (see gridRows): no line there is set in. */
  textLeft?: number;
}

/**
 * A table cell's first and last lines, and how far its column's lines reach on that page: where a
 * page break cuts a row, whether the word the cut cell ends with goes on in the next page's cell
 * (see joinCells). Kept beside the model, never in it.
 */
interface CellEnds {
  first: Line;
  last: Line;
  right: number;
}
const cellEnds = new WeakMap<TableCell, CellEnds>();

/** How far a cell's first line stands above its last (0 for one line; -1 for an empty cell or one not read from a page). */
function cellHeight(cell: TableCell): number {
  const ends = cellEnds.get(cell);
  return ends ? ends.first.y - ends.last.y : -1;
}

/** Does the word a cut cell's last line ends with go on, unbroken, in the first line of its rest on the next page? */
type WordGoesOn = (last: Line, first: Line, right: number) => boolean;

/**
 * The note references of a block's lines. A raised number that opens a line and is read as no note
 * stays a reference of its text: a call a line break carried there, or a note's number the page
 * sets as body text. Dropped, the note would read as absent from the input.
 */
function refsOf(lines: readonly Line[]): number[] {
  return lines.flatMap((l) => (l.leadingRef === undefined ? l.footnoteRefs : [l.leadingRef, ...l.footnoteRefs]));
}

/** Cell lines → paragraphs and lists, with list items recognised by their indentation. */
function cellContent(cellLines: Line[], box: Box, metrics: CellMetrics, column: CellColumn = {}, advances?: Advances): TableCell {
  const { reach = Infinity, alignment = 'left', textLeft = -Infinity } = column;
  if (cellLines.length === 0) return { text: '', blocks: [] };
  // (A column set flush right or centred is read as the same text set flush left: where its lines
  // start is not an indent.)
  const flushLeft = alignment === 'left' && !centredInCell(cellLines, box.x0, box.x1) ? null : box.x0 + metrics.padding;
  if (flushLeft !== null) cellLines = asFlushLeft(cellLines, flushLeft);
  // A note number alone on a line, smaller than the line above it (which it did not fit on), is
  // that line's note reference.
  const lines: Line[] = [];
  for (const l of cellLines) {
    const prev = lines[lines.length - 1];
    const number = /^\d{1,3}$/.test(l.text.trim()) ? Number(l.text.trim()) : l.text.trim() === '' ? l.leadingRef : undefined;
    // (Or barely smaller, WeasyPrint's `66` in 7.2 pt under 7.5 pt, but raised: closer under the
    // line than a line's spacing, 1.12 sizes.)
    const raised = (p: Line): boolean => (l.size < p.size * 0.9 ? p.y - l.y <= p.size * 1.6 : l.size < p.size * 0.99 && p.y - l.y <= p.size * 1.15);
    if (prev && number !== undefined && raised(prev)) lines[lines.length - 1] = { ...prev, footnoteRefs: [...prev.footnoteRefs, number] };
    else lines.push(l);
  }
  // (Lines are set in from where the column's text starts, when known: a column of figures centred in
  // it sets none in.)
  const left = flushLeft ?? Math.min(Math.max(box.x0 + metrics.padding, textLeft), ...lines.map((l) => l.x0));
  const segments = segmentLines(lines, { right: Math.min(box.x1 - metrics.padding, reach), pitch: metrics.pitch, lexicon: metrics.lexicon, ...(metrics.inner ? { inner: metrics.inner } : {}), cell: true, markers: metrics.markers, tagsHold: metrics.tagsHold !== false, ...(advances ? { advances } : {}) });
  const marker = markerPattern(metrics.markers ?? BULLET_ONLY);
  const blocks: CellContent[] = [];
  const isItemOf = (seg: (typeof segments)[number]): boolean => seg.x0 - left > 3 || seg.bullet;
  for (const [index, seg] of segments.entries()) {
    const joined = joinSpans(seg.lines, metrics.lexicon, true, metrics.hyphenation, metrics.anywhere, metrics.longWords, metrics.inner);
    const refs = refsOf(seg.lines);
    const indent = seg.x0 - left;
    // A sub-heading in italics that shares the last line of the text before the next list item
    // (there was room for it there) is a text of its own, as where it has a line of its own.
    const next = segments[index + 1];
    const topicAt = next && isItemOf(next) ? trailingTopicAt(joined) : -1;
    const spans = topicAt > 0 ? joined.slice(0, topicAt) : joined;
    if (isItemOf(seg)) {
      const text = normalizeSpace(spans.map((s) => s.text).join('')).replace(marker, '');
      if (text !== '') {
        const item: ListItem = { text, depth: indent > 3 ? Math.max(0, Math.round(indent / 9) - 1) : 0 };
        if (refs.length > 0) item.footnoteRefs = refs;
        const last = blocks[blocks.length - 1];
        if (last && last.kind === 'list') last.items.push(item);
        else blocks.push({ kind: 'list', ordered: false, items: [item] });
      }
    } else {
      const block = textBlockFromRuns(spans, refs);
      if (block) blocks.push(block);
    }
    const topic = topicAt > 0 ? textBlockFromRuns(joined.slice(topicAt)) : null;
    if (topic) blocks.push(topic);
  }
  return { text: contentText(blocks), blocks };
}

function gridRows(grid: Grid, page: number, metrics: CellMetrics, linesOf: Map<object, Line[]>, advances?: Advances): TableRow[] {
  // The table's column edges: every left edge of a cell in any row (cells spanning columns start on one).
  const edges: number[] = [];
  for (const x of grid.rows.flatMap((r) => r.cells.map((c) => c.box.x0)).sort((a, b) => a - b)) {
    if (edges.length === 0 || x - (edges[edges.length - 1] as number) > 2) edges.push(x);
  }
  const columnOf = (x0: number): number => Math.max(0, edges.findIndex((e) => Math.abs(e - x0) <= 2));
  const round = (n: number): number => Math.round(n * 10) / 10;
  // What each column (cells of one span alike) shows over the whole table: its lines, how far they
  // reach (where its text wraps), how it sets them (see alignment.ts), and where its text starts
  // when it is a column of one-line cells, three or more (figures or labels centred in it, say: a
  // column with more lines to a cell may hold lists set in from its padding, nothing else in the
  // cell beside them; a lone cell may hold the rest of an item the page cut).
  const spanKey = (c: GridCell): string => `${Math.round(c.box.x0)}:${Math.round(c.box.x1)}`;
  const columns = new Map<string, { lines: Line[]; oneLine: boolean }>();
  for (const c of grid.rows.flatMap((r) => r.cells)) {
    const own = linesOf.get(c) ?? [];
    const column = columns.get(spanKey(c)) ?? { lines: [], oneLine: true };
    column.lines.push(...own);
    column.oneLine &&= own.length <= 1;
    columns.set(spanKey(c), column);
  }
  const said = new Map(
    [...columns].map(([key, { lines, oneLine }]): [string, CellColumn] => [
      key,
      {
        reach: lines.length > 0 ? Math.max(...lines.map((l) => l.x1)) + 1 : Infinity,
        alignment: columnAlignment(lines),
        textLeft: lines.length >= 3 && oneLine ? Math.min(...lines.map((l) => l.x0)) : undefined,
      },
    ]),
  );
  return grid.rows.map((row) => ({
    cells: row.cells.map((c) => {
      const column = said.get(spanKey(c));
      const cell: TableCell = {
        ...cellContent(linesOf.get(c) ?? [], c.box, metrics, column, advances),
        column: columnOf(c.box.x0),
        box: [round(c.box.x0), round(c.box.y0), round(c.box.x1), round(c.box.y1)] as [number, number, number, number],
      };
      const lines = linesOf.get(c) ?? [];
      const [first, last] = [lines[0], lines[lines.length - 1]];
      if (first && last) cellEnds.set(cell, { first, last, right: Math.min(c.box.x1 - metrics.padding, (column?.reach ?? Infinity) - 1) });
      return cell;
    }),
    source: place(page, row.box),
  }));
}

interface ProseContext {
  body: number;
  pitch: number;
  headingSizes: number[];
  /** Per page width and place of its text (see edgeKeys), the furthest right body-size prose lines reach. */
  rightEdges: Map<string, number>;
  /** Where the producer hyphenates words (see CellMetrics): the document's words, by which its hyphens go. */
  hyphenLexicon?: ReadonlySet<string>;
  /** The glyphs that open the document's list items (see listMarkers). */
  markers?: ReadonlySet<string>;
  /** The note numbers the document's text refers to (raised in its lines). */
  noteRefs?: ReadonlySet<number>;
  /** Whether a tagged PDF's tags say where paragraphs end (see CellMetrics). */
  tagsHold?: boolean;
}

function isHeading(seg: TextSegment, ctx: ProseContext, lines: readonly Line[] = []): boolean {
  const size = seg.lines[0]?.size ?? 0;
  const allBold = seg.lines.every((l) => l.spans.every((s) => s.text.trim() === '' || s.bold));
  return (allBold && size >= ctx.body * 1.03) || size >= ctx.body * 1.3 || (allBold && size >= ctx.body * 0.97 && boldHeadingShape(seg, lines));
}

/**
 * A heading set in the body's own size, bold (a word processor's lower heading levels): a block of
 * its own of one or two bold lines that reads as a title, not as a sentence or an item.
 */
function boldHeadingShape(seg: TextSegment, lines: readonly Line[]): boolean {
  if (seg.lines.length > 2 || seg.bullet) return false;
  // (A contents entry, its page number at a tab stop, after dot leaders or a space, or on a line of
  // its own to the right, is no heading.)
  if (seg.lines.some((l) => l.tab !== undefined)) return false;
  const pageNumber = (l: Line): boolean => /^\d{1,3}$/.test(l.text.trim()) && seg.lines.some((o) => l.x0 > o.x1 + o.size * 2 && Math.abs(l.y - o.y) <= o.size * 1.2);
  if (lines.some(pageNumber)) return false;
  const text = seg.lines.map((l) => l.text).join(' ').trim();
  // (A title opens in upper case or with its number; a line in lower case goes on from one above.)
  return /\p{L}/u.test(text) && /^[\p{Lu}\d'‘"“(]/u.test(text) && !/[.,;]$/.test(text) && !/\s\d{1,3}$/.test(text);
}

function headingLevel(size: number, ctx: ProseContext): number {
  const i = ctx.headingSizes.findIndex((s) => Math.abs(s - size) < 0.3);
  return Math.min(6, (i < 0 ? ctx.headingSizes.length : i) + 1);
}

/** A numbered point, its number set close to its text or at the margin (`1.Artificiële Intelligentie`). */
const NUMBERED = /^(\d{1,2})[.)]\s*(?=\p{L})/u;

/**
 * Segments that are the points of a numbered list set at the text's own margin (a word processor's
 * list with no indent): three or more in a row, numbered 1, 2, 3 … at one left edge. Two where the
 * page break cut the list: its first points at the foot of a page's text (notes in smaller type
 * aside), or its further points, counting on from above 1, at the top of the next page (the two
 * lists are then one again, see continuesList).
 */
function numberedRuns(segments: readonly TextSegment[], body: number): Set<number> {
  const out = new Set<number>();
  const numberOf = (seg: TextSegment): number | null => {
    const m = NUMBERED.exec((seg.lines[0] as Line).text.trim());
    return m ? Number(m[1]) : null;
  };
  for (let i = 0; i < segments.length; i++) {
    const first = numberOf(segments[i] as TextSegment);
    const atTop = i === 0 && first !== null && first > 1;
    if (first !== 1 && !atTop) continue;
    let j = i + 1;
    while (j < segments.length && numberOf(segments[j] as TextSegment) === (first as number) + j - i && Math.abs((segments[j] as TextSegment).x0 - (segments[i] as TextSegment).x0) <= 2) j++;
    const atFoot = segments.slice(j).every((seg) => (seg.lines[0] as Line).size < body * 0.93);
    if (j - i >= (atTop || atFoot ? 2 : 3)) for (let k = i; k < j; k++) out.add(k);
    i = j - 1;
  }
  return out;
}

/**
 * Where a page's body text starts: the 10th percentile of its body lines' starts, on a page of
 * `least` body lines or more (five by default: a book's left and right pages set their text apart);
 * null on others.
 */
function bodyLeft(lines: readonly Line[], body: number, least = 5): number | null {
  const starts = lines.filter((l) => Math.abs(l.size - body) < 0.3 && l.text !== '').map((l) => l.x0).sort((a, b) => a - b);
  return starts.length >= least ? (starts[Math.floor(starts.length * 0.1)] as number) : null;
}

/**
 * The keys of a page's text edge, most particular first: its width and where its body text starts
 * (see bodyLeft, in steps of 6 pt), when that is known; and its width.
 */
function edgeKeys(page: PageData, lines: readonly Line[], body: number): string[] {
  const width = String(Math.round(page.width));
  const left = bodyLeft(lines, body);
  return left !== null ? [`${width}:${Math.round(left / 6)}`, width] : [width];
}

/**
 * The link targets of the page's link annotations over `box`, as `text` writes them: a link over
 * the box by half its height at least (a line's link box is taller than its letters; one that only
 * grazes the box stands over the line beside it, or the producer moved the page and not its links).
 */
function linksIn(page: PageData, box: Box, text: string): string[] {
  return (
    page.links
      .filter((l) => l.x1 >= box.x0 && l.x0 <= box.x1 && Math.min(l.y1, box.y1) - Math.max(l.y0, box.y0) >= (l.y1 - l.y0) / 2)
      // The annotation may normalise the URL (a trailing slash); the text says what the document wrote.
      .map((l) => (l.url.endsWith('/') && text.includes(l.url.slice(0, -1)) && !text.includes(l.url) ? l.url.slice(0, -1) : l.url))
  );
}

/**
 * A note's text with each address the page cut (a long one that ran past its column's edge, whose
 * clipped letters the PDF holds no more: `…digitale_toekomst_twee`, or its start and end with the
 * middle gone) read whole from the link over it: the link's target begins as the shown address
 * does, past its host, and ends with the rest of it.
 */
export function withLinkTargets(text: string, links: readonly string[]): string {
  if (links.length === 0) return text;
  return withAddressesWhole(text, links).replace(/https?:\/\/[^\s]*[^\s.,;:)]/g, (shown) => {
    const whole = links.find((link) => {
      if (link === shown || link.length <= shown.length) return false;
      let common = 0;
      while (common < shown.length && link[common] === shown[common]) common++;
      // (Past the host: `https://www.tweedekamer.nl/` at least.)
      return link.indexOf('/', link.indexOf('//') + 2) < common && link.endsWith(shown.slice(common));
    });
    return whole ?? shown;
  });
}

/** Addresses longer than this are not looked for letter by letter (see withAddressesWhole). */
const MAX_ADDRESS = 500;

/**
 * A text with each link's address that a layout broke over lines anywhere (ReportLab: `http` /
 * `s://www.…`, `…datadeelinitiatiev` / `en-als-basis…`), read with a space at each break, written
 * whole: the address's characters in order with a space between some of them. Only from its
 * scheme on (`http`), so words that merely share its letters are never taken in.
 */
function withAddressesWhole(text: string, links: readonly string[]): string {
  let out = text;
  for (const url of new Set(links)) {
    if (!/^https?:\/\//.test(url) || url.length > MAX_ADDRESS || out.includes(url)) continue;
    const spaced = new RegExp([...url].map((c) => c.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('\\s?'), 'u');
    const found = spaced.exec(out);
    if (found) out = `${out.slice(0, found.index)}${url}${out.slice(found.index + found[0].length)}`;
  }
  return out;
}

/** Where a part of the page's text stands: its column's right edge, nearer edges beside frames, and whether it is a frame's. */
interface PartPlace {
  columnRight?: number;
  rightAt?: (y: number) => number | undefined;
  /** A frame's text: no notes of the page's foot stand in it. */
  frame?: boolean;
}

/**
 * A note's own number alone on its line, the note's text on the line under it (ReportLab sets a
 * note's first word that does not fit beside the number — a long address — on the next line):
 * that line's opening number. So it is where the number is in smaller type than that line, stands
 * no more than a line and a raise above it, where that line starts, and the text calls the note.
 */
export function withLoneNoteNumbers(lines: readonly Line[], noteRefs: ReadonlySet<number> | undefined): Line[] {
  if (!noteRefs || noteRefs.size === 0) return [...lines];
  const out: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    const next = lines[i + 1];
    const n = /^\d{1,3}$/.test(l.text.trim()) ? Number(l.text.trim()) : undefined;
    if (n !== undefined && next && noteRefs.has(n) && l.leadingRef === undefined && next.leadingRef === undefined && l.size < next.size * 0.9 && l.y > next.y && l.y - next.y <= next.size * 2.4 && Math.abs(next.x0 - l.x0) <= next.size) {
      out.push({ ...next, leadingRef: n, x0: Math.min(next.x0, l.x0) });
      i++;
    } else out.push(l);
  }
  return out;
}

function proseBlocks(all: Line[], page: PageData, ctx: ProseContext, { columnRight, rightAt, frame = false }: PartPlace = {}): Placed[] {
  if (all.length === 0) return [];
  const lines = withLoneNoteNumbers(all, ctx.noteRefs);
  // (Asked only of a line that may be a note set level with its number: see `level` below.)
  let column: Set<Line> | null = null;
  const numberColumn = (): Set<Line> => (column ??= inNumberColumn(lines));
  // The text column's right edge: as far as body lines reach on pages of this width (a page of
  // short lines, such as a list of places, does not show it by itself; one line that overflows
  // the page, such as a long address, does not move it) — or, for a column with another to its
  // right, the gutter.
  const edge = columnRight ?? edgeKeys(page, lines, ctx.body).map((key) => ctx.rightEdges.get(key)).find((e) => e !== undefined) ?? 0;
  const right = edge > 0 ? edge : Math.max(...lines.map((l) => l.x1));
  const segments = segmentLines(lines, { right, pitch: ctx.pitch, bulletLines: bulletBaselines(page.fills, lines), markers: ctx.markers, tagsHold: ctx.tagsHold !== false, ...(rightAt ? { rightAt } : {}), ...(page.letterWidths ? { advances: page.letterWidths } : {}) });
  const marker = markerPattern(ctx.markers ?? BULLET_ONLY);
  // The text column's left edge: lines further right are indented (list items). (On a page of no
  // body lines, notes under a table, say: its leftmost line's start.)
  const left = bodyLeft(lines, ctx.body, 1) ?? Math.min(...lines.map((l) => l.x0));
  const placed: Placed[] = [];
  const numbered = numberedRuns(segments, ctx.body);
  // The last line of the last heading placed (for a heading that a narrow column wrapped).
  let headingLine: Line | null = null;
  for (const [index, seg] of segments.entries()) {
    const first = seg.lines[0] as Line;
    const box = lineBox(seg.lines);
    const source = place(page.page, box);
    const spans = joinSpans(seg.lines, ctx.hyphenLexicon, false, ctx.hyphenLexicon !== undefined);
    const text = normalizeSpace(spans.map((s) => s.text).join(''));
    const refs = refsOf(seg.lines);
    const top = box.y1;
    // A note's own number, raised, opens it. Notes set in body type (paragraphs of their own) stand
    // apart from the line before: a marker that a line break carried to the start of a line (after
    // a line that ran to the column's edge, no further below it than a raised marker pushes a line;
    // or one that goes on where the line before it ended, on its baseline, or far into the column)
    // is no note.
    const before = segments[index - 1]?.lines.at(-1);
    const atMargin = first.x0 <= left + first.size * 3;
    const endedShort = before !== undefined && before.x1 < right - first.size * 2;
    const blankAbove = before !== undefined && before.y - first.y > ctx.pitch + first.size * 0.4;
    const ownBaseline = before !== undefined && before.y - first.y > first.size * 0.6;
    // (Nor, with no line above it, one over body text whose number no call in the text raises: a
    // call the page break carried to the top of a page, opening its first paragraph, `37` /
    // `Datacenters vanaf …`. Notes set in body type among the paragraphs, pandoc's LaTeX, are called.)
    // (Asked of the first segment only, and only of one a raised number opens: bounded.)
    const carriedCall = (): boolean =>
      first.leadingRef !== undefined &&
      ctx.noteRefs !== undefined &&
      !ctx.noteRefs.has(first.leadingRef) &&
      segments.slice(index + 1).some(({ lines: [opener] }) => opener !== undefined && opener.leadingRef === undefined && opener.size >= ctx.body * 0.95 && /\p{L}{3}/u.test(opener.text));
    // (Nor after a ragged line that left no room for the raised number itself, short of the edge:
    // a call the line's end pushed to the next line's start, which its raise sets further down,
    // `… verzonden.` / `⁵³ Het algemene doel …`. A justified line reaches the edge, whatever follows;
    // a note's last line, an address, may stop just short of it before the next note.)
    const callWidth = String(first.leadingRef ?? '').length * first.size * 0.45 + first.size * 0.3;
    const afterNote = placed.at(-1)?.block.kind === 'footnote';
    // (Not a number the text calls elsewhere: that is the note's own, opening its text after a
    // paragraph that broke off justified, pandoc's LaTeX setting the notes among the paragraphs.)
    const calledElsewhere = first.leadingRef !== undefined && ctx.noteRefs?.has(first.leadingRef) === true;
    const full = before !== undefined && first.leadingRef !== undefined && !afterNote && !calledElsewhere && before.x1 < right - 1 && right - before.x1 < callWidth;
    const apart = atMargin && (before === undefined ? !carriedCall() : (endedShort || blankAbove) && ownBaseline && !full);
    // (Or a number set level with its text, `3. Kamerstuk …`, in notes' type at the foot of the
    // page, no body text under it, which the document's text refers to: a note whose producer
    // marks it so, WeasyPrint's `float: footnote`. Not an item a bullet opens, nor a numbered item of
    // a frame set in smaller type: `1) Vanuit …`.)
    // (Nor a contents entry, its page number at a tab stop: `1 Inleiding      5`, a contents page
    // set smaller than the body, no body text under it; or in a column of page numbers.)
    const level = first.leadingRef === undefined && !seg.bullet && !frame && !endsInTabbedNumber(first) && !numberColumn().has(first) && first.size < ctx.body * 0.93 ? /^(\d{1,3})[.)]?\s+(?=\S)/.exec(text) : null;
    const atFoot = level !== null && ctx.noteRefs?.has(Number(level[1])) === true && !lines.some((l) => l.y < first.y && l.size >= ctx.body * 0.95);
    // (A number no greater than the note's just before it goes on with that note, which a narrow
    // column wrapped before a figure: `Kamerstukken II, 2019-2020,` / `26 643 en 32 761, nr. 640`.)
    const noteBefore = placed.at(-1)?.block;
    if (atFoot && level && noteBefore?.kind === 'footnote' && Number(level[1]) <= noteBefore.n) {
      const [x0, y0, x1, y1] = noteBefore.source.bbox ?? [box.x0, box.y0, box.x1, box.y1];
      const joined = { x0: Math.min(x0, box.x0), y0: Math.min(y0, box.y0), x1: Math.max(x1, box.x1), y1: Math.max(y1, box.y1) };
      noteBefore.urls = [...new Set([...noteBefore.urls, ...linksIn(page, joined, `${noteBefore.text} ${text}`)])];
      noteBefore.text = withLinkTargets(normalizeSpace(`${noteBefore.text} ${text}`), noteBefore.urls);
      noteBefore.source = place(page.page, joined);
      continue;
    }
    const n = first.leadingRef ?? (atFoot && level ? Number(level[1]) : undefined);
    if (n !== undefined && (first.size < ctx.body * 0.93 || apart)) {
      const noteText = atFoot && level ? text.slice(level[0].length) : text;
      const urls = [...new Set(linksIn(page, box, noteText))];
      placed.push({ top, block: { kind: 'footnote', n, text: withLinkTargets(noteText, urls), urls, source }, ...lastLineRoom(seg.lines, right) });
      continue;
    }
    if (isHeading(seg, ctx, lines)) {
      // A heading that a narrow column wrapped (`2 Versterken van het fundament` / `(basisvoorwaarden)`,
      // `2 Nederlandse` / `Digitaliseringsstrategie`): a line of the heading's type right under it
      // that cannot open a heading of its own, or whose first word found no room on the line above,
      // goes on.
      const prev = placed[placed.length - 1];
      const level = headingLevel(first.size, ctx);
      const gap = prev ? (prev.block.source?.bbox?.[1] ?? 0) - box.y1 : Infinity;
      // (Wrapped: on the next line of the same type, a line's pitch down, no further.)
      const wrapped = headingLine !== null && Math.abs(headingLine.size - first.size) < 0.3 && headingLine.y - first.y <= first.size * 1.5 && wrapsOnto(headingLine, first, right);
      const goesOn = /^[\p{Ll}(]/u.test(text) || wrapped;
      if (prev?.block.kind === 'heading' && prev.block.level === level && gap > -first.size * 0.5 && gap < first.size && goesOn) {
        const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = prev.block.source?.bbox ?? [];
        prev.block = { ...prev.block, text: `${prev.block.text} ${text}`, source: place(page.page, { x0: Math.min(x0, box.x0), y0: Math.min(y0, box.y0), x1: Math.max(x1, box.x1), y1 }) };
        headingLine = seg.lines.at(-1) as Line;
        continue;
      }
      placed.push({ top, block: { kind: 'heading', level, text, source } });
      headingLine = seg.lines.at(-1) as Line;
      continue;
    }
    const ordered = ORDERED_MARKER.exec(text) ?? (numbered.has(index) ? NUMBERED.exec(text) : null);
    const indented = seg.x0 - left > 3 || numbered.has(index);
    if (seg.bullet || (ordered && indented)) {
      // (A numbered item's text may open with the document's bullet too: `1. – Artificiële …`.)
      const itemText = (seg.bullet ? text : text.slice(ordered?.[0].length ?? 0)).replace(marker, '');
      const item: ListItem = { text: itemText, depth: 0, source };
      if (ordered && !seg.bullet) item.marker = ordered[0].trim();
      if (refs.length > 0) item.footnoteRefs = refs;
      const prev = placed[placed.length - 1];
      // (Whether the item's last line ends in a word the layout hyphenated: the list's, as its last item's.)
      const soft = softEnded((seg.lines.at(-1) as Line).text);
      if (prev && prev.block.kind === 'list' && prev.block.ordered === Boolean(ordered && !seg.bullet)) {
        prev.block.items.push(item);
        const [x0, y0, x1, y1] = prev.block.source.bbox ?? [0, 0, 0, 0];
        prev.block.source = place(page.page, { x0: Math.min(x0, box.x0), y0: Math.min(y0, box.y0), x1: Math.max(x1, box.x1), y1: Math.max(y1, box.y1) });
        if (soft) prev.softEnd = true;
        else delete prev.softEnd;
      } else {
        placed.push({ top, block: { kind: 'list', ordered: Boolean(ordered && !seg.bullet), items: [item], source }, ...(soft ? { softEnd: true } : {}) });
      }
      continue;
    }
    const block = textBlockFromRuns(spans, refs);
    if (block) placed.push({ top, block: { ...block, kind: 'paragraph', source }, ...lastLineRoom(seg.lines, right) });
  }
  return placed;
}

/**
 * Two rows with as many cells whose edges stand at the same share of the row's width (one grid,
 * though a producer may scale a page's content to fit: wkhtmltopdf).
 */
function sameColumns(a: TableRow | undefined, b: TableRow | undefined): boolean {
  if (!a || !b || a.cells.length !== b.cells.length || a.cells.length < 2) return false;
  const shares = (row: TableRow): number[] | null => {
    const boxes = row.cells.map((c) => c.box);
    if (boxes.some((x) => x === undefined)) return null;
    const left = (boxes[0] as number[])[0] as number;
    const right = (boxes[boxes.length - 1] as number[])[2] as number;
    return boxes.map((x) => (((x as number[])[0] as number) - left) / Math.max(1, right - left));
  };
  const sa = shares(a);
  const sb = shares(b);
  return sa !== null && sb !== null && sa.every((v, k) => Math.abs(v - (sb[k] as number)) <= 0.02);
}

/**
 * How many cells of `next` go on mid-sentence where the same column's cell in `cut` broke off — or
 * go on at all under one that broke off at a comma or semicolon, which ends no cell (`… blockchain,`
 * / `5G, quantumcomputing.`).
 */
function goesOnInCells(next: TableRow | undefined, cut: TableRow | undefined): number {
  return (next?.cells ?? []).filter((c, k) => {
    const above = cut?.cells[k]?.text ?? '';
    return (goesOnMidSentence(c.text) && brokeOff(above)) || (c.text !== '' && /[,;]$/.test(above));
  }).length;
}

function headerKey(row: TableRow | undefined): string {
  return row ? row.cells.map((c) => c.text).join('|') : '';
}

/** The note references of two blocks joined into one, when either has any. */
function bothRefs(a: { footnoteRefs?: number[] }, b: { footnoteRefs?: number[] }): { footnoteRefs?: number[] } {
  return a.footnoteRefs || b.footnoteRefs ? { footnoteRefs: [...(a.footnoteRefs ?? []), ...(b.footnoteRefs ?? [])] } : {};
}

function joinCells(a: TableCell, b: TableCell, goesOn?: WordGoesOn, hyphenLexicon?: ReadonlySet<string>): TableCell {
  if (b.blocks.length === 0) return a;
  if (a.blocks.length === 0) return b;
  const [ends, next] = [cellEnds.get(a), cellEnds.get(b)];
  // (A word the layout broke at the cell's edge, its rest on the next page, is one word: `frequentiegebr` / `uik`.)
  const joined = joinedCells(a, b, goesOn !== undefined && ends !== undefined && next !== undefined && goesOn(ends.last, next.first, ends.right), hyphenLexicon);
  if (ends && next) cellEnds.set(joined, { first: ends.first, last: next.last, right: next.right });
  return joined;
}

/**
 * A cell the page break cut, its part on this page `a` and on the next `b`, as one cell: a paragraph
 * or a list item cut mid-sentence goes on in the first of the next part (see the cases below).
 */
export function joinedCells(a: TableCell, b: TableCell, wordGoesOn: boolean, hyphenLexicon?: ReadonlySet<string>): TableCell {
  const last = a.blocks[a.blocks.length - 1];
  const first = b.blocks[0];
  const blocks = [...a.blocks];
  // A paragraph cut by the page end carries on in the first paragraph on the next page (set alike:
  // a bold title and the text under it are two).
  if (last && first && last.kind === 'text' && first.kind === 'text' && last.emphasis === first.emphasis && continues(last.text, first.text)) {
    const rest = withoutRepeat(last.text, first.text);
    blocks[blocks.length - 1] = { ...last, text: rest === '' ? last.text : joinedAcross(last.text, rest, wordGoesOn, hyphenLexicon), ...bothRefs(last, first) };
    blocks.push(...b.blocks.slice(1));
  } else if (last && first && last.kind === 'text' && first.kind === 'text' && last.emphasis === 'bold' && first.lead !== undefined && continues(last.text, first.lead)) {
    // A bold title cut by the page end that goes on in the bold lead of the text there (a title
    // and its text set in one paragraph): one title, and the text after it.
    const { emphasis: _bold, ...plain } = last;
    blocks[blocks.length - 1] = { ...plain, ...first, lead: joinedAcross(last.text, first.lead, false, hyphenLexicon), text: joinedAcross(last.text, first.text, false, hyphenLexicon), ...bothRefs(last, first) };
    blocks.push(...b.blocks.slice(1));
  } else if (last && first && last.kind === 'list' && first.kind === 'list') {
    const items = [...last.items];
    const [head, ...tail] = first.items;
    const cut = items[items.length - 1];
    // An item cut by the page end carries on in the first item on the next page.
    if (cut && head && continues(cut.text, head.text)) {
      items[items.length - 1] = { ...cut, text: joinedAcross(cut.text, head.text, wordGoesOn, hyphenLexicon) };
      items.push(...tail);
    } else items.push(...first.items);
    blocks[blocks.length - 1] = { ...last, items };
    blocks.push(...b.blocks.slice(1));
  } else if (last && first && last.kind === 'text' && first.kind === 'list' && !first.ordered && first.items[0] && (goesOnMidSentence(first.items[0].text) || numberGoesOn(last.text, first.items[0].text)) && continues(last.text, first.items[0].text)) {
    // A paragraph cut by the page end whose rest, set further in there with nothing above it in its
    // cell, was read as a list's item (a paragraph set with a hanging indent: `Ander werk, nieuwe
    // vaardigheden en` / `een leven lang leren`): it goes on that paragraph, in lower case.
    const [head, ...tail] = first.items;
    blocks[blocks.length - 1] = { ...last, text: joinedAcross(last.text, (head as ListItem).text, wordGoesOn, hyphenLexicon), ...bothRefs(last, head as ListItem) };
    if (tail.length > 0) blocks.push({ ...first, items: tail });
    blocks.push(...b.blocks.slice(1));
  } else blocks.push(...b.blocks);
  // (The cell stays where it starts: its column, and its box on the page it opens.)
  const column = a.column ?? b.column;
  const box = a.box ?? b.box;
  return { text: contentText(blocks), blocks, ...(column !== undefined ? { column } : {}), ...(box ? { box } : {}) };
}

/**
 * `next` without the words it opens with that `cut` already ends with: a producer that draws the
 * line a page break cuts through on both pages (wkhtmltopdf) repeats it there. Two to forty words.
 */
function withoutRepeat(cut: string, next: string): string {
  const words = next.split(' ');
  // (A repeated line, not more: bounded, however long the cell.)
  for (let k = Math.min(words.length, 40); k >= 2; k--) {
    const head = words.slice(0, k).join(' ');
    if (head.length >= 8 && (cut === head || cut.endsWith(` ${head}`))) return words.slice(k).join(' ');
  }
  return next;
}

/**
 * Does text cut by a page end carry on in `next`? Not after a sentence end, not before a new
 * enumerated point. A stop after an abbreviation (`48 mln.`, `t.b.v.`), or a closing bracket, ends
 * no sentence when a lowercase word goes on after it (`van de motie …`): a sentence opens with a
 * capital.
 */
export function continues(cut: string, next: string): boolean {
  if (/^(\d{1,2}[.)]|[a-z]\))\s/.test(next)) return false;
  // (`… Innovation Research (SBIR)` / `willen we werken aan …`.)
  if (abbreviationGoesOn(cut, next) || (cut.endsWith(')') && LOWERCASE_WORD.test(next))) return true;
  if (numberGoesOn(cut, next)) return true;
  return !/[.!?:;)]$/.test(cut);
}

/**
 * A producer may draw a row the page cut again in full on the next page (wkhtmltopdf): every
 * filled cell of the cut row begins the same cell there. That row replaces the cut one.
 */
function redrawn(cut: TableRow, next: TableRow): boolean {
  const filled = cut.cells.map((c, k) => [squashed(c.text), squashed(next.cells[k]?.text ?? '')] as const).filter(([mine]) => mine !== '');
  return cut.cells.length === next.cells.length && filled.length > 0 && filled.every(([mine, theirs]) => theirs.startsWith(mine));
}

/** Joins the two halves of a row cut by a page break, cell by cell. */
function joinRows(a: TableRow, b: TableRow, goesOn?: WordGoesOn, hyphenLexicon?: ReadonlySet<string>): TableRow {
  const n = Math.max(a.cells.length, b.cells.length);
  const cells: TableCell[] = [];
  for (let i = 0; i < n; i++) cells.push(joinCells(a.cells[i] ?? { text: '', blocks: [] }, b.cells[i] ?? { text: '', blocks: [] }, goesOn, hyphenLexicon));
  return { cells, source: a.source };
}

/**
 * The pages with their letter-spaced runs read as words (see letter-spacing.ts), parted by the words
 * the rest of the document writes unspaced. Pages with none stay as they are.
 */
function withLettersUnspaced(pages: readonly PageData[], notes: Diagnostic[]): readonly PageData[] {
  // (Runs with a capital set apart may be letter-spaced: they are read against the words of the others.)
  const may = (r: TextRun): boolean => letterSpaced(r.text) || strayCapital(r.text);
  if (!pages.some((p) => p.runs.some(may))) return pages;
  // (Every word the other runs write, a line's last too: the letters are parted by them, never joined.)
  const lexicon = new Set(pages.flatMap((p) => p.runs.filter((r) => !may(r)).flatMap((r) => wordText(r.text).match(/\p{L}+/gu) ?? [])));
  notes.push(...spacedProse(pages, lexicon));
  return pages.map((p) => (p.runs.some(may) ? { ...p, runs: withWordsUnspaced(p.runs, lexicon) } : p));
}

/** Fewest words of running text set letter-spaced on a page for a note: a line or two of them. */
const SPACED_PROSE_WORDS = 12;

/**
 * Running text set with its letters apart (justified between its letters, or letter-spaced in lower
 * case: not a heading's spaced capitals) is read as words by the words the document writes
 * elsewhere; a word it writes nowhere else is parted by a guess. Said, with its pages and a few of
 * its lines as read, where a page holds a line's worth of such words: a value may hold a word
 * parted wrongly (`gebruikte maken`).
 */
export function spacedProse(pages: readonly PageData[], lexicon: ReadonlySet<string>): Diagnostic[] {
  const spaced = pages.map((p) => p.runs.flatMap((r) => (letterSpaced(r.text) && /\p{Ll}/u.test(r.text) ? [unspaced(r.text, lexicon).trim()] : [])));
  // (Not a table's header repeated page after page, its labels in spaced small capitals: a text on
  // three pages or more is no running text.)
  const pagesOf = new Map<string, number>();
  for (const texts of spaced) for (const t of new Set(texts)) pagesOf.set(t, (pagesOf.get(t) ?? 0) + 1);
  const found = new Map<PageData, { count: number; samples: string[] }>();
  pages.forEach((p, k) => {
    const read = (spaced[k] ?? []).filter((t) => (pagesOf.get(t) ?? 0) < 3);
    const words = read.reduce((n, t) => n + t.split(/\s+/u).filter(Boolean).length, 0);
    if (words >= SPACED_PROSE_WORDS) found.set(p, { count: read.length, samples: read });
  });
  const span = acrossPages(pages, (p) => found.get(p));
  if (!span) return [];
  // (The longest pieces as read show the most of how they were parted.)
  const samples = quoteSamples([...found.values()].flatMap((f) => f.samples).sort((a, b) => b.length - a.length));
  return [
    {
      code: 'pdf-text-letter-spaced',
      severity: 'warning',
      message: `${span.count} piece(s) of running text set with their letters apart (${span.where}; justified between its letters, or letter-spaced) were read as words by the words the document writes elsewhere; a word written nowhere else was parted by a guess, so values there may hold words parted wrongly (e.g. ${samples})`,
      place: { page: span.page },
    },
  ];
}

/**
 * What the pages say as a whole, which each page's tables are found with: the furniture (by its
 * text, and by its place), the body's size and line pitch as first guessed, and whether the
 * document's tables are ruled under their rows (more of its rule lines under rows than under
 * headers: a rule under a header is then no sign of a table ruled under its header only).
 */
export interface PageContext {
  keys: Set<string>;
  places: Set<string>;
  bodyGuess: number;
  pitchGuess: number;
  rowRules: boolean;
}

/**
 * What one page adds to the document's guesses, which no other page changes: its edge lines'
 * furniture keys, the place key of each line and run (the texts it sets in one piece at a place
 * are found by them), its rule lines under headers and under rows. Kept per page by the layout
 * done ahead (see ahead.ts), which makes the guesses again and again as pages arrive.
 */
export interface PageTally {
  edgeKeys: Set<string>;
  lineKeys: string[];
  /** Each run's place key, where it holds a word (two letters). */
  runKeys: (string | null)[];
  rules: { header: number; row: number };
}

const wordy = (text: string): boolean => /\p{L}{2}/u.test(text);

/** What one page adds to the document's guesses (pageContext), from the page and its lines alone. */
export function pageTally(page: PageData, lines: readonly Line[]): PageTally {
  const lineKeys = lines.map((l) => placeKey(l));
  const runKeys = page.runs.map((r) => (wordy(r.text) ? placeKey({ text: r.text.trim(), x0: r.x, x1: r.x + r.width, y: r.y }) : null));
  return { edgeKeys: edgeKeysOf(lines), lineKeys, runKeys, rules: ruleCounts(page.rules, page.runs) };
}

/** The texts a page sets in one piece at a place (see furniturePlaces), by place key, with where each stands. */
function textsInPlace(page: PageData, lines: readonly Line[], tally: PageTally): Map<string, { x0: number; x1: number; y: number }> {
  const here = new Map<string, { x0: number; x1: number; y: number }>();
  // (Lines set in one piece, no gap as wide as a column's between their words.)
  lines.forEach((l, k) => {
    if (wordy(l.text) && l.widestGap < l.size) here.set(tally.lineKeys[k] as string, l);
  });
  page.runs.forEach((r, k) => {
    const key = tally.runKeys[k];
    if (key !== null && key !== undefined) here.set(key, { x0: r.x, x1: r.x + r.width, y: r.y });
  });
  return here;
}

/** `tallies`: what each page adds, kept from an earlier call over the same page objects and lines (see PageTally). */
export function pageContext(pages: readonly PageData[], pageLines: readonly Line[][], tallies: Map<PageData, PageTally> | null = null): PageContext {
  const tally = pages.map((p, i) => {
    const known = tallies?.get(p);
    if (known) return known;
    const made = pageTally(p, pageLines[i] ?? []);
    tallies?.set(p, made);
    return made;
  });
  const keys = furnitureKeys(tally);
  const places = furniturePlaces(pageLines, pages, keys, tally);
  for (const place of runningPlaces(pageLines, pages)) places.add(place);
  const allLines = pageLines.flat();
  const bodyGuess = dominantSize(allLines.map((l) => ({ text: l.text, size: l.size }) as TextRun));
  // (To a thousandth of a point: the median of differences between baselines carries the float
  // error of its subtraction, which moves with the pages it is taken over.)
  const pitchGuess = Math.round(linePitch(allLines.filter((l) => Math.abs(l.size - bodyGuess) < 0.3)) * 1000) / 1000;
  const rowRules = tally.reduce((n, t) => n + t.rules.row, 0) > tally.reduce((n, t) => n + t.rules.header, 0);
  return { keys, places, bodyGuess, pitchGuess, rowRules };
}

/** A page's tables found, and the text beside them. */
interface PreparedPage {
  page: PageData;
  grids: Grid[];
  rest: TextRun[];
  lines: Line[];
  frameBoxes: Box[];
}

/**
 * One page's tables found (see tablesOfPage): what from — its runs without furniture, the
 * document's guesses, the columns a table left open on the page before and the alignment votes so
 * far — and what it found, with the columns it leaves open and the votes after it. Whatever else a
 * page's tables depend on is the page itself.
 */
export interface PageStep {
  runs: readonly TextRun[];
  bodyGuess: number;
  pitchGuess: number;
  rowRules: boolean;
  openIn: OpenColumns | null;
  votesIn: AlignmentVotes;
  prepared: PreparedPage;
  openOut: OpenColumns | null;
  votesOut: AlignmentVotes;
}

/** Finds one page's tables: ruled ones by their rules, the others by their header texts. Changes none of its inputs. */
function tablesOfPage(p: PageData, runs: TextRun[], context: PageContext, openIn: OpenColumns | null, votesIn: AlignmentVotes): PageStep {
  const { bodyGuess, pitchGuess, rowRules } = context;
  const votes = { ...votesIn };
  let open = openIn;
  // (A frame drawn by rules beside the text is no table: its rules go before the grids are sought.)
  // (Nor is a rule drawn through text a border: see withoutStrikes.)
  const drawn = withoutStrikes(p.rules, runs);
  const boxed = [...ruledBoxes(drawn), ...barBoxes(drawn, p.fills, runs)];
  const frameBoxes = framesOf(runs, boxed.map((b) => b.box), []).frames.map((f) => f.box);
  const frameRules = new Set(boxed.filter((b) => frameBoxes.includes(b.box)).flatMap((b) => b.rules));
  const rules = frameRules.size > 0 ? drawn.filter((r) => !frameRules.has(r)) : drawn;
  const ruled = findGrids(rules, runs, p.fills, { rowRules });
  if (open?.header && ruled.grids.length > 0) headRuledGrid(ruled.grids, open.header, ruled.rest);
  // Tables drawn without borders: found by their header texts instead (and carried on at the
  // top of the next page when it repeats no header).
  const unruled = findUnruledGrids(ruled.rest, pitchGuess, bodyGuess, { rules: [...rules, ...ruled.rowEdges], fills: p.fills }, ruled.grids.length === 0 ? open : null, votes);
  open = unruled.open;
  // A header found by its texts with no rows under it on this page may stand just above a ruled
  // table here (rules under rows: the header has no rule of its own above it): it heads that table.
  if (open?.header && open.header.length > 0) {
    const header = open.header;
    const foot = Math.min(...header.map((r) => r.y));
    const size = Math.max(...header.map((r) => r.size));
    const below = topGrid(ruled.grids.filter((g) => g.box.y1 <= foot + 1 && foot - g.box.y1 <= size * 3));
    if (below && headRuledGrid([below], header, [])) open = null;
  }
  const grids = [...ruled.grids, ...unruled.grids].sort((a, b) => b.box.y1 - a.box.y1);
  return {
    runs,
    bodyGuess,
    pitchGuess,
    rowRules,
    openIn,
    votesIn,
    prepared: { page: p, grids, rest: unruled.rest, lines: buildLines(unruled.rest), frameBoxes },
    // (A page without text, blank or a picture, leaves the columns open as it found them.)
    openOut: runs.some((r) => r.text.trim() !== '') ? open : openIn,
    votesOut: votes,
  };
}

/** Did `step` find its page's tables from just these inputs (so that what it found stands)? */
function stepHolds(step: PageStep, runs: readonly TextRun[], context: PageContext, open: OpenColumns | null, votes: AlignmentVotes): boolean {
  return (
    step.openIn === open &&
    step.bodyGuess === context.bodyGuess &&
    step.pitchGuess === context.pitchGuess &&
    step.rowRules === context.rowRules &&
    step.votesIn.top === votes.top &&
    step.votesIn.centred === votes.centred &&
    step.runs.length === runs.length &&
    step.runs.every((r, k) => r === runs[k])
  );
}

/** Where a run of pages starts: the columns the page before left open and the votes so far. */
export interface StepStart {
  open: OpenColumns | null;
  votes: AlignmentVotes;
}

/**
 * Finds the tables of `pages` in order, with these guesses, each page from the columns the one
 * before left open: a `known` step is taken where it was found from just what this gives its page
 * (see stepHolds), the others are done.
 */
export function stepPages(
  pages: readonly PageData[],
  linesOf: (page: PageData, k: number) => readonly Line[],
  context: PageContext,
  known: ReadonlyMap<PageData, PageStep> | undefined,
  start: StepStart = { open: null, votes: { top: 0, centred: 0 } },
): PageStep[] {
  let { open, votes } = start;
  return pages.map((p, k) => {
    const runs = withoutFurniture(p, linesOf(p, k), context.keys, context.places);
    const kept = known?.get(p);
    const step = kept && stepHolds(kept, runs, context, open, votes) ? kept : tablesOfPage(p, runs, context, open, votes);
    open = step.openOut;
    votes = step.votesOut;
    return step;
  });
}

/**
 * Work done ahead, while the rest of the document was still being read (see ahead.ts): each page's
 * lines, and its tables as found with the document's guesses of that time. Each step is taken only
 * where it was found from exactly what the whole document gives that page; the rest is done again.
 */
export interface LaidAhead {
  lines: ReadonlyMap<PageData, Line[]>;
  steps: ReadonlyMap<PageData, PageStep>;
  /** What each page adds to the document's guesses (see PageTally). */
  tallies: Map<PageData, PageTally>;
  /** How many pages' steps layoutPages took (the rest it did again). */
  taken: number;
}

/** Lays out every page and assembles the document's blocks. */
export function layoutPages(read: readonly PageData[], notes: Diagnostic[] = [], ahead: LaidAhead | null = null): Block[] {
  const pages = withLettersUnspaced(read, notes);
  const pageLines = pages.map((p) => ahead?.lines.get(p) ?? buildLines(p.runs));
  const context = pageContext(pages, pageLines, ahead?.tallies ?? null);
  const { bodyGuess, pitchGuess } = context;
  const steps = stepPages(pages, (_, k) => pageLines[k] ?? [], context, ahead?.steps);
  if (ahead) ahead.taken += steps.filter((step, k) => step === ahead.steps.get(pages[k] as PageData)).length;
  const prepared = steps.map((step) => step.prepared);
  closeEndedGrids(prepared, pitchGuess);
  cutRowsAtFoot(prepared);
  cutRowsAtTop(prepared, bodyGuess);
  // Text in a frame beside the page's other text (a sidebar, a box floated to one side; shaded,
  // drawn by rules or marked by a bar): a part of its own, read at its place (see frames.ts).
  const framed = prepared.map((p) => {
    const { frames, rest } = framesOf(p.rest, [...shadedBoxes(p.page.fills), ...p.frameBoxes], p.grids.map((g) => g.box));
    if (frames.length === 0) return [];
    p.rest = rest;
    p.lines = buildLines(rest);
    return frames.map((frame) => ({ ...frame, lines: buildLines(frame.runs) }));
  });
  const proseLines = prepared.flatMap((p, k) => [...p.lines, ...(framed[k] ?? []).flatMap((f) => f.lines)]);
  const body = dominantSize(proseLines.map((l) => ({ text: l.text, size: l.size }) as TextRun));
  const headingSizes = [...new Set(proseLines.filter((l) => l.size >= body * 1.03 && l.spans.every((s) => s.text.trim() === '' || s.bold)).map((l) => Math.round(l.size * 10) / 10))].sort((a, b) => b - a);
  // Where body lines end, per page width and, where pages set their text at other places (a book's
  // left and right pages), per place: the 90th percentile (a long address or a line that overflows
  // the column does not move it). A place counts where a fifth of its width's pages, three at
  // least, set their text (not a contents page set apart) and its pages hold twenty lines or more;
  // the others take their width's edge.
  const ends = new Map<string, number[]>();
  const pagesAt = new Map<string, number>();
  for (const p of prepared) {
    const xs = p.lines.filter((l) => Math.abs(l.size - body) < 0.3 && l.text !== '').map((l) => l.x1);
    for (const key of edgeKeys(p.page, p.lines, body)) {
      const list = ends.get(key) ?? [];
      for (const x of xs) list.push(x);
      ends.set(key, list);
      pagesAt.set(key, (pagesAt.get(key) ?? 0) + 1);
    }
  }
  const rightEdges = new Map<string, number>();
  for (const [key, xs] of ends) {
    const pages = pagesAt.get(key) ?? 0;
    const ofWidth = pagesAt.get(key.split(':')[0] as string) ?? 0;
    if (key.includes(':') && (xs.length < 20 || pages < Math.max(3, ofWidth * 0.2) || pages === ofWidth)) continue;
    const sorted = [...xs].sort((a, b) => a - b);
    rightEdges.set(key, sorted[Math.floor(sorted.length * 0.9)] ?? 0);
  }
  // Text set in columns is read column by column, band by band (tables across them part the
  // bands); each page by its own gutters or the document's (see pageGutters).
  const found = prepared.map(({ rest, page }) => textGutters(rest, page.width));
  const shared = sharedGutters(found);
  const readings = prepared.map(({ rest, grids }, k) => {
    const gutters = pageGutters(found[k] ?? null, shared, rest);
    if (!gutters) return null;
    const { parts, bandOf } = textParts(rest, gutters, grids.flatMap((g) => [g.box.y1, g.box.y0]));
    return { gutters, bandOf, parts: parts.map((part) => ({ ...part, lines: buildLines(part.runs) })) };
  });
  // (The pitch from each column's own lines: a page's lines across columns whose baselines do not
  // line up interleave, a fraction of the pitch apart.)
  const pitchLines = prepared.flatMap((p, k) => readings[k]?.parts.flatMap((part) => part.lines) ?? p.lines);
  const ctx: ProseContext = { body, pitch: linePitch(pitchLines.filter((l) => Math.abs(l.size - body) < 0.3)), headingSizes, rightEdges };
  const cells = prepared.flatMap((p) => p.grids.flatMap((g) => g.rows.flatMap((r: GridRow) => r.cells)));
  const linesOf = new Map<object, Line[]>(cells.map((c) => [c, buildLines(c.runs)]));
  const cellLines = cells.map((c) => ({ box: c.box, lines: linesOf.get(c) ?? [] })).filter((c) => c.lines.length > 0);
  // (From the prose and each cell's own lines: a page's line across a table's cells runs the rest
  // of one cell's broken word into the middle of a line.)
  const textLines = [...proseLines, ...cellLines.flatMap((c) => c.lines)];
  const lexicon = lexiconOf(textLines);
  // (The words inside lines, read once: brokenAcross, and the two tests of how the layout breaks words.)
  const inner = innerWords(textLines);
  const metrics: CellMetrics = {
    lexicon,
    pitch: linePitch(cellLines.flatMap((c) => c.lines)) || ctx.pitch,
    padding: median(cellLines.map((c) => Math.min(...c.lines.map((l) => l.x0)) - c.box.x0).filter((p) => p >= 0)),
    hyphenation: hyphenates(cellLines.map((c) => c.lines), lexicon),
    anywhere: wordsBrokenAnywhere(cellLines.map((c) => c.lines), proseLines, inner),
    longWords: longWordsBroken(cellLines.map((c) => c.lines), lexicon, proseLines, inner),
    inner,
    // (A tagged PDF's tags that part a sentence in a cell were made line by line: they say nothing
    // anywhere of where paragraphs end. Correct tags part none: 0 of 564–763 cells in every tagged
    // rendering measured; tags made a line each part 260 of the bundled PDF's 646.)
    tagsHold: !cellLines.some((c) => tagsPartSentences(c.lines)),
  };
  ctx.tagsHold = metrics.tagsHold;
  if (metrics.hyphenation) ctx.hyphenLexicon = lexicon;
  const wordGoesOn: WordGoesOn = (last, first, right) => cellWordGoesOn(last, first, right, lexicon, metrics.anywhere, metrics.longWords);
  metrics.markers = ctx.markers = listMarkers(textLines);
  ctx.noteRefs = new Set(textLines.flatMap((l) => l.footnoteRefs));

  const blocks: Block[] = [];
  let openTable: { block: TableBlock; grid: Grid } | null = null;
  let openList: ListBlock | null = null;
  let openParagraph: ParagraphBlock | null = null;
  // The note that ended the page before, when it did (notes set as paragraphs in body type run on
  // over the page as paragraphs do).
  let openNote: (Placed & { block: FootnoteBlock }) | null = null;
  // (The page's last body block: whether its last line was full — the page, not the paragraph,
  // ended it there — see fullFor.)
  let openLast: Placed | null = null;
  // The checks for text in columns outside tables look inside each text column.
  // Where each page's body text starts (see bodyLeft): a list the page break cut goes on at the same indent from it.
  const textLeft = new Map<number, number>();
  for (const p of prepared) {
    const left = bodyLeft(p.lines, body);
    if (left !== null) textLeft.set(p.page.page, left);
  }
  for (const [k, { page, grids, lines, rest }] of prepared.entries()) {
    const reading = readings[k] ?? null;
    const parts = reading?.parts ?? [{ runs: rest, column: 0, band: 0 }];
    for (const part of parts) notes.push(...columnsOutsideTables(part.runs, page.page), ...linesAtColumns(part.runs, grids, page.page, reading?.gutters[part.column - 1]?.x1), ...figureRowsOutsideTables(part.runs, page.page));
    // Reading order: band by band, in each the columns from left to right; with one column, top
    // down. A frame is read whole where its top stands (`at`); the text beside it ends its lines
    // at the frame's edge.
    const frames = framed[k] ?? [];
    const besides = edgesBeside(frames, rest);
    const rightAt = besides.length > 0 ? (y: number) => besides.find((b) => y >= b.y0 && y <= b.y1)?.right : undefined;
    const columnOf = (x: number): number => reading?.gutters.filter((g) => x >= (g.x0 + g.x1) / 2).length ?? 0;
    const keyed: { item: Placed; band: number; column: number; at?: number }[] = [
      ...(reading
        ? reading.parts.flatMap((part) => proseBlocks(part.lines, page, ctx, { ...(part.right !== undefined ? { columnRight: part.right } : {}), ...(rightAt ? { rightAt } : {}) }).map((item) => ({ item, band: part.band, column: part.column })))
        : proseBlocks(lines, page, ctx, rightAt ? { rightAt } : {}).map((item) => ({ item, band: 0, column: 0 }))),
      ...frames.flatMap((frame) => {
        const padding = Math.max(0, Math.min(...frame.lines.map((l) => l.x0)) - frame.box.x0);
        const band = reading ? reading.bandOf(frame.box.y1 - 0.01) : 0;
        const column = columnOf((frame.box.x0 + frame.box.x1) / 2);
        return proseBlocks(frame.lines, page, ctx, { columnRight: frame.box.x1 - padding, frame: true }).map((item, j) => ({ item, band, column, at: frame.box.y1 + 0.5 - j * 0.001 }));
      }),
      ...grids.map((grid) => {
        notes.push(...acrossGutters(grid, page.page, linesOf, page.rules), ...emptyPastEdge(grid, page.page, page.width));
        const item: Placed = { top: grid.box.y1, grid, block: { kind: 'table', rows: gridRows(grid, page.page, metrics, linesOf, page.letterWidths), source: place(page.page, grid.box) } as TableBlock };
        return { item, band: reading ? reading.bandOf(grid.box.y1 - 0.01) : 0, column: 0 };
      }),
    ];
    const order = keyed.sort((a, b) => a.band - b.band || a.column - b.column || (b.at ?? b.item.top) - (a.at ?? a.item.top));
    const placed: Placed[] = order.map(({ item }) => item);
    notes.push(...proseInsideTables(placed.map((p) => p.block), grids, page.page));
    // (Notes set in the text's flow may open a page — the rest of one the break cut, the next ones —
    // over the rest of the body's paragraph: `https://…` and `⁵⁹ Kamerstukken …` atop a page, then
    // `digitalisering de CO2-uitstoot …`, LibreOffice's import of notes as paragraphs.)
    let notesAtHead = 0;
    placed.forEach((item, index) => {
      if (index === notesAtHead && openParagraph && paragraphGoesOn(openParagraph, openLast, item)) {
        // A sentence the page break cut in two (footnotes stood between): one paragraph — also
        // before a capital (`4% van het` / `Europese BBP`) when its last line ran to the edge.
        joinParagraph(openParagraph, item.block, ctx.hyphenLexicon, openLast?.softEnd === true);
        return;
      }
      if (index === 0 && openNote && continuesNote(openNote, item.block)) {
        // A note the page break cut mid-sentence, set as a paragraph: its rest opens the next page
        // (pandoc's LaTeX: `Daarnaast wordt sinds` / `2017 gewerkt aan …`).
        const note = openNote.block;
        const [x0 = 0, y0 = 0, x1 = 0, y1 = 0] = item.block.source.bbox ?? [];
        note.urls = [...new Set([...note.urls, ...linksIn(page, { x0, y0, x1, y1 }, item.block.text)])];
        note.text = withLinkTargets(normalizeSpace(`${note.text} ${item.block.text}`), note.urls);
        notesAtHead = 1;
        return;
      }
      if (index === notesAtHead && notesAtHead > 0 && item.block.kind === 'footnote') notesAtHead++;
      // A sentence the column break cut in two: a column's first paragraph carries on the last one
      // of the column before it (notes at the column's foot aside), when that one broke off
      // mid-sentence on a line that ran to the column's edge, or the next goes on in lower case.
      const at = order[index] as (typeof order)[number];
      const before = order[index - 1];
      if (before && at.column === before.column + 1 && before.band === at.band) {
        const left = order.slice(0, index).reverse().find((o) => o.band === at.band && o.item.block.kind !== 'footnote')?.item;
        if (left && left.block.kind === 'paragraph' && blocks.includes(left.block) && paragraphGoesOn(left.block, left, item)) {
          joinParagraph(left.block, item.block, ctx.hyphenLexicon, left.softEnd === true);
          return;
        }
        // Or a list the column break cut in two: one list, its items at the same indent from their
        // columns' edges (and an ordered one's count going on).
        const edge = (column: number): number | undefined => (column === 0 ? textLeft.get(page.page) : reading?.gutters[column - 1]?.x1);
        if (left && left.block.kind === 'list' && blocks.includes(left.block) && continuesAcross(left.block, item.block, edge(before.column), edge(at.column))) {
          left.block.items.push(...item.block.items.map((i) => ({ ...i, source: i.source ?? item.block.source })));
          return;
        }
      }
      if (index === 0 && openList && continuesList(openList, item.block, textLeft)) {
        // A list the page break cut in two: one list (its items keep their own place).
        openList.items.push(...item.block.items.map((i) => ({ ...i, source: i.source ?? item.block.source })));
        return;
      }
      if (index === 0 && openList && continuesItem(openList, item.block, textLeft)) {
        // The rest of the list's last item, which the page break cut mid-sentence.
        const last = openList.items[openList.items.length - 1] as ListItem;
        // (Without a space where the page break cut a word the layout hyphenated: `onder­` / `steund.`.)
        last.text = joinedAcross(last.text, item.block.text, openLast?.softEnd === true, ctx.hyphenLexicon);
        if (item.block.footnoteRefs?.length) last.footnoteRefs = [...(last.footnoteRefs ?? []), ...item.block.footnoteRefs];
        return;
      }
      // (Or a grid that a producer drew apart from the one just above it on this page, touching
      // it, in the same columns: the copy of a cut row's first line that wkhtmltopdf draws again.)
      const firstRow = item.block.kind === 'table' ? item.block.rows[0] : undefined;
      const lastRow = openTable?.block.rows[openTable.block.rows.length - 1];
      const touching =
        index > 0 &&
        openTable !== null &&
        placed[index - 1]?.grid === openTable.grid &&
        item.grid !== undefined &&
        Math.abs(item.grid.box.y1 - openTable.grid.box.y0) <= 2 &&
        sameColumns(firstRow, lastRow);
      const carriesOn = item.block.kind === 'table' && item.grid !== undefined && (index === 0 || touching) && openTable !== null;
      // Its first row is not the header that table had: no header, or one worded otherwise.
      const otherHeader = carriesOn && openTable !== null && headerKey(firstRow) !== headerKey(openTable.block.rows[0]);
      // (Or labels in bold in any words the extractors know for a column: `Maatregelen`, `Realisatie`.)
      const firstNamesColumns = namesColumns((firstRow?.cells ?? []).map((c) => c.text)) || (item.grid?.rows[0] !== undefined && namedInBold(item.grid.rows[0]));
      // A ruled table that opens a page with no header, as wide and with as many columns as the
      // table that ended the page before, is that table going on (a producer that repeats no header)
      // — not the header row of another table.
      const headerless = otherHeader && item.grid !== undefined && !item.grid.continues && !firstNamesColumns && sameColumns(firstRow, lastRow);
      // A table that opens a page under a header worded otherwise than the one over the table that
      // ended the page before (a word processor that merged two tables repeats the first one's),
      // in the same columns, whose first row goes on mid-sentence in two cells or more where the
      // last row there broke off, is that table going on: a new table opens with a new row.
      const secondRow = item.block.kind === 'table' ? item.block.rows[1] : undefined;
      const reheaded =
        otherHeader && firstNamesColumns && sameColumns(secondRow, lastRow) && goesOnInCells(secondRow, lastRow) >= 2 && !(secondRow?.cells ?? []).some((c) => ANCHOR.test(c.text));
      // (The same header, both tables drawn with rules, over rows in other columns than the
      // table's header and last row heads another table: a table's rows go on after a page break in
      // the columns they had, under its header repeated (which a producer may draw apart from them),
      // and a producer that sizes each table to its text gives tables worded alike columns of their
      // own.)
      const underHeader = item.block.kind === 'table' ? item.block.rows[1] : undefined;
      const drawnApart =
        item.grid?.closedTop !== undefined &&
        openTable?.grid.closedTop !== undefined &&
        [firstRow, underHeader].every((row) => row === undefined || (!sameColumns(row, openTable?.block.rows[0]) && !sameColumns(row, lastRow)));
      const repeated = openTable !== null && item.block.kind === 'table' && headerKey(item.block.rows[0]) === headerKey(openTable.block.rows[0]) && !drawnApart;
      if (carriesOn && openTable && item.block.kind === 'table' && item.grid && (item.grid.continues || headerless || reheaded || repeated)) {
        // The table goes on under its repeated header (or with none): one table; a cut row is joined again.
        const rows = item.grid.continues || headerless ? [...item.block.rows] : item.block.rows.slice(1);
        const target: TableBlock = openTable.block;
        // A continuation (under a repeated header or none) that opens with no first cell (or one
        // going on mid-sentence) and no action number is the rest of the row the page cut — when
        // the text says so too: a cell goes on mid-sentence here, or a cell of sentences broke off
        // mid-sentence at the foot of the page before. (A table whose rows leave their first cell
        // empty, under a theme above, opens pages with new rows.)
        const first = rows[0];
        const before = target.rows[target.rows.length - 1];
        // Under a repeated header the evidence must be sharper, since a source may hold a row of
        // its own there (a `continued` row the extractors read): one column whose cell broke off
        // mid-sentence at the foot of the page goes on in lower case here.
        const firstCell = first?.cells[0]?.text ?? '';
        // A cell of `min` words or more that broke off at the foot, with text under it here: a cell
        // with nothing under it (a title with no full stop over an empty cell) ended there.
        const brokeOffOverText = (c: TableCell, k: number, min: number): boolean => brokeOff(c.text) && c.text.split(' ').length >= min && (first?.cells[k]?.text ?? '') !== '';
        // (Or fewer words, in a column of sentences: nearly every cell of it above ends one, three cells
        // or more — a table the page cut after its first three rows, `… heeft als doel om` / `Nederland …`.)
        const sentenceColumn = (k: number): boolean => {
          const cells = target.rows.slice(1, -1).map((r) => r.cells[k]?.text ?? '').filter((t) => t !== '');
          return cells.length >= 3 && cells.filter((t) => /[.!?:;]$/.test(t)).length >= cells.length * 0.9;
        };
        const goingOn = goesOnInCells(first, before);
        const sameColumn = goingOn > 0;
        // Or text only under cells that broke off mid-sentence (the rest of a name: `Nota Mobile` /
        // `Communicatie.`), and a cell of sentences among them.
        const firstCells = first?.cells ?? [];
        const onlyUnderBroken =
          firstCells.some((c) => c.text !== '') &&
          firstCells.every((c, k) => c.text === '' || brokeOff(before?.cells[k]?.text ?? '')) &&
          firstCells.some((c, k) => c.text !== '' && (before?.cells[k]?.text ?? '').split(' ').length >= 6);
        // Or, in a column of sentences, a cell of six words or more that broke off at the foot over
        // text here: the rest of its sentence, whatever it opens with (`… de uitrol van` / `5G
        // antennes.`), though the row's other cells open new paragraphs here.
        const sentenceBrokeOff = (before?.cells ?? []).some((c, k) => brokeOffOverText(c, k, 6) && sentenceColumn(k));
        const anchored = (c: TableCell): boolean => ANCHOR.test(c.text);
        const opensAction = (first?.cells ?? []).some(anchored);
        // (A row the page cut before its action number: the number's cell, empty at the foot of the
        // page before, moved over whole, while a cell that broke off there goes on here.)
        const anchorMovedOn =
          before !== undefined && !before.cells.some(anchored) && (first?.cells ?? []).every((c, k) => !anchored(c) || (before.cells[k]?.text ?? '') === '') && sameColumn;
        // (Or its first lines only, in a table of rows set centred in their cells, that moved the
        // rest of the row over whole: at the foot, no action number and only cells of three words
        // or more that broke off mid-sentence, text under each of them here, in a row that opens an
        // action: `Kamerbrieven over Smart Mobility en Digitaal` / `Transport zijn verstuurd.`
        // beside `4) Voor de zomer …`. Where cells start at their row's top, the number stands with
        // the first lines.)
        // (A row's head at the foot: no action number, and every cell that holds text broke off
        // mid-sentence after three words or more, with text under it here.)
        const headAtFoot =
          before !== undefined &&
          !before.cells.some(anchored) &&
          before.cells.some((c) => c.text !== '') &&
          before.cells.every((c, k) => c.text === '' || (brokeOffOverText(c, k, 3) && !isBoldThroughout(c)));
        const headMovedOn = openTable.grid.centredRows === true && opensAction && headAtFoot;
        // (Or its shorter cells only, at the foot, with no text under them here, where its taller
        // cells moved over whole, each to a cell empty there: a producer that cuts no cell's
        // paragraph apart, or none where it would leave a line alone on either page (orphans,
        // widows), so cuts a row: `EZK (2020)` at the foot, `Verdelen van de 26 GHz-band.` and its
        // status here; `EZK` at the foot, `37) Het kabinet zet zich …` here. A row of bold cells
        // only, a theme's, stands alone.)
        const tallMovedOn =
          first !== undefined &&
          before !== undefined &&
          !before.cells.some(anchored) &&
          before.cells.some((c) => c.text !== '' && !isBoldThroughout(c)) &&
          before.cells.every((c, k) => c.text === '' || (first.cells[k]?.text ?? '') === '') &&
          first.cells.every((c, k) => c.text === '' || (before.cells[k]?.text ?? '') === '') &&
          Math.max(...first.cells.map(cellHeight)) > Math.max(...before.cells.map(cellHeight));
        // (Or its first lines only, wherever its cells start: every cell at the foot that holds text
        // broke off mid-sentence after three words or more, and goes on here in lower case, the
        // row's other cells moved over whole — `WRC19 heeft onder meer geresulteerd in een` alone
        // at the foot, `wereldwijde aanvullende …` beside `Doelmatig frequentiegebruik` here.)
        const linesMovedOn = headAtFoot && before.cells.every((c, k) => c.text === '' || goesOnMidSentence(first?.cells[k]?.text ?? ''));
        // (Two cells or more that go on so settle it, whatever the first cell opens with: a new
        // paragraph of the row's ambition, `Nederland denkt mee …`.)
        const restOfRow =
          headMovedOn ||
          linesMovedOn ||
          tallMovedOn ||
          (first !== undefined &&
          (/^(|[\p{Ll},;].*)$/u.test(firstCell) || (goingOn >= 2 && !opensAction)) &&
          (anchorMovedOn ||
            (!opensAction &&
              (item.grid.continues || headerless
                ? first.cells.some((c) => goesOnMidSentence(c.text)) || (before?.cells ?? []).some((c, k) => brokeOffOverText(c, k, 6) || (brokeOffOverText(c, k, 2) && sentenceColumn(k)))
                : sameColumn || goesOnMidSentence(firstCell) || onlyUnderBroken || sentenceBrokeOff))));
        // A headerless continuation whose first row has a rule of its own above it opens a new row:
        // the page before ended with a whole row, though (ruled above its rows) it had no rule under it.
        const freshRow = headerless && item.grid.closedTop === true && !(item.grid.rows[0] && isHeaderRow(item.grid.rows[0]));
        // A figure is never cut by a page break: a cell of figures above and one below are two rows.
        const figures = (t: string): boolean => /\d/.test(t) && /^[\d.,%€\s*-]+$/u.test(t);
        const twoRows = (first?.cells ?? []).some((c, k) => figures(c.text) && figures(before?.cells[k]?.text ?? ''));
        // A row that ended at the page's foot with no rule under it (rules between the columns
        // only) is not cut when the text says it ended: no cell goes on mid-sentence here, none
        // with text under it broke off there, and a new sentence opens here under a cell that had
        // ended one.
        // (Rows that open with an action number: text under one, with no number, is that action's.
        // A bold title ends with no full stop: under one, a new capitalised text is no rest of it.)
        const words = (t: string): number => (t === '' ? 0 : t.split(' ').length);
        const ended =
          openTable.grid.unruledRows === true &&
          first !== undefined &&
          before !== undefined &&
          (!before.cells.some(anchored) || opensAction) &&
          goingOn === 0 &&
          !before.cells.some((c, k) => brokeOffOverText(c, k, 3) && !isBoldThroughout(c)) &&
          first.cells.every((c) => c.text === '' || /^[\p{Lu}\p{N}•]/u.test(c.text)) &&
          first.cells.some((c, k) => c.text !== '' && words(before.cells[k]?.text ?? '') >= 3);
        // A producer may draw the row the page cut again, whole, on the next page: that one stands.
        if (openTable.grid.openBottom && first !== undefined && before !== undefined && redrawn(before, first)) target.rows.pop();
        else if (((openTable.grid.openBottom && !freshRow && !twoRows && !ended) || restOfRow) && rows.length > 0) {
          const cut = target.rows.pop() as TableRow;
          const rest = rows.shift() as TableRow;
          target.rows.push(redrawn(cut, rest) ? rest : joinRows(cut, rest, wordGoesOn, ctx.hyphenLexicon));
        }
        target.rows.push(...rows);
        openTable = { block: target, grid: item.grid };
        return;
      }
      blocks.push(item.block);
      // Footnotes at the page's foot leave a table above them open.
      if (item.block.kind !== 'footnote') openTable = item.block.kind === 'table' && item.grid ? { block: item.block, grid: item.grid } : null;
    });
    // A page that places nothing (left blank, or a picture alone) parts nothing: a table, list,
    // paragraph or note the page before left open goes on after it.
    if (placed.length === 0) continue;
    // A table that is not the last thing on its page (footnotes aside: they stand at the foot of
    // any page) does not continue on the next; nor does a list, or a paragraph.
    const lastBody = [...placed].reverse().find((p) => p.block.kind !== 'footnote');
    if (!lastBody || lastBody.block.kind !== 'table') openTable = null;
    openList = lastBody?.block.kind === 'list' ? (blocks.includes(lastBody.block) ? lastBody.block : openList) : null;
    openParagraph = lastBody?.block.kind === 'paragraph' && blocks.includes(lastBody.block) ? lastBody.block : null;
    openLast = lastBody ?? null;
    const last = placed.at(-1);
    openNote = last?.block.kind === 'footnote' && blocks.includes(last.block) ? (last as Placed & { block: FootnoteBlock }) : null;
  }
  return withTocTable(blocks);
}

/** `next` carried on at the end of `paragraph`: its text and note references. */
function joinParagraph(paragraph: ParagraphBlock, next: ParagraphBlock, hyphenLexicon?: ReadonlySet<string>, softEnd = false): void {
  paragraph.text = joinedAcross(paragraph.text, next.text, softEnd, hyphenLexicon);
  if (next.footnoteRefs) paragraph.footnoteRefs = [...(paragraph.footnoteRefs ?? []), ...next.footnoteRefs];
}

/**
 * Can `next` carry on `paragraph` whatever its first letter (a name, `Stimuleringsregeling`)? Both
 * paragraphs set alike, and `paragraph` with no closing punctuation: for a paragraph whose last line
 * ran to its column's edge, as a justified line does when its sentence goes on.
 */
function runsOn(paragraph: ParagraphBlock, next: Block): next is ParagraphBlock {
  // (One that opens with a bold lead is an entry of its own, as the one before may be: `Marknesse • …` / `Nijmegen • …`.)
  return next.kind === 'paragraph' && next.emphasis === paragraph.emphasis && !paragraph.emphasis && next.lead === undefined && !/[.!?:;)"'”’]$/.test(paragraph.text.trim()) && /^[\p{L}\d(]/u.test(next.text.trim());
}

/**
 * Does `next`, first on its page or column, carry on `paragraph`, placed as `last` at the foot of the
 * one before: in the type it ended in, going on its sentence (continuesParagraph), or after a last
 * line that was full for it (fullFor, runsOn)?
 */
function paragraphGoesOn(paragraph: ParagraphBlock, last: Placed | null, next: Placed): next is Placed & { block: ParagraphBlock } {
  return sameType(last, next) && (continuesParagraph(paragraph, next.block) || (fullFor(last, next.block) && runsOn(paragraph, next.block)));
}

/**
 * Does `next`, first on its page, carry on the sentence `paragraph` left open at the end of the page
 * before? Only when that one ends mid-sentence (no closing punctuation) and this one starts in lower
 * case, with the same emphasis: a new paragraph starts with a capital. Or when the page broke a
 * word or a range after its hyphen (`(2016-` / `2020).`): that joins whatever follows.
 */
function continuesParagraph(paragraph: ParagraphBlock, next: Block): next is ParagraphBlock {
  if (next.kind !== 'paragraph' || next.emphasis !== paragraph.emphasis || paragraph.emphasis) return false;
  const text = paragraph.text.trim();
  if (/[\p{L}\d]-$/u.test(text) && joinsWithoutSpace(text, next.text)) return true;
  return !/[.!?:;)"'”’]$/.test(text) && /^\p{Ll}/u.test(next.text.trim());
}

/**
 * Does `next`, first on its page, carry on `note`, which ended the page before mid-sentence (on a
 * word, not an address: a note that closes with one needs no stop)? So it does when it goes on in
 * lower case or with a figure (`sinds` / `2017 gewerkt`), in plain type; or, before a capital, when
 * the note's last line ran to the edge, or left no room for the next word (`Monitor Nederland` /
 * `Digitaal https://…`), as a paragraph does (see fullFor). Or, after a colon, when it is a web
 * address alone: where the note's source is found, pushed to the next page (`… de site van de
 * Tweede Kamer:` / `https://www.tweedekamer.nl/…`, wkhtmltopdf).
 */
function continuesNote(note: Placed & { block: FootnoteBlock }, next: Block): next is ParagraphBlock {
  if (next.kind !== 'paragraph' || next.emphasis || next.lead !== undefined) return false;
  const last = note.block.text.trim().split(/\s+/).pop() ?? '';
  if (last.endsWith(':') && /^(?:https?:\/\/|www\.)\S+$/u.test(next.text.trim())) return true;
  if (!/^\p{L}+,?$/u.test(last)) return false;
  return /^[\p{Ll}\d]/u.test(next.text.trim()) || (/^\p{Lu}/u.test(next.text.trim()) && fullFor(note, next));
}

/**
 * Does `next`, first on its page, carry on `list`, last on the page before (same kind, same indent
 * from the text's left edge on each page: a book's left and right pages set their text apart)?
 */
function continuesList(list: ListBlock, next: Block, textLeft: ReadonlyMap<number, number>): next is ListBlock {
  if (next.kind !== 'list' || next.ordered !== list.ordered) return false;
  const [a] = list.source.bbox ?? [];
  const [b] = next.source.bbox ?? [];
  const la = list.source.page === undefined ? undefined : textLeft.get(list.source.page);
  const lb = next.source.page === undefined ? undefined : textLeft.get(next.source.page);
  // (Measured from each page's text edge only where the two pages set their text apart.)
  const shift = la !== undefined && lb !== undefined && Math.abs(la - lb) > 6 ? lb - la : 0;
  return a !== undefined && b !== undefined && Math.abs(a + shift - b) < 3;
}

/**
 * A list at the head of a column that goes on with the list at the foot of the column before it:
 * as ordered, its items as far in from their column's edge (`left`, `right`: the two columns'
 * edges), and an ordered list's count going on (`5.` then `6.`).
 */
function continuesAcross(list: ListBlock, next: Block, left: number | undefined, right: number | undefined): next is ListBlock {
  if (next.kind !== 'list' || next.ordered !== list.ordered || left === undefined || right === undefined) return false;
  const a = list.items[0]?.source?.bbox?.[0] ?? list.source.bbox?.[0];
  const b = next.items[0]?.source?.bbox?.[0] ?? next.source.bbox?.[0];
  if (a === undefined || b === undefined || Math.abs(a - left - (b - right)) >= 3) return false;
  const last = enumeratorCount(list.items.at(-1));
  const first = enumeratorCount(next.items[0]);
  return !list.ordered || last === null || first === null || first === last + 1;
}

/**
 * A paragraph that opens a page and is the rest of the list's last item, which the page break cut:
 * that item broke off mid-sentence, the paragraph goes on in lower case, set in from the page's
 * text edge as the item's lines hang.
 */
function continuesItem(list: ListBlock, next: Block, textLeft: ReadonlyMap<number, number>): next is ParagraphBlock {
  if (next.kind !== 'paragraph' || !/^\p{Ll}/u.test(next.text)) return false;
  const last = list.items[list.items.length - 1];
  const left = next.source.page === undefined ? undefined : textLeft.get(next.source.page);
  const [x0] = next.source.bbox ?? [];
  return last !== undefined && brokeOff(last.text) && left !== undefined && x0 !== undefined && x0 - left > 3;
}

const TOC_HEADING = /^(content|contents|inhoud|inhoudsopgave)$/i;
const TOC_LINE = /^(.*\S)\s*(?:\.{2,}\s*)?\s(\d{1,3})$/;

/**
 * Contents entries that one paragraph holds: a page number set too close to its title for a tab
 * stop (a long title, its number right-aligned) leaves the next entry's line run on after it
 * (`… Connectiviteit 70 Bijlage 3 Overzicht … 76`). The entry ends at a number no smaller than the
 * page before it and no larger than the page after, after a title of two words or more, where the
 * next title opens (upper case or its number); `Bijlage 3 Overzicht` is no such place (3 < 70).
 */
export function runTogether(title: string, page: string, previous: number): [string, string][] {
  const last = Number(page);
  const out: [string, string][] = [];
  let from = 0;
  let atLeast = previous;
  for (const m of title.matchAll(/\s(\d{1,3})\s+(?=[\p{Lu}\d])/gu)) {
    const n = Number(m[1]);
    const before = title.slice(from, m.index).trim();
    if (n < atLeast || n > last || before.split(/\s+/).length < 2) continue;
    out.push([before, String(n)]);
    from = (m.index ?? 0) + m[0].length;
    atLeast = n;
  }
  out.push([title.slice(from).trim(), page]);
  return out;
}

/**
 * A table of contents set as plain lines (`2.1 Prioriteiten ...... 11`) becomes a table, as a ruled
 * or HTML one would be: title cell (keeping its emphasis, which marks the chapters) and page cell.
 */
function withTocTable(blocks: Block[]): Block[] {
  const at = blocks.findIndex((b) => b.kind === 'heading' && TOC_HEADING.test(b.text.trim()));
  if (at < 0 || blocks[at + 1]?.kind === 'table') return blocks;
  const rows: TableRow[] = [];
  let end = at + 1;
  const row = (title: string, page: string, emphasis: ParagraphBlock['emphasis'], source: SourcePlace): TableRow => {
    const em = emphasis ? { emphasis } : {};
    return {
      cells: [
        { text: title, blocks: [{ kind: 'text', text: title, ...em }], column: 0 },
        { text: page, blocks: [{ kind: 'text', text: page, ...em }], column: 1 },
      ],
      source,
    };
  };
  while (end < blocks.length) {
    const b = blocks[end];
    // (A wrapped entry's first line in bold may have been read as a heading: `Bijlage 3 Overzicht
    // financiële middelen voor de digitale`, its number and `economie` under it.)
    if (!b || (b.kind !== 'paragraph' && b.kind !== 'heading')) break;
    const m = b.kind === 'paragraph' ? TOC_LINE.exec(b.text) : null;
    if (b.kind === 'paragraph' && m) {
      const previous = Number(rows[rows.length - 1]?.cells[1]?.text ?? 0);
      for (const [title, page] of runTogether((m[1] ?? '').replace(/(?<![.\s])[.\s]+$/, ''), m[2] ?? '', previous)) rows.push(row(title, page, b.emphasis, b.source));
      end++;
      continue;
    }
    // An entry that wraps: its title on two lines, its page number beside one of them (a block of
    // its own). Up to two more blocks: one bare page number, the rest of the title.
    const next = [blocks[end + 1], blocks[end + 2]].filter((x): x is ParagraphBlock => x?.kind === 'paragraph');
    const pageBlock = next.find((x) => /^\d{1,3}$/.test(x.text.trim()));
    const rest = next.filter((x) => x !== pageBlock && !TOC_LINE.test(x.text) && !/^\d/.test(x.text.trim()));
    if (!pageBlock || next.indexOf(pageBlock) > rest.length) break;
    const parts = [b, ...rest.slice(0, next.length - 1)];
    rows.push(row(parts.map((x) => x.text.trim()).join(' '), pageBlock.text.trim(), b.kind === 'heading' ? 'bold' : b.emphasis, b.source));
    end += parts.length + 1;
  }
  if (rows.length < 3) return blocks;
  const table: TableBlock = { kind: 'table', rows, source: rows[0]?.source ?? {} };
  return [...blocks.slice(0, at + 1), table, ...blocks.slice(end)];
}
