/**
 * A page whose text layer holds more characters than any page shows legibly is not laid out: its
 * text is set aside and said as not read (`content-unread`, with the page), so the run is not
 * taken for whole. Such a page is made, not printed (a line of 300,000 letters in type a twentieth
 * of a point high); the layout's work and the arrays it builds stay bounded by what a page can hold.
 * A dense A3 table in 6 pt type holds about 20,000 characters.
 */
import type { Diagnostic } from '../../model/diagnostics';
import type { PageData } from './page-data';

/** Most characters of text a page is laid out with. */
export const MAX_PAGE_TEXT = 100_000;

function textLength(page: PageData): number {
  let n = 0;
  for (const r of page.runs) n += r.text.length;
  return n;
}

/** The page as laid out: without its text when it holds more than MAX_PAGE_TEXT characters. */
export function withinTextLimit(page: PageData): PageData {
  return textLength(page) > MAX_PAGE_TEXT ? { ...page, runs: [] } : page;
}

/** The pages as laid out (see withinTextLimit), and an error for each page whose text was set aside. */
export function overfullPages(pages: readonly PageData[]): { pages: PageData[]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const kept = pages.map((page) => {
    const laid = withinTextLimit(page);
    if (laid === page) return page;
    const n = textLength(page);
    diagnostics.push({
      code: 'content-unread',
      severity: 'error',
      message: `the page's text layer holds ${n.toLocaleString('en')} characters, more than a page shows legibly (at most ${MAX_PAGE_TEXT.toLocaleString('en')} are laid out): its text is not read`,
      place: { page: page.page },
    });
    return laid;
  });
  return { pages: kept, diagnostics };
}
