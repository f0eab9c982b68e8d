/**
 * PDF → document model, with pdfjs-dist (legacy build, Node 20).
 *
 * In: the bytes of a PDF. Out: the same document model the markdown and HTML loaders give, built
 * from geometry (see pdf/layout.ts), with page and bounding box on every block. Unusable PDFs are
 * refused with a reason: encrypted, corrupt or truncated, no pages, no text layer (scanned images).
 * pdfjs-dist is imported here and in pdf/page-data.ts only.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DocumentModel } from '../model/document';
import { NdsError } from '../model/diagnostics';
import type { LoadOptions } from './index';
import { layoutPages } from './pdf/layout';
import { readPage, type PageData } from './pdf/page-data';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let pdfjs: Promise<Pdfjs> | null = null;

/** pdfjs-dist, loaded on first use (only PDF input pays for it). */
export function loadPdfjs(): Promise<Pdfjs> {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
}

function refusal(error: unknown, inputName: string): NdsError {
  const name = (error as { name?: string })?.name ?? '';
  const message = (error as Error)?.message ?? String(error);
  if (name === 'PasswordException') return new NdsError('input-encrypted', 'the PDF is encrypted (password protected); decrypt it first', inputName);
  if (name === 'InvalidPDFException' || name === 'FormatError' || /Invalid PDF|bad XRef|Invalid root|no pages/i.test(message)) {
    return new NdsError('input-corrupt', `the PDF is corrupt or truncated (${message})`, inputName);
  }
  return new NdsError('input-corrupt', `the PDF cannot be read (${message})`, inputName);
}

/** Reads pages [from, to] (1-based, inclusive) of an opened document. */
export async function readPages(
  doc: import('pdfjs-dist/types/src/display/api').PDFDocumentProxy,
  OPS: Record<string, number>,
  pages: number[],
  onPage?: () => void,
): Promise<PageData[]> {
  const out: PageData[] = [];
  for (const n of pages) {
    const page = await doc.getPage(n);
    out.push(await readPage(page, OPS));
    page.cleanup();
    onPage?.();
  }
  return out;
}

/** Opens a PDF from bytes; refuses what cannot be read. */
export async function openPdf(bytes: Uint8Array, inputName: string) {
  const lib = await loadPdfjs();
  try {
    // pdfjs takes ownership of the buffer it is given: hand it a copy.
    const task = lib.getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false, useSystemFonts: false, stopAtErrors: false });
    const doc = await task.promise;
    return { lib, doc };
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
  progress?: number;
  pages?: PageData[];
  error?: { name: string; message: string };
}

interface ReadResult {
  pages: PageData[];
  numPages: number;
  title: string | null;
}

/** Reads all pages on worker threads, each with its own copy of the document, pages dealt round-robin. */
async function readInWorkers(script: URL, bytes: Uint8Array, onProgress: (done: number, total: number) => void): Promise<ReadResult> {
  const count = Math.max(1, Math.min(availableParallelism(), 4));
  let numPages = 0;
  let title: string | null = null;
  let done = 0;
  const workers: Worker[] = [];
  const runOne = (first: number): Promise<PageData[]> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(script, { workerData: { bytes: new Uint8Array(bytes), first, stride: count } });
      workers.push(worker);
      worker.on('message', (m: WorkerMessage) => {
        if (m.numPages !== undefined) {
          numPages = m.numPages;
          if (first === 1) title = m.title ?? null;
        }
        if (m.progress !== undefined) onProgress(++done, numPages);
        if (m.pages) resolve(m.pages);
        if (m.error) reject(Object.assign(new Error(m.error.message), { name: m.error.name }));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => (code === 0 ? undefined : reject(new Error(`page reader stopped (${code})`))));
    });
  try {
    const parts = await Promise.all(Array.from({ length: count }, (_, k) => runOne(k + 1)));
    return { pages: parts.flat().sort((a, b) => a.page - b.page), numPages, title };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Reads all pages on this thread (when the worker script is not built, e.g. under the test runner). */
async function readInProcess(bytes: Uint8Array, inputName: string, onProgress: (done: number, total: number) => void): Promise<ReadResult> {
  const { lib, doc } = await openPdf(bytes, inputName);
  try {
    const numbers = Array.from({ length: doc.numPages }, (_, i) => i + 1);
    let done = 0;
    const pages = await readPages(doc, lib.OPS as unknown as Record<string, number>, numbers, () => onProgress(++done, numbers.length));
    const metadata = await doc.getMetadata().catch(() => null);
    return { pages, numPages: doc.numPages, title: (metadata?.info as { Title?: string } | undefined)?.Title ?? null };
  } finally {
    await doc.destroy();
  }
}

export async function loadPdf(bytes: Uint8Array, inputName: string, options: LoadOptions): Promise<DocumentModel> {
  const script = workerScript();
  const progress = options.onProgress ?? (() => undefined);
  let read: ReadResult;
  try {
    read = script ? await readInWorkers(script, bytes, progress) : await readInProcess(bytes, inputName, progress);
  } catch (error) {
    throw error instanceof NdsError ? error : refusal(error, inputName);
  }
  if (read.numPages === 0) throw new NdsError('input-corrupt', 'the PDF has no pages', inputName);
  if (read.pages.every((p) => p.runs.every((r) => r.text.trim() === ''))) {
    throw new NdsError('input-no-text', 'the PDF has no text to extract (scanned images without a text layer?); run OCR first', inputName);
  }
  const blocks = layoutPages(read.pages);
  const h1 = blocks.find((b) => b.kind === 'heading' && b.level === 1);
  const title = read.title?.trim() || (h1 && h1.kind === 'heading' ? h1.text : null);
  return { inputName, format: 'pdf', title: title || null, blocks };
}
