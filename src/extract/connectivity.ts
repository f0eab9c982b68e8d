/**
 * Appendix 2 (Actieplan Digitale Connectiviteit) → `connectivity-actions` records.
 *
 * In: the segmented document. Out: one record per action row of the status tables whose header
 * has a task and an actions column (Thema | Opgave | Actie | … | Wie (tijd)), read with the
 * appendix's shared table reader (common/status-tables.ts): an anchor row holds an action; a row
 * with progress, plans or owners but no action is more of the action above (a row the page cut,
 * flagged `continued`), or an error when no action stands above it. Thema and Opgave cells are
 * usually empty and carry on from the rows above (across page breaks and repeated headers); a row
 * that holds a value in the Thema column but none in the Opgave column, while a theme is already in
 * force, holds an Opgave moved one column left (every theme opens with its first Opgave in the same
 * row) — it is read as the Opgave and flagged.
 *
 * An edition may set no Opgave column (Thema | Actie | … | Wie): its header then reads as an
 * appendix 1 header, so such tables are the plan's only in the plan's own section (titled for
 * connectivity) and only where no row opens with an action number; their records have `task: null`.
 */
import type { Block, TableCell } from '../model/document';
import { describePlace, type Diagnostic } from '../model/diagnostics';
import type { ConnectivityAction, ConnectivityFlag } from '../schemas/records';
import { blocksOf, sectionOfBlock, type SegmentedDocument } from '../segment/sections';
import { isActionHeader } from './actions/parts';
import { anchorIndex } from './actions/rows';
import { endsSentence, goesOnFrom } from './actions/types';
import { goesOnMidSentence } from '../model/sentences';
import { anchorOf } from './common/anchors';
import { cellEntries } from './common/entries';
import { absentColumns, isBlank, readRows, rowsOpeningPages, statusRows, type HeaderColumns, type RowKind, type StatusRow } from './common/status-tables';
import { parseWho, whoNotes } from './common/who';

export interface ConnectivityResult {
  actions: ConnectivityAction[];
  diagnostics: Diagnostic[];
}

/** A connectivity header: a task and an actions column, and a progress or who column. */
function isPlanHeader(m: HeaderColumns): boolean {
  return m.task >= 0 && m.actions >= 0 && (m.status >= 0 || m.who >= 0);
}

/** A title that names the connectivity plan (`Actieplan Digitale Connectiviteit`, an English edition's `Connectivity`). */
const PLAN_TITLE = /connectiviteit|connectivity/i;

/**
 * The blocks of the plan's own section: the sections the contents name for connectivity (and
 * theirs), else from a heading so named to the next heading of its level or above. Tables there
 * whose rows open with action numbers are appendix 1's, not the plan's.
 */
function planTables(doc: SegmentedDocument): { block: Block; index: number }[] {
  const anchor = anchorOf(doc.model.blocks);
  const numbered = (block: Block): boolean => block.kind === 'table' && block.rows.some((r) => anchorIndex(r, anchor) >= 0);
  const found = doc.sections.filter((s) => PLAN_TITLE.test(s.title)).flatMap((s) => blocksOf(doc, s));
  const blocks = doc.model.blocks;
  const at = found.length > 0 ? -1 : blocks.findIndex((b) => b.kind === 'heading' && PLAN_TITLE.test(b.text));
  const heading = blocks[at];
  if (heading?.kind === 'heading') {
    for (let i = at; i < blocks.length; i++) {
      const b = blocks[i] as Block;
      if (i > at && b.kind === 'heading' && b.level <= heading.level) break;
      found.push({ block: b, index: i });
    }
  }
  const seen = new Set<number>();
  return found.filter((b) => !seen.has(b.index) && seen.add(b.index) && !numbered(b.block));
}

const blank = (cell: TableCell | undefined): boolean => !cell || cell.text === '';

/** A who cell's text, paragraphs and list items alike (a layout may set its lines as either). */
function whoText(cell: TableCell | undefined): string {
  return (cell?.blocks ?? [])
    .map((b) => (b.kind === 'text' ? b.text : b.items.map((i) => i.text).join(' ')))
    .filter(Boolean)
    .join(' ');
}

/** Extracts the action rows of the connectivity action plan. */
export function extractConnectivity(doc: SegmentedDocument): ConnectivityResult {
  const diagnostics: Diagnostic[] = [];
  const actions: ConnectivityAction[] = [];
  let theme: string | null = null;
  let task: string | null = null;
  const blocks = doc.model.blocks.map((block, index) => ({ block, index }));
  let { rows, unheaded } = statusRows(blocks, isPlanHeader);
  // (No table with an Opgave column: the plan's section's tables with none — headed as appendix
  // 1's are, see planTables — if it has any.)
  const plan = rows.length === 0 ? statusRows(planTables(doc), isActionHeader) : null;
  const taskless = plan !== null && plan.rows.length > 0;
  if (plan && taskless) ({ rows, unheaded } = plan);
  const cell = (r: StatusRow, meaning: keyof HeaderColumns): TableCell | undefined => (r.header[meaning] >= 0 ? r.row.cells[r.header[meaning]] : undefined);
  // Actions under a header that lacks a column the plan's other headers name (see absentColumns).
  const absent = absentColumns(rows, ['status', 'plans', 'who'] as const);
  const lacking: { seq: number; row: StatusRow; columns: string }[] = [];
  const opensPage = rowsOpeningPages(rows);
  // (A row that opens its page under an action that broke off mid-sentence: the rest of the row the
  // page cut, perhaps.)
  const underBrokenOff = (r: StatusRow): boolean => {
    const before = actions[actions.length - 1]?.action ?? '';
    return opensPage.has(r) && before !== '' && !endsSentence(before);
  };

  const kindOf = (r: StatusRow): RowKind => {
    if (isBlank(r.row)) return 'blank';
    // An action cell that opens in lower case goes on a sentence: the rest of the row above that
    // the page cut, not an action of its own (an action is a sentence). So does one alone in its
    // row, no theme, task, progress, plans or owners beside it, under an action that broke off
    // with no closing punctuation (`Het opstellen van de Nota Mobile` / `Communicatie.`, a line a
    // producer moved down to the page's foot).
    if (!blank(cell(r, 'actions'))) {
      const before = actions[actions.length - 1]?.action ?? '';
      const alone = (['theme', 'task', 'status', 'plans', 'who'] as const).every((m) => blank(cell(r, m)));
      const goesOn = /^[\p{Ll},;.)]/u.test(cell(r, 'actions')?.text ?? '') || (alone && before !== '' && !endsSentence(before));
      // (Or one that opens with no capital, a figure, under an action that broke off, beside a
      // progress or plans cell that goes on mid-sentence from the one above, which broke off too:
      // `Veiling frequenties van de 700, 1400 en` · `… waarna` over `2100 MHz-banden.` · `eind
      // kwartaal …`, a row the page cut whose rest the layout left a row of its own.)
      const last = actions[actions.length - 1];
      const cutCell = (m: 'status' | 'plans'): boolean => {
        const above = last?.[m].at(-1) ?? '';
        return above !== '' && !endsSentence(above) && goesOnMidSentence(cell(r, m)?.text ?? '');
      };
      const restOfCut = before !== '' && !endsSentence(before) && !/^\p{Lu}/u.test(cell(r, 'actions')?.text ?? '') && (cutCell('status') || cutCell('plans'));
      // (Or, opening a page, one whose action opens with a capital — `Deelname aan` over `Cognitieve
      // Radio Platform.nl.` — where the action above broke off and a progress or plans cell goes on
      // the one above, which broke off mid-sentence: the rest of the row the page cut.)
      const goesOnCell = (m: 'status' | 'plans'): boolean => {
        const above = last?.[m].at(-1) ?? '';
        return above !== '' && goesOnFrom(above, cell(r, m)?.text ?? '');
      };
      const restOnPage = underBrokenOff(r) && (goesOnCell('status') || goesOnCell('plans'));
      return (goesOn || restOfCut || restOnPage) && actions.length > 0 ? 'continuation' : 'anchor';
    }
    return ['status', 'plans', 'who'].some((m) => !blank(cell(r, m as keyof HeaderColumns))) ? 'continuation' : 'theme';
  };

  /** Thema and Opgave as a row sets them or carries them on from above; flags that say which. */
  const carry = (r: StatusRow): Set<ConnectivityFlag> => {
    const flags = new Set<ConnectivityFlag>();
    // Both labels over one column (`Thema Opgave` in one cell): text there cannot be told to be a
    // theme or a task, so it is not read as either; empty, both carry on from above.
    const shared = r.header.theme >= 0 && r.header.theme === r.header.task;
    if (shared && !blank(cell(r, 'theme'))) {
      diagnostics.push({
        code: 'content-unread',
        severity: 'error',
        message: `"${(cell(r, 'theme')?.text ?? '').slice(0, 40)}" stands in a column headed both Thema and Opgave: it cannot be told which it is, so it was not read`,
        place: r.row.source,
      });
    }
    const themeCell = shared ? undefined : cell(r, 'theme');
    const taskCell = shared ? undefined : cell(r, 'task');
    if (!taskless && !blank(themeCell) && blank(taskCell) && theme !== null) {
      task = themeCell?.text ?? task;
      flags.add('task-moved');
      flags.add('theme-inherited');
      diagnostics.push({
        code: 'connectivity-moved-cell',
        severity: 'info',
        message: `"${task}" stands in the Thema column with the Opgave column empty; read as the Opgave of theme "${theme}"`,
        place: r.row.source,
      });
      return flags;
    }
    if (!blank(themeCell)) {
      theme = themeCell?.text ?? theme;
      task = null;
    } else flags.add('theme-inherited');
    if (taskless) return flags;
    if (!blank(taskCell)) task = taskCell?.text ?? task;
    else flags.add('task-inherited');
    return flags;
  };

  // Text in a column the header names as none of the plan's (a layout that set the labels off the
  // columns) is not read as anything: said, once per row.
  for (const r of rows) {
    const named = new Set(Object.values(r.header));
    const stray = r.row.cells.findIndex((c, k) => !named.has(k) && c.text !== '');
    if (stray < 0) continue;
    diagnostics.push({
      code: 'content-unread',
      severity: 'error',
      message: `"${(r.row.cells[stray]?.text ?? '').slice(0, 40)}" stands in a column that the table's header does not name: it was not read`,
      place: r.row.source,
    });
  }

  readRows(rows, kindOf, {
    // A theme or task with no action beside it stands over the rows below.
    theme: (r) => void carry(r),
    anchor: (r) => {
      const flags = carry(r);
      const actionText = cell(r, 'actions')?.text ?? '';
      if (theme === null || (task === null && !taskless)) {
        diagnostics.push({
          code: 'connectivity-inherited',
          severity: 'warning',
          message: `action "${actionText.slice(0, 40)}…" has no ${theme === null ? 'Thema' : 'Opgave'} above it`,
          place: r.row.source,
        });
      }
      // (An action that opens a page under one that broke off mid-sentence, no theme or task beside
      // it, may be the rest of the row the page cut, which nothing here tells apart from an action
      // of its own: read as one, and said, since every action after it is then numbered one on.)
      const above = actions[actions.length - 1];
      if (above && underBrokenOff(r) && blank(cell(r, 'theme')) && blank(cell(r, 'task'))) {
        diagnostics.push({
          code: 'connectivity-row-cut',
          severity: 'warning',
          message: `connectivity action ${actions.length + 1} ("${actionText.slice(0, 40)}") opens its page under action ${above.seq}, which broke off mid-sentence ("…${above.action.slice(-30)}"): it may be the rest of that row, which the page cut; read as an action of its own, so the actions after it may be numbered one on`,
          place: r.row.source,
        });
      }
      const status = cellEntries(cell(r, 'status')?.blocks ?? []);
      const plans = cellEntries(cell(r, 'plans')?.blocks ?? []);
      const whoRaw = whoText(cell(r, 'who'));
      const who = parseWho(whoRaw);
      if (who.ocrFixed.length > 0) flags.add('ocr-fix');
      diagnostics.push(...whoNotes(who, `connectivity action ${actions.length + 1}`, r.row.source));
      const missing = absent.get(r);
      if (missing) lacking.push({ seq: actions.length + 1, row: r, columns: missing.map((m) => COLUMN_NAMES[m]).join(', ') });
      actions.push({
        seq: actions.length + 1,
        theme: theme ?? '(onbekend)',
        task: taskless ? null : (task ?? '(onbekend)'),
        action: actionText,
        status: status.entries,
        statusTopics: status.topics,
        plans: plans.entries,
        plansTopics: plans.topics,
        owners: who.owners,
        ownersOther: who.others,
        timing: who.timing,
        whoRaw,
        whoEntries: who.entries,
        flags: [...flags].sort(),
        source: r.row.source,
      });
    },
    continuation: (r) => {
      const last = actions[actions.length - 1];
      if (!last || last.theme === '(onbekend)') {
        diagnostics.push({ code: 'content-unread', severity: 'error', message: 'a connectivity row holds progress, plans or owners but no action, and no action stands above it: it was not read', place: r.row.source });
        return;
      }
      // The rest of a theme or task the page cut (`… (vast en` / `mobiel) op lokaal niveau`): it
      // goes on that theme, on every action above that has it and on the rows below that inherit
      // it. Text there that goes on nothing (opens a sentence of its own) is said, not dropped.
      const merged = r.header.theme >= 0 && r.header.theme === r.header.task;
      for (const k of ['theme', 'task'] as const) {
        const more = merged ? '' : (cell(r, k)?.text ?? '').trim();
        const was = last[k];
        if (more === '') continue;
        if (was === null || was === '(onbekend)' || !/^[\p{Ll}\d(),;:–-]/u.test(more)) {
          diagnostics.push({ code: 'content-unread', severity: 'error', message: `"${more.slice(0, 40)}" stands in the ${k === 'theme' ? 'Thema' : 'Opgave'} column of a row that goes on connectivity action ${last.seq}, and goes on no ${k === 'theme' ? 'Thema' : 'Opgave'} above it: it was not read`, place: r.row.source });
          continue;
        }
        const whole = `${was} ${more}`;
        for (let i = actions.length - 1; i >= 0 && actions[i]?.[k] === was; i--) (actions[i] as ConnectivityAction)[k] = whole;
        if (k === 'theme' && theme === was) theme = whole;
        if (k === 'task' && task === was) task = whole;
      }
      // More of the action above: the rest of a row the page cut.
      const rest = cell(r, 'actions')?.text ?? '';
      if (rest !== '') last.action = `${last.action} ${rest}`;
      const status = cellEntries(cell(r, 'status')?.blocks ?? []);
      const plans = cellEntries(cell(r, 'plans')?.blocks ?? []);
      // (In a row that opens a page, the rest of the row the page cut: an entry that goes on
      // mid-sentence goes on the entry above, which broke off.)
      if (opensPage.has(r)) {
        for (const [entries, more] of [[last.status, status], [last.plans, plans]] as const) {
          const above = entries.at(-1);
          const next = more.entries[0];
          if (above === undefined || next === undefined || !goesOnFrom(above, next) || more.topics[0] !== null) continue;
          entries[entries.length - 1] = `${above} ${next}`;
          more.entries.shift();
          more.topics.shift();
        }
      }
      last.status.push(...status.entries);
      last.statusTopics.push(...status.topics);
      last.plans.push(...plans.entries);
      last.plansTopics.push(...plans.topics);
      const more = whoText(cell(r, 'who'));
      if (more !== '') {
        diagnostics.push(...whoNotes(parseWho(more), `connectivity action ${last.seq}`, r.row.source));
        last.whoRaw = last.whoRaw === '' ? more : `${last.whoRaw} ${more}`;
        const who = parseWho(last.whoRaw);
        Object.assign(last, { owners: who.owners, ownersOther: who.others, timing: who.timing, whoEntries: who.entries });
      }
      last.flags = [...new Set<ConnectivityFlag>([...last.flags, 'continued'])].sort();
      diagnostics.push({ code: 'action-continued', severity: 'info', message: `continuation row joined to connectivity action ${last.seq}`, place: r.row.source });
    },
  });

  // Said per run of actions under one such header: their fields there are empty because the input
  // has none, not because a text was not read.
  for (const run of runsOf(lacking)) {
    const first = run[0] as (typeof lacking)[number];
    const last = run[run.length - 1] as (typeof lacking)[number];
    const named = rows.find((r) => !absent.has(r));
    diagnostics.push({
      code: 'column-absent',
      severity: 'warning',
      message: `connectivity action${run.length > 1 ? `s ${first.seq}–${last.seq}` : ` ${first.seq}`}: the table's header names no ${first.columns} column, which the plan's other tables have (${describePlace(named?.row.source)}), so ${run.length > 1 ? 'their' : 'its'} ${first.columns} are empty (a producer that set the table wider than its page may have left out what stood wholly past the edge)`,
      place: first.row.row.source,
    });
  }

  // A table with text under no header, in a section that holds the plan's tables (the document,
  // where it has no sections), is part of the plan that could not be read.
  const planSections = new Set<object>(rows.map((r) => sectionOfBlock(doc, r.table) ?? doc));
  for (const u of unheaded) {
    if (!planSections.has(sectionOfBlock(doc, u.table) ?? doc)) continue;
    diagnostics.push({
      code: 'content-unread',
      severity: 'error',
      message: 'a table in the connectivity plan has no header row whose columns could be told (Opgave, Actie, …): its rows were not read',
      place: u.source,
    });
  }
  return { actions, diagnostics };
}

/** What the plan's columns are called in messages. */
const COLUMN_NAMES = { status: 'progress (Stand van zaken)', plans: 'plans (Wat gaan we doen)', who: 'owners (Wie)' } as const;

/** Consecutive actions lacking the same columns, as runs. */
function runsOf<T extends { seq: number; columns: string }>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (const item of items) {
    const run = out[out.length - 1];
    const last = run?.[run.length - 1];
    if (run && last && last.seq + 1 === item.seq && last.columns === item.columns) run.push(item);
    else out.push([item]);
  }
  return out;
}
