/**
 * Dataset files in memory → a directory on disk, or a comparison with one (--check).
 *
 * The model: **a run owns its output directory and replaces it as one unit.** The new dataset is
 * written complete into a fresh, exclusively created directory beside the target (`mkdtemp`, files
 * opened with `wx`), then swapped in with two renames; the old directory is removed only after the
 * new one stands in its place. A failure at any point leaves the old dataset whole, and a partial
 * run (`--only`, `-f`) leaves a directory that describes exactly what it holds. A directory holding
 * files that nds did not write is refused, never emptied; hidden files (`.gitkeep`) are carried over.
 *
 * The file system is used synchronously: a run does nothing else meanwhile, and each asynchronous
 * call costs trips through libuv's thread pool (started on first use), which on a two-core machine
 * made the write stage 25–40 ms of a 0.3 s markdown run (8 ms synchronously).
 */
import {
  chmodSync,
  constants as fsConstants,
  copyFileSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
  type Stats,
} from 'node:fs';
import { basename, dirname, join, relative, sep, isAbsolute } from 'node:path';
import { NdsError } from '../model/diagnostics';
import { isDatasetFile } from '../dataset/files';
import { holdTemporary, releaseTemporary } from './cleanup';
import { describeFsError } from '../model/fs-errors';

import type { FileContent } from '../emit/dataset';

function unwritable(path: string, error: unknown): NdsError {
  return error instanceof NdsError ? error : new NdsError('output-unwritable', `cannot write the dataset: ${describeFsError(error)}`, path);
}

/** `f()`, with a file-system failure turned into output-unwritable for `shown`. */
function io<T>(shown: string, f: () => T): T {
  try {
    return f();
  } catch (error) {
    throw unwritable(shown, error);
  }
}

/** The directory to replace: symlinks resolved; refused when it is a file or holds foreign files. */
function prepareTarget(dir: string, shown: string, cwd: string): { target: string; mode: number | null; kept: string[] } {
  const info = io(shown, () => lstatSync(dir, { throwIfNoEntry: false }));
  if (!info) return { target: dir, mode: null, kept: [] };
  const target = info.isSymbolicLink() ? io(shown, () => realpathSync(dir)) : dir;
  const real = info.isSymbolicLink() ? statSync(target) : info;
  if (!real.isDirectory()) throw new NdsError('output-unwritable', 'is a file, not a directory: choose a directory for the dataset', shown);
  let here = cwd;
  try {
    here = realpathSync(cwd);
  } catch {
    // (The current directory was removed: compare with the path as given.)
  }
  const rel = relative(target, here);
  if (!(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))) {
    throw new NdsError('output-not-dataset', 'is the current directory or holds it; a run replaces its output directory whole: choose a directory of its own (e.g. out/)', shown);
  }
  const names = io(shown, () => readdirSync(target));
  // Hidden files (.gitkeep, .gitignore) are the user's and go along into the new directory.
  const hidden = names.filter((n) => n.startsWith('.'));
  for (const n of hidden) {
    if (!lstatSync(join(target, n)).isFile()) throw new NdsError('output-not-dataset', `holds ${n}, which is not a file nds can carry over; choose an empty directory or a dataset`, shown);
  }
  const foreign = names.filter((n) => !isDatasetFile(n) && !n.startsWith('.'));
  if (foreign.length > 0) {
    const listed = foreign.sort().slice(0, 3).join(', ');
    throw new NdsError(
      'output-not-dataset',
      `holds files that nds did not write (${listed}${foreign.length > 3 ? ', …' : ''}); a run replaces its output directory whole: choose an empty directory or a dataset`,
      shown,
    );
  }
  return { target, mode: real.mode & 0o7777, kept: hidden };
}

/**
 * Refuses, before a run reads its input, an output directory that writeDataset would refuse (a
 * file, a path through a file, the current directory, foreign files): a user learns it at once,
 * not after the document was read. writeDataset checks again when it writes.
 */
export async function checkTarget(dir: string, shown: string, cwd = process.cwd()): Promise<void> {
  prepareTarget(dir, shown, cwd);
}

/** Writes the dataset as a new directory and swaps it in for `dir` (see the module comment). */
export async function writeDataset(dir: string, files: Map<string, FileContent>, shown = dir, cwd = process.cwd()): Promise<void> {
  const { target, mode, kept } = prepareTarget(dir, shown, cwd);
  const parent = dirname(target);
  const fresh = io(shown, () => {
    mkdirSync(parent, { recursive: true });
    return mkdtempSync(join(parent, `.${basename(target)}.nds-`));
  });
  holdTemporary(fresh);
  try {
    chmodSync(fresh, mode ?? 0o755);
    for (const [name, content] of files) writeFileSync(join(fresh, name), content, { flag: 'wx' });
    for (const name of kept) copyFileSync(join(target, name), join(fresh, name), fsConstants.COPYFILE_EXCL);
    swapIn(fresh, target, mode !== null);
  } catch (error) {
    rmQuietly(fresh);
    throw unwritable(shown, error);
  } finally {
    releaseTemporary(fresh);
  }
}

function rmQuietly(path: string): void {
  try {
    rmSync(path, { recursive: true, force: true });
  } catch {
    // (Left behind; it is hidden and named for the run.)
  }
}

/** Two renames: the old directory aside, the new one in; the old one back if the second fails. */
function swapIn(fresh: string, target: string, exists: boolean): void {
  if (!exists) {
    renameSync(fresh, target);
    return;
  }
  const aside = `${fresh}.old`;
  renameSync(target, aside);
  try {
    renameSync(fresh, target);
  } catch (error) {
    renameSync(aside, target);
    throw error;
  }
  rmQuietly(aside);
}

export interface FileDifference {
  file: string;
  kind: 'missing' | 'extra' | 'changed';
  detail?: string;
}

function firstDifference(expected: string, actual: string): string {
  try {
    const a = JSON.parse(expected) as unknown;
    const b = JSON.parse(actual) as unknown;
    if (Array.isArray(a) && Array.isArray(b)) {
      const n = Math.max(a.length, b.length);
      for (let i = 0; i < n; i++) {
        if (JSON.stringify(a[i]) !== JSON.stringify(b[i])) {
          if (i >= b.length) return `record ${i} is missing from the directory (${a.length} expected, ${b.length} found)`;
          if (i >= a.length) return `record ${i} is extra (${a.length} expected, ${b.length} found)`;
          const fa = a[i] as Record<string, unknown>;
          const fb = b[i] as Record<string, unknown>;
          const keys = [...new Set([...Object.keys(fa ?? {}), ...Object.keys(fb ?? {})])];
          const fields = keys.filter((k) => JSON.stringify(fa?.[k]) !== JSON.stringify(fb?.[k]));
          return `record ${i} differs in ${fields.join(', ')}`;
        }
      }
    }
  } catch {
    // Not JSON (or not an array): fall back to lines.
  }
  const la = expected.split('\n');
  const lb = actual.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++) {
    if (la[i] !== lb[i]) return `line ${i + 1} differs`;
  }
  return 'bytes differ';
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

function sameContent(expected: FileContent, actual: Buffer): boolean {
  return Buffer.from(expected).equals(actual);
}

/**
 * What compareDataset refuses (a path that is not a directory), asked before the run reads its
 * input too; the directory's stat, or null when there is none.
 */
export async function checkComparable(dir: string, shown = dir): Promise<Stats | null> {
  const info = statOrNull(dir);
  if (info && !info.isDirectory()) throw new NdsError('output-unwritable', 'is a file, not a dataset directory', shown);
  return info;
}

/**
 * Compares rendered files with a directory; lists what is missing, extra or changed. A directory
 * that does not exist is all missing; a path that is not a directory cannot be checked (exit 2).
 */
export async function compareDataset(dir: string, files: Map<string, FileContent>, shown = dir): Promise<FileDifference[]> {
  const info = await checkComparable(dir, shown);
  // report.html is made from a dataset by `nds report`, not by extract: --check leaves it be.
  const present = info ? io(shown, () => readdirSync(dir)).filter((n) => isDatasetFile(n) && n !== 'report.html') : [];
  const diffs: FileDifference[] = [];
  for (const [name, content] of files) {
    if (!present.includes(name)) {
      diffs.push({ file: name, kind: 'missing' });
      continue;
    }
    const actual = io(`${shown}/${name}`, () => readFileSync(join(dir, name)));
    if (!sameContent(content, actual)) {
      diffs.push({ file: name, kind: 'changed', detail: typeof content === 'string' ? firstDifference(content, actual.toString('utf8')) : 'bytes differ' });
    }
  }
  for (const name of present.sort()) if (!files.has(name)) diffs.push({ file: name, kind: 'extra' });
  return diffs;
}
