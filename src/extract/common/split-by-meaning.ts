/**
 * One cell shared by several actions → one part per action, by meaning.
 *
 * When two actions stand in one row and a cell of that row holds a single paragraph (a PDF does not
 * show the paragraph breaks a conversion kept), its sentences are dealt in order: each action gets a
 * run of consecutive sentences, cut where the words of the sentences best match the words of each
 * action (its text, and what was already assigned to it). Who cells split at their owners.
 * Returns null when the text gives no evidence for a cut: the caller then shares the cell.
 */
import { sentences } from './text';

const STOP = new Set(['over', 'voor', 'door', 'naar', 'zijn', 'wordt', 'worden', 'heeft', 'hebben', 'deze', 'die', 'dat', 'met', 'van', 'het', 'een', 'ook', 'niet', 'meer', 'zich', 'nog', 'zal', 'zullen', 'kunnen', 'wordt']);

function stems(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.toLowerCase().match(/\p{L}{4,}/gu) ?? []) if (!STOP.has(w)) out.add(w.slice(0, 6));
  return out;
}

function overlap(a: Set<string>, b: Set<string>): number {
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n;
}

/** Splits `text` into `profiles.length` runs of sentences; null without evidence. */
export function splitByMeaning(text: string, profiles: readonly string[]): string[] | null {
  const parts = sentences(text);
  const starts = dealByMeaning(parts, profiles);
  return starts ? starts.map((start, j) => parts.slice(start, starts[j + 1] ?? parts.length).join(' ')) : null;
}

/**
 * Deals `parts` (sentences, or a cell's paragraphs and lists) in order to the profiles: returns where
 * each profile's run starts, or null without evidence.
 */
export function dealByMeaning(parts: readonly string[], profiles: readonly string[]): number[] | null {
  const k = profiles.length;
  if (k < 2 || parts.length < k) return null;
  const profileStems = profiles.map(stems);
  const sentenceStems = parts.map(stems);
  // score[i][j]: how much sentence i speaks of action j rather than of the others.
  const score = sentenceStems.map((s) => profileStems.map((p, j) => overlap(s, p) - Math.max(0, ...profileStems.filter((_, o) => o !== j).map((q) => overlap(s, q)))));
  const n = parts.length;
  // best[i][j]: best total for the first i sentences given to the first j actions, each at least one.
  const best: number[][] = Array.from({ length: n + 1 }, () => Array<number>(k + 1).fill(-Infinity));
  const from: number[][] = Array.from({ length: n + 1 }, () => Array<number>(k + 1).fill(-1));
  (best[0] as number[])[0] = 0;
  for (let j = 1; j <= k; j++) {
    for (let i = j; i <= n - (k - j); i++) {
      let run = 0;
      for (let start = i - 1; start >= j - 1; start--) {
        run += (score[start] as number[])[j - 1] as number;
        const prev = (best[start] as number[])[j - 1] as number;
        if (prev + run > ((best[i] as number[])[j] as number)) {
          (best[i] as number[])[j] = prev + run;
          (from[i] as number[])[j] = start;
        }
      }
    }
  }
  const total = (best[n] as number[])[k] as number;
  if (!(total > 0)) return null;
  const cuts: number[] = [];
  for (let i = n, j = k; j > 0; j--) {
    const start = (from[i] as number[])[j] as number;
    cuts.unshift(start);
    i = start;
  }
  return cuts;
}

/**
 * `EZK  BZK (Q1-4)` read as `EZK BZK (Q1-4)`: one part per owner written apart, when there are as
 * many as actions. `words` takes the text apart (a global pattern; by default at spaces and timings).
 */
export function splitWhoByOwners(raw: string, k: number, isOwner: (token: string) => boolean, words: RegExp = /\([^()]*\)|[^\s()]+/g): string[] | null {
  const tokens = raw.match(words) ?? [];
  const starts: number[] = [];
  tokens.forEach((t, i) => {
    const prev = tokens[i - 1];
    // `OCW/ EZK` is one joint owner pair: a slash binds the names.
    if (isOwner(t) && !(prev && /\/$/.test(prev)) && !t.startsWith('/')) starts.push(i);
  });
  if (starts.length !== k || starts[0] !== 0) return null;
  return starts.map((s, j) => tokens.slice(s, starts[j + 1] ?? tokens.length).join(' '));
}
