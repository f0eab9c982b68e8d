// Bundles src/ into dist/: the program as one CommonJS file (dist/nds.cjs) that bin/bundle.js
// loads with V8's code cache (dist/nds.cache, made here by one run on the bundled document), and
// the PDF reader's two thread entries as ES modules. pdfjs-dist and sql.js stay external and are
// loaded only when needed.
import { build } from 'esbuild';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
rmSync('dist', { recursive: true, force: true });
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  minify: process.env.NDS_BUILD_DEBUG !== '1',
  legalComments: 'none',
  // sql.js reads its .wasm file next to its own script: it stays in node_modules too.
  external: ['pdfjs-dist', 'pdfjs-dist/*', 'sql.js'],
  logLevel: 'warning',
};
// cheerio's entry also loads what its `fromURL` and `loadBuffer` need (undici, iconv-lite: 1 MB
// of the bundle); the HTML loader uses `load` alone, which cheerio's own entry takes from this file.
const cheerioLoad = join(dirname(require.resolve('cheerio/package.json')), 'dist', 'esm', 'load-parse.js');
await build({
  ...common,
  entryPoints: { nds: 'src/index.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.cjs' },
  format: 'cjs',
  // (A CommonJS file has no import.meta: its URL comes from the file's own name.)
  define: { 'import.meta.url': '__ndsModuleUrl' },
  banner: { js: "const __ndsModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [{ name: 'cheerio-load', setup: (b) => b.onResolve({ filter: /^cheerio$/ }, () => ({ path: cheerioLoad })) }],
});
await build({
  ...common,
  entryPoints: { 'pdf-worker': 'src/load/pdf/worker.ts', 'pdf-reader': 'src/load/pdf/reader.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  splitting: true,
  format: 'esm',
  banner: { js: "import { createRequire as __ndsCreateRequire } from 'node:module'; const require = __ndsCreateRequire(import.meta.url);" },
});
// Data read at run time beside the bundle (src/places/place.ts: read when a place is asked for).
copyFileSync('src/places/gazetteer-nl.json', 'dist/gazetteer-nl.json');

// The code cache: what one extraction of the bundled document compiles (JSON, YAML and CSV: the
// database's engine sets V8 flags, and V8 fits a cache to the flags it was made under, those of a
// run's start; bundling sql.js to have its script cached too gained nothing measurable).
// Without it the program runs as well, compiling as it goes: a failure here is said, not fatal.
let scratch = null;
try {
  const { loadBundle } = await import('../bin/bundle.js');
  const program = loadBundle();
  scratch = mkdtempSync(join(tmpdir(), 'nds-build-'));
  const io = { stdout: () => undefined, stderr: (t) => process.stderr.write(t), isTTY: false, cwd: scratch };
  const status = await program.run(['extract', '-o', 'out', '-f', 'json,yaml,csv', '-q'], io);
  if (status !== 0) throw new Error(`the run on the bundled document exited ${status}`);
  program.saveCache();
} catch (error) {
  process.stderr.write(`nds build: no code cache made (${error instanceof Error ? error.message : String(error)}); the program runs without one, compiling as it goes\n`);
} finally {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}
