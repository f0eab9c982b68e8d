/**
 * Extraction → the lines a person reads on stderr: what was found, what could not be found.
 */
import { formatPlace, type Diagnostic } from '../model/diagnostics';
import type { Extraction } from '../pipeline';
import type { RecordType } from '../schemas/records';

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
  const hidden = extraction.diagnostics.length - shown.length;
  for (const d of shown) {
    if (d.code === 'action-absent') continue;
    lines.push(`  ${d.severity}: ${formatPlace(name, d.place)}: ${d.message}`);
  }
  if (hidden > 0) lines.push(`  (${hidden} notes in document.json; -v shows them)`);
  return lines;
}
