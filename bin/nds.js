#!/usr/bin/env node
// The process side of the CLI: run the bundled program, set the exit status. Nothing else.
import { existsSync } from 'node:fs';

const bundle = new URL('../dist/nds.mjs', import.meta.url);
if (!existsSync(bundle)) {
  // `npm ci --ignore-scripts` skips the build that `prepare` runs.
  process.stderr.write('nds: the program is not built (dist/ is missing): run `npm run build` in the nds-extract folder\n');
  process.exitCode = 2;
} else {
  const { run, processIo } = await import(bundle.href);
  process.exitCode = await run(process.argv.slice(2), processIo());
}
