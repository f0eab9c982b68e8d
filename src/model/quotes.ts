/**
 * Typographic quotes folded to their ASCII forms in a document model's text: `‘ ’ ‚ ‛ ′` → `'` and
 * `“ ” „ ‟ ″` → `"`.
 *
 * Producers disagree about quotes: TeX and word processors turn `'` into `’` as they set the text,
 * a markdown conversion keeps some of each. The same document must give the same records from
 * every input and producer (DATA-CONTRACT), so every loader hands over text with one form of each.
 * Addresses (`urls`) and places (`source`) are left as they are.
 */
import type { DocumentModel } from './document';

const SINGLE = /[‘’‚‛′]/g;
const DOUBLE = /[“”„‟″]/g;

export function foldQuoteText(text: string): string {
  return text.replace(SINGLE, "'").replace(DOUBLE, '"');
}

const KEPT = new Set(['urls', 'source', 'diagnostics']);

/** Folds the quotes in every text of the model, in place (iteratively: nesting depth does not matter). */
export function foldQuotes(model: DocumentModel): DocumentModel {
  if (model.title !== null) model.title = foldQuoteText(model.title);
  const stack: object[] = [...model.blocks];
  while (stack.length > 0) {
    const node = stack.pop() as Record<string, unknown>;
    for (const key of Object.keys(node)) {
      if (KEPT.has(key)) continue;
      const value = node[key];
      if (typeof value === 'string') node[key] = foldQuoteText(value);
      else if (Array.isArray(value)) {
        value.forEach((item, i) => {
          if (typeof item === 'string') value[i] = foldQuoteText(item);
          else if (item !== null && typeof item === 'object') stack.push(item as object);
        });
      } else if (value !== null && typeof value === 'object') stack.push(value);
    }
  }
  return model;
}
