/**
 * PDF → document model, with pdfjs-dist (legacy build, Node 20).
 *
 * In: the bytes of a PDF. Out: the same document model the markdown and HTML loaders give, built
 * from geometry (see pdf/layout.ts), with page and bounding box on every block. Unusable PDFs are
 * refused with a reason: encrypted, corrupt or truncated, no pages, no text layer (scanned images).
 * pdfjs-dist is loaded by pdf/pdfjs.ts only.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { DocumentModel } from '../model/document';
import { foldQuotes } from '../model/quotes';
import { EDGE_PUNCTUATION } from '../model/letters';
import { NdsError, type Diagnostic } from '../model/diagnostics';
import type { LoadOptions } from './index';
import { layoutPages, type LaidAhead } from './pdf/layout';
import { LayoutAhead } from './pdf/ahead';
import { overfullPages, withinTextLimit } from './pdf/overfull';
import { isIllegible, legibility, mojibake, sampleOf, type Legibility } from './pdf/legibility';
import { figuresInWords, misnamedDiagnostics, readMisnamedLetters, readSwappedLetters, swappedDiagnostic } from './pdf/misnamed';
import { restoreStandIns } from './pdf/stand-ins';
import { placeOnSheets, splitSpreads } from './pdf/spreads';
import { REACH } from './pdf/past-edge';
import { bbox } from './pdf/place';
import { acrossPages, quoteSamples } from './pdf/page-notes';
import { collectPdfWarnings, documentReadOptions, readPageSafely, runsBox, type PageData, type TextRun } from './pdf/page-data';
import { loadPdfjs, pdfjsData } from './pdf/pdfjs';
import { memoryLimitBytes, takeReader } from './pdf/reader';
import { mark } from '../model/timing';


/** An error of pdfjs's as the refusal a user reads (an NdsError stays as it is). */
function refusal(error: unknown, inputName: string): NdsError {
  if (error instanceof NdsError) return error;
  const name = (error as { name?: string })?.name ?? '';
  const message = (error as Error)?.message ?? String(error);
  if (name === 'PasswordException') return new NdsError('input-encrypted', 'the PDF is encrypted (password protected); decrypt it first', inputName);
  if (name === 'InvalidPDFException' || name === 'FormatError' || /Invalid PDF|bad XRef|Invalid root|no pages/i.test(message)) {
    return new NdsError('input-corrupt', `the PDF is corrupt or truncated (${message})`, inputName);
  }
  return new NdsError('input-corrupt', `the PDF cannot be read (${message})`, inputName);
}

/** Reads the given pages (1-based) of an opened document, in order. */
export async function readPages(
  doc: import('pdfjs-dist/types/src/display/api').PDFDocumentProxy,
  OPS: Record<string, number>,
  pages: number[],
  onPage?: () => void,
): Promise<PageData[]> {
  const out: PageData[] = [];
  const options = await documentReadOptions(doc);
  for (const n of pages) {
    out.push(await readPageSafely(doc, n, OPS, options));
    onPage?.();
  }
  return out;
}

/** Opens a PDF from bytes; refuses what cannot be read. */
export async function openPdf(bytes: Uint8Array, inputName: string) {
  const lib = await loadPdfjs();
  try {
    // pdfjs takes ownership of the buffer it is given: hand it a copy.
    const { value: doc, warnings } = await collectPdfWarnings(
      () => lib.getDocument({ data: new Uint8Array(bytes), verbosity: 1, isEvalSupported: false, useSystemFonts: false, stopAtErrors: false, ...pdfjsData() }).promise,
    );
    return { lib, doc, warnings };
  } catch (error) {
    throw refusal(error, inputName);
  }
}

/** The worker script next to this module in the build (absent when running from source). */
function workerScript(): URL | null {
  const url = new URL('./pdf-worker.mjs', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : null;
}

interface WorkerMessage {
  numPages?: number;
  title?: string | null;
  warnings?: string[];
  progress?: number;
  page?: PageData;
  done?: number;
  error?: { name: string; message: string };
}

export interface ReadResult {
  pages: PageData[];
  numPages: number;
  title: string | null;
  /** Warnings while opening the document (before any page). */
  warnings: string[];
}


/** How long the readers may go without finishing a page before the PDF is given up on. */
const STALL_MS = 60_000;

/**
 * Reads all pages on worker threads, each with its own copy of the document, pages dealt
 * round-robin. Bounded: each worker's heap is capped (resourceLimits), and a watchdog stops them all
 * when the process's memory (decoded streams live outside the heap) passes the limit or no page
 * has finished for a minute — a decompression bomb is refused, not obeyed.
 */
async function readInWorkers(
  script: URL,
  bytes: Uint8Array,
  inputName: string,
  onProgress: (done: number, total: number) => void,
  onPage: (page: PageData) => void = () => undefined,
): Promise<ReadResult> {
  // On two cores one reader is fastest: a second parses the document again and competes with the
  // main thread. More cores: one per core but one, up to four (NDS_PDF_WORKERS overrides).
  const cores = availableParallelism();
  const count = Math.max(1, Number(process.env.NDS_PDF_WORKERS) || Math.min(cores <= 2 ? 1 : cores - 1, 4));
  const limit = memoryLimitBytes();
  let numPages = 0;
  let title: string | null = null;
  let warnings: string[] = [];
  let done = 0;
  let lastProgress = Date.now();
  const workers: Worker[] = [];
  let stop: ((error: NdsError) => void) | null = null;
  const stopped = new Promise<never>((_, reject) => (stop = reject));
  const watchdog = setInterval(() => {
    if (process.memoryUsage.rss() > limit) {
      stop?.(new NdsError('input-too-large', `reading the PDF needs more than ${Math.round(limit / 1024 / 1024)} MiB of memory (a decompression bomb?); set NDS_MAX_MEMORY_MB to allow more`, inputName));
    } else if (Date.now() - lastProgress > STALL_MS) {
      stop?.(new NdsError('input-corrupt', `the PDF cannot be read: no page finished in ${STALL_MS / 1000} s`, inputName));
    }
  }, 100);
  const runOne = (first: number): Promise<PageData[]> =>
    new Promise((resolve, reject) => {
      const received: PageData[] = [];
      const worker = takeReader(script);
      workers.push(worker);
      const job = new Uint8Array(bytes);
      worker.postMessage({ bytes: job, first, stride: count }, [job.buffer]);
      worker.on('message', (m: WorkerMessage) => {
        if (m.numPages !== undefined) {
          numPages = m.numPages;
          if (first === 1) {
            title = m.title ?? null;
            warnings = m.warnings ?? [];
          }
        }
        if (m.progress !== undefined) {
          lastProgress = Date.now();
          onProgress(++done, numPages);
        }
        if (m.page) {
          received.push(m.page);
          onPage(m.page);
        }
        if (m.done !== undefined) resolve(received);
        if (m.error) reject(Object.assign(new Error(m.error.message), { name: m.error.name }));
      });
      worker.on('error', (error: Error & { code?: string }) =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new NdsError('input-too-large', 'reading the PDF needs more memory than allowed (a decompression bomb?); set NDS_MAX_MEMORY_MB to allow more', inputName)
            : error,
        ),
      );
      worker.on('exit', (code) => (code === 0 ? undefined : reject(new Error(`page reader stopped (${code})`))));
    });
  try {
    const parts = await Promise.race([Promise.all(Array.from({ length: count }, (_, k) => runOne(k + 1))), stopped]);
    return { pages: parts.flat().sort((a, b) => a.page - b.page), numPages, title, warnings };
  } finally {
    clearInterval(watchdog);
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Reads all pages on this thread (when the worker script is not built, e.g. under the test runner). */
async function readInProcess(bytes: Uint8Array, inputName: string, onProgress: (done: number, total: number) => void): Promise<ReadResult> {
  const { lib, doc, warnings } = await openPdf(bytes, inputName);
  try {
    const numbers = Array.from({ length: doc.numPages }, (_, i) => i + 1);
    let done = 0;
    const pages = await readPages(doc, lib.OPS as unknown as Record<string, number>, numbers, () => onProgress(++done, numbers.length));
    const metadata = await doc.getMetadata().catch(() => null);
    return { pages, numPages: doc.numPages, title: (metadata?.info as { Title?: string } | undefined)?.Title ?? null, warnings };
  } finally {
    await doc.destroy();
  }
}

/** Every page read on this thread, refused as loadPdf refuses (the test suite keeps reads it shares between tests). */
export async function readPdf(bytes: Uint8Array, inputName: string): Promise<ReadResult> {
  try {
    return await readInProcess(bytes, inputName, () => undefined);
  } catch (error) {
    throw refusal(error, inputName);
  }
}

export async function loadPdf(bytes: Uint8Array, inputName: string, options: LoadOptions): Promise<DocumentModel> {
  const script = workerScript();
  const progress = options.onProgress ?? (() => undefined);
  let read: ReadResult;
  // (This thread waits while the reader reads: it lays the pages out meanwhile, see pdf/ahead.ts.)
  const ahead = script ? new LayoutAhead() : null;
  try {
    read = script ? await readInWorkers(script, bytes, inputName, progress, (page) => ahead?.add(withinTextLimit(page))) : await readInProcess(bytes, inputName, progress);
  } catch (error) {
    throw refusal(error, inputName);
  }
  mark('pdf: pages read');
  const model = modelOfPages(read, inputName, ahead);
  mark(ahead ? `pdf: layout (${ahead.taken}/${read.pages.length} pages' tables found while reading)` : 'pdf: layout');
  return model;
}

/**
 * The pages pdfjs read → the document model (refused when they hold no text to read). `ahead`:
 * layout done while the pages were read (see pdf/ahead.ts), taken where it holds.
 */
export function modelOfPages(whole: ReadResult, inputName: string, ahead: LaidAhead | null = null): DocumentModel {
  if (whole.numPages === 0) throw new NdsError('input-corrupt', 'the PDF has no pages', inputName);
  if (whole.pages.every((p) => p.runs.every((r) => r.text.trim() === ''))) {
    // (What the pages draw tells which: pictures, or text drawn as shapes.)
    const outlines = whole.pages.some((p) => p.outlined !== undefined) && !whole.pages.some((p) => p.picture !== undefined);
    const why = outlines ? ': its pages draw their text as shapes, not as letters (fonts turned into outlines)' : ' (scanned images without a text layer?)';
    throw new NdsError('input-no-text', `the PDF has no text to extract${why}; run OCR first`, inputName);
  }
  // (A page holding more text than a page shows is set aside, said as not read: see pdf/overfull.ts.)
  const overfull = overfullPages(whole.pages);
  const read: ReadResult = overfull.diagnostics.length > 0 ? { ...whole, pages: overfull.pages } : whole;
  // (Letters a producer wrote with their bytes swapped are read back first: they are no glyph numbers.)
  const swapped = readSwappedLetters(read.pages);
  const illegible = illegibleDiagnostics(read.pages, inputName);
  const letters = readMisnamedLetters(read.pages);
  const figures = figuresInWords(read.pages);
  const misnamed = [...(swapped ? [swappedDiagnostic(swapped)] : []), ...misnamedDiagnostics(letters), ...(figures ? [figures] : [])];
  // (Those two read letters back in the runs themselves: what was laid out ahead read the others.)
  const laidAhead = swapped || letters.length > 0 ? null : ahead;
  // (The euro signs and bullets a text layer gives as other characters, read back before layout.)
  const standIns = restoreStandIns(read.pages);
  const notes: Diagnostic[] = [...standIns.notes];
  // (Two pages set side by side on one sheet are read one after the other: see pdf/spreads.ts.)
  const spreads = splitSpreads(standIns.pages);
  const blocks = layoutPages(spreads.pages, notes, laidAhead);
  placeOnSheets(blocks, notes, spreads.halves);
  const h1 = blocks.find((b) => b.kind === 'heading' && b.level === 1);
  const title = read.title?.trim() || (h1 && h1.kind === 'heading' ? h1.text : null);
  return foldQuotes({ inputName, format: 'pdf', title: title || null, blocks, diagnostics: [...overfull.diagnostics, ...damageDiagnostics(read), ...illegible, ...misnamed, ...clippedDiagnostics(read.pages), ...pictureDiagnostics(read.pages), ...hiddenDiagnostics(read.pages), ...notes] });
}

/**
 * Text that pdfjs could only give as glyph numbers (fonts without a Unicode mapping, see
 * pdf/legibility.ts): the whole document so is refused as having no usable text; a page so is an
 * error with its place, since what it holds cannot become records.
 */
function illegibleDiagnostics(pages: readonly PageData[], inputName: string): Diagnostic[] {
  const judged = pages.map((p) => ({ p, l: legibility(p.runs) }));
  const whole: Legibility = judged.reduce((sum, { l }) => ({ tokens: sum.tokens + l.tokens, words: sum.words + l.words }), { tokens: 0, words: 0 });
  const bad = judged.filter(({ l }) => isIllegible(l));
  if (isIllegible(whole)) {
    const shown = (bad[0] ?? judged.find(({ l }) => l.tokens > 0))?.p;
    throw new NdsError(
      'input-no-text',
      `the PDF's text cannot be decoded: it reads as glyph numbers or symbols, not words${shown ? ` (p.${shown.page}: "${sampleOf(shown.runs)}")` : ''}; its fonts carry no Unicode mapping that gives their letters (none, or a wrong one). Export the PDF again from its source, or run OCR on it`,
      inputName,
    );
  }
  const garbled = garbledDiagnostic(pages);
  const illegible = new Set(bad.map((b) => b.p));
  const unmapped = unmappedDiagnostics(pages.filter((p) => !illegible.has(p)));
  const undecoded = bad.map(({ p, l }): Diagnostic => ({
    code: 'pdf-text-undecodable',
    severity: 'error',
    message: `the page's text cannot be decoded (${l.words} of ${l.tokens} tokens read as words, e.g. "${sampleOf(p.runs)}"): a font on it carries no Unicode mapping that gives its letters (none, or a wrong one), so what it holds cannot become records`,
    place: { page: p.page },
  }));
  return [...(garbled ? [garbled] : []), ...unmapped, ...undecoded];
}

/** Characters on a document's pages that read as U+FFFD at most, by chance (a glyph or two), before they are an error. */
const FEW_UNMAPPED = 4;

/**
 * Glyphs a font maps to no character (code 0, or none: see glyphsAsText), on pages that otherwise
 * read as words: each reads as U+FFFD, so a value that holds one is not the document's. Per page,
 * with how many and a sample; an error where the document holds more than a few (what they stand
 * in cannot become records as the document writes them), else a warning.
 */
function unmappedDiagnostics(pages: readonly PageData[]): Diagnostic[] {
  const found = pages.flatMap((p) => {
    const runs = p.runs.filter((r) => r.text.includes('\uFFFD'));
    const count = runs.reduce((n, r) => n + (r.text.match(/\uFFFD/gu)?.length ?? 0), 0);
    return count > 0 ? [{ p, runs, count }] : [];
  });
  const severity = found.reduce((n, f) => n + f.count, 0) > FEW_UNMAPPED ? 'error' : 'warning';
  return found.map(({ p, runs, count }): Diagnostic => ({
    code: 'pdf-text-undecodable',
    severity,
    message: `${count} character(s) on the page cannot be decoded (e.g. ${quoteSamples(runs.map((r) => r.text.trim()))}): a font maps their glyphs to no character, so they read as U+FFFD and values that hold them are not the document's`,
    place: { page: p.page, bbox: bbox(runsBox(runs)) },
  }));
}

/**
 * Text the producer garbled, reading UTF-8 as Latin-1 (see pdf/legibility.ts): every character
 * beyond ASCII is wrong, among them `€` and `•`, so amounts and list items there cannot be read.
 * One error for the document, at the first page that shows it, when it does more than by chance.
 */
function garbledDiagnostic(pages: readonly PageData[]): Diagnostic | null {
  let count = 0;
  let first: { page: number; sample: string } | null = null;
  for (const p of pages) {
    const found = mojibake(p.runs);
    count += found.count;
    if (!first && found.sample !== null) first = { page: p.page, sample: found.sample };
  }
  if (count < 5 || !first) return null;
  return {
    code: 'pdf-text-undecodable',
    severity: 'error',
    message: `the producer wrote the text's UTF-8 as Latin-1 (${count} garbled characters, e.g. "${first.sample}"): every character beyond ASCII is wrong there, euro signs and list bullets among them, so amounts and list items cannot be read; make the PDF again with the input's encoding declared`,
    place: { page: first.page },
  };
}

/** Pieces said one by one, so many at most: the rest as one piece, their box with no text (bounded). */
const MAX_PIECES = 200;

function piecesOf(cut: readonly TextRun[]): NonNullable<Diagnostic['pieces']> {
  const pieces = cut.slice(0, MAX_PIECES - 1).map((r) => ({ text: r.text.trim(), bbox: bbox(runsBox([r])) }));
  const rest = cut.slice(MAX_PIECES - 1);
  if (rest.length > 0) pieces.push({ text: rest.length === 1 ? (rest[0] as TextRun).text.trim() : '', bbox: bbox(runsBox(rest)) });
  return pieces;
}

/**
 * Does a run end less than a glyph past the page's right side (its last glyph starts on the page),
 * a bracket it opened still open (`EZK (Q2-Q`)?
 */
function endsOpenAtSide(run: TextRun, width: number): boolean {
  const over = run.x + run.width - width;
  const text = run.text.trim();
  return over > 0.5 && over <= run.size && (text.match(/\(/g)?.length ?? 0) > (text.match(/\)/g)?.length ?? 0);
}

/** A word without the brackets and punctuation around it. */
function bare(word: string): string {
  return word.replace(EDGE_PUNCTUATION, '');
}

/** A run's last word, bare. */
function lastWord(run: TextRun): string {
  return bare(run.text.trim().split(/\s+/).pop() ?? '');
}

/**
 * Of runs that end at the page's side with a bracket open (see endsOpenAtSide), those whose last
 * word the document writes nowhere else but only as the start of a longer one (`Doo` of
 * `Doorlopend`, `Q2-Q` of `Q2-Q3`): the text was cut there when the file was made (Ghostscript,
 * rewriting a PDF, keeps only the glyphs that touch the page), and the file holds no more of it. A
 * word the document writes whole elsewhere (`Doorlopend`, its bracket closed on the next line) says
 * nothing.
 */
function brokenAtSide(candidates: readonly TextRun[], pages: readonly PageData[]): Set<TextRun> {
  const out = new Set<TextRun>();
  const wanted = new Map<string, TextRun[]>();
  for (const r of candidates) {
    const word = lastWord(r);
    if (word.length >= 2) wanted.set(word, [...(wanted.get(word) ?? []), r]);
  }
  if (wanted.size === 0) return out;
  const own = new Set(candidates);
  const whole = new Set<string>();
  const longer = new Set<string>();
  // (One pass over the document's words, each checked against the few broken-off words asked about.)
  for (const page of pages) {
    for (const run of page.runs) {
      // (Nor a run cut so on another page: a rewrite cuts every page's `(Doorlo` alike, and a word
      // cut on each is written whole on none.)
      if (own.has(run) || endsOpenAtSide(run, page.width)) continue;
      for (const raw of run.text.split(/\s+/)) {
        const word = bare(raw);
        if (word.length < 2) continue;
        if (wanted.has(word)) whole.add(word);
        for (const k of [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter((n) => n < word.length)) if (wanted.has(word.slice(0, k))) longer.add(word.slice(0, k));
      }
    }
  }
  for (const [word, runs] of wanted) if (longer.has(word) && !whole.has(word)) for (const r of runs) out.add(r);
  return out;
}

/**
 * Text that runs past the edge of its page (a table wider than the page, as LibreOffice sets one,
 * or a row taller than the page that ran off its foot): what stands past the edge is not on the
 * page — a viewer does not show it, and pdfjs's text content leaves it out. Where the page's
 * drawing was read for it (`edgeRead`, see pdf/past-edge.ts) the runs hold all the file writes:
 * a warning per page says so (`pdf-text-past-edge`). Where it was not read whole (more pieces than
 * are kept) values there may be cut short: said once per page, with a few of the texts, so that no
 * one takes a cut value for the document's, and each piece with its box (a record that holds one is
 * not read whole: see clippedRecords in the pipeline). Glyphs set too far off the page to be read
 * (`farOff`) are said per page, with no box: no record holds them.
 */
export function clippedDiagnostics(pages: readonly PageData[]): Diagnostic[] {
  const out: Diagnostic[] = [];
  // Does a page's text start within an em and a half of its head (a page set with no margin)?
  const fromHead = (p: PageData | undefined): boolean =>
    p !== undefined && p.runs.some((r) => r.text.trim() !== '' && r.y + r.size <= p.height + 2 && p.height - (r.y + r.size) < r.size * 1.5);
  for (const [k, p] of pages.entries()) {
    if (p.farOff) {
      out.push({
        code: 'pdf-text-clipped',
        severity: 'warning',
        message: `${p.farOff} glyph(s) set more than ${REACH} times the page's width or height beyond its edge were not read (a viewer does not show them; no table runs that far off its page)`,
        place: { page: p.page },
      });
    }
    // (Past a side, or within an em of the foot or past the head: where no margin ends, a table's
    // row taller than its page ran on, past the foot, as LaTeX's longtable sets it. Not where the
    // next page's text starts at its head as this one's ends at its foot: pages set with no
    // margin, a table's row going on over the break.)
    const goesOn = fromHead(pages[k + 1]);
    // (Past a side by any more than rounding: pdfjs keeps a glyph that starts on the page and drops
    // the ones after it, so a piece cut there ends less than a glyph past the edge.)
    const cut = p.runs.filter((r) => r.text.trim() !== '' && (r.x + r.width > p.width + 0.5 || r.x < -2 || (r.y < r.size && (r.y < 0 || !goesOn)) || r.y + r.size > p.height + 2));
    if (cut.length === 0) continue;
    const quoted = quoteSamples(cut.map((r) => r.text.trim()));
    // (Where the drawing was read for what the file sets past the edge, the runs hold all of it:
    // read whole, though a viewer shows only the part on the page.)
    if (p.edgeRead === true) {
      // (But a text that stops less than a glyph past a side in the middle of a word, a bracket it
      // opened still open, was cut there when the file was made, and the file holds no more of it:
      // see brokenAtSide.)
      const broken = brokenAtSide(cut.filter((r) => endsOpenAtSide(r, p.width)), pages);
      const stopped = cut.filter((r) => broken.has(r));
      const past = cut.filter((r) => !broken.has(r));
      if (stopped.length > 0) {
        out.push({
          code: 'pdf-text-cut-at-edge',
          severity: 'warning',
          message: `${stopped.length} piece(s) of text stop right at the edge of the page in the middle of a word (e.g. ${quoteSamples(stopped.map((r) => r.text.trim()))}): the file holds nothing past the edge there (the text was most likely cut when the file was made), so values there are cut short as the file has them`,
          place: { page: p.page, bbox: bbox(runsBox(stopped)) },
        });
      }
      if (past.length > 0) {
        out.push({
          code: 'pdf-text-past-edge',
          severity: 'warning',
          message: `${past.length} piece(s) of text run past the edge of the page (e.g. ${quoteSamples(past.map((r) => r.text.trim()))}): a viewer shows only what stands on the page; what the file holds past the edge was read`,
          place: { page: p.page, bbox: bbox(runsBox(past)) },
        });
      }
      continue;
    }
    out.push({
      code: 'pdf-text-clipped',
      severity: 'warning',
      message: `${cut.length} piece(s) of text run past the edge of the page (e.g. ${quoted}): what stands past the edge is not on the page (a viewer does not show it, and it is not read; a producer may not have written it at all), so values on this page may be cut short`,
      place: { page: p.page, bbox: bbox(runsBox(cut)) },
      pieces: piecesOf(cut),
    });
  }
  return out;
}

/**
 * A page that is a picture of a page (images cover half of it or more, and it holds hardly any
 * text: a scan without a text layer, among pages that have one; or it fills a page's worth of
 * letter-sized shapes: text drawn as outlines) is not read: a warning per page,
 * which the pipeline makes an error where records may stand on it.
 */
export function pictureDiagnostics(pages: readonly PageData[]): Diagnostic[] {
  return pages.flatMap((p): Diagnostic[] => {
    // (A page whose text is drawn as shapes is a picture of text too: no letters to read.)
    const what =
      p.picture !== undefined
        ? `the page is a picture (images cover ${Math.round(p.picture * 100)} % of it) with no text to read: a scanned page without a text layer?`
        : p.outlined !== undefined
          ? `the page draws its text as shapes (${p.outlined} letter-sized outlines) with no letters to read: its fonts turned into outlines?`
          : null;
    return what === null ? [] : [{ code: 'pdf-page-image', severity: 'warning', message: `${what} What it shows was not read; run OCR on the PDF (e.g. ocrmypdf) to read it`, place: { page: p.page } }];
  });
}

/**
 * Text a page draws but clips away (a row the page cut, drawn again at the head of the next page
 * and clipped but for its letters' tails): not on the page as a viewer shows it, so not read; and
 * a watermark laid across the text (see pdf/watermarks.ts), said once for the document.
 */
export function hiddenDiagnostics(pages: readonly PageData[]): Diagnostic[] {
  const hidden = pages.flatMap((p): Diagnostic[] =>
    p.hiddenText
      ? [{ code: 'pdf-text-hidden', severity: 'info', message: `${p.hiddenText.count} piece(s) of text drawn outside their clipping path, so not shown, were not read (e.g. ${quoteSamples(p.hiddenText.samples)})`, place: { page: p.page } }]
      : [],
  );
  // (A layer the document hides, and a watermark, stand on many pages: one note for the document each, at its first page.)
  const layer = acrossPages(pages, (p) => p.hiddenLayer);
  const watermark = acrossPages(pages, (p) => p.watermark);
  return [
    ...hidden,
    ...(layer ? [{ code: 'pdf-text-hidden', severity: 'info', message: `${layer.count} piece(s) of text in a layer the document hides (optional content switched off, so a viewer does not show it) were not read (${layer.where}; e.g. ${layer.samples})`, place: { page: layer.page } } satisfies Diagnostic] : []),
    ...(watermark ? [{ code: 'pdf-text-watermark', severity: 'info', message: `${watermark.count} piece(s) of text laid across the text (a watermark: at a slant, or in large type over other lines) were not read as the pages' text (${watermark.where}; e.g. ${watermark.samples})`, place: { page: watermark.page } } satisfies Diagnostic] : []),
  ];
}


/**
 * What pdfjs could not read, as diagnostics: a page whose content stream is damaged is an error
 * (text on it may be missing, so the extraction cannot claim to be whole); lesser warnings (a font
 * that falls back) are warnings. pdfjs's own words are quoted, a few per page.
 */
function damageDiagnostics(read: ReadResult): Diagnostic[] {
  const out: Diagnostic[] = [];
  if (read.warnings.length > 0) {
    out.push({ code: 'pdf-warning', severity: 'warning', message: `while opening the PDF: ${[...new Set(read.warnings)].slice(0, 3).join('; ')}` });
  }
  for (const p of read.pages) {
    if (!p.damage) continue;
    const quoted = p.damage.samples.slice(0, 3).map((m) => `"${m.slice(0, 120)}"`).join(', ');
    out.push(
      p.damage.lost
        ? { code: 'pdf-page-damaged', severity: 'error', message: `the page's content could not be decoded whole (${p.damage.count} error(s), e.g. ${quoted}): text on it may be missing`, place: { page: p.page } }
        : { code: 'pdf-warning', severity: 'warning', message: `${p.damage.count} warning(s) while reading the page, e.g. ${quoted}`, place: { page: p.page } },
    );
  }
  return out;
}
