/**
 * zod schemas → JSON Schemas (draft 2020-12) of the dataset files. `schemas/<type>.schema.json`
 * is this output, committed (`npm run schemas`); a test keeps it in step with the zod schemas.
 */
import * as z from 'zod/mini';
import { RECORD_SCHEMAS, type RecordType } from './records';

const DESCRIPTIONS: Record<RecordType, string> = {
  priorities: 'The priorities listed in section 2.1 of the NDS, with the section that discusses each.',
  actions: 'The numbered NDS actions of appendix 1: text, status, plans, owners and timing.',
  'connectivity-actions': 'The action rows of appendix 2, Actieplan Digitale Connectiviteit.',
  'budget-lines': 'Every number of the budget appendix tables (in 2020: the WBSO series, Tabel 1, Tabel 2; any edition\'s tables), long format.',
  'budget-mentions': 'Every euro amount mentioned in the text, in euros, with its sentence.',
  'proeftuin-locations': 'The initiatives of the Proeftuin Nederland list.',
  footnotes: 'The footnotes, with their URLs and the parliamentary papers (Kamerstukken) they cite.',
};

export type JsonSchema = Record<string, unknown>;

/** The JSON Schema of one record. */
export function recordJsonSchema(type: RecordType): JsonSchema {
  const schema = z.toJSONSchema(RECORD_SCHEMAS[type]) as JsonSchema;
  delete schema.$schema;
  return schema;
}

/** The JSON Schema of a `<type>.json` file (an array of records); YAML files hold the same data. */
export function fileJsonSchema(type: RecordType): JsonSchema {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `https://nds-extract.invalid/schemas/${type}.schema.json`,
    title: `NDS ${type}`,
    description: `${DESCRIPTIONS[type]} Generated from the zod schemas of nds-extract; do not edit.`,
    type: 'array',
    items: recordJsonSchema(type),
  };
}

