/**
 * Text set past the edge of its page: glyphs the file writes whose origin lies outside the page's
 * box. pdfjs's text content leaves each such glyph out (a viewer does not show it), so a table set
 * wider than its page (LibreOffice) reads `(Doorlo` where the file writes `(Doorlopend)`, and a
 * table row taller than its page (LaTeX's longtable) loses the lines past the foot. They are read
 * here from the drawing operators — where each text-showing operator puts each glyph — as pieces
 * of text, then joined to the runs they go on from (or added as runs of their own): the file holds
 * them, so the records are made whole from them, and a warning says they are not on the page.
 *
 * In: the text operators of one page (fed one at a time by the drawing pass in page-data.ts).
 * Out: pieces in user space (`PastEdgePiece`), and runs with the pieces joined (`withPastEdge`).
 */
import type { TextRun } from './page-data';

/** A run of glyphs written past the page's edge: its text, origin (user space), length and size. */
export interface PastEdgePiece {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  /** pdfjs's id of the font it is set in. */
  fontId: string;
}

/** The text state a text-showing operator is drawn with (see the PDF reference, 9.3). */
export interface TextState {
  /** Text matrix of the line (`Tlm`) and the current transformation matrix. */
  line: ArrayLike<number>;
  ctm: ArrayLike<number>;
  /** How far the text has advanced along the line since it started (text space, before `Tz`). */
  advance: number;
  fontId: string;
  /** Signed size (`Tf`); a negative size draws mirrored, advancing leftwards. */
  fontSize: number;
  /** The font's glyph-space to text-space scale (`FontMatrix[0]`, 0.001 for all but Type 3 fonts). */
  fontScale: number;
  charSpacing: number;
  wordSpacing: number;
  /** Horizontal scaling as a fraction (`Tz` 100 → 1). */
  hScale: number;
  rise: number;
}

/**
 * How many pages' widths or heights past its edge a page's text is read (a row LaTeX could not
 * break, set past the foot of a Letter page in narrow columns, reaches two pages and more below it).
 */
export const REACH = 8;

/** Pieces kept at most per page (bounded work and data for a hostile page). */
export const MAX_PAST_EDGE_PIECES = 2000;

/** A page's box in user space: x0, y0, x1, y1 (pdfjs's `page.view`). */
export type View = readonly [number, number, number, number];

interface Glyph {
  unicode?: unknown;
  width?: unknown;
  isSpace?: unknown;
}

/**
 * Collects the pieces of text a page writes past its edge, one text-showing operator at a time;
 * each call returns how far the operator advanced the text (text space), which the caller adds to
 * `advance`. Glyphs inside the page are skipped (pdfjs's text content has them): a glyph is past the
 * edge where pdfjs leaves it out — its origin right of or above the box, or below its foot, or the
 * glyph wholly left of it.
 */
export class PastEdgeCollector {
  readonly pieces: PastEdgePiece[] = [];
  /** Whether glyphs past the edge were met beyond the bound (then the page was not read whole). */
  overflow = false;
  /**
   * Glyphs set more than REACH pages' widths or heights beyond its edge: not read. No table or row
   * runs that far off its page (a damaged stream or a hostile file may place text anywhere, and the
   * layout after this reads the page's extent, which they would stretch without bound).
   */
  farOff = 0;
  private open: PastEdgePiece | null = null;
  private openEnd = 0;

  constructor(private readonly view: View) {}

  /** Notes the glyphs one text-showing operator writes past the edge; returns its advance. */
  show(glyphs: unknown, s: TextState): number {
    if (!Array.isArray(glyphs)) return 0;
    const [a, b, c, d, e, f] = Array.from(s.line, Number) as [number, number, number, number, number, number];
    const [A, B, C, D, E, F] = Array.from(s.ctm, Number) as [number, number, number, number, number, number];
    // Text space → user space: the line matrix, then the page's.
    const at = (tx: number): [number, number] => {
      const ty = s.rise;
      const ux = a * tx + c * ty + e;
      const uy = b * tx + d * ty + f;
      return [A * ux + C * uy + E, B * ux + D * uy + F];
    };
    const scale = Math.hypot(a * A + b * C, a * B + b * D);
    const size = Math.abs(s.fontSize) * Math.hypot(c * A + d * C, c * B + d * D);
    const direction = s.fontSize < 0 ? -1 : 1;
    const [vx0, vy0, vx1, vy1] = this.view;
    const [across, down] = [REACH * (vx1 - vx0), REACH * (vy1 - vy0)];
    let x = 0;
    for (const glyph of glyphs as unknown[]) {
      if (typeof glyph === 'number') {
        const move = (-glyph * s.fontSize) / 1000;
        x += move;
        // (A spacing number wide enough to be a word space inside a piece.)
        if (this.open && move * s.hScale > Math.abs(s.fontSize) * 0.2) this.open.text += ' ';
        continue;
      }
      if (typeof glyph !== 'object' || glyph === null) continue;
      const { unicode, width, isSpace } = glyph as Glyph;
      const w = typeof width === 'number' ? width * s.fontScale * s.fontSize : 0;
      const advance = w + (s.charSpacing + (isSpace === true ? s.wordSpacing : 0)) * direction;
      const tx = (s.advance + x) * s.hScale;
      const [gx, gy] = at(tx);
      const glyphLength = Math.abs(w * s.hScale) * scale;
      const past = gx > vx1 || gy > vy1 || gy < vy0 || gx + glyphLength < vx0;
      x += advance;
      if (!past || typeof unicode !== 'string') {
        this.close();
        continue;
      }
      if (gx > vx1 + across || gx < vx0 - across || gy > vy1 + down || gy < vy0 - down || !Number.isFinite(gx + gy)) {
        this.farOff++;
        this.close();
        continue;
      }
      // (A glyph whose width carries it past the reach — a font's widths absurd — ends there: the
      // glyphs after it are set where no page is.)
      if (gx + glyphLength > vx1 + across) this.farOff++;
      this.add(unicode, gx, gy, Math.min(glyphLength, vx1 + across - gx), size, s.fontId);
    }
    return x;
  }

  /** Ends the piece being written (a glyph on the page, or the end of the page's drawing). */
  close(): void {
    if (this.open && this.open.text.trim() !== '') {
      this.open.text = this.open.text.trimEnd();
      if (this.pieces.length < MAX_PAST_EDGE_PIECES) this.pieces.push(this.open);
      else this.overflow = true;
    }
    this.open = null;
  }

  private add(unicode: string, x: number, y: number, length: number, size: number, fontId: string): void {
    const open = this.open;
    // (A glyph goes on the piece where it stands on its baseline, where the last one ended or a word
    // space after it: the next operator may go on where the last one stopped.)
    const goesOn = open !== null && open.fontId === fontId && Math.abs(open.y - y) < size * 0.2 && x >= this.openEnd - size * 0.3 && x <= this.openEnd + size * 0.6;
    if (!goesOn) {
      this.close();
      if (unicode.trim() === '') return;
      this.open = { text: unicode, x, y, width: length, size, fontId };
    } else {
      const piece = open as PastEdgePiece;
      if (x > this.openEnd + size * 0.2 && !piece.text.endsWith(' ')) piece.text += ' ';
      piece.text += unicode;
      piece.width = x + length - piece.x;
    }
    this.openEnd = x + length;
  }
}

/**
 * The page's runs with the pieces past its edge joined (both in the page's upright coordinates): a
 * piece that starts where a run ends, on its baseline, goes on that run (`(Doorlo` + `pend`); any
 * other is a run of its own. The runs given are not changed.
 */
export function withPastEdge(runs: readonly TextRun[], pieces: readonly TextRun[]): TextRun[] {
  if (pieces.length === 0) return [...runs];
  const out = runs.map((r) => ({ ...r }));
  // (Runs by their baseline, in 2 pt bands: a piece looks only at the runs in its band and the
  // bands either side — bounded work, however many runs a page holds.)
  const byBaseline = new Map<number, TextRun[]>();
  const band = (y: number): number => Math.round(y / 2);
  const file = (r: TextRun): void => {
    const list = byBaseline.get(band(r.y));
    if (list) list.push(r);
    else byBaseline.set(band(r.y), [r]);
  };
  for (const r of out) if (!r.reversed) file(r);
  for (const piece of pieces) {
    const key = band(piece.y);
    const near = [key - 1, key, key + 1].flatMap((k) => byBaseline.get(k) ?? []);
    // (The run that ends nearest where the piece starts: of a word set a glyph a run, its last glyph.)
    let host: TextRun | undefined;
    for (const r of near) {
      const off = Math.abs(r.x + r.width - piece.x);
      if (Math.abs(r.y - piece.y) < piece.size * 0.2 && off < piece.size * 0.35 && (host === undefined || off < Math.abs(host.x + host.width - piece.x))) host = r;
    }
    if (host) {
      const gap = piece.x - (host.x + host.width);
      host.text = `${host.text}${gap > piece.size * 0.2 && !host.text.endsWith(' ') ? ' ' : ''}${piece.text}`;
      host.width = piece.x + piece.width - host.x;
    } else {
      out.push(piece);
      file(piece);
    }
  }
  return out;
}
