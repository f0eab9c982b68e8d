// Bundles src/ into dist/ (dist/nds.mjs plus lazily loaded chunks): one file to compile on the
// common path keeps start-up fast. Loaders that only some inputs need (HTML with its full parser,
// PDF) are split into chunks; pdfjs-dist and sql.js stay external and are loaded only when needed.
import { build } from 'esbuild';
import { copyFileSync, rmSync } from 'node:fs';

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { nds: 'src/index.ts', 'pdf-worker': 'src/load/pdf/worker.ts', 'pdf-reader': 'src/load/pdf/reader.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  splitting: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: process.env.NDS_BUILD_DEBUG !== '1',
  legalComments: 'none',
  // sql.js reads its .wasm file next to its own script: it stays in node_modules too.
  external: ['pdfjs-dist', 'pdfjs-dist/*', 'sql.js'],
  banner: { js: "import { createRequire as __ndsCreateRequire } from 'node:module'; const require = __ndsCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
// Data read at run time beside the bundle (src/places/place.ts: read when a place is asked for).
copyFileSync('src/places/gazetteer-nl.json', 'dist/gazetteer-nl.json');
