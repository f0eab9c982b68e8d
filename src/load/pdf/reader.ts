/**
 * The PDF page reader's worker thread, started as early as the process can tell it will read a
 * PDF. Loading pdfjs-dist in a new thread takes longer than the rest of start-up; begun by the
 * launcher (bin/nds.js) before the program's own modules load, it runs on the other core while they
 * do. Kept small: the launcher imports this module alone.
 */
import { Worker } from 'node:worker_threads';

/** Memory the whole process may use while reading a PDF (NDS_MAX_MEMORY_MB, default 1.5 GiB). */
export function memoryLimitBytes(): number {
  const mb = Number(process.env.NDS_MAX_MEMORY_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : 1536) * 1024 * 1024;
}

/**
 * The reader's young generation, in MB. Sized by V8 from the old generation's limit it grows
 * larger than a reader needs: with 16 MB the 1,100-page PDF peaked at 387–393 MB instead of
 * 414–418 MB, in no more time (measured, one or two runs each; 8 MB: 391 MB and slower).
 */
const YOUNG_GENERATION_MB = 16;

/** A page reader thread: it loads pdfjs at once and waits for its job (see worker.ts). */
export function startReader(script: URL): Worker {
  return new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: Math.max(256, Math.round(memoryLimitBytes() / 1024 / 1024 / 2)), maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
}

/**
 * The reader started early, kept on the global object: the launcher loads this module as its own
 * file (dist/pdf-reader.mjs) and the program holds a second copy of it in its bundle.
 */
const EARLY = Symbol.for('nds-extract.early-pdf-reader');
type Early = { script: string; worker: Worker } | null;
const slot = globalThis as unknown as Record<typeof EARLY, Early | undefined>;

/**
 * Starts a reader now when the arguments name a PDF. Until it is taken it keeps no process alive,
 * so a run that never reads the PDF (a usage error, another format) ends as it would.
 */
export function prestartReader(args: readonly string[], script: URL): void {
  if (slot[EARLY] || !args.some((a) => /\.pdf$/i.test(a))) return;
  const worker = startReader(script);
  worker.unref();
  worker.on('error', () => undefined);
  slot[EARLY] = { script: script.href, worker };
}

/** The reader started early for this script, once; or a new one. */
export function takeReader(script: URL): Worker {
  const early = slot[EARLY];
  if (early && early.script === script.href) {
    const { worker } = early;
    slot[EARLY] = null;
    worker.removeAllListeners('error');
    worker.ref();
    return worker;
  }
  return startReader(script);
}
