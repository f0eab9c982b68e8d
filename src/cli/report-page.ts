/**
 * `nds report [input|DIR] [-o FILE]`: one self-contained HTML page about a dataset — from a dataset
 * directory written by `nds extract` (it must validate), or from a document extracted on the fly.
 * Default output: DIR/report.html, or out/report.html for a document. Written under a temporary
 * name created exclusively beside the target and renamed into place.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { formatProblem, readDataset } from '../dataset/read';
import { buildReport } from '../emit/document';
import { readInput } from '../load/index';
import { NdsError, UNREAD_CODES, formatPlace, type Diagnostic } from '../model/diagnostics';
import { extractDocument } from '../pipeline';
import { renderReportPage, type ReportDocument } from '../report/page';
import type { RecordSet } from '../schemas/records';
import { holdTemporary, releaseTemporary } from './cleanup';
import { describeFsError } from '../model/fs-errors';
import type { CliIo } from './io';
import type { DocumentLoader } from '../load/index';
import { bundledFixture } from './paths';

export interface ReportFlags {
  out?: string;
  partial?: boolean;
}

async function fromDirectory(path: string, shown: string): Promise<{ doc: ReportDocument; records: Partial<RecordSet>; errors: Diagnostic[] }> {
  const dataset = await readDataset(path, shown);
  const [first] = dataset.problems;
  if (first || !dataset.document) {
    throw new NdsError('dataset-unusable', `is not a valid dataset (${first ? formatProblem(shown, first) : 'no document.json'}); nds validate lists the problems`, shown);
  }
  return { doc: dataset.document as unknown as ReportDocument, records: dataset.records, errors: [] };
}

async function fromDocument(path: string, shown: string, partial: boolean, load: DocumentLoader | undefined): Promise<{ doc: ReportDocument; records: Partial<RecordSet>; errors: Diagnostic[] }> {
  const bytes = await readInput(path, shown);
  const extraction = await extractDocument(bytes, basename(path), { load });
  const errors = extraction.diagnostics.filter((d) => d.severity === 'error' && !(partial && UNREAD_CODES.has(d.code)));
  return { doc: buildReport(extraction, bytes) as unknown as ReportDocument, records: extraction.records, errors };
}

/** Writes a file under a fresh temporary name beside it, then renames it into place. */
async function writeAtomically(target: string, content: string, shown: string): Promise<void> {
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(dirname(target), { recursive: true });
    holdTemporary(temp);
    await writeFile(temp, content, { flag: 'wx' });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new NdsError('output-unwritable', `cannot write the report: ${describeFsError(error)}`, shown);
  } finally {
    releaseTemporary(temp);
  }
}

export async function runReport(input: string | undefined, flags: ReportFlags, io: CliIo): Promise<number> {
  if (flags.out !== undefined && flags.out.trim() === '') throw new NdsError('usage', '-o needs a file name for the report; it was given an empty path');
  const path = input ? resolve(io.cwd, input) : bundledFixture();
  const shown = input ?? basename(path);
  const info = await stat(path).catch(() => null);
  const isDir = info?.isDirectory() === true;
  const { doc, records, errors } = isDir ? await fromDirectory(path, shown) : await fromDocument(path, shown, flags.partial === true, io.load);
  if (errors.length > 0) {
    // Like nds extract: content not read is a problem (exit 1), and nothing is written.
    for (const d of errors) io.stderr(`nds: ${formatPlace(basename(path), d.place)}: ${d.message} [${d.code}]\n`);
    io.stderr(`nds: ${errors.length} problem(s); no report written (--partial reports what was read)\n`);
    return 1;
  }
  const outShown = flags.out ?? (isDir ? join(shown, 'report.html') : join('out', 'report.html'));
  const target = resolve(io.cwd, flags.out ?? (isDir ? join(path, 'report.html') : join('out', 'report.html')));
  const targetInfo = await stat(target).catch(() => null);
  if (targetInfo?.isDirectory()) throw new NdsError('output-unwritable', 'is a directory: name the report file (-o report.html)', outShown);
  await writeAtomically(target, renderReportPage(doc, records), outShown);
  io.stderr(`nds: wrote ${outShown} (${Object.entries(doc.counts).map(([t, n]) => `${n} ${t}`).join(', ')})\n`);
  return 0;
}
