/**
 * The record types of the data contract, as zod schemas.
 *
 * One schema per record type; `type X = z.infer<typeof XSchema>`. The JSON Schemas in `schemas/`
 * are generated from these (`npm run schemas`), and every record is validated against them before
 * anything is written. Key order here is the key order of every output file.
 */
import { z } from 'zod';
import { OWNER_CODES } from '../model/owners';

export const SourceSchema = z
  .object({
    line: z.number().int().positive().optional().describe('1-based line in the input (markdown, HTML)'),
    page: z.number().int().positive().optional().describe('1-based page (PDF)'),
    bbox: z
      .tuple([z.number(), z.number(), z.number(), z.number()])
      .optional()
      .describe('[x0, y0, x1, y1] in PDF points, origin bottom-left (PDF)'),
  })
  .strict()
  .refine((s) => s.line !== undefined || s.page !== undefined, { message: 'source needs a line or a page' })
  .describe('Where the record came from in the input');

const text = z.string().min(1);
const entries = z.array(text);
const topics = z.array(z.string().nullable());
const OwnerSchema = z.enum(OWNER_CODES);

export const WhoEntrySchema = z
  .object({ owners: z.array(OwnerSchema), timing: z.array(text) })
  .strict()
  .describe('Owners and the timings written after them, as paired in the "Wie (Tijd)" cell');

export const ACTION_FLAGS = [
  'column-shift',
  'continued',
  'ocr-fix',
  'shared-cell',
  'shared-status',
  'shared-plans',
  'shared-who',
  'split-text',
  'merged-cells',
] as const;

export const PrioritySchema = z
  .object({
    rank: z.number().int().positive(),
    title: text,
    section: text.describe('Number of the section that discusses the priority, e.g. "2.2"'),
    sectionTitle: text,
    page: z.number().int().positive().nullable().describe('Page of the section in the table of contents'),
    source: SourceSchema,
  })
  .strict();

export const ActionSchema = z
  .object({
    number: z.number().int().positive(),
    part: z.union([z.literal(1), z.literal(2)]),
    partTitle: text,
    theme: text.nullable(),
    ambitionTitle: text.nullable(),
    ambitionText: z.string().nullable(),
    text,
    status: entries,
    statusTopics: topics.describe('Sub-heading each status entry stands under (aligned with status), or null'),
    plans: entries,
    plansTopics: topics.describe('Sub-heading each plans entry stands under (aligned with plans), or null'),
    owners: z.array(OwnerSchema),
    timing: z.array(text),
    whoRaw: z.string(),
    whoEntries: z.array(WhoEntrySchema),
    flags: z.array(z.enum(ACTION_FLAGS)),
    source: SourceSchema,
  })
  .strict();

export const CONNECTIVITY_FLAGS = [
  'theme-inherited',
  'task-inherited',
  'theme-moved',
  'task-moved',
  'shared-cell',
  'shared-status',
  'shared-plans',
  'shared-who',
  'ocr-fix',
] as const;

export const ConnectivityActionSchema = z
  .object({
    seq: z.number().int().positive().describe('Position of the action in appendix 2, from 1'),
    theme: text,
    task: text.describe('Opgave'),
    action: text,
    status: entries,
    statusTopics: topics,
    plans: entries,
    plansTopics: topics,
    owners: z.array(OwnerSchema),
    timing: z.array(text),
    whoRaw: z.string(),
    whoEntries: z.array(WhoEntrySchema),
    flags: z.array(z.enum(CONNECTIVITY_FLAGS)),
    source: SourceSchema,
  })
  .strict();

export const BudgetLineSchema = z
  .object({
    table: z.enum(['WBSO', 'Tabel 1', 'Tabel 2']),
    tableTitle: text,
    row: text,
    year: z.number().int().min(1990).max(2100),
    value: z.number(),
    unit: z.enum(['EUR million', 'percent']),
    isTotal: z.boolean(),
    source: SourceSchema,
  })
  .strict();

export const BudgetMentionSchema = z
  .object({
    amountEur: z.number().positive(),
    raw: text,
    period: text.nullable().describe('Years the amount covers ("2020-2024", "2019"), else "per jaar" for a rate'),
    rate: z.enum(['per jaar']).nullable(),
    context: text.describe('The sentence the amount stands in'),
    section: text.describe('Id of the section: "2.2", "Proeftuin Nederland", "Bijlage 3"'),
    sectionTitle: text,
    source: SourceSchema,
  })
  .strict();

export const ProeftuinLocationSchema = z
  .object({
    city: text,
    name: text,
    category: text,
    priorityRank: z.number().int().positive().nullable(),
    priorityInferred: z.boolean(),
    source: SourceSchema,
  })
  .strict();

export const KamerstukSchema = z
  .object({
    dossier: text.describe('Dossier number as "26 643" (suffix kept: "35 300-XIII")'),
    number: text.describe('Number within the dossier ("623")'),
  })
  .strict();

export const FootnoteSchema = z
  .object({
    n: z.number().int().positive(),
    text,
    urls: z.array(z.string().url()),
    kamerstukken: z.array(KamerstukSchema),
    source: SourceSchema,
  })
  .strict();

export type Priority = z.infer<typeof PrioritySchema>;
export type Action = z.infer<typeof ActionSchema>;
export type ActionFlag = (typeof ACTION_FLAGS)[number];
export type ConnectivityAction = z.infer<typeof ConnectivityActionSchema>;
export type ConnectivityFlag = (typeof CONNECTIVITY_FLAGS)[number];
export type BudgetLine = z.infer<typeof BudgetLineSchema>;
export type BudgetMention = z.infer<typeof BudgetMentionSchema>;
export type ProeftuinLocation = z.infer<typeof ProeftuinLocationSchema>;
export type Footnote = z.infer<typeof FootnoteSchema>;
export type Kamerstuk = z.infer<typeof KamerstukSchema>;

/** Every record type of the contract, by its file name, in output order. */
export const RECORD_SCHEMAS = {
  priorities: PrioritySchema,
  actions: ActionSchema,
  'connectivity-actions': ConnectivityActionSchema,
  'budget-lines': BudgetLineSchema,
  'budget-mentions': BudgetMentionSchema,
  'proeftuin-locations': ProeftuinLocationSchema,
  footnotes: FootnoteSchema,
} as const;

export type RecordType = keyof typeof RECORD_SCHEMAS;
export const RECORD_TYPES = Object.keys(RECORD_SCHEMAS) as RecordType[];

export interface RecordSet {
  priorities: Priority[];
  actions: Action[];
  'connectivity-actions': ConnectivityAction[];
  'budget-lines': BudgetLine[];
  'budget-mentions': BudgetMention[];
  'proeftuin-locations': ProeftuinLocation[];
  footnotes: Footnote[];
}

/** The natural key of each record type: stable across runs and editions. */
export const PRIMARY_KEYS: Record<RecordType, string[]> = {
  priorities: ['rank'],
  actions: ['number'],
  'connectivity-actions': ['seq'],
  'budget-lines': ['table', 'row', 'year'],
  'budget-mentions': [],
  'proeftuin-locations': ['city', 'name'],
  footnotes: ['n'],
};
