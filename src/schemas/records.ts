/**
 * The record types of the data contract, as zod schemas.
 *
 * One schema per record type; `type X = z.infer<typeof XSchema>`. The JSON Schemas in `schemas/`
 * are generated from these (`npm run schemas`), and every record is validated against them before
 * anything is written. Key order here is the key order of every output file.
 */
import * as z from 'zod/mini';
import { OWNER_CODES } from '../model/owners';

/** A description that lands in the generated JSON Schema. */
const d = <T>(text: string) => z.describe<T>(text);

export const SourceSchema = z
  .strictObject({
    line: z.optional(z.int().check(z.positive(), d('1-based line in the input (markdown, HTML)'))),
    page: z.optional(z.int().check(z.positive(), d('1-based page (PDF)'))),
    bbox: z.optional(
      z.tuple([z.number(), z.number(), z.number(), z.number()]).check(d('[x0, y0, x1, y1] in PDF points, origin bottom-left (PDF)')),
    ),
  })
  .check(
    z.refine((s) => s.line !== undefined || s.page !== undefined, { message: 'source needs a line or a page' }),
    d('Where the record came from in the input'),
  );

const text = () => z.string().check(z.minLength(1));
const described = (note: string) => z.string().check(z.minLength(1), d(note));
const entries = () => z.array(text());
const topics = (note: string) => z.array(z.nullable(z.string())).check(d(note));
const OwnerSchema = z.enum(OWNER_CODES);
const positiveInt = () => z.int().check(z.positive());

export const WhoEntrySchema = z
  .strictObject({
    owners: z.array(OwnerSchema),
    timing: z.array(text()),
    others: z.optional(z.array(text()).check(d('Organisations without an owner code in this entry, as written (absent when none)'))),
  })
  .check(d('Owners and the timings written after them, as paired in the "Wie (Tijd)" cell'));

/** What a status table row says of an action: appendix 1 and appendix 2 share these columns. */
const progressFields = {
  status: entries(),
  statusTopics: topics('Sub-heading each status entry stands under (aligned with status), or null'),
  plans: entries(),
  plansTopics: topics('Sub-heading each plans entry stands under (aligned with plans), or null'),
  owners: z.array(OwnerSchema),
  ownersOther: z.array(text()).check(d('Organisations the who cell names that have no owner code (VNG, Logius), as written, in order of first mention')),
  timing: z.array(text()),
  whoRaw: z.string(),
  whoEntries: z.array(WhoEntrySchema),
};

export const ACTION_FLAGS = [
  'column-shift',
  'continued',
  'merged-cells',
  'ocr-fix',
  'shared-cell',
  'shared-plans',
  'shared-status',
  'shared-who',
  'split-text',
] as const;

export const PrioritySchema = z.strictObject({
  rank: positiveInt(),
  title: text(),
  section: described('Number of the section that discusses the priority, e.g. "2.2"'),
  sectionTitle: text(),
  page: z.nullable(positiveInt().check(d('Page of the section in the table of contents'))),
  source: SourceSchema,
});

export const ActionSchema = z.strictObject({
  number: positiveInt(),
  part: positiveInt().check(d('The appendix part the action stands in (1, 2, 3, … as the edition numbers them)')),
  partTitle: text(),
  theme: z.nullable(text()),
  ambitionTitle: z.nullable(text()),
  ambitionText: z.nullable(text()),
  text: text(),
  ...progressFields,
  flags: z.array(z.enum(ACTION_FLAGS)),
  source: SourceSchema,
});

export const CONNECTIVITY_FLAGS = [
  'continued',
  'ocr-fix',
  'shared-cell',
  'shared-plans',
  'shared-status',
  'shared-who',
  'task-inherited',
  'task-moved',
  'theme-inherited',
  'theme-moved',
] as const;

export const ConnectivityActionSchema = z.strictObject({
  seq: positiveInt().check(d('Position of the action in appendix 2, from 1')),
  theme: text(),
  task: z.nullable(described('Opgave; null in an edition whose plan sets no Opgave column')),
  action: text(),
  ...progressFields,
  flags: z.array(z.enum(CONNECTIVITY_FLAGS)),
  source: SourceSchema,
});

export const BudgetLineSchema = z.strictObject({
  table: described('The table as the edition names it ("Tabel 1"), or the heading of an unnumbered one ("WBSO")'),
  tableTitle: text(),
  row: text(),
  year: z.int().check(z.minimum(1990), z.maximum(2100)),
  value: z.number(),
  unit: z.enum(['EUR million', 'percent']),
  isTotal: z.boolean(),
  source: SourceSchema,
});

export const BudgetMentionSchema = z.strictObject({
  amountEur: z.number().check(z.positive()),
  raw: text(),
  period: z.nullable(described('Years the amount covers ("2020-2024", "2019"), else "per jaar" for a rate')),
  rate: z.nullable(z.enum(['per jaar'])),
  context: described('The sentence the amount stands in'),
  section: described('Id of the section: "2.2", "Proeftuin Nederland", "Bijlage 3"'),
  sectionTitle: text(),
  actionNumber: z.nullable(positiveInt().check(d('The NDS action whose appendix table row holds the amount, or null (in the text, or a row shared by several actions: see actionCandidates)'))),
  actionCandidates: z.array(positiveInt()).check(d('Every action number of the appendix row that holds the amount (two when a row is shared); empty outside action tables')),
  source: SourceSchema,
});

export const PriorityBasisSchema = z
  .strictObject({
    rule: z.enum(['named', 'mentions']).check(d('named: the category is named like the priority; mentions: its term is discussed most in the priority\'s section')),
    term: described('The category name or the term that was looked for'),
    section: described('The section of the priority it points to ("2.4")'),
    mentions: z.nullable(z.int().check(z.nonnegative(), d('How often the term stands in that section (rule mentions)'))),
    nextMentions: z.nullable(z.int().check(z.nonnegative(), d('How often in the section with the next most mentions'))),
  })
  .check(d('How priorityRank was inferred from the document'));

export const ProeftuinLocationSchema = z.strictObject({
  city: text(),
  name: text(),
  category: text(),
  priorityRank: z.nullable(positiveInt()),
  priorityInferred: z.boolean(),
  priorityBasis: z.nullable(PriorityBasisSchema),
  province: z.nullable(described('Province of the place (from the GeoNames gazetteer), or null when the city could not be placed')),
  lat: z.nullable(z.number().check(z.gte(-90), z.lte(90), d('Latitude, WGS84 (GeoNames), or null'))),
  lon: z.nullable(z.number().check(z.gte(-180), z.lte(180), d('Longitude, WGS84 (GeoNames), or null'))),
  placeId: z.nullable(positiveInt().check(d('GeoNames id of the place the point belongs to, or null'))),
  placeName: z.nullable(described('The gazetteer\'s name of that place ("\'s-Hertogenbosch" for "Den Bosch"), or null')),
  placeMatch: z.nullable(described('How the city was matched: name, alias (a name in use, see the README), largest-of-N (the most populous of N places of that name)')),
  source: SourceSchema,
});

export const KamerstukSchema = z.strictObject({
  dossier: described('Dossier number as "26 643" (suffix kept: "35 300-XIII")'),
  number: described('Number within the dossier ("623")'),
});

export const FootnoteSchema = z.strictObject({
  n: positiveInt(),
  text: text(),
  urls: z.array(z.url()),
  kamerstukken: z.array(KamerstukSchema),
  source: SourceSchema,
});

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
