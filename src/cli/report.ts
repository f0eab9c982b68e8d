/**
 * Extraction → the lines a person reads on stderr: what was found, what could not be found.
 */
import { formatPlace, type Diagnostic } from '../model/diagnostics';
import type { Extraction } from '../pipeline';
import type { RecordType } from '../schemas/records';

/** Warnings of one kind shown before the rest are counted. */
const MANY = 3;

export function summaryLines(extraction: Extraction, types: readonly RecordType[], verbose: boolean): string[] {
  const name = extraction.model.inputName;
  const lines: string[] = [];
  const counts = types.map((t) => `${extraction.records[t].length} ${t}`).join(', ');
  lines.push(`${name} (${extraction.model.format}): ${counts}`);
  const absent = extraction.gaps.filter((g) => g.type === 'actions' && g.key !== '*').map((g) => g.key);
  if (absent.length > 0) lines.push(`  absent from the input: action${absent.length > 1 ? 's' : ''} ${absent.join(', ')} (see document.json gaps)`);
  for (const g of extraction.gaps.filter((g) => g.type !== 'actions' || g.key === '*')) lines.push(`  absent: ${g.key === '*' ? `all ${g.type}` : `${g.type} ${g.key}`}: ${g.reason}`);
  if (extraction.fragments.length > 0) lines.push(`  ${extraction.fragments.length} orphan fragment(s) kept in document.json fragments`);
  const failed = extraction.checks.filter((c) => !c.ok);
  if (extraction.checks.length > 0) lines.push(`  table totals: ${extraction.checks.length - failed.length}/${extraction.checks.length} add up`);
  const shown: Diagnostic[] = extraction.diagnostics.filter((d) => verbose || d.severity !== 'info');
  let hidden = extraction.diagnostics.length - shown.length;
  // Many warnings of one kind (text cut off on page after page): the first few, and how many more.
  const seen = new Map<string, Diagnostic[]>();
  for (const d of shown) {
    if (d.code === 'action-absent') continue;
    const same = seen.get(d.code) ?? [];
    same.push(d);
    seen.set(d.code, same);
    if (!verbose && d.severity === 'warning' && same.length > MANY) continue;
    lines.push(`  ${d.severity}: ${formatPlace(name, d.place)}: ${d.message}`);
  }
  for (const [code, same] of seen) {
    if (verbose || same[0]?.severity !== 'warning' || same.length <= MANY) continue;
    const pages = same.slice(MANY).flatMap((d) => (d.place?.page === undefined ? [] : [d.place.page]));
    const [first, last] = [Math.min(...pages), Math.max(...pages)];
    const where = pages.length === 0 ? '' : first === last ? ` (p.${first})` : ` (p.${first}–p.${last})`;
    lines.push(`  … and ${same.length - MANY} more ${code} warning(s)${where}`);
    hidden += same.length - MANY;
  }
  if (hidden > 0) lines.push(`  (${hidden} notes in document.json; -v shows them)`);
  return lines;
}
