/**
 * Dataset files → datapackage.json (Frictionless Data Package): one resource per written file with
 * its path, format, media type, encoding, size and sha256; CSV resources carry their Table Schema.
 * Keys are sorted; there is no timestamp: the same files give the same bytes.
 */
import type { Extraction } from '../pipeline';
import { tableSchema } from '../schemas/table-schema';
import { RECORD_TYPES, type RecordType } from '../schemas/records';
import { TOOL_NAME, TOOL_VERSION } from '../version';
import { sha256 } from './document';
import { emitJson, sortKeys } from './json';
import type { FileContent } from './dataset';
import { gazetteerSource } from '../places/place';

const MEDIA: Record<string, string> = { json: 'application/json', yaml: 'application/yaml', csv: 'text/csv', geojson: 'application/geo+json', sqlite: 'application/vnd.sqlite3' };

function resourceOf(name: string, content: FileContent, excel: boolean): Record<string, unknown> {
  const [base = name, format = ''] = name.split(/\.(?=[^.]+$)/);
  const data = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  const resource: Record<string, unknown> = {
    name: `${base}-${format}`.toLowerCase().replace(/[^a-z0-9._-]/g, '-'),
    path: name,
    format,
    mediatype: MEDIA[format] ?? 'application/octet-stream',
    ...(typeof content === 'string' ? { encoding: 'utf-8' } : {}),
    bytes: data.length,
    hash: `sha256:${sha256(data)}`,
  };
  if (format === 'sqlite') {
    resource.description = 'SQLite database: one table per record type (proeftuin_locations, …) with typed columns and primary keys, and link tables for list fields (action_owners, footnote_kamerstukken, …); see the README of nds-extract';
  } else if (format === 'geojson') {
    resource.description = 'GeoJSON FeatureCollection: one Point (WGS84) per Proeftuin location, with the record as its properties';
  }
  const type = RECORD_TYPES.find((t) => t === base) as RecordType | undefined;
  if (type && format === 'csv') {
    resource.profile = 'tabular-data-resource';
    resource.dialect = { delimiter: ',', doubleQuote: true, header: true, lineTerminator: '\n', quoteChar: '"', ...(excel ? { 'nds:formulaEscape': 'apostrophe' } : {}) };
    resource.schema = tableSchema(type);
  } else if (type) {
    resource.description = `Array of ${type} records; JSON Schema: schemas/${type}.schema.json of ${TOOL_NAME}`;
  }
  return resource;
}

/** Renders datapackage.json for the given files (which must not include datapackage.json itself). */
export function emitDataPackage(files: Map<string, FileContent>, extraction: Extraction, bytes: Uint8Array, options: { excel?: boolean } = {}): string {
  const { model } = extraction;
  const year = /\b(19|20)\d{2}\b/.exec(model.title ?? '')?.[0];
  const pkg = {
    profile: 'data-package',
    name: `nds${year ? `-${year}` : ''}`,
    title: model.title ?? 'Nederlandse Digitaliseringsstrategie',
    description: 'Records extracted from the Dutch national digitalisation strategy (NDS) by nds-extract.',
    sources: [
      { title: model.inputName, path: model.inputName, hash: `sha256:${sha256(bytes)}` },
      { title: `Places: ${gazetteerSource()}`, path: 'https://www.geonames.org/', licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/' }] },
    ],
    nds: {
      input: { name: model.inputName, sha256: sha256(bytes), format: model.format, bytes: bytes.length },
      tool: { name: TOOL_NAME, version: TOOL_VERSION },
    },
    resources: [...files.entries()].map(([name, content]) => resourceOf(name, content, options.excel === true)),
  };
  return emitJson(sortKeys(pkg));
}
