/**
 * Small capitals a producer makes itself (LibreOffice's `font-variant: small-caps` in a font with
 * none of its own): each word's first letter a capital in the text's size, the rest capitals set
 * smaller, about four-fifths of it — `D` `OMEIN` `&` `A` `CTIES ZOALS`, runs of their own since
 * pdfjs ends a text item where the size changes. Read as the text they set, in runs as pdfjs gives
 * a line set in one size: in the capitals' size, the small capitals in lower case (`Domein &`,
 * `Acties zoals`: a capital of the text stays a capital in its full size), so that a header label
 * reads as one text in one type, its lines step as its type does, and its words go on from line
 * to line as the text's do. (Small capitals a font draws with glyphs of its own are read in
 * page-data.ts, glyphsAsText.)
 */
import type { TextRun } from './page-data';

/** The widest word space between two runs joined, in sizes (a text item's runs of one size stand so). */
const WORD_SPACE = 0.4;

/** How much smaller than its capitals a producer sets small capitals: from three-fifths to nine-tenths. */
const SMALL = [0.6, 0.9] as const;

/** Capitals, figures and marks only: no lower-case letter, one capital at least. */
function allCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** Is `small` set as small capitals of `capital`'s type: on its baseline, in its face, smaller by SMALL? */
function smallOf(small: TextRun, capital: TextRun): boolean {
  const ratio = small.size / capital.size;
  return (
    ratio >= SMALL[0] &&
    ratio <= SMALL[1] &&
    Math.abs(small.y - capital.y) <= capital.size * 0.05 &&
    sameFace(small, capital) &&
    allCapitals(small.text) &&
    !/\p{Ll}/u.test(capital.text)
  );
}

function sameFace(a: TextRun, b: TextRun): boolean {
  return a.font === b.font && a.bold === b.bold && a.italic === b.italic && !a.reversed && !b.reversed && a.element === b.element;
}

/**
 * Runs in the order the page sets them, small capitals read as the text they set: each run of
 * capitals that stands on the line of capitals in its face set larger by SMALL reads in lower case
 * in their size; and runs that touch one another on a line, or stand a word space apart, in one face
 * and size, one of them so read, become one, as pdfjs gives a line set in one size (`D` `OMEIN` is
 * `Domein`; `WAT GAAN WE DOEN` `? (` `VANAF`, one label; `STAND VAN ZAKEN` `/`). Pages
 * with none stay as they are.
 */
export function smallCapsJoined(runs: readonly TextRun[]): TextRun[] {
  // (Runs of capitals by baseline, to the point: where small capitals look for theirs.)
  const capitals = new Map<number, TextRun[]>();
  for (const r of runs) {
    if (!allCapitals(r.text)) continue;
    const at = capitals.get(Math.round(r.y));
    if (at) at.push(r);
    else capitals.set(Math.round(r.y), [r]);
  }
  const capitalOf = (r: TextRun): TextRun | undefined => {
    if (!allCapitals(r.text)) return undefined;
    const y = Math.round(r.y);
    return [y - 1, y, y + 1].flatMap((k) => capitals.get(k) ?? []).find((c) => c !== r && smallOf(r, c));
  };
  const read = new Set<TextRun>();
  const sized = runs.map((r) => {
    const capital = capitalOf(r);
    if (!capital) return r;
    const made = { ...r, text: r.text.toLowerCase(), size: capital.size, y: capital.y };
    read.add(made);
    return made;
  });
  if (read.size === 0) return runs as TextRun[];
  const out: TextRun[] = [];
  // (Blank runs between two such runs — a space set as a run of its own — go with the join.)
  let blanks: TextRun[] = [];
  for (const run of sized) {
    if (run.text.trim() === '') {
      blanks.push(run);
      continue;
    }
    const prev = out[out.length - 1];
    const gap = prev === undefined ? Infinity : run.x - (prev.x + prev.width);
    if (prev && gap >= -run.size * 0.15 && gap <= run.size * WORD_SPACE && (read.has(prev) || read.has(run)) && Math.abs(prev.size - run.size) <= run.size * 0.01 && Math.abs(prev.y - run.y) <= run.size * 0.05 && sameFace(prev, run)) {
      const joined = { ...prev, text: gap > run.size * 0.15 ? `${prev.text.trimEnd()} ${run.text.trimStart()}` : `${prev.text}${run.text}`, width: run.x + run.width - prev.x };
      out[out.length - 1] = joined;
      read.add(joined);
    } else out.push(...blanks, run);
    blanks = [];
  }
  out.push(...blanks);
  return out;
}
