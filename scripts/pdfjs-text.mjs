// The reference the PDF extraction is held to (npm run bench): pdfjs-dist's own bare text
// extraction of every page, on one thread, with no structure. Usage: node scripts/pdfjs-text.mjs FILE.pdf
import { readFileSync } from 'node:fs';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

const doc = await getDocument({ data: new Uint8Array(readFileSync(process.argv[2])), verbosity: 0, isEvalSupported: false, useSystemFonts: false }).promise;
let chars = 0;
for (let n = 1; n <= doc.numPages; n++) {
  const page = await doc.getPage(n);
  const content = await page.getTextContent();
  for (const item of content.items) if ('str' in item) chars += item.str.length;
  page.cleanup();
}
await doc.destroy();
process.stdout.write(`${chars}\n`);
