/**
 * Worker thread: opens its own copy of a PDF and reads every `stride`-th page from `first` into
 * plain page data. Messages: `{ numPages, title, warnings }` once open, `{ progress }` per page, then
 * `{ pages }`, or `{ error }`. Several workers read one document on all cores at once; none needs
 * to know the page count beforehand.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { collectPdfWarnings, readPageSafely, type PageData } from './page-data';

interface Job {
  bytes: Uint8Array;
  first: number;
  stride: number;
}

async function run(job: Job): Promise<PageData[]> {
  const opened = await collectPdfWarnings(async () => {
    const doc = await getDocument({ data: job.bytes, verbosity: 1, isEvalSupported: false, useSystemFonts: false }).promise;
    const info = job.first === 1 ? ((await doc.getMetadata().catch(() => null))?.info as { Title?: string } | undefined) : undefined;
    return { doc, info };
  });
  const { doc, info } = opened.value;
  try {
    parentPort?.postMessage({ numPages: doc.numPages, title: info?.Title ?? null, warnings: job.first === 1 ? opened.warnings : [] });
    const out: PageData[] = [];
    const tagged = (await doc.getMarkInfo().catch(() => null))?.Marked === true;
    for (let n = job.first; n <= doc.numPages; n += job.stride) {
      out.push(await readPageSafely(doc, n, OPS as unknown as Record<string, number>, { tagged }));
      // Parsed fonts and objects are kept per document: let them go now and then (long PDFs).
      if (out.length % 150 === 0) await doc.cleanup();
      parentPort?.postMessage({ progress: n });
    }
    return out;
  } finally {
    await doc.destroy();
  }
}

run(workerData as Job).then(
  (pages) => parentPort?.postMessage({ pages }),
  (error: unknown) => parentPort?.postMessage({ error: { name: (error as Error)?.name, message: (error as Error)?.message ?? String(error) } }),
);
