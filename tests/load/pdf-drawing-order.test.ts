/**
 * A page reads the same whatever order its producer draws it in, and however it cuts its rules: the
 * layout goes by where text, rules and fills stand, never by the order of the content stream (a
 * design tool writes frames, running heads and table cells in its own order) nor by how many
 * strokes make one rule (a word processor draws a rule cell by cell).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cachedRead } from '../helpers/models';
import { placelessRecordsOf as recordsOf } from '../helpers/records';
import { ROOT } from '../helpers/fixture';
import type { Box } from '../../src/load/pdf/page-data';

const UNTAGGED = join(ROOT, 'fixtures', 'nds-2020-untagged.pdf');
const LIBREOFFICE = join(ROOT, 'tests', 'fixtures', 'producers', 'libreoffice-writer.pdf');


/** The same items in an order a seeded generator deals them (Fisher–Yates). */
function dealt<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) & 0x7fffffff;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Rules that continue one another along one line (drawn cell by cell) joined into one stroke each: a rule drawn across the table at once. */
function whole(rules: readonly Box[]): Box[] {
  const flat = (b: Box): boolean => b.x1 - b.x0 > b.y1 - b.y0;
  const joinAlong = (list: Box[], horizontal: boolean): Box[] => {
    const key = (b: Box): string => (horizontal ? `${b.y0.toFixed(1)}:${b.y1.toFixed(1)}` : `${b.x0.toFixed(1)}:${b.x1.toFixed(1)}`);
    const [lo, hi] = horizontal ? (['x0', 'x1'] as const) : (['y0', 'y1'] as const);
    const out: Box[] = [];
    const lines = new Map<string, Box[]>();
    for (const b of list) lines.set(key(b), [...(lines.get(key(b)) ?? []), b]);
    for (const line of lines.values()) {
      for (const b of [...line].sort((p, q) => p[lo] - q[lo])) {
        const last = out.at(-1);
        if (last && key(last) === key(b) && b[lo] <= last[hi] + 0.5) last[hi] = Math.max(last[hi], b[hi]);
        else out.push({ ...b });
      }
    }
    return out;
  };
  return [...joinAlong(rules.filter(flat), true), ...joinAlong(rules.filter((b) => !flat(b)), false)];
}

describe('the order a page is drawn in', () => {
  it.each([
    ['the bundled untagged PDF (Chromium)', UNTAGGED],
    ['the LibreOffice rendering (no rules)', LIBREOFFICE],
  ])('changes no record of %s: its runs, rules and fills dealt in another order on every page', async (_, path) => {
    const read = await cachedRead(path);
    const before = recordsOf(structuredClone(read), 'x.pdf');
    expect(before.actions).toHaveLength(45);
    const dealtOut = { ...read, pages: read.pages.map((p, k) => ({ ...p, runs: dealt(p.runs, k + 1), rules: dealt(p.rules, k + 101), fills: dealt(p.fills, k + 201) })) };
    expect(dealtOut.pages.some((p, k) => p.runs[0] !== read.pages[k]?.runs[0])).toBe(true);
    expect(recordsOf(dealtOut, 'x.pdf')).toEqual(before);
  });

  it('changes no record when the rules Chromium draws cell by cell are drawn whole, across the table (the bundled untagged PDF, a full grid)', async () => {
    const read = await cachedRead(UNTAGGED);
    const before = recordsOf(structuredClone(read), 'x.pdf');
    const strokes = read.pages.map((p) => whole(p.rules));
    // (The appendices' grids: far fewer strokes than Chromium's.)
    expect(strokes.reduce((n, p) => n + p.length, 0) * 2).toBeLessThan(read.pages.reduce((n, p) => n + p.rules.length, 0));
    expect(recordsOf({ ...read, pages: read.pages.map((p, k) => ({ ...p, rules: strokes[k] ?? [] })) }, 'x.pdf')).toEqual(before);
  });
});
