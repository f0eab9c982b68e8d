/**
 * Dataset files in memory → a directory on disk, or a comparison with one (--check).
 *
 * Files are written under a temporary name and renamed into place, so a reader never sees half a
 * file; nothing is written before everything was extracted, validated and rendered.
 */
import { mkdir, readdir, readFile, rename, writeFile, rm } from 'node:fs/promises';
import { join } from 'node:path';

export async function writeDataset(dir: string, files: Map<string, string>): Promise<void> {
  await mkdir(dir, { recursive: true });
  const temps: [string, string][] = [];
  try {
    for (const [name, content] of files) {
      const temp = join(dir, `.${name}.${process.pid}.tmp`);
      await writeFile(temp, content);
      temps.push([temp, join(dir, name)]);
    }
    for (const [temp, final] of temps) await rename(temp, final);
  } catch (error) {
    await Promise.all(temps.map(([t]) => rm(t, { force: true })));
    throw error;
  }
}

export interface FileDifference {
  file: string;
  kind: 'missing' | 'extra' | 'changed';
  detail?: string;
}

/** Names of files that look like ours: `<type>.<format>`, document.json, datapackage.json. */
export function isDatasetFile(name: string, types: readonly string[]): boolean {
  if (name === 'document.json' || name === 'datapackage.json') return true;
  const m = /^(.+)\.(json|yaml|csv)$/.exec(name);
  return m !== null && types.includes(m[1] ?? '');
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

/** Compares rendered files with a directory; lists what is missing, extra or changed. */
export async function compareDataset(dir: string, files: Map<string, string>, types: readonly string[]): Promise<FileDifference[]> {
  let present: string[] = [];
  try {
    present = (await readdir(dir)).filter((n) => isDatasetFile(n, types));
  } catch {
    present = [];
  }
  const diffs: FileDifference[] = [];
  for (const [name, content] of files) {
    if (!present.includes(name)) {
      diffs.push({ file: name, kind: 'missing' });
      continue;
    }
    const actual = await readFile(join(dir, name), 'utf8');
    if (actual !== content) diffs.push({ file: name, kind: 'changed', detail: firstDifference(content, actual) });
  }
  for (const name of present.sort()) if (!files.has(name)) diffs.push({ file: name, kind: 'extra' });
  return diffs;
}
