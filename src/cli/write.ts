/**
 * Dataset files in memory → a directory on disk, or a comparison with one (--check).
 *
 * The model: **a run owns its output directory and replaces it as one unit.** The new dataset is
 * written complete into a fresh, exclusively created directory beside the target (`mkdtemp`, files
 * opened with `wx`), then swapped in with two renames; the old directory is removed only after the
 * new one stands in its place. A failure at any point leaves the old dataset whole, and a partial
 * run (`--only`, `-f`) leaves a directory that describes exactly what it holds. A directory holding
 * files that nds did not write is refused, never emptied; hidden files (`.gitkeep`) are carried over.
 */
import { constants as fsConstants, writeFileSync, type Stats } from 'node:fs';
import { chmod, copyFile, lstat, mkdir, mkdtemp, readdir, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, sep, isAbsolute } from 'node:path';
import { NdsError } from '../model/diagnostics';
import { isDatasetFile } from '../dataset/files';
import { holdTemporary, releaseTemporary } from './cleanup';
import { describeFsError } from '../model/fs-errors';

import type { FileContent } from '../emit/dataset';

function unwritable(path: string, error: unknown): NdsError {
  return error instanceof NdsError ? error : new NdsError('output-unwritable', `cannot write the dataset: ${describeFsError(error)}`, path);
}

/** The directory to replace: symlinks resolved; refused when it is a file or holds foreign files. */
async function prepareTarget(dir: string, shown: string, cwd: string): Promise<{ target: string; mode: number | null; kept: string[] }> {
  const info = await lstat(dir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return null;
    throw unwritable(shown, error);
  });
  if (!info) return { target: dir, mode: null, kept: [] };
  const target = info.isSymbolicLink() ? await realpath(dir).catch((e: unknown) => Promise.reject(unwritable(shown, e))) : dir;
  const real = info.isSymbolicLink() ? await stat(target) : info;
  if (!real.isDirectory()) throw new NdsError('output-unwritable', 'is a file, not a directory: choose a directory for the dataset', shown);
  const rel = relative(target, await realpath(cwd).catch(() => cwd));
  if (!(rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel))) {
    throw new NdsError('output-not-dataset', 'is the current directory or holds it; a run replaces its output directory whole: choose a directory of its own (e.g. out/)', shown);
  }
  const names = await readdir(target).catch((e: unknown) => Promise.reject(unwritable(shown, e)));
  // Hidden files (.gitkeep, .gitignore) are the user's and go along into the new directory.
  const hidden = names.filter((n) => n.startsWith('.'));
  for (const n of hidden) {
    if (!(await lstat(join(target, n))).isFile()) throw new NdsError('output-not-dataset', `holds ${n}, which is not a file nds can carry over; choose an empty directory or a dataset`, shown);
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
  await prepareTarget(dir, shown, cwd);
}

/** Writes the dataset as a new directory and swaps it in for `dir` (see the module comment). */
export async function writeDataset(dir: string, files: Map<string, FileContent>, shown = dir, cwd = process.cwd()): Promise<void> {
  const { target, mode, kept } = await prepareTarget(dir, shown, cwd);
  const parent = dirname(target);
  let fresh: string;
  try {
    await mkdir(parent, { recursive: true });
    fresh = await mkdtemp(join(parent, `.${basename(target)}.nds-`));
  } catch (error) {
    throw unwritable(shown, error);
  }
  holdTemporary(fresh);
  try {
    await chmod(fresh, mode ?? 0o755);
    // Small files written synchronously: each asynchronous write costs three trips through the
    // thread pool, which a two-core machine busy with the run turns into most of the write time.
    for (const [name, content] of files) writeFileSync(join(fresh, name), content, { flag: 'wx' });
    for (const name of kept) await copyFile(join(target, name), join(fresh, name), fsConstants.COPYFILE_EXCL);
    await swapIn(fresh, target, mode !== null);
  } catch (error) {
    await rm(fresh, { recursive: true, force: true }).catch(() => undefined);
    throw unwritable(shown, error);
  } finally {
    releaseTemporary(fresh);
  }
}

/** Two renames: the old directory aside, the new one in; the old one back if the second fails. */
async function swapIn(fresh: string, target: string, exists: boolean): Promise<void> {
  if (!exists) {
    await rename(fresh, target);
    return;
  }
  const aside = `${fresh}.old`;
  await rename(target, aside);
  try {
    await rename(fresh, target);
  } catch (error) {
    await rename(aside, target);
    throw error;
  }
  await rm(aside, { recursive: true, force: true }).catch(() => undefined);
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

function sameContent(expected: FileContent, actual: Buffer): boolean {
  return Buffer.from(expected).equals(actual);
}

/**
 * What compareDataset refuses (a path that is not a directory), asked before the run reads its
 * input too; the directory's stat, or null when there is none.
 */
export async function checkComparable(dir: string, shown = dir): Promise<Stats | null> {
  const info = await stat(dir).catch(() => null);
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
  const present = info ? (await readdir(dir).catch((e: unknown) => Promise.reject(unwritable(shown, e)))).filter((n) => isDatasetFile(n) && n !== 'report.html') : [];
  const diffs: FileDifference[] = [];
  for (const [name, content] of files) {
    if (!present.includes(name)) {
      diffs.push({ file: name, kind: 'missing' });
      continue;
    }
    const actual = await readFile(join(dir, name)).catch((e: unknown) => Promise.reject(unwritable(`${shown}/${name}`, e)));
    if (!sameContent(content, actual)) {
      diffs.push({ file: name, kind: 'changed', detail: typeof content === 'string' ? firstDifference(content, actual.toString('utf8')) : 'bytes differ' });
    }
  }
  for (const name of present.sort()) if (!files.has(name)) diffs.push({ file: name, kind: 'extra' });
  return diffs;
}
