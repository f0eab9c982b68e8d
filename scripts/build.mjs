// Bundles src/ into dist/nds.mjs (one file: fast start-up). pdfjs-dist stays external: it is
// loaded only for PDF input.
import { build } from 'esbuild';

await build({
  entryPoints: ['src/index.ts'],
  outfile: 'dist/nds.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  minify: true,
  legalComments: 'none',
  external: ['pdfjs-dist', 'pdfjs-dist/*'],
  banner: { js: "import { createRequire as __ndsCreateRequire } from 'node:module'; const require = __ndsCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
