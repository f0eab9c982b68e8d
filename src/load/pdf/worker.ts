/**
 * Worker thread: loads pdfjs, then, given its job (`{ bytes, first, stride }`, one message), opens
 * its own copy of the PDF and reads every `stride`-th page from `first` into plain page data.
 * Messages back: `{ numPages, title, warnings }` once open, `{ progress }` per page,
 * `{ page }` for each page read, then `{ done }`, or `{ error }`. Several workers read one document on all cores at once; none needs
 * to know the page count beforehand.
 */
import { parentPort } from 'node:worker_threads';
import { loadPdfjs, pdfjsData } from './pdfjs';
import { collectPdfWarnings, documentReadOptions, readPageSafely } from './page-data';

interface Job {
  bytes: Uint8Array;
  first: number;
  stride: number;
}

// pdfjs loads as soon as the thread starts, before its job arrives (see reader.ts).
const pdfjs = loadPdfjs();
pdfjs.catch(() => undefined);

async function run(job: Job): Promise<number> {
  const { getDocument, OPS } = await pdfjs;
  const opened = await collectPdfWarnings(async () => {
    const doc = await getDocument({ data: job.bytes, verbosity: 1, isEvalSupported: false, useSystemFonts: false, ...pdfjsData() }).promise;
    const info = job.first === 1 ? ((await doc.getMetadata().catch(() => null))?.info as { Title?: string } | undefined) : undefined;
    return { doc, info };
  });
  const { doc, info } = opened.value;
  try {
    parentPort?.postMessage({ numPages: doc.numPages, title: info?.Title ?? null, warnings: job.first === 1 ? opened.warnings : [] });
    let read = 0;
    const options = await documentReadOptions(doc);
    for (let n = job.first; n <= doc.numPages; n += job.stride) {
      // Each page goes to the main thread as soon as it is read: copying it there overlaps the
      // reading of the next, and the worker keeps nothing of it.
      parentPort?.postMessage({ page: await readPageSafely(doc, n, OPS as unknown as Record<string, number>, options) });
      read++;
      // Parsed fonts and objects are kept per document: let them go now and then (long PDFs).
      if (read % 150 === 0) await doc.cleanup();
      parentPort?.postMessage({ progress: n });
    }
    return read;
  } finally {
    await doc.destroy();
  }
}

parentPort?.once('message', (job: Job) => {
  run(job).then(
    (count) => parentPort?.postMessage({ done: count }),
    (error: unknown) => parentPort?.postMessage({ error: { name: (error as Error)?.name, message: (error as Error)?.message ?? String(error) } }),
  );
});
