/**
 * zod schemas → JSON Schemas (draft 2020-12) of the dataset files, and Frictionless Table Schema
 * fields for the CSV files. `schemas/<type>.schema.json` is this output, committed.
 */
import * as z from 'zod/mini';
import { PRIMARY_KEYS, RECORD_SCHEMAS, type RecordType } from './records';

const DESCRIPTIONS: Record<RecordType, string> = {
  priorities: 'The priorities listed in section 2.1 of the NDS, with the section that discusses each.',
  actions: 'The numbered NDS actions of appendix 1: text, status, plans, owners and timing.',
  'connectivity-actions': 'The action rows of appendix 2, Actieplan Digitale Connectiviteit.',
  'budget-lines': 'Every number of the appendix 3 budget tables (WBSO series, Tabel 1, Tabel 2), long format.',
  'budget-mentions': 'Every euro amount mentioned in the text, in euros, with its sentence.',
  'proeftuin-locations': 'The initiatives of the Proeftuin Nederland list.',
  footnotes: 'The footnotes, with their URLs and the parliamentary papers (Kamerstukken) they cite.',
};

type JsonSchema = Record<string, unknown>;

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

export interface TableField {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean' | 'array' | 'object';
  description?: string;
  constraints?: { required?: boolean; enum?: unknown[] };
}

function fieldType(prop: JsonSchema): { type: TableField['type']; nullable: boolean; enum?: unknown[] } {
  const anyOf = prop.anyOf as JsonSchema[] | undefined;
  if (anyOf) {
    const nonNull = anyOf.filter((s) => s.type !== 'null');
    const nullable = nonNull.length < anyOf.length;
    const consts = nonNull.map((s) => s.const).filter((c) => c !== undefined);
    const first = nonNull[0] ?? {};
    const inner = fieldType(first);
    if (consts.length === nonNull.length && consts.length > 0) return { type: Number.isInteger(consts[0]) ? 'integer' : inner.type, nullable, enum: consts };
    return { ...inner, nullable: nullable || inner.nullable };
  }
  const t = prop.type;
  const types = Array.isArray(t) ? t : [t];
  const nullable = types.includes('null');
  const main = (types.find((x) => x !== 'null') ?? 'string') as TableField['type'];
  return { type: main, nullable, enum: prop.enum as unknown[] | undefined };
}

/** For each field of a record type: may it be null? (CSV writes null and "" alike as an empty cell.) */
export function nullableFields(type: RecordType): Record<string, boolean> {
  const props = recordJsonSchema(type).properties as Record<string, JsonSchema>;
  return Object.fromEntries(Object.entries(props).map(([name, prop]) => [name, fieldType(prop).nullable]));
}

/** Frictionless Table Schema of `<type>.csv`: one field per column, in column order. */
export function tableSchema(type: RecordType): { fields: TableField[]; primaryKey?: string[] } {
  const schema = recordJsonSchema(type);
  const props = schema.properties as Record<string, JsonSchema>;
  const fields: TableField[] = Object.entries(props).map(([name, prop]) => {
    const { type: t, nullable, enum: values } = fieldType(prop);
    const field: TableField = { name, type: t };
    const description = prop.description ?? (prop.anyOf as JsonSchema[] | undefined)?.find((s) => s.description)?.description;
    if (typeof description === 'string') field.description = description;
    const constraints: TableField['constraints'] = {};
    if (!nullable && t !== 'string') constraints.required = true;
    if (!nullable && t === 'string' && (prop.minLength as number | undefined) === 1) constraints.required = true;
    if (values) constraints.enum = values;
    if (Object.keys(constraints).length > 0) field.constraints = constraints;
    return field;
  });
  const primaryKey = PRIMARY_KEYS[type];
  return primaryKey.length > 0 ? { fields, primaryKey } : { fields };
}
