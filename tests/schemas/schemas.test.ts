import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tableSchema } from '../../src/schemas/table-schema';
import { renderSchemaFiles } from '../../src/schemas/files';
import { ROOT } from '../helpers/fixture';

describe('schemas/', () => {
  it('holds one JSON Schema per record type, up to date with the zod schemas (npm run schemas regenerates)', () => {
    const expected = renderSchemaFiles();
    const dir = join(ROOT, 'schemas');
    expect(readdirSync(dir).sort()).toEqual([...expected.keys()].sort());
    for (const [name, content] of expected) expect(readFileSync(join(dir, name), 'utf8'), `schemas/${name} is stale: run npm run schemas`).toBe(content);
  });

  it('describes the actions file: an array of records with the contract fields required', () => {
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'actions.schema.json'), 'utf8'));
    expect(schema.type).toBe('array');
    expect(schema.items.required).toEqual(expect.arrayContaining(['number', 'part', 'partTitle', 'theme', 'ambitionTitle', 'ambitionText', 'text', 'status', 'plans', 'owners', 'timing', 'whoRaw', 'flags', 'source']));
    expect(schema.items.properties.owners.items.enum).toContain('IenW');
  });

  it('derives CSV Table Schema field types and primary keys', () => {
    const actions = tableSchema('actions');
    expect(actions.primaryKey).toEqual(['number']);
    expect(actions.fields.find((f) => f.name === 'owners')).toMatchObject({ type: 'array' });
    expect(actions.fields.find((f) => f.name === 'theme')).toEqual({ name: 'theme', type: 'string' });
    expect(actions.fields.find((f) => f.name === 'source')).toMatchObject({ type: 'object', constraints: { required: true } });
    expect(tableSchema('budget-lines')).toMatchObject({ primaryKey: ['table', 'row', 'year'] });
    expect(tableSchema('budget-lines').fields.find((f) => f.name === 'value')).toMatchObject({ type: 'number' });
    expect(tableSchema('budget-mentions').primaryKey).toBeUndefined();
  });
});
