/** Where a block came from in a PDF: its page and box, in points rounded to a tenth. */
import type { SourcePlace } from '../../model/document';
import type { Box } from './page-data';

export function bbox(box: Box): [number, number, number, number] {
  const r = (n: number): number => Math.round(n * 10) / 10;
  return [r(box.x0), r(box.y0), r(box.x1), r(box.y1)];
}

export function place(page: number, box: Box): SourcePlace {
  return { page, bbox: bbox(box) };
}
