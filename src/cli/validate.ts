/**
 * `nds validate DIR`: read a dataset back (JSON, YAML and CSV with real parsers), check every record
 * against its schema and every file against datapackage.json. Exit 0 when all holds, 1 with one line
 * per problem, 2 when the directory cannot be used.
 */
import { resolve } from 'node:path';
import { formatProblem, readDataset } from '../dataset/read';
import type { CliIo } from './io';

export async function runValidate(dir: string, io: CliIo): Promise<number> {
  const dataset = await readDataset(resolve(io.cwd, dir), dir);
  const label = dir.replace(/\/+$/, '');
  if (dataset.problems.length === 0) {
    const counts = Object.entries(dataset.records).map(([t, r]) => `${(r as unknown[]).length} ${t}`);
    // A dataset written only as a database says what document.json counts.
    const documented = Object.entries((dataset.document?.counts ?? {}) as Record<string, number>).map(([t, n]) => `${n} ${t}`);
    io.stderr(`nds: ${label} is valid (${counts.length > 0 ? counts.join(', ') : `${documented.join(', ')} in nds.sqlite`})\n`);
    return 0;
  }
  for (const p of dataset.problems) io.stderr(`nds: ${formatProblem(label, p)}\n`);
  io.stderr(`nds: ${label}: ${dataset.problems.length} problem(s)\n`);
  return 1;
}
