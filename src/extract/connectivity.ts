/**
 * Appendix 2 (Actieplan Digitale Connectiviteit) → `connectivity-actions` records.
 *
 * In: the segmented document. Out: one record per action row of the tables whose header reads
 * Thema | Opgave | Actie | … | Wie (tijd). Thema and Opgave cells are usually empty and carry on
 * from the rows above (across page breaks and repeated headers); a row that holds a value in the
 * Thema column but none in the Opgave column, while a theme is already in force, holds an Opgave
 * moved one column left (every theme opens with its first Opgave in the same row) — it is read as
 * the Opgave and flagged.
 */
import type { TableCell, TableRow } from '../model/document';
import type { Diagnostic } from '../model/diagnostics';
import type { ConnectivityAction, ConnectivityFlag } from '../schemas/records';
import type { SegmentedDocument } from '../segment/sections';
import { headerMeanings } from './common/headers';
import { cellEntries } from './common/entries';
import { parseWho } from './common/who';

export interface ConnectivityResult {
  actions: ConnectivityAction[];
  diagnostics: Diagnostic[];
}

interface Columns {
  theme: number;
  task: number;
  action: number;
  status: number;
  plans: number;
  who: number;
}

/** The columns of a connectivity header row (a task and an actions column), or null when the row is not one. */
function headerColumns(row: TableRow): Columns | null {
  const m = headerMeanings(row);
  if (m.task < 0 || m.actions < 0 || (m.status < 0 && m.who < 0)) return null;
  return { theme: m.theme, task: m.task, action: m.actions, status: m.status, plans: m.plans, who: m.who };
}

const blank = (cell: TableCell | undefined): boolean => !cell || cell.text === '';

/** Extracts the action rows of the connectivity action plan. */
export function extractConnectivity(doc: SegmentedDocument): ConnectivityResult {
  const diagnostics: Diagnostic[] = [];
  const actions: ConnectivityAction[] = [];
  let theme: string | null = null;
  let task: string | null = null;
  for (const block of doc.model.blocks) {
    if (block.kind !== 'table') continue;
    let columns: Columns | null = null;
    for (const row of block.rows) {
      const header = headerColumns(row);
      if (header) {
        columns = header;
        continue;
      }
      if (!columns || row.cells.every(blank)) continue;
      const cell = (i: number): TableCell | undefined => row.cells[i];
      const flags = new Set<ConnectivityFlag>();
      const themeCell = cell(columns.theme);
      const taskCell = cell(columns.task);
      if (!blank(themeCell) && blank(taskCell) && theme !== null) {
        task = themeCell?.text ?? task;
        flags.add('task-moved');
        flags.add('theme-inherited');
        diagnostics.push({
          code: 'connectivity-moved-cell',
          severity: 'info',
          message: `"${task}" stands in the Thema column with the Opgave column empty; read as the Opgave of theme "${theme}"`,
          place: row.source,
        });
      } else {
        if (!blank(themeCell)) {
          theme = themeCell?.text ?? theme;
          task = null;
        } else flags.add('theme-inherited');
        if (!blank(taskCell)) task = taskCell?.text ?? task;
        else flags.add('task-inherited');
      }
      const actionText = cell(columns.action)?.text ?? '';
      if (actionText === '') {
        diagnostics.push({ code: 'table-unparsed', severity: 'warning', message: 'connectivity row without an action text skipped', place: row.source });
        continue;
      }
      if (theme === null || task === null) {
        diagnostics.push({
          code: 'connectivity-inherited',
          severity: 'warning',
          message: `action "${actionText.slice(0, 40)}…" has no ${theme === null ? 'Thema' : 'Opgave'} above it`,
          place: row.source,
        });
      }
      const status = cellEntries(cell(columns.status)?.blocks ?? []);
      const plans = cellEntries(cell(columns.plans)?.blocks ?? []);
      const whoRaw = (cell(columns.who)?.blocks ?? [])
        .map((b) => (b.kind === 'text' ? b.text : ''))
        .filter(Boolean)
        .join(' ');
      const who = parseWho(whoRaw);
      if (who.ocrFixed.length > 0) flags.add('ocr-fix');
      actions.push({
        seq: actions.length + 1,
        theme: theme ?? '(onbekend)',
        task: task ?? '(onbekend)',
        action: actionText,
        status: status.entries,
        statusTopics: status.topics,
        plans: plans.entries,
        plansTopics: plans.topics,
        owners: who.owners,
        timing: who.timing,
        whoRaw,
        whoEntries: who.entries,
        flags: [...flags].sort(),
        source: row.source,
      });
    }
  }
  return { actions, diagnostics };
}
