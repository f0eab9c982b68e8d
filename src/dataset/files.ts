/** Which file names in a directory belong to an nds dataset (what a run may replace and validate reads). */
import { RECORD_TYPES } from '../schemas/records';

/** Files nds writes into a dataset directory besides `<type>.<json|yaml|csv>`. */
const OWN_FILES = new Set(['document.json', 'datapackage.json', 'report.html', 'nds.sqlite', 'proeftuin-locations.geojson']);

/** Names of files that nds writes: `<type>.<json|yaml|csv>`, document.json, datapackage.json, … */
export function isDatasetFile(name: string): boolean {
  if (OWN_FILES.has(name)) return true;
  const m = /^(.+)\.(json|yaml|csv)$/.exec(name);
  return m !== null && (RECORD_TYPES as readonly string[]).includes(m[1] ?? '');
}
