/**
 * Proeftuin initiative lines as editions write them: a place, a separator, the initiative's name
 * and its category. `**Delft** • Name | Category` (2020), the place not bold (`Delft • Name |
 * Category`, a list item), a dash for the bullet (`**Delft** – Name | Category`), the category in
 * brackets (`**Delft** • Name (Category)`). Shared by the Proeftuin reader and the reconciliation,
 * which must see the same lines.
 */

import type { Block } from '../../model/document';

/** The texts of a block that may be initiative lines: a paragraph (with its bold lead), or each item of a list. */
export function initiativeTexts(block: Block): { text: string; lead?: string; source: Block['source'] }[] {
  if (block.kind === 'paragraph') return [{ text: block.text, ...(block.lead ? { lead: block.lead } : {}), source: block.source }];
  if (block.kind === 'list') return block.items.map((i) => ({ text: i.text, source: i.source ?? block.source }));
  return [];
}

export interface InitiativeLine {
  city: string;
  name: string;
  category: string;
}

/** How a document's lines set the category apart: after the last `|`, or in brackets at the end. */
export type CategoryMark = 'bar' | 'bracket';

/** A bullet, or a dash set apart by spaces (a hyphen inside a word is no separator). */
const SEPARATOR = /^\s*(?:[•·▪]|(?:^|\s)[-–—](?=\s))\s*/u;

/** A place written without bold: up to four words, the first capitalised (`Den Haag`, `'s-Hertogenbosch`). */
const PLAIN_PLACE = /^((?:['’]s-)?\p{Lu}[\p{L}'’.-]*(?:\s+[\p{L}'’.-]+){0,3}?)\s*(?=[•·▪]|\s[-–—]\s)/u;

/**
 * A text's place and what follows its separator, or null: the bold lead that opens it (`lead`),
 * else a short capitalised place before the separator.
 */
export function initiativeParts(text: string, lead?: string): { city: string; rest: string } | null {
  const line = text.trimStart();
  let city: string;
  let after: string;
  if (lead !== undefined && lead.trim() !== '' && line.startsWith(lead.trim())) {
    city = lead.trim();
    after = line.slice(city.length);
  } else {
    const m = PLAIN_PLACE.exec(line);
    if (!m) return null;
    city = (m[1] ?? '').trim();
    after = line.slice(m[0].length);
  }
  const sep = SEPARATOR.exec(after);
  if (!sep || city === '') return null;
  const rest = after.slice(sep[0].length).trim();
  return rest === '' ? null : { city, rest };
}

/** The category in brackets at the end of a text: `Name (in ontwikkeling) (5G Fieldlab)` → `5G Fieldlab`. */
function closingBracket(rest: string): { name: string; category: string } | null {
  if (!rest.endsWith(')')) return null;
  let depth = 0;
  for (let i = rest.length - 1; i >= 0; i--) {
    if (rest[i] === ')') depth++;
    else if (rest[i] === '(' && --depth === 0) return { name: rest.slice(0, i).trim(), category: rest.slice(i + 1, -1).trim() };
  }
  return null;
}

/**
 * How the lines set their categories apart: in brackets where more of them end in a bracket and
 * hold no `|` than hold one, and at least half do (a name may hold `|` itself, `SAM|XL`, or
 * brackets, `(3DMZ)`).
 */
export function categoryMark(rests: readonly string[]): CategoryMark {
  const bars = rests.filter((r) => r.includes('|')).length;
  const brackets = rests.filter((r) => !r.includes('|') && r.endsWith(')')).length;
  // (And at least half of them: a few names that end in brackets of their own, in lines with no
  // category at all, make no bracket list.)
  return brackets > bars && brackets * 2 >= rests.length ? 'bracket' : 'bar';
}

/** A text as an initiative line with its category set apart by `mark`, or null. */
export function initiativeLine(text: string, lead: string | undefined, mark: CategoryMark): InitiativeLine | null {
  const parts = initiativeParts(text, lead);
  if (!parts) return null;
  let name: string;
  let category: string;
  if (mark === 'bracket') {
    const b = closingBracket(parts.rest);
    if (!b) return null;
    ({ name, category } = b);
  } else {
    const fields = parts.rest.split('|');
    if (fields.length < 2) return null;
    category = (fields.pop() ?? '').trim();
    name = fields.join('|').trim();
  }
  return name === '' || category === '' ? null : { city: parts.city, name, category };
}
