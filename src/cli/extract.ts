/**
 * `nds extract [input]`: extract, validate, render, then write (or compare, or stream).
 */
import { basename, resolve } from 'node:path';
import { emitDataset, renderRecords, type Format } from '../emit/dataset';
import { loadSqlite } from '../emit/sqlite';
import { readInput } from '../load/index';
import { NdsError, UNREAD_CODES, formatPlace } from '../model/diagnostics';
import { extractDocument } from '../pipeline';
import { formatPath } from '../validate/validate';
import type { RecordType } from '../schemas/records';
import type { CliIo } from './io';
import { bundledFixture } from './paths';
import { summaryLines } from './report';
import { checkComparable, checkTarget, compareDataset, writeDataset } from './write';
import { parseFormats, parseTypes } from './options';
import { createProgress } from './progress';
import { mark } from '../model/timing';

export interface ExtractFlags {
  out?: string;
  format?: string;
  only?: string;
  check?: boolean;
  verbose?: boolean;
  quiet?: boolean;
  partial?: boolean;
  excel?: boolean;
}

export async function runExtract(input: string | undefined, flags: ExtractFlags, io: CliIo): Promise<number> {
  const formats: Format[] = parseFormats(flags.format);
  const types: RecordType[] = parseTypes(flags.only);
  const out = flags.out ?? 'out';
  if (out.trim() === '') throw new NdsError('usage', '-o needs a directory (or - for stdout); it was given an empty path');
  const toStdout = out === '-';
  if (toStdout && (formats.length !== 1 || types.length !== 1)) {
    throw new NdsError('usage', '-o - streams one record type in one format: add --only TYPE and -f FORMAT');
  }
  if (toStdout && flags.check) throw new NdsError('usage', '--check compares with a directory; it cannot be used with -o -');
  if (toStdout && formats[0] === 'sqlite') throw new NdsError('usage', 'the SQLite database is a file: write it to a directory (-o DIR -f sqlite)');
  if (toStdout && formats[0] === 'geojson' && types[0] !== 'proeftuin-locations') throw new NdsError('usage', 'geojson holds proeftuin-locations only: add --only proeftuin-locations');
  // The database engine compiles its WebAssembly while the document is read.
  if (formats.includes('sqlite') && !toStdout && !flags.check) void loadSqlite().catch(() => undefined);
  const path = input ? resolve(io.cwd, input) : bundledFixture();
  const shownName = input ?? basename(path);
  mark('start-up');
  const bytes = await readInput(path, shownName);
  mark('read input');
  if (!toStdout) await (flags.check ? checkComparable(resolve(io.cwd, out), out) : checkTarget(resolve(io.cwd, out), out, io.cwd));
  const progress = await createProgress(io, basename(path));
  const extraction = await extractDocument(bytes, basename(path), { only: types, onProgress: progress.update, load: io.load }).finally(progress.stop);
  // Content that did not become records blocks the run unless --partial; invalid records always do.
  const errors = extraction.diagnostics.filter((d) => d.severity === 'error' && !(flags.partial && UNREAD_CODES.has(d.code)));
  if (errors.length > 0) {
    for (const d of errors) io.stderr(`nds: ${formatPlace(basename(path), d.place)}: ${d.path ? `${formatPath(d.path)}: ` : ''}${d.message} [${d.code}]\n`);
    const unread = errors.filter((d) => UNREAD_CODES.has(d.code)).length;
    io.stderr(`nds: ${errors.length} problem(s)${unread > 0 ? ` (${unread} with content not read; --partial writes what was read)` : ''}; nothing written\n`);
    return 1;
  }
  if (toStdout) {
    io.stdout(renderRecords(extraction, types[0] as RecordType, formats[0] as Exclude<Format, 'sqlite'>, { excel: flags.excel }));
    if (!flags.quiet) io.stderr(`${summaryLines(extraction, types, false)[0]}\n`);
    return 0;
  }
  const files = await emitDataset(extraction, bytes, types, formats, { excel: flags.excel });
  const dir = resolve(io.cwd, out);
  if (flags.check) {
    const diffs = await compareDataset(dir, files, out);
    if (diffs.length === 0) {
      io.stderr(`nds: ${out} is up to date (${files.size} files)\n`);
      return 0;
    }
    for (const d of diffs) io.stderr(`nds: ${out}/${d.file}: ${d.kind}${d.detail ? ` (${d.detail})` : ''}\n`);
    io.stderr(`nds: ${out} is stale: ${diffs.length} file(s) differ; run nds extract to regenerate\n`);
    return 1;
  }
  await writeDataset(dir, files, out, io.cwd);
  mark('write');
  if (!flags.quiet) {
    for (const line of summaryLines(extraction, types, flags.verbose ?? false)) io.stderr(`${line}\n`);
    io.stderr(`  wrote ${files.size} files to ${out}/\n`);
  }
  return 0;
}
