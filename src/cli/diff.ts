/**
 * `nds diff OLD NEW`: what changed between two NDS editions. Each side is a document (extracted on
 * the fly) or a dataset directory written by `nds extract`. Exit status like diff(1): 0 no
 * differences, 1 differences, 2 trouble.
 */
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { formatProblem, readDataset } from '../dataset/read';
import { diffRecords } from '../diff/compare';
import { diffDocuments, sectionFates, type DocumentSide, type SectionFate } from '../diff/document';
import { buildReport } from '../emit/document';
import { renderCsv, renderJson, renderMarkdown } from '../diff/render';
import { readInput } from '../load/index';
import { NdsError } from '../model/diagnostics';
import { extractDocument } from '../pipeline';
import type { RecordSet } from '../schemas/records';
import type { CliIo } from './io';
import { parseTypes } from './options';

export interface DiffFlags {
  format?: string;
  only?: string;
}

interface Side {
  records: Partial<RecordSet>;
  document: DocumentSide | null;
}

function documentSide(doc: Record<string, unknown> | null): DocumentSide | null {
  if (!doc) return null;
  return {
    title: (doc.title as string | null) ?? null,
    year: (doc.year as number | null) ?? null,
    sections: Array.isArray(doc.sections) ? (doc.sections as DocumentSide['sections']) : [],
    gaps: Array.isArray(doc.gaps) ? (doc.gaps as DocumentSide['gaps']) : [],
    checks: Array.isArray(doc.checks) ? (doc.checks as DocumentSide['checks']) : [],
  };
}

async function recordsOf(side: string, io: CliIo): Promise<Side> {
  const path = resolve(io.cwd, side);
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) {
    const dataset = await readDataset(path, side);
    // A dataset whose files do not match their package (edited by hand, half copied) is not compared.
    const [first] = dataset.problems;
    if (first) {
      throw new NdsError('dataset-unusable', `is not a valid dataset (${dataset.problems.length} problem(s), first: ${formatProblem(side, first)}); nds validate lists them`, side);
    }
    return { records: dataset.records, document: documentSide(dataset.document) };
  }
  const bytes = await readInput(path, side);
  const extraction = await extractDocument(bytes, basename(path), { load: io.load });
  const errors = extraction.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new NdsError('input-corrupt', `records failed validation: ${errors[0]?.message ?? ''}`, side);
  return { records: extraction.records, document: documentSide(buildReport(extraction, bytes) as unknown as Record<string, unknown>) };
}

export async function runDiff(oldSide: string, newSide: string, flags: DiffFlags, io: CliIo): Promise<number> {
  const format = flags.format ?? 'md';
  if (!['md', 'markdown', 'json', 'csv'].includes(format)) throw new NdsError('usage', `unknown diff format ${format}; choose from md, json, csv`);
  const types = parseTypes(flags.only);
  const [olds, news] = [await recordsOf(oldSide, io), await recordsOf(newSide, io)];
  const documentChanges = olds.document && news.document ? diffDocuments(olds.document, news.document) : [];
  const renumbered = olds.document && news.document ? sectionFates(olds.document, news.document) : new Map<string, SectionFate>();
  const result = diffRecords(olds.records, news.records, types, renumbered, documentChanges);
  const sides = { old: oldSide, new: newSide };
  io.stdout(format === 'json' ? renderJson(result, sides) : format === 'csv' ? renderCsv(result) : renderMarkdown(result, sides));
  return result.changes.length + result.document.length === 0 ? 0 : 1;
}
