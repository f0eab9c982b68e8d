/**
 * The committed JSON Schemas (schemas/) → Frictionless Table Schemas of the CSV files, and which
 * fields may be null. Read from the published files rather than recomputed from zod on every run:
 * they are the contract, and a test keeps them equal to what the zod schemas generate.
 */
import actions from '../../schemas/actions.schema.json';
import budgetLines from '../../schemas/budget-lines.schema.json';
import budgetMentions from '../../schemas/budget-mentions.schema.json';
import connectivityActions from '../../schemas/connectivity-actions.schema.json';
import footnotes from '../../schemas/footnotes.schema.json';
import priorities from '../../schemas/priorities.schema.json';
import proeftuinLocations from '../../schemas/proeftuin-locations.schema.json';
import { PRIMARY_KEYS, type RecordType } from './records';

type JsonSchema = Record<string, unknown>;

const FILES: Record<RecordType, { items: JsonSchema }> = {
  priorities,
  actions,
  'connectivity-actions': connectivityActions,
  'budget-lines': budgetLines,
  'budget-mentions': budgetMentions,
  'proeftuin-locations': proeftuinLocations,
  footnotes,
} as unknown as Record<RecordType, { items: JsonSchema }>;

/** The JSON Schema of one record, as published in schemas/. */
export function publishedRecordSchema(type: RecordType): JsonSchema {
  return FILES[type].items;
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
  const props = publishedRecordSchema(type).properties as Record<string, JsonSchema>;
  return Object.fromEntries(Object.entries(props).map(([name, prop]) => [name, fieldType(prop).nullable]));
}

/** Frictionless Table Schema of `<type>.csv`: one field per column, in column order. */
export function tableSchema(type: RecordType): { fields: TableField[]; primaryKey?: string[] } {
  const schema = publishedRecordSchema(type);
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
