/** The committed files of `schemas/`: one JSON Schema per record type, as text. */
import { emitJson } from '../emit/json';
import { fileJsonSchema } from './json-schema';
import { RECORD_TYPES } from './records';

export function renderSchemaFiles(): Map<string, string> {
  return new Map(RECORD_TYPES.map((t) => [`${t}.schema.json`, emitJson(fileJsonSchema(t))]));
}
