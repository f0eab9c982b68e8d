/**
 * Builds dist/ once before any test runs, so that tests of the shipped command (bin/nds.js) never
 * run a stale bundle.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export default function setup(): void {
  const root = join(__dirname, '..');
  execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
}
