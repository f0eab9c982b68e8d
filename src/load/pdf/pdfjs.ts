/**
 * pdfjs-dist, loaded on first use (only PDF input pays for it), without `@napi-rs/canvas`.
 *
 * pdfjs's display layer requires that native module in Node as soon as it loads, for its DOMMatrix,
 * Path2D and ImageData. Loading it cost 150 ms of a 55-page PDF's 2.1 s of reading (measured with
 * --cpu-prof), and nds never renders a page. So the request is refused while pdfjs loads, and
 * DOMMatrix — which pdfjs also needs without rendering, at load and for Type 3 glyphs drawn from
 * bitmaps — comes from @thednp/dommatrix, a plain-JavaScript implementation of the standard
 * interface. Path2D and ImageData are for drawing on a canvas only; pdfjs's warnings that they are
 * missing are not shown.
 */
import Module from 'node:module';
import CSSMatrix from '@thednp/dommatrix';
import { collectPdfWarnings } from './page-data';

export type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

const CANVAS = '@napi-rs/canvas';
const CANVAS_WARNING = /^(Cannot load "@napi-rs\/canvas"|Cannot polyfill `(DOMMatrix|ImageData|Path2D)`)/;

type Load = (request: string, parent: unknown, isMain: boolean) => unknown;

let pdfjs: Promise<Pdfjs> | null = null;

async function importWithoutCanvas(): Promise<Pdfjs> {
  const loader = Module as unknown as { _load?: Load };
  const original = loader._load;
  const global = globalThis as { DOMMatrix?: unknown };
  global.DOMMatrix ??= CSSMatrix;
  if (typeof original === 'function') {
    loader._load = function load(this: unknown, request: string, parent: unknown, isMain: boolean): unknown {
      if (request === CANVAS) throw Object.assign(new Error(`${CANVAS} is not used: nds never renders pages`), { code: 'MODULE_NOT_FOUND' });
      return original.call(this, request, parent, isMain);
    };
  }
  try {
    const { value, warnings } = await collectPdfWarnings(() => import('pdfjs-dist/legacy/build/pdf.mjs'));
    for (const w of warnings) if (!CANVAS_WARNING.test(w)) console.warn(`Warning: ${w}`);
    return value;
  } finally {
    if (typeof original === 'function') loader._load = original;
  }
}

export function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= importWithoutCanvas();
  return pdfjs;
}
