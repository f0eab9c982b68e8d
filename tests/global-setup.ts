/**
 * Builds dist/ once before any test runs, so that tests of the shipped command (bin/nds.js) never
 * run a stale bundle, and gives the run one temporary directory that every test's scratch space
 * lives under (`tempDir` in helpers/fixture.ts) and that is removed when the run ends.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's scratch directory; removed by the teardown below. */
    scratchRoot: string;
  }
}

export default function setup(project: TestProject): () => void {
  const root = join(__dirname, '..');
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  const scratch = mkdtempSync(join(tmpdir(), 'nds-run-'));
  project.provide('scratchRoot', scratch);
  return () => rmSync(scratch, { recursive: true, force: true });
}
