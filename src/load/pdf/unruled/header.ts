/**
 * Header lines of unruled tables, recognised by what their labels mean, and the columns they give:
 * labels that a narrow gutter, a wrapped line or one string ran together told apart, shaded header
 * cells, and starts the rows below confirm.
 */
import { lineEnd, lineStart, type Box, type TextRun } from '../page-data';
import { closingYears, labelBreaks, labelMeaning, labelMeaningIn, namesColumns, namesColumnsInBold, namesHeader, YEAR_LABEL } from '../../../model/header-meanings';
import { byBaseline, cellsSideBySide, chunks, text, columnsFrom, columnOf, inFace, setIn, type Column, type Start } from './pieces';
import { emphasisOf } from '../lines';

/**
 * Three labels or more (two in one piece count as two: `Acties zoals in NDS Wie (Tijd)`), two with a
 * meaning — in a header all in bold, three pieces apart, in any words the extractors know for one
 * (`Maatregelen`, `Realisatie`, `Departement`).
 */
function isHeader(parts: TextRun[][]): boolean {
  const texts = parts.map(text);
  const one = texts.some((t) => yearsOnly(t) > 0);
  // (Years are columns side by side: years a word parts are a line of prose set justified, its
  // spaces stretched into gutters, `In` · `2018` · `en` · `2019` · `vonden`.)
  const yearAt = texts.map((t) => yearsOnly(t) > 0 || closingYears(t, one).length > 0);
  const apart = yearAt.slice(yearAt.indexOf(true), yearAt.lastIndexOf(true) + 1).includes(false);
  const years = apart ? 0 : yearLabels(texts);
  const edition = editionWords(parts, years);
  if (!(apart ? namesColumns(texts) : namesHeader(texts)) && years < 2 && !(edition && parts.length >= 3 && namesColumnsInBold(texts))) return false;
  return parts.length >= 3 || texts.reduce((n, t) => n + 1 + labelBreaks(t, labelMeaningIn(t, edition), edition).at.length + Math.max(closingYears(t, one).length, yearsOnly(t) - 1), 0) >= 3;
}

/** How many years a text of year labels only holds (`2021 2022`: labels a narrow gutter joined), else 0. */
function yearsOnly(text: string): number {
  const words = text.trim().split(/\s+/);
  return words.every((w) => YEAR_LABEL.test(w)) ? words.length : 0;
}

/**
 * Year labels among a header's texts (years a narrow gutter ran together, `… mln.) 2017 2018 2019`,
 * `2021 2022`, are labels of their own): how many years they name, each once — a header names no
 * year over two columns, where two cells of a row may end with one (`zomer 2018` · `2018`).
 */
function yearLabels(texts: readonly string[]): number {
  const one = texts.some((t) => yearsOnly(t) > 0);
  const years = new Set<string>();
  for (const t of texts) {
    if (yearsOnly(t) > 0) for (const w of t.trim().split(/\s+/)) years.add(w);
    else for (const at of closingYears(t, one)) years.add(t.slice(at, at + 4));
  }
  return years.size;
}

/**
 * May a header's labels be any words the extractors know for a column (labelMeaningIn)? Only where
 * every piece is bold (or every one italic), and not over a table of years (`Stand Voorjaarsnota 2020` · `2021` is one label).
 */
function editionWords(parts: readonly (readonly TextRun[])[], years = yearLabels(parts.map(text))): boolean {
  return years < 2 && emphasisOf(parts.flat()) !== null;
}

/**
 * A header line at `i`, or null. Header cells centred vertically set their labels on baselines
 * less than a line apart (`Acties` / `Domein &` / `zoals in` / `ambitie`): those lines are read as
 * one. `end`: the index after the header's lines. `pitch`: the spacing of the page's lines, when
 * known (see below).
 */
export function headerAt(lines: readonly TextRun[][], i: number, lookBelow = true, pitch = 0): { end: number; parts: TextRun[][] } | null {
  let k = i + 1;
  // (In the first line's emphasis: bold, or italic where the labels are set so.)
  const face = emphasisOf(lines[i] as TextRun[]);
  const bold = (line: readonly TextRun[]): boolean => setIn(line, face);
  // Only a bold (or italic) header is read across baselines (a few, at most), so that body cells centred in
  // their rows, offset by half a line from each other too, are never taken for it. (Less than a
  // line apart: under its letters' size, or well under the page's line spacing where that is wide,
  // half a line of 16.7 pt under 9 pt letters: LibreOffice, 8.4 pt.)
  const across = bold(lines[i] as TextRun[]);
  const closer = (end: number, apart: number): boolean => across && end < lines.length && end - i < 6 && bold(lines[end] as TextRun[]) && (lines[end - 1]?.[0] as TextRun).y - (lines[end]?.[0] as TextRun).y < Math.max((lines[end]?.[0] as TextRun).size * 0.9, apart);
  while (closer(k, 0)) k++;
  // (Staggered so, each label keeps to its column: no text of those lines runs across where another
  // one starts, as a caption over the labels does, `Stand van zaken en plannen per opgave`.)
  let wide = k;
  while (closer(wide, pitch * 0.6)) wide++;
  if (wide > k) {
    const texts = lines.slice(i, wide).flat().filter((r) => r.text.trim() !== '');
    if (!anyRunsAcross(texts, texts)) k = wide;
  }
  const parts = labelParts(lines.slice(i, k));
  if (isHeader(parts)) return { end: k, parts };
  // The first line of a header whose short labels, centred, stand one line lower (`Stand van
  // zaken /` over `Thema  Opgave  Actie  resultaten`): bold, in the labels' size (a heading over
  // the table is larger), a wrapped line's distance above it.
  const next = lines[i + 1];
  const size = (line: readonly TextRun[]): number => Math.max(...line.filter((r) => r.text.trim() !== '').map((r) => r.size));
  if (!lookBelow || !across || !next || k !== i + 1 || !bold(next) || Math.abs(size(lines[i] as TextRun[]) - size(next)) > 0.3 || (lines[i]?.[0] as TextRun).y - (next[0] as TextRun).y > (next[0] as TextRun).size * 1.9) return null;
  const below = headerAt(lines, i + 1, false, pitch);
  if (!below) return null;
  // (Each of its texts begins a label below, or is centred over one: a caption set in the labels'
  // type just above the table, `Tabel 2: Specifieke investeringen`, stands over neither.)
  // (Each text as drawn, too: two labels a narrow gutter ran into one piece, `doen? (vanaf Q2` and
  // `Wie (`, each have their own middle.)
  const labels = lines.slice(i + 1, below.end).flatMap((line) => [...chunks(line), ...line.filter((r) => r.text.trim() !== '').map((r) => [r])]);
  const middle = (p: readonly TextRun[]): number => (lineStart(p) + lineEnd(p)) / 2;
  // (Nor does one run across where a label below starts, as a caption may: `Stand van zaken en
  // plannen per opgave` from `Actie`'s start over `Stand van zaken /`'s.)
  const over = chunks(lines[i] as TextRun[]).every((p) => labels.some((l) => Math.abs(lineStart(l) - lineStart(p)) <= 2 || Math.abs(middle(l) - middle(p)) <= 3) && !labels.some((l) => runsAcross(p, l)));
  return over ? { end: below.end, parts: labelParts(lines.slice(i, below.end)) } : null;
}

/**
 * The labels of a header read across baselines: its texts in pieces (chunks), and where a piece
 * holds texts of two labels side by side on different lines — one ending left of where the other
 * starts, which a label's own lines never do (`resultaten (t/m Q2 2020)` 4.6 pt from `Wat gaan
 * we`, justified and set in narrow gutters) — parted by the labels of the line with the most, as
 * labels wrapped upwards are (partsOverLabels).
 */
function labelParts(lines: readonly (readonly TextRun[])[]): TextRun[][] {
  const parts = chunks(lines.flat());
  const apart = (a: TextRun, b: TextRun): boolean => Math.abs(a.y - b.y) > 1 && (b.x > a.x + a.width + 1 || a.x > b.x + b.width + 1);
  const visible = (p: readonly TextRun[]): TextRun[] => p.filter((r) => r.text.trim() !== '');
  if (!parts.some((p) => visible(p).some((a, k, all) => all.slice(k + 1).some((b) => apart(a, b))))) return parts;
  const base = lines.reduce<readonly TextRun[]>((best, line) => (chunks(visible([...line])).length > chunks(visible([...best])).length ? line : best), lines[0] ?? []);
  return partsOverLabels(lines.flat(), visible([...base]));
}

/**
 * Does text `a` run across where text `b` starts, `b` going on past its end (a caption over a
 * header, across the start of a label in the next column)? The lines of one label centred in its
 * cell each stand inside its widest, and run across none.
 */
export function runsAcross(a: readonly TextRun[], b: readonly TextRun[]): boolean {
  const [start, end] = [lineStart(a), lineEnd(a)];
  return lineStart(b) > start + 2 && lineStart(b) < end - 2 && lineEnd(b) > end + 2;
}

/**
 * Does any of the texts `as` run across where one of `bs` starts (see runsAcross)? A header's
 * labels are a few dozen texts: more than that, a page of text set in bold, is taken to (so that
 * this stays bounded).
 */
export function anyRunsAcross(as: readonly TextRun[], bs: readonly TextRun[]): boolean {
  if (as.length * bs.length > 10_000) return true;
  return as.some((a) => bs.some((b) => runsAcross([a], [b])));
}

/** Where the labels of one header line start, left to right (each piece of its text a label). */
export function labelStartsOf(line: readonly TextRun[]): number[] {
  return chunks(line.filter((r) => r.text.trim() !== '')).map((p) => (p[0] as TextRun).x);
}

/**
 * Where texts of a line start after a gap far wider than a word space (an em or more): the start of
 * a label that a gutter narrower than the pieces' split (chunks) parts from the one before it
 * (`Thema's & ambitie` · `NDS`, the last line of `Acties zoals in` / `NDS`).
 */
function gutterStarts(line: readonly TextRun[], size: number): number[] {
  const sorted = [...line].sort((a, b) => a.x - b.x);
  return sorted.filter((r, k) => k > 0 && r.x - ((sorted[k - 1] as TextRun).x + (sorted[k - 1] as TextRun).width) >= size).map((r) => r.x);
}

/** Where the labels of a header line start: its pieces, and texts after a gutter narrower than a piece's split. */
export function headerLineStarts(line: readonly TextRun[]): number[] {
  const visible = line.filter((r) => r.text.trim() !== '');
  const size = Math.max(...visible.map((r) => r.size));
  return [...new Set([...labelStartsOf(visible), ...gutterStarts(visible, size)])].sort((a, b) => a - b);
}

/**
 * Where labels start that stand in a gap of the header line `base`, on other baselines: a header
 * whose cells centre their labels vertically sets a two-line label's lines between the one-line
 * labels' baselines (`Stand van zaken /` over and `resultaten (t/m Q2 2020)` under `Thema  Opgave
 * Actie  doen? (vanaf`), and two such labels side by side share the gap (`Stand van zaken /  Wat
 * gaan we doen?` over `Thema  Opgave  Actie  Wie (tijd)`). The texts of `others` (runs of other
 * lines) that start half an em or more past the end of the base's text on their left (no line of
 * that text's own label, left-aligned, centred or set right, does) and end before its next text
 * begins are cut into labels, on each line, at a gutter of an em or more or at a base text between.
 */
export function gapStarts(base: readonly TextRun[], others: readonly TextRun[]): number[] {
  const texts = base.filter((r) => r.text.trim() !== '').sort((a, b) => a.x - b.x);
  if (texts.length === 0) return [];
  const size = Math.max(...texts.map((r) => r.size));
  const y = (texts[0] as TextRun).y;
  const inGap = others.filter((r) => {
    if (r.text.trim() === '' || Math.abs(r.y - y) <= 1) return false;
    const k = texts.findLastIndex((t) => t.x <= r.x);
    const left = texts[k];
    const right = texts[k + 1];
    // (A text whose run ends in a space reaches its column's edge, the next label's start, with it: a
    // narrow gutter, LibreOffice's `ACTIES ZOALS IN NDS ` ending where `STAND VAN ZAKEN/` starts. No
    // line of its own label starts past its end.)
    return (!left || r.x >= left.x + left.width + (/\s$/.test(left.text) ? -0.5 : size / 2)) && (!right || r.x + r.width <= right.x - 1) && (left || right);
  });
  const starts: number[] = [];
  for (const line of byBaseline(inGap)) {
    line.sort((a, b) => a.x - b.x);
    line.forEach((r, k) => {
      const before = line[k - 1];
      // (A base text between the two parts them as well.)
      const parted = before !== undefined && texts.some((t) => t.x > before.x && t.x < r.x);
      if (!before || parted || r.x - (before.x + before.width) >= size) starts.push(r.x);
    });
  }
  starts.sort((a, b) => a - b);
  return starts.filter((x, k) => k === 0 || x - (starts[k - 1] as number) > 1.5);
}

/** `starts` of the header line `base` with those of labels in its gaps on other baselines (see gapStarts). */
function withGapStarts(starts: readonly number[], base: readonly TextRun[], others: readonly TextRun[]): number[] {
  return [...new Set([...starts, ...gapStarts(base, others)])].sort((a, b) => a - b);
}

/**
 * The texts of a header whose labels wrap upwards, grouped by the label of its last line (`base`)
 * that each stands over: the lines above start where its labels do, so the gutters of that line part
 * the labels, however narrow (pieces split by distance alone would run `Acties zoals in NDS` and
 * `Stand van zaken/` together).
 */
export function partsOverLabels(runs: readonly TextRun[], base: readonly TextRun[]): TextRun[][] {
  const starts = withGapStarts(headerLineStarts(base), base, runs);
  const groups: TextRun[][] = starts.map(() => []);
  for (const r of runs) {
    if (r.text.trim() === '') continue;
    (groups[Math.max(0, starts.findLastIndex((s) => s <= r.x + 2))] as TextRun[]).push(r);
  }
  return groups.filter((g) => g.length > 0).map((g) => g.sort((a, b) => b.y - a.y || a.x - b.x));
}

/**
 * How many lines a label wrapped upwards may stand over its header's last line: labels in narrow
 * columns wrap often (`Stand` / `van` / `zaken /` / `resultate` / `n (t/m` / `Q2` over `2020)`).
 */
export const LABEL_LINES_ABOVE = 7;

/**
 * The lines above a header line that belong to it: a header set bottom-aligned wraps its long
 * labels upwards (`Stand van zaken /` / `resultaten (t/m Q2` over `Thema  Opgave  Actie  2020)`).
 * Each such line follows the one below at the spacing of wrapped lines, in the header's type and
 * weight, and each of its pieces starts where a label of the line below does, ending before the
 * next label starts: prose above the table, which runs across the columns, never does. Returns how
 * many lines above `i` are the header's (`first`: no line above it may be taken).
 */
export function headerLinesAbove(lines: readonly TextRun[][], i: number, first: number): number {
  const base = (lines[i] as TextRun[]).filter((r) => r.text.trim() !== '');
  if (base.length === 0) return 0;
  const size = Math.max(...base.map((r) => r.size));
  const baseStarts = headerLineStarts(base);
  const face = emphasisOf(base);
  let up = 0;
  let step: number | null = null;
  for (let j = i - 1; j >= first; j--) {
    const line = (lines[j] as TextRun[]).filter((r) => r.text.trim() !== '');
    const below = lines[j + 1]?.[0] as TextRun;
    const down = (line[0]?.y ?? 0) - below.y;
    if (line.length === 0 || down <= 0) break;
    // (Labels of different heights centred vertically stagger their lines: a line of a tall label
    // stands a whole line's spacing over its next, twice as far as the half-steps between the
    // labels' baselines. Each of its texts then starts where one of the line under it does, and
    // that label's next line follows at the same spacing: a row's last line over a header, as far
    // over a label whose lines stand closer, is none.)
    const spaced = (b: TextRun): boolean => {
      const next = lines.slice(j + 2).find((l) => l.some((n) => n.text.trim() !== '' && Math.abs(n.x - b.x) <= 2));
      return next !== undefined && Math.abs(b.y - (next[0] as TextRun).y - down) <= down * 0.15;
    };
    const continues = step !== null && down <= step * 2.3 && line.every((r) => (lines[j + 1] as TextRun[]).some((b) => b.text.trim() !== '' && Math.abs(b.x - r.x) <= 2 && spaced(b)));
    if (!continues && (down > size * 1.5 || (step !== null && down > step * 1.15))) break;
    if (line.some((r) => Math.abs(r.size - size) > 0.3 || !inFace(r, face))) break;
    // (Its texts grouped by the label they stand over: a narrow gutter may run two together. A
    // label in a gap of the base line, centred vertically, starts where its lines do: gapStarts.)
    const starts = withGapStarts(baseStarts, base, lines.slice(j, i).flat());
    const over = new Map<number, TextRun[]>();
    for (const r of line) {
      const k = starts.findLastIndex((s) => s <= r.x + 2);
      over.set(k, [...(over.get(k) ?? []), r]);
    }
    const fits = [...over].every(([k, texts]) => {
      const x0 = Math.min(...texts.map((r) => r.x));
      const x1 = Math.max(...texts.map((r) => r.x + r.width));
      return k >= 0 && Math.abs((starts[k] as number) - x0) <= 2 && (k === starts.length - 1 || x1 <= (starts[k + 1] as number) - 1);
    });
    if (!fits) break;
    step = Math.min(step ?? down, down);
    up++;
  }
  return up;
}

/**
 * A header line whose labels, with the lines above it that wrap them upwards (see headerLinesAbove),
 * name the columns, though the line by itself names too few (`NDS  (t/m Q2 2020)  2020)  Wie
 * (Tijd)` under `Acties zoals in  zaken/resultaten  doen? (vanaf Q2`: labels set bottom-aligned and
 * not bold, which headerAt reads across baselines only when bold), or null. `first`: no line above
 * it may be taken.
 */
export function wrappedHeaderAt(lines: readonly TextRun[][], i: number, first: number): { end: number; parts: TextRun[][] } | null {
  // (A header's last line stands in two columns or more; a line of prose, in one, is none.)
  if (chunks((lines[i] as TextRun[]).filter((r) => r.text.trim() !== '')).length < 2) return null;
  const up = headerLinesAbove(lines, i, Math.max(first, i - LABEL_LINES_ABOVE));
  if (up === 0) return null;
  const parts = partsOverLabels(lines.slice(i - up, i + 1).flat(), lines[i] as TextRun[]);
  return isHeader(parts) ? { end: i + 1, parts } : null;
}

/**
 * A header run that holds the labels of several columns as one string (`Thema's & ambitie Acties
 * zoals in NDS`, set with one stretched space between them) is cut before each word that opens a
 * label of another meaning, and each label placed at the start of the next column it reaches over.
 */
export function splitLabels(run: TextRun, columns: readonly Column[]): TextRun[] {
  const end = run.x + run.width;
  const first = columnOf(columns, run.x);
  const crossed = columns.filter((c, k) => k > first && c.x0 < end - 1);
  if (crossed.length === 0) return [run];
  const cuts = labelBreaks(run.text, labelMeaning(run.text)).at.slice(0, crossed.length);
  if (cuts.length === 0) return [run];
  const bounds = [0, ...cuts, run.text.length];
  return bounds.slice(0, -1).map((from, k) => {
    const x = k === 0 ? run.x : (crossed[k - 1] as Column).x0;
    const nextX = k + 1 < bounds.length - 1 ? (crossed[k] as Column).x0 : end;
    return { ...run, text: run.text.slice(from, bounds[k + 1]).trim(), x, width: Math.max(1, nextX - x - 1) };
  });
}

/** The places where texts start, left to right: starts within 3 pt of a place's first are its. */
function startPlaces(starts: readonly Start[]): { x: number; members: Start[] }[] {
  const places: { x: number; members: Start[] }[] = [];
  for (const s of [...starts].sort((a, b) => a.x - b.x)) {
    const last = places[places.length - 1];
    if (last && s.x - last.x <= 3) last.members.push(s);
    else places.push({ x: s.x, members: [s] });
  }
  return places;
}

/**
 * Columns the header's texts run together (two labels set with a narrow gutter: `Opgave Actie`)
 * show in the body: text that starts at the same place in many rows, well inside a header column,
 * with words of the column before it on the same lines (a gutter, not an indent), is a column of its
 * own. Taken from the left: a cell's text starts at its left edge, and what starts a little to the
 * right of an accepted start (list items indented under it) is not a column. `movesOnly`: only
 * edges move (centred labels), no column is added.
 */
export function withAlignedStarts(columns: Column[], starts: readonly Start[], rowCount: number, headerStarts: readonly number[] = [], labels: readonly TextRun[] = [], movesOnly = false): Column[] {
  const clusters = startPlaces(starts).map(({ x, members }) => ({
    x,
    n: members.length,
    gutters: members.filter((s) => s.afterText).length,
    afterMark: members.some((s) => s.afterMark === true),
    members,
  }));
  // The last words of justified lines: set flush with the column's right edge after stretched word
  // spaces, they end together where their starts scatter — if only a little, for short words of
  // about one width (`de`, `in`, `AO`, `11`): by more than their ends do. No column starts there.
  const flushRight = (members: readonly Start[]): boolean => {
    // (Where each starts a piece, the first word's end: a narrow gutter may run it on into the next
    // column's text.)
    const ends = members.map((m) => m.words?.[0]?.[1] ?? m.end ?? m.x);
    const xs = members.map((m) => m.x);
    const endSpread = Math.max(...ends) - Math.min(...ends);
    return members.length >= 3 && endSpread <= 0.75 && Math.max(...xs) - Math.min(...xs) > Math.min(1.5, endSpread + 0.5);
  };
  const need = Math.max(3, Math.ceil(rowCount * 0.3));
  // The pieces with a word across `x` (by more than `margin` on either side): where a gutter runs
  // down the table, few.
  const across = (x: number, margin: number): Start[] => starts.filter((s) => (s.words ?? [[s.x, s.end ?? s.x]]).some(([a, b]) => a < x - margin && b > x + margin));
  // A column's text starts at one place, to a fraction of a point, after a gutter on two lines or
  // more; words in the middle of justified lines, after stretched spaces, meet near one another by
  // chance (`3,5` under `van` under `het`, 1–3 pt apart). (Members come in order of their starts:
  // each one's neighbours within half a point are counted in one pass.)
  const aligned = (members: readonly Start[], n: number): boolean => {
    const gutters = [0];
    for (const m of members) gutters.push((gutters[gutters.length - 1] as number) + (m.afterText ? 1 : 0));
    let lo = 0;
    let hi = 0;
    return members.some((m) => {
      while ((members[lo] as Start).x < m.x - 0.5) lo++;
      while (hi < members.length && (members[hi] as Start).x <= m.x + 0.5) hi++;
      return hi - lo >= n && (gutters[hi] as number) - (gutters[lo] as number) >= 2;
    });
  };
  const extra: number[] = [];
  const edges = columns.map((col) => col.x0);
  // Starts of labels found centred: they say nothing about where a column starts.
  const centredStarts: number[] = [];
  const hints = (): number[] => headerStarts.filter((h) => !centredStarts.some((m) => Math.abs(m - h) <= 1.5));
  for (const c of clusters) {
    // (One start alone moves a centred label's edge only after a gutter on its line.)
    if (c.n < 2 && c.gutters < 1) continue;
    // A label centred over its column starts right of where the column's text does: text that
    // starts left of a label's start, after a gutter on its lines or where no text from the left
    // reaches, under a label centred over it, moves that edge there.
    const k = edges.findIndex((e, i) => i > 0 && e - c.x > 1.5 && c.x - (edges[i - 1] as number) > 12);
    const edge = edges[k];
    // The column's text starts at its least indented lines: sub-headings over indented items
    // (`Big data` over its paragraphs) start a little left of them.
    const group = k > 0 ? clusters.filter((o) => o === c || (o.n >= 2 && o.x < c.x && c.x - o.x <= 16 && o.x - (edges[k - 1] as number) > 12 && !o.afterMark)) : [c];
    const from = Math.min(...group.map((o) => o.x));
    // (Where the columns were settled on the page before, `movesOnly`, not text under the labels
    // of the column before, items indented in it: it starts inside that column. A page's few rows
    // say little there; centred headers read on their own page keep this move.)
    const before = k > 0 ? labels.filter((r) => r.x >= (edges[k - 1] as number) - 1.5 && r.x < (edges[k] as number) - 1.5 && r.text.trim() !== '') : [];
    const underBefore = movesOnly && before.some((r) => r.x + r.width > from + 1);
    if (k > 0 && edge !== undefined && !c.afterMark && !underBefore && !clusters.some((o) => !group.includes(o) && o.n >= 2 && Math.abs(o.x - edge) <= 3)) {
      const next = edges[k + 1] ?? (columns[columns.length - 1] as Column).x1;
      // (A word or two from the left may reach past it: texts a narrow gutter ran together. The
      // next column's labels, centred too, may start a little before it.)
      const clear = across(from, 0.5).filter((s) => s.x < from - 1.5).length <= Math.max(1, c.n * 0.25);
      if ((c.gutters >= 2 || clear) && centredOver(labels.filter((r) => r.x >= edge - 1.5 && r.x + r.width / 2 < next), from, c.x, starts, next)) {
        edges[k] = from;
        centredStarts.push(edge);
        continue;
      }
    }
    // (A label's last word that starts there too — a header whose label ran on into the next
    // column's, `Financieringsbron (x € 1 mln.) 2017`, over a small table's few rows — is one line
    // more that shows the column.)
    const needHere = lastWordStartsAt(labels, c.x) ? need - 1 : need;
    if (c.n < 2 || c.n < needHere || movesOnly) continue;
    // The column starts where its least indented text does (a sub-heading over indented items),
    // or where a header label over it starts.
    const x = Math.min(c.x, ...clusters.filter((o) => o.n >= 2 && o.x < c.x && c.x - o.x <= 12).map((o) => o.x), ...hints().filter((h) => h < c.x + 3 && c.x - h <= 12));
    // A gutter before it on some lines, or a header label starting right over it: not an indent.
    const labelled = hints().some((h) => Math.abs(h - x) <= 3);
    // (And a gutter runs down the table: few lines' words cross where the column would start, as
    // justified lines' words do between words that meet there by chance.)
    const crossed = (): boolean => across(x, 1).length > Math.max(1, c.n * 0.25);
    if (!labelled && (c.gutters < 2 || flushRight(c.members) || !aligned(c.members, needHere) || crossed())) continue;
    if ([...edges, ...extra].every((e) => Math.abs(e - x) > 12)) extra.push(x);
  }
  if (extra.length === 0 && edges.every((e, i) => e === columns[i]?.x0)) return columns;
  const right = (columns[columns.length - 1] as Column).x1;
  const xs = [...edges, ...extra].sort((a, b) => a - b);
  return columnsFrom(xs, right + 0.5);
}

/**
 * Does the last word of one of the header's labels start at `x` (after a space, as far as its
 * letters' share of the label's width tells: within half a letter size)? Its label ran on into the
 * next column's (a narrow table sized to its text: `Financieringsbron (x € 1 mln.) 2017`).
 */
function lastWordStartsAt(labels: readonly TextRun[], x: number): boolean {
  return labels.some((r) => {
    const text = r.text.trimEnd();
    const space = text.lastIndexOf(' ');
    if (r.x >= x - 1 || r.x + r.width <= x + 1 || space <= 0) return false;
    return Math.abs(r.x + (r.width * (space + 1)) / text.length - x) <= Math.max(2, r.size * 0.5);
  });
}

/**
 * Are these header labels centred over the text that starts at `x` (its lines indented up to
 * `inner` among it)? Each of the label's lines overlaps that text, and stands as far from where it
 * starts as from where its ragged right edge may end: at least half as far as from where its
 * longest line reaches (a label centred in its cell, whose lines wrap short of its edge), at most as
 * far as the next column starts.
 */
function centredOver(labels: readonly TextRun[], x: number, inner: number, starts: readonly Start[], next: number): boolean {
  // Each of the label's lines (its words may be runs of their own) from its first word to its last.
  const lines = byBaseline(labels.filter((r) => r.text.trim() !== ''));
  const ends = starts.filter((s) => s.x >= x - 3 && s.x <= inner + 3 && (s.end ?? s.x) < next).map((s) => s.end ?? s.x);
  if (lines.length === 0 || ends.length === 0) return false;
  const reach = Math.max(...ends);
  // (A label the page edge cut, `Wie (`, reaches that edge: how far it would reach is unknown. A
  // whole label may reach it too, `Wie (Tijd)` on a page where its column holds nothing.)
  const label = lines.map((line) => text(line)).join(' ');
  const whole = labelMeaning(label) !== null && (label.match(/\(/g)?.length ?? 0) === (label.match(/\)/g)?.length ?? 0);
  return lines.every((line) => {
    const from = Math.min(...line.map((r) => r.x));
    const to = Math.max(...line.map((r) => r.x + r.width));
    const cut = to >= next - 1 && !whole;
    return from < reach && from - x >= (reach - to) * 0.5 - 4 && (cut || from - x <= next - to + 4);
  });
}

/**
 * Column starts of a header line: where its pieces start, and inside a piece where a second label
 * with a meaning of its own starts after a gutter (`Thema Opgave`, `Acties zoals in Stand van
 * zaken/ resultaten`: two labels a narrow gutter ran together).
 */
export function labelStarts(parts: readonly TextRun[][]): { starts: number[]; estimated: number[] } {
  const out: number[] = [];
  const estimated: number[] = [];
  const bold = editionWords(parts);
  for (const part of parts) {
    const sorted = [...part].filter((r) => r.text.trim() !== '').sort((a, b) => a.x - b.x);
    if (sorted.length === 0) continue;
    out.push((sorted[0] as TextRun).x);
    let meaning = labelMeaningIn(text(sorted.slice(0, 1)), bold);
    sorted.forEach((run, k) => {
      const prev = sorted[k - 1];
      const own = labelMeaningIn(run.text, bold);
      if (k > 0 && prev && own !== null && own !== meaning && run.x - (prev.x + prev.width) > run.size * 0.3) {
        out.push(run.x);
        meaning = own;
      }
      // Two labels in one string (`Opgave Actie`): the second starts about where its share of
      // the characters puts it; the rows below say exactly where (see snapToRows).
      const inner = labelBreaks(run.text, meaning, bold);
      // (Years as well: `Financieringsbron (x € 1 mln.) 2017`; a year a gutter parts is a start.)
      if (k > 0 && prev && YEAR_LABEL.test(run.text.trim()) && run.x - (prev.x + prev.width) > run.size * 0.3) out.push(run.x);
      for (const at of [...inner.at, ...closingYears(run.text)].sort((a, b) => a - b)) {
        const x = run.x + (run.width * at) / Math.max(1, run.text.length);
        out.push(x);
        estimated.push(x);
      }
      meaning = inner.meaning;
    });
  }
  return { starts: out.sort((a, b) => a - b), estimated };
}

/**
 * A column that no row's text enters, under labels that all run on across the next column's start
 * where no label of that column starts, is one column with the next: one label over text set in
 * from its edge (LaTeX's itemize in a cell, the bullets a gutter's width in), which the rows' starts
 * parted from it (withAlignedStarts adds a column where the rows' text starts); else the label is
 * cut at the text, `Stand` · `van zaken`, and the rows stand under no label. (A column left blank by
 * a row the page cut has a label of its own beside the next's.)
 */
export function withLabelsWhole(columns: readonly Column[], rows: readonly TextRun[], labels: readonly TextRun[]): Column[] {
  const text = rows.filter((r) => r.text.trim() !== '');
  const heads = labels.filter((r) => r.text.trim() !== '');
  if (text.length === 0) return [...columns];
  const out = [...columns];
  for (let k = out.length - 2; k >= 0; k--) {
    const [column, next] = [out[k] as Column, out[k + 1] as Column];
    if (text.some((r) => r.x >= column.x0 - 1 && r.x < next.x0 - 1)) continue;
    const over = heads.filter((r) => r.x >= column.x0 - 1.5 && r.x < next.x0 - 1.5);
    const own = heads.some((r) => r.x >= next.x0 - 1.5 && r.x < next.x1);
    // (One label, of one meaning: not two set as one string over a column this page leaves blank, `Opgave Actie`.)
    const label = [...over].sort((a, b) => b.y - a.y || a.x - b.x).map((r) => r.text.trim()).join(' ');
    const one = labelBreaks(label, labelMeaning(label)).at.length === 0;
    if (over.length > 0 && !own && one && over.every((r) => r.x + r.width > next.x0 + 1)) out.splice(k, 2, { x0: column.x0, x1: next.x1 });
  }
  return out;
}

/**
 * Column starts estimated inside a header string, moved to where the rows' text starts nearby —
 * or dropped when no row's text starts there (two meaning words in one label: `Status en planning`).
 * Where a long string (a header run together over a table of figures: `(x € 1 mln) Stand
 * Voorjaarsnota 2020 2020 2021 …`) puts its estimates further off, they are matched in order to
 * where the rows' cells start, the start of a label word that heads no column dropped.
 */
export function snapToRows(columns: Column[], estimated: readonly number[], starts: readonly Start[]): Column[] {
  if (estimated.length === 0) return columns;
  const near = (x0: number): number[] => starts.map((st) => st.x).filter((x) => Math.abs(x - x0) <= SNAP);
  const right = (columns[columns.length - 1] as Column).x1;
  const lost = columns.filter((c) => estimated.includes(c.x0) && near(c.x0).length === 0).length;
  const matched = lost > 0 ? startsInOrder(columns, estimated, starts) : null;
  if (matched && matched.size > estimated.length - lost) {
    return columnsFrom(columns.flatMap((c) => (!estimated.includes(c.x0) ? [c.x0] : matched.has(c.x0) ? [matched.get(c.x0) as number] : [])), right + 0.5);
  }
  const xs = columns.flatMap((c) => {
    if (!estimated.includes(c.x0)) return [c.x0];
    const found = near(c.x0);
    return found.length > 0 ? [Math.min(...found)] : [];
  });
  return columnsFrom(xs, right + 0.5);
}

/** How far a column start estimated inside a header string may stand from the rows' text start it is. */
const SNAP = 12;

/**
 * Estimated starts → where the rows' cells start (places two rows or more start at, not at a
 * column the header gave for sure), matched in order: each within twice the usual distance, the
 * sum of the distances least, an estimate left unmatched costing as much as the farthest match.
 */
function startsInOrder(columns: readonly Column[], estimated: readonly number[], starts: readonly Start[]): Map<number, number> {
  const sure = columns.map((c) => c.x0).filter((x) => !estimated.includes(x));
  const targets = startPlaces(starts)
    .filter((p) => p.members.length >= 2 && sure.every((x) => Math.abs(x - p.x) > 3))
    .map((p) => p.x);
  const es = [...estimated].sort((a, b) => a - b);
  const far = SNAP * 2;
  // best[i][j]: the least cost of the first i estimates against the first j places.
  const best = Array.from({ length: es.length + 1 }, () => new Array<number>(targets.length + 1).fill(Infinity));
  const step = Array.from({ length: es.length + 1 }, () => new Array<'match' | 'drop' | 'skip' | null>(targets.length + 1).fill(null));
  (best[0] as number[]).fill(0);
  for (let i = 0; i <= es.length; i++) {
    for (let j = 0; j <= targets.length; j++) {
      const here = (best[i] as number[])[j] as number;
      if (!Number.isFinite(here)) continue;
      const offer = (a: number, b: number, cost: number, how: 'match' | 'drop' | 'skip'): void => {
        if (cost < ((best[a] as number[])[b] as number)) {
          (best[a] as number[])[b] = cost;
          (step[a] as (typeof how | null)[])[b] = how;
        }
      };
      if (i < es.length) offer(i + 1, j, here + far, 'drop');
      if (j < targets.length) offer(i, j + 1, here, 'skip');
      if (i < es.length && j < targets.length) {
        const d = Math.abs((es[i] as number) - (targets[j] as number));
        if (d <= far) offer(i + 1, j + 1, here + d, 'match');
      }
    }
  }
  const out = new Map<number, number>();
  for (let i = es.length, j = targets.length; i > 0 || j > 0; ) {
    const how = (step[i] as ('match' | 'drop' | 'skip' | null)[])[j];
    if (how === 'match') out.set(es[i - 1] as number, targets[j - 1] as number);
    if (how === 'match' || how === 'drop') i--;
    if (how === 'match' || how === 'skip') j--;
    if (how === null) break;
  }
  return out;
}

/**
 * Column starts of a header set on several baselines. Two labels with a narrow gutter read as one
 * piece of the first line (`Acties Stand van zaken/ resultaten`); when the first label goes on below
 * at its own start (`zoals`, `in NDS`) and none of those lines reaches where the second label
 * starts, that gutter is a column edge.
 */
export function stackedLabelStarts(first: readonly TextRun[][], below: readonly TextRun[][]): number[] {
  const pieces = below.flatMap((line) => chunks(line));
  const out: number[] = [];
  for (const chunk of first) {
    const start = Math.min(...chunk.map((r) => r.x));
    out.push(start);
    const stacked = pieces.filter((p) => Math.abs((p[0] as TextRun).x - start) <= 2);
    if (stacked.length === 0) continue;
    const reach = Math.max(...stacked.map((p) => Math.max(...p.map((r) => r.x + r.width))));
    const sorted = [...chunk].filter((r) => r.text.trim() !== '').sort((a, b) => a.x - b.x);
    for (let k = 1; k < sorted.length; k++) {
      const run = sorted[k] as TextRun;
      const prev = sorted[k - 1] as TextRun;
      const gap = run.x - (prev.x + prev.width);
      // The next label starts past everything the first one wraps to, after a gutter wider than a space.
      if (gap > run.size * 0.4 && run.x > reach + 1 && !pieces.some((p) => (p[0] as TextRun).x < run.x - 1 && Math.max(...p.map((r) => r.x + r.width)) > run.x + 1)) {
        out.push(run.x);
        break;
      }
    }
  }
  return out;
}

/**
 * How tall a shaded header cell may be, in its labels' size: a label wrapped onto seven lines and
 * more at a wrapped line's spacing (`Stand van` / `zaken /` / `resultaten` / `(t/m Q2` / `2020)`
 * under labels centred vertically, 74 pt under 10 pt type). A shaded box taller is no header's
 * cell (a frame, a row's shading). In the type's size, so that a page printed larger reads the same.
 */
const HEADER_CELL_LINES = 8;

/**
 * Filled header cells across the header's lines (baselines `y` down to `last`, labels `size` large):
 * three or more side by side, each narrower than the table. Cells need not be as tall as each
 * other: a word processor fits each cell's shading to its own label (`Acties` / `zoals` / `in` /
 * `NDS` over four lines beside labels on one).
 */
export function headerCells(fills: readonly Box[], y: number, last: number, size: number): Box[] | null {
  const cells = fills.filter((f) => f.y0 <= y + size * 0.1 && f.y1 >= last - size * 0.1 && f.y1 - f.y0 < size * HEADER_CELL_LINES).sort((a, b) => a.x0 - b.x0);
  if (cells.length < 3) return null;
  const width = (cells[cells.length - 1] as Box).x1 - (cells[0] as Box).x0;
  return cells.every((c) => c.x1 - c.x0 < width * 0.7) ? cells : null;
}

/**
 * The cells of a rule drawn under a header cell by cell (`th { border-bottom }` as browsers draw it,
 * a word processor's cell borders): three or more side by side, each starting where the one before
 * ends, right under the header's last line (`lastY`, its baseline). Their joints are the edges of
 * the header's cells, so of the columns, wherever the labels stand in them (centred, or in a cell
 * wider than its text). A rule drawn as one line says nothing of the columns: null.
 */
export function ruledHeaderCells(rules: readonly Box[], lastY: number, size: number): Box[] | null {
  const under = rules.filter((r) => r.y1 - r.y0 <= 4 && r.x1 - r.x0 > (r.y1 - r.y0) * 4 && r.y1 < lastY && r.y0 > lastY - size * 2.5);
  if (under.length < 3) return null;
  // The line nearest under the header (a double rule draws the same cells twice).
  const top = Math.max(...under.map((r) => r.y1));
  const cells = cellsSideBySide(under.filter((u) => u.y1 >= top - 1));
  return cells && cells.every((c) => c.x1 - c.x0 >= size) ? cells : null;
}
