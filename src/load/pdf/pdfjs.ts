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
 *
 * The legacy build also brings core-js, which on Node 20 replaces a few built-ins that work fine
 * for everything pdfjs and nds do with slower JavaScript: `Array.prototype.push` (for an edge case
 * of arrays whose length is read-only), `JSON.parse`/`JSON.stringify` and
 * `Function.prototype.toString`. Every push in pdfjs's operator lists and text items went through
 * it (the operator list of a 55-page PDF read 25 % slower, measured). The built-ins that were there
 * before are put back once pdfjs and its worker module have loaded; what core-js adds (methods
 * Node 20 lacks) stays.
 *
 * Both modules polyfill `Response.prototype.bytes` as they load, and reading Node's global
 * `Response` loads its whole fetch implementation (undici: 30–50 ms of the reader thread's start,
 * measured, before the first page can be read). nds never fetches: while pdfjs loads, `Response`
 * is a stand-in class, and Node's own (loaded when first used) is put back after.
 */
import Module, { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import CSSMatrix from '@thednp/dommatrix';
import { collectPdfWarnings } from './page-data';

export type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

const CANVAS = '@napi-rs/canvas';
const CANVAS_WARNING = /^(Cannot load "@napi-rs\/canvas"|Cannot polyfill `(DOMMatrix|ImageData|Path2D)`)/;

type Load = (request: string, parent: unknown, isMain: boolean) => unknown;

let pdfjs: Promise<Pdfjs> | null = null;

/** The built-in objects whose own methods a polyfill may replace. */
function builtins(): object[] {
  const typedArray = Object.getPrototypeOf(Uint8Array.prototype) as object;
  return [Array, Array.prototype, Object, Object.prototype, Function.prototype, JSON, Math, Number, Number.prototype, String, String.prototype,
    Promise, Promise.prototype, Map.prototype, Set.prototype, WeakMap.prototype, RegExp.prototype, ArrayBuffer.prototype, typedArray];
}

/** Runs `load`, then puts back every built-in method it replaced (additions stay). */
async function keepingBuiltins<T>(load: () => Promise<T>): Promise<T> {
  const saved = builtins().flatMap((target) =>
    Reflect.ownKeys(target).flatMap((key) => {
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      return typeof descriptor?.value === 'function' ? [{ target, key, descriptor }] : [];
    }),
  );
  try {
    return await load();
  } finally {
    for (const { target, key, descriptor } of saved) {
      if (Object.getOwnPropertyDescriptor(target, key)?.value !== descriptor.value) Object.defineProperty(target, key, descriptor);
    }
  }
}

/** Runs `load` with a stand-in for the global `Response`, then puts Node's (not yet loaded) back. */
async function withoutFetch<T>(load: () => Promise<T>): Promise<T> {
  const descriptor = Object.getOwnPropertyDescriptor(globalThis, 'Response');
  if (!descriptor?.configurable) return load();
  Object.defineProperty(globalThis, 'Response', { value: class Response {}, configurable: true, writable: true });
  try {
    return await load();
  } finally {
    Object.defineProperty(globalThis, 'Response', descriptor);
  }
}

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
    // The worker module too, now (it sets globalThis.pdfjsWorker, which pdfjs's in-thread worker
    // then uses instead of importing it at the first getDocument).
    const { value, warnings } = await collectPdfWarnings(() =>
      keepingBuiltins(() =>
        withoutFetch(async () => {
          const lib = await import('pdfjs-dist/legacy/build/pdf.mjs');
          await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
          return lib;
        }),
      ),
    );
    for (const w of warnings) if (!CANVAS_WARNING.test(w)) console.warn(`Warning: ${w}`);
    return value;
  } finally {
    if (typeof original === 'function') loader._load = original;
  }
}

/**
 * Where pdfjs finds the data it ships for fonts a PDF names without embedding them (the standard
 * fonts: Helvetica, Times, …) and for the character maps a PDF may name (`UniGB-UCS2-H`): folders of
 * its own package, read from disk. Without them it warns on every such document and guesses.
 */
export function pdfjsData(): { standardFontDataUrl: string; cMapUrl: string; cMapPacked: true } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { standardFontDataUrl: join(root, 'standard_fonts') + sep, cMapUrl: join(root, 'cmaps') + sep, cMapPacked: true };
}

/** The formats Node's own DecompressionStream reads, each with zlib's one-call decoder. */
const INFLATE: Record<string, (bytes: Uint8Array) => Uint8Array> = { deflate: inflateSync, 'deflate-raw': inflateRawSync, gzip: gunzipSync };

/**
 * A DecompressionStream that inflates in one call on this thread, for the use pdfjs makes of one
 * (`asyncGetBytesFromDecompressionStream`: one chunk written, the writer closed, the output read
 * whole; an error makes it fall back to its own decoder). pdfjs inflates every compressed stream
 * so, each time a page's content is read (twice on a page whose drawing is read too): Node's
 * stream goes through web streams to zlib on the thread pool and back, which cost the reader
 * thread 0.1 s of the bundled PDF's reading in stream machinery and waits (measured with
 * --cpu-prof), for streams zlib inflates in microseconds. The same zlib with the same settings
 * gives the same bytes and fails on the same input (truncated, corrupt, bad checksum, empty: tested
 * side by side). Formats it has no decoder for go to Node's own.
 */
export function inflateInOneCall(format: string): { readable: AsyncIterable<Uint8Array>; writable: { getWriter(): object } } {
  const inflate = INFLATE[format];
  if (!inflate) return new NodeDecompressionStream(format as never) as unknown as ReturnType<typeof inflateInOneCall>;
  const chunks: Uint8Array[] = [];
  let closed: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (closed = resolve));
  return {
    writable: {
      getWriter: () => ({
        ready: Promise.resolve(),
        write: async (chunk: Uint8Array) => void chunks.push(chunk),
        close: async () => closed(),
      }),
    },
    readable: {
      async *[Symbol.asyncIterator]() {
        await done;
        yield inflate(chunks.length === 1 ? (chunks[0] as Uint8Array) : Buffer.concat(chunks));
      },
    },
  };
}

/** Node's own DecompressionStream (kept on ours: a module loaded again finds it there). */
const installed = globalThis.DecompressionStream as typeof DecompressionStream & { nodes?: typeof DecompressionStream };
export const NodeDecompressionStream = installed.nodes ?? installed;
Object.assign(inflateInOneCall, { nodes: NodeDecompressionStream });

export function loadPdfjs(): Promise<Pdfjs> {
  // (Set for the process: nds itself decompresses nothing through it.)
  globalThis.DecompressionStream = inflateInOneCall as unknown as typeof DecompressionStream;
  pdfjs ??= importWithoutCanvas();
  return pdfjs;
}
