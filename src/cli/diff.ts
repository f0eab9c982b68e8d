/**
 * `nds diff OLD NEW`: what changed between two NDS editions. Each side is a document (extracted on
 * the fly) or a dataset directory written by `nds extract`. Exit status like diff(1): 0 no
 * differences, 1 differences, 2 trouble.
 */
import { stat } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { formatProblem, readDataset } from '../dataset/read';
import { diffRecords } from '../diff/compare';
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

async function recordsOf(side: string, io: CliIo): Promise<Partial<RecordSet>> {
  const path = resolve(io.cwd, side);
  const info = await stat(path).catch(() => null);
  if (info?.isDirectory()) {
    const dataset = await readDataset(path, side);
    // A dataset whose files do not match their package (edited by hand, half copied) is not compared.
    const [first] = dataset.problems;
    if (first) {
      throw new NdsError('dataset-unusable', `is not a valid dataset (${dataset.problems.length} problem(s), first: ${formatProblem(side, first)}); nds validate lists them`, side);
    }
    return dataset.records;
  }
  const bytes = await readInput(path, side);
  const extraction = await extractDocument(bytes, basename(path));
  const errors = extraction.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0) throw new NdsError('input-corrupt', `records failed validation: ${errors[0]?.message ?? ''}`, side);
  return extraction.records;
}

export async function runDiff(oldSide: string, newSide: string, flags: DiffFlags, io: CliIo): Promise<number> {
  const format = flags.format ?? 'md';
  if (!['md', 'markdown', 'json', 'csv'].includes(format)) throw new NdsError('usage', `unknown diff format ${format}; choose from md, json, csv`);
  const types = parseTypes(flags.only);
  const [olds, news] = [await recordsOf(oldSide, io), await recordsOf(newSide, io)];
  const result = diffRecords(olds, news, types);
  const sides = { old: oldSide, new: newSide };
  io.stdout(format === 'json' ? renderJson(result, sides) : format === 'csv' ? renderCsv(result) : renderMarkdown(result, sides));
  return result.changes.length === 0 ? 0 : 1;
}
