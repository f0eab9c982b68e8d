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
import { sectionOfBlock, type SegmentedDocument } from '../segment/sections';
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
  // Sections holding connectivity tables (the document, where it has none), and tables with text
  // whose header was not recognised: one of those in such a section is part of the plan that could
  // not be read.
  const planSections = new Set<object>();
  const unrecognised: { index: number; source: TableRow['source'] }[] = [];
  doc.model.blocks.forEach((block, index) => {
    if (block.kind !== 'table') return;
    let columns: Columns | null = null;
    for (const row of block.rows) {
      const header = headerColumns(row);
      if (header) {
        columns = header;
        planSections.add(sectionOfBlock(doc, index) ?? doc);
        continue;
      }
      if (row.cells.every(blank)) continue;
      if (!columns) {
        if (!unrecognised.some((u) => u.index === index)) unrecognised.push({ index, source: block.source });
        continue;
      }
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
        // Progress or plans with no action beside them: text of the plan that is not a record.
        const rest = [columns.status, columns.plans, columns.who].some((i) => !blank(cell(i)));
        diagnostics.push(
          rest
            ? { code: 'content-unread', severity: 'error', message: 'a connectivity row holds text but no action: it was not read (its action stands elsewhere, or the row was cut)', place: row.source }
            : { code: 'table-unparsed', severity: 'warning', message: 'connectivity row without an action text skipped', place: row.source },
        );
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
  });
  for (const u of unrecognised) {
    if (!planSections.has(sectionOfBlock(doc, u.index) ?? doc)) continue;
    diagnostics.push({
      code: 'content-unread',
      severity: 'error',
      message: 'a table in the connectivity plan has no header row whose columns could be told (Opgave, Actie, …): its rows were not read',
      place: u.source,
    });
  }
  return { actions, diagnostics };
}
