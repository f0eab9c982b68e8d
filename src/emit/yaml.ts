/**
 * Records → YAML text: block style, one value per line, no line folding (diffs stay line-stable).
 *
 * Records are JSON data (objects, arrays, strings, finite numbers, booleans, null), so this is a
 * small printer rather than a general YAML library: a general one spends most of the markdown
 * extraction's emit time building a node tree for every value. A string is written plain only when
 * no YAML 1.1 or 1.2 reader could take it for anything but that string (it starts with a letter, is
 * not a boolean or null word, holds no `: `, ` #`, leading/trailing space or control character);
 * everything else is double-quoted with JSON's escapes, which are valid YAML escapes. Round trips
 * through a YAML 1.2 parser are tested on every record and on hostile strings.
 */

/** Words that YAML 1.1 readers (PyYAML, js-yaml's default) resolve to booleans or null. */
const RESERVED = /^(?:y|n|yes|no|on|off|true|false|null|~)$/i;
/** A plain scalar starts with a letter and holds nothing YAML reads as structure or comment. */
const PLAIN = /^\p{L}[^\x00-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]*$/u;
const STRUCTURE = /: |:$| #|\s$/;
/** Characters JSON.stringify leaves raw that YAML does not count as printable. */
const UNPRINTABLE = /[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff]/g;

function scalar(text: string): string {
  if (PLAIN.test(text) && !RESERVED.test(text) && !STRUCTURE.test(text)) return text;
  return JSON.stringify(text).replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function isCollection(value: unknown): value is object {
  return typeof value === 'object' && value !== null && (Array.isArray(value) ? value.length > 0 : Object.keys(value).length > 0);
}

function leaf(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return scalar(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`YAML output holds JSON data only; got ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value)) return '[]';
  if (typeof value === 'object') return '{}';
  throw new TypeError(`YAML output holds JSON data only; got a ${typeof value}`);
}

/**
 * Appends `value` as block content. `indent` is the indentation of the lines the collection's
 * entries start on; `inline` says the first entry continues a line already begun (after `- `).
 */
function write(out: string[], value: object, indent: string, inline: boolean): void {
  let first = inline;
  const lead = (): string => {
    const prefix = first ? '' : indent;
    first = false;
    return prefix;
  };
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) {
      if (isCollection(item)) {
        out.push(`${lead()}- `);
        write(out, item, `${indent}  `, true);
      } else out.push(`${lead()}- ${leaf(item)}\n`);
    }
    return;
  }
  for (const [key, item] of Object.entries(value)) {
    if (item === undefined) continue;
    if (isCollection(item)) {
      // Sequences under a key are indented by two, as mappings are.
      out.push(`${lead()}${scalar(key)}:\n`);
      write(out, item, `${indent}  `, false);
    } else out.push(`${lead()}${scalar(key)}: ${leaf(item)}\n`);
  }
}

export function emitYaml(value: unknown): string {
  if (!isCollection(value)) return `${leaf(value)}\n`;
  const out: string[] = [];
  write(out, value, '', false);
  return out.join('');
}
