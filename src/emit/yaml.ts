/**
 * Records → YAML text (YAML 1.2, block style, no line folding so that diffs stay line-stable).
 */
import { stringify } from 'yaml';

export function emitYaml(value: unknown): string {
  return stringify(value, { lineWidth: 0, minContentWidth: 0, aliasDuplicateObjects: false });
}
