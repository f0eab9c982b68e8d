// Field-by-field scores of PDFs against the markdown edition's records (tests/helpers/score.ts), with
// each run's exit class: for measuring the loader on renderings no test reads (scripts/held-out.mjs).
//
//   npx tsx scripts/score.ts FILE.pdf …          one line per file: % right, errors, their codes
//   V=1 npx tsx scripts/score.ts FILE.pdf …      and the first wrong fields and errors of each
//
// The last column is a digest of the records, gaps and diagnostics: two runs that print the same
// digest for a file read it alike (the way to tell that a change to the loader left a file alone).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { loadMarkdown } from '../src/load/markdown';
import { extractDocument, extractFromModel } from '../src/pipeline';
import { scoreAgainst } from '../tests/helpers/score';

const reference = extractFromModel(loadMarkdown(readFileSync(new URL('../fixtures/nds-2020.md', import.meta.url), 'utf8'), 'nds-2020.md'));
for (const file of process.argv.slice(2)) {
  try {
    const x = await extractDocument(new Uint8Array(readFileSync(file)), file, {});
    const score = scoreAgainst(reference, x);
    const errors = x.diagnostics.filter((d) => d.severity === 'error');
    const codes = [...new Set(errors.map((d) => d.code))].join(',');
    const digest = createHash('md5').update(JSON.stringify([x.records, x.diagnostics, x.gaps])).digest('hex').slice(0, 8);
    console.log(`${((100 * score.right) / score.total).toFixed(2).padStart(6)}  err=${String(errors.length).padStart(3)} ${codes.padEnd(40)} ${digest} ${file}`);
    if (process.env.V) {
      for (const [type, t] of Object.entries(score.types)) if (t.right < t.total) console.log(`      ${type} ${t.right}/${t.total} ${t.wrong.join(' ')}`);
      for (const d of errors.slice(0, 8)) console.log(`      ! ${d.code} ${d.message.slice(0, 160)} ${JSON.stringify(d.place ?? '')}`);
    }
  } catch (error) {
    console.log(`  FAIL ${file}: ${(error as Error).message}`);
  }
}
