/** Locates files shipped with the package (the bundled fixture), wherever the code runs from. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | null = null;

/** The package root: the nearest folder above this module whose package.json names nds-extract. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && /"name"\s*:\s*"nds-extract"/.test(readFileSync(pkg, 'utf8'))) return (root = dir);
    const up = dirname(dir);
    if (up === dir) throw new Error('cannot locate the nds-extract package root');
    dir = up;
  }
}

export function bundledFixture(): string {
  return join(packageRoot(), 'fixtures', 'nds-2020.md');
}
