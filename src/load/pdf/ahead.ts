/**
 * Layout done ahead, while the document is still being read. The page reader works on another
 * thread and this one waits for it (two thirds of a PDF's time, measured); finding each page's
 * tables, the largest part of laying the pages out, need not wait: it is done as the pages arrive,
 * with the document's guesses (its furniture, body size, line pitch, how its tables are ruled) as
 * the pages read so far give them, those guesses made again each time the pages read double.
 *
 * Nothing found ahead is taken on trust: layoutPages takes a page's step only where it was found
 * from exactly what the whole document gives that page (the same runs without furniture, the same
 * guesses, the same columns left open by the page before and the same votes); any other page is
 * done again there. So the blocks are the same with or without it. Bounded: the guesses are made
 * at 4, 8, 16, … pages, and each time the pages read so far are stepped again where the new
 * guesses change what a page's step is found from: twice the document's pages in all, at most,
 * besides each page's own step.
 */
import { buildLines, type Line } from './lines';
import { pageContext, pageTally, stepPages, type LaidAhead, type PageContext, type PageStep, type PageTally } from './layout';
import type { PageData } from './page-data';

/** The pages read before the first guesses are made. */
const FIRST_GUESS = 4;

export class LayoutAhead implements LaidAhead {
  readonly lines = new Map<PageData, Line[]>();
  readonly steps = new Map<PageData, PageStep>();
  readonly tallies = new Map<PageData, PageTally>();
  taken = 0;
  /** The pages taken so far, in order, from the first. */
  readonly #pages: PageData[] = [];
  /** Pages that arrived before one before them (several readers). */
  readonly #waiting = new Map<number, PageData>();
  #context: PageContext | null = null;
  #nextGuess = FIRST_GUESS;
  #stopped = false;

  /**
   * A page as read (pages may come in any order). Never throws: a page this work fails on stops it
   * (and drops what it found), and the layout after the last page meets that page itself, where
   * its failure is the run's and said as such.
   */
  add(page: PageData): void {
    if (this.#stopped) return;
    try {
      this.#take(page);
    } catch {
      this.#stopped = true;
      this.steps.clear();
      this.lines.clear();
      this.tallies.clear();
      this.#waiting.clear();
    }
  }

  #take(page: PageData): void {
    this.#waiting.set(page.page, page);
    // (Pages are numbered from 1.)
    for (let next = this.#waiting.get(this.#pages.length + 1); next; next = this.#waiting.get(this.#pages.length + 1)) {
      this.#waiting.delete(next.page);
      this.#pages.push(next);
      const lines = buildLines(next.runs);
      this.lines.set(next, lines);
      // (Each page's tally as it arrives: the pages after the last guesses are not left to the end.)
      this.tallies.set(next, pageTally(next, lines));
    }
    if (this.#pages.length >= this.#nextGuess) {
      this.#context = pageContext(this.#pages, this.#pages.map((p) => this.lines.get(p) ?? []), this.tallies);
      this.#nextGuess *= 2;
      // (The pages stepped before, again where the new guesses tell them otherwise.)
      this.#stepFrom(0);
    } else this.#stepFrom(this.steps.size);
  }

  /** Steps the pages from the `from`th on with the latest guesses, keeping each step that still holds. */
  #stepFrom(from: number): void {
    const context = this.#context;
    if (!context) return;
    const before = from > 0 ? this.steps.get(this.#pages[from - 1] as PageData) : undefined;
    const start = before ? { open: before.openOut, votes: before.votesOut } : undefined;
    const pages = this.#pages.slice(from);
    for (const [k, step] of stepPages(pages, (p) => this.lines.get(p) ?? [], context, this.steps, start).entries()) this.steps.set(pages[k] as PageData, step);
  }
}
