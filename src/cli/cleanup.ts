/**
 * Temporary files and directories a run has made and not yet finished with: removed by the run
 * itself when it ends, and by the signal and stream handlers when the process is stopped early.
 */
import { rmSync } from 'node:fs';

const pending = new Set<string>();

/** Registers a path to remove if the process stops before `release` is called. */
export function holdTemporary(path: string): void {
  pending.add(path);
}

export function releaseTemporary(path: string): void {
  pending.delete(path);
}

/** Removes every registered path now (synchronously: called from signal handlers). */
export function runCleanups(): void {
  for (const path of pending) {
    try {
      rmSync(path, { recursive: true, force: true });
    } catch {
      // Best effort: the process is ending.
    }
  }
  pending.clear();
}
