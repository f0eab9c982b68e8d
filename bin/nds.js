#!/usr/bin/env node
// The process side of the CLI: run the bundled program, set the exit status (and, for a PDF, start
// its reader thread early). Nothing else.
import { existsSync } from 'node:fs';

if (!existsSync(new URL('../dist/nds.cjs', import.meta.url))) {
  // `npm ci --ignore-scripts` skips the build that `prepare` runs.
  process.stderr.write('nds: the program is not built (dist/ is missing): run `npm run build` in the nds-extract folder\n');
  process.exitCode = 2;
} else {
  // A PDF to read: its reader thread starts loading pdfjs now, on another core, while the program's
  // modules load here (src/load/pdf/reader.ts).
  const args = process.argv.slice(2);
  if (args.some((a) => /\.pdf$/i.test(a))) {
    const { prestartReader } = await import(new URL('../dist/pdf-reader.mjs', import.meta.url).href);
    prestartReader(args, new URL('../dist/pdf-worker.mjs', import.meta.url));
  }
  // (bin/bundle.js: the program with its compiled code cached by the build.)
  const { loadBundle } = await import('./bundle.js');
  const { run, processIo, codeCache } = loadBundle();
  if (process.env.NDS_TIMING === '1') process.stderr.write(`nds timing: code cache ${codeCache}\n`);
  process.exitCode = await run(args, processIo());
}
