/**
 * What a note says of text found on many pages: a few of its texts quoted, and how much stood on
 * which pages (the loader's notes on hidden, cut or letter-spaced text).
 */
import type { PageData } from './page-data';

/** Up to three texts a note quotes as examples, each once, each cut to 40 characters. */
export function quoteSamples(texts: readonly string[]): string {
  return [...new Set(texts)].slice(0, 3).map((t) => `"${t.slice(0, 40)}"`).join(', ');
}

/** Text of one kind left out on many pages, for one note: how much, on which pages, its first page, and a few samples quoted. */
export function acrossPages(pages: readonly PageData[], pick: (p: PageData) => { count: number; samples: string[] } | undefined): { count: number; where: string; page: number; samples: string } | null {
  const marked = pages.filter((p) => pick(p) !== undefined);
  const first = marked[0];
  if (!first) return null;
  const count = marked.reduce((n, p) => n + (pick(p)?.count ?? 0), 0);
  const where = marked.length === 1 ? `p.${first.page}` : `${marked.length} pages, p.${first.page}–${marked.at(-1)?.page}`;
  return { count, where, page: first.page, samples: quoteSamples(marked.flatMap((p) => pick(p)?.samples ?? [])) };
}
