import { NUMBERED_ACTION } from './action-anchors';
import { VOWEL } from './letters';

/**
 * What a column header of a status table means, whatever words an edition uses: the theme, the
 * task (connectivity plan), the actions, the progress so far, what comes next, who does it (and
 * when: in the owners' column, or in one of its own). Shared by the PDF loader, which tells two labels set with a narrow gutter apart by them
 * (`Thema Opgave`), and the extractors, which find their columns by them. Never one edition's exact
 * labels or dates: `Stand van zaken/resultaten (t/m Q2 2020)`, `Voortgang tot 1 januari 2022` and
 * `Status` all mean the progress column — and the labels of an English edition (`Progress`,
 * `Next steps`, `Who (When)`) what theirs mean. Patterns apply to lower-case text.
 */
export const HEADER_MEANINGS = {
  theme: /^(thema|domein|onderwerp|theme|domain|topic)/,
  // (An ambition in a column of its own beside the theme's: `Thema` | `Ambitie` | `Acties`. In 2020
  // the ambition shares the theme's column, `Domein & ambitie`: the label opens with the theme.)
  ambition: /^(ambitie|ambities|ambition|ambitions)\b/,
  task: /^(opgaven?|tasks?|challenges?)\b/,
  actions: /^(acties?|actions?)\b/,
  status: /\b(stand van zaken|status|voortgang|resultaten|bereikt|progress|results|achieved)\b/,
  plans: /\b(wat gaan we doen|vervolg\w*|volgende stappen|planning|plannen|komende periode|next steps|what will we do|what we will do|follow-up)\b/,
  who: /^(wie|eigenaar|trekker|verantwoordelijke?|who|owners?|responsible)\b/,
  // (When, in a column of its own beside the owners: an edition that parts `Wie (Tijd)`. Not the
  // rest of a label in brackets that a narrow column wrapped: `wanneer)?` of `Wat gaan we doen (en wanneer)?`.)
  timing: /^(wanneer|tijd|tijdpad|tijdlijn|termijn|deadline|when|timing|timeline)\b(?!\s*\))/,
} as const;

/**
 * More words editions label the columns with (`Pijler`, `Doelstelling`, `Maatregelen`,
 * `Realisatie`, `Volgende stap`, `Departement`, `Looptijd`), read in a header row the extractors
 * look at (saysMeaning) but not by the PDF loader, which looks for labels in every line it lays
 * out: these are words of prose too (`zijn maatregelen ter vervanging`, `de stand`), and there they
 * took lines of table rows for labels.
 */
const EDITION_LABELS: Partial<Record<keyof typeof HEADER_MEANINGS, RegExp>> = {
  theme: /^pijlers?\b/,
  task: /^(doel|doelen|doelstelling(en)?|uitdaging(en)?)\b/,
  actions: /^(maatregel(en)?|activiteit(en)?)\b/,
  status: /^(stand|realisatie|gerealiseerd)\b/,
  plans: /^volgende stap\b/,
  who: /^(ministerie|departement|penvoerder)\b/,
  timing: /^(gereed|looptijd|einddatum)\b(?!\s*\))/,
};

export type HeaderMeaning = keyof typeof HEADER_MEANINGS;

/**
 * The meanings a label opens with (labelMeaning), as the PDF loader tells labels apart by them. Not
 * the ambition's: `ambitie` is the second line of 2020's `Domein &` / `ambitie` wrapped in a narrow
 * column, which must stay part of the theme's label; an ambition column of its own is read by the
 * extractors' headers (saysMeaning).
 */
const MEANING_PATTERNS = (Object.entries(HEADER_MEANINGS) as [HeaderMeaning, RegExp][]).filter(([m]) => m !== 'ambition');

/** Words that open each meaning's labels, as HEADER_MEANINGS reads them (in lower case). */
export const LABEL_OPENINGS: Record<HeaderMeaning, readonly string[]> = {
  theme: ['thema', 'domein', 'onderwerp', 'theme', 'domain', 'topic'],
  // (None: the PDF loader tells no ambition label apart, see MEANING_PATTERNS.)
  ambition: [],
  task: ['opgave', 'task', 'challenge'],
  actions: ['actie', 'action'],
  status: ['stand van zaken', 'status', 'voortgang', 'resultaten', 'bereikt', 'progress', 'results', 'achieved'],
  // (English's `what will we do` is no opening here: two letters, `w w`, would read as it cut short.)
  plans: ['wat gaan we doen', 'vervolg', 'volgende stappen', 'planning', 'plannen', 'komende periode', 'next steps', 'follow-up'],
  who: ['wie', 'eigenaar', 'trekker', 'verantwoordelijke', 'who', 'owner', 'responsible'],
  timing: ['wanneer', 'tijd', 'tijdpad', 'tijdlijn', 'termijn', 'deadline', 'when', 'timing', 'timeline'],
};

/**
 * Is a (normalised) header text one of a meaning's labels cut short: its start (`wi` of `Wie
 * (Tijd)`), or its words with the ends of some cut off (`wat gaan w doen` of `Wat gaan we doen?`, a
 * label wrapped in a cell the page edge cut, each line losing what ran past it)?
 */
export function cutLabelOf(name: string, meaning: HeaderMeaning): boolean {
  const words = name.split(' ').filter((w) => w !== '');
  return (
    words.length > 0 &&
    LABEL_OPENINGS[meaning].some((opening) => {
      const whole = opening.split(' ');
      return words.length <= whole.length && words.every((w, i) => (whole[i] as string).startsWith(w)) && words.join(' ') !== opening;
    })
  );
}

/** The first word of every label opening (`thema`, `opgave`, `wat`, `stand`, …). */
export const OPENING_WORDS: readonly string[] = [...new Set(Object.values(LABEL_OPENINGS).flatMap((openings) => openings.map((o) => o.split(' ')[0] as string)))];
const OPENING_WORD_SET = new Set(OPENING_WORDS);

/** Characters of a text that can hold the label it opens with (`x wat gaan we doen` and one more). */
const LABEL_WINDOW = 32;

/**
 * A label that a narrow column broke inside its word, with no hyphen (`Opgav` / `e` read as
 * `opgav e`), made whole again: its last one or two letters joined to the letters before them; or
 * its first word broken anywhere after its third letter (`Opg` / `ave`, a layout that breaks a word
 * wider than its column where the column ends), or after two letters that hold no vowel (`St and
 * van zaken`: the space pdfjs puts into letter-spaced type where a letter's gap passes its guess of
 * a word space), where the two pieces make that word exactly. For a
 * second try only, where the label as it stands means nothing. (Two words of prose that only a
 * join would make a label stay apart: `op gave`.)
 */
export function mendBrokenLabel(text: string): string {
  const first = /^(\p{Ll}{2,}) (\p{Ll}+)(?![\p{L}\p{N}])/u.exec(text);
  // (Two letters are a piece only where they hold no vowel, and so are no word: `op gave` stays two.)
  const piece = first !== null && ((first[1] as string).length >= 3 || !VOWEL.test(first[1] as string));
  if (first && piece && OPENING_WORD_SET.has(`${first[1]}${first[2]}`)) return `${first[1]}${first[2]}${text.slice(first[0].length)}`;
  return text.replace(/(\p{Ll}{3}) (\p{Ll}{1,2})(?![\p{L}\p{N}])/u, '$1$2');
}

/** The meaning a header label opens with, if any (`Stand van zaken/ resultaten` → status). */
export function labelMeaning(text: string): HeaderMeaning | null {
  // Only the opening words can open a label: looking further would make labelBreaks quadratic in a
  // long cell's words. The window holds the longest label phrase and the character after it.
  const t = text.trimStart().slice(0, LABEL_WINDOW).trimEnd().toLowerCase();
  if (t === '') return null;
  // (A PDF's layout asks of the same texts many times: the answers are kept, so many at most.)
  const known = meanings.get(t);
  if (known !== undefined) return known;
  if (meanings.size >= MEANINGS_KEPT) meanings.clear();
  // (The mended text is tried only where the text as it stands means nothing.)
  const meaning = meaningOpening(t) ?? meaningOpening(mendBrokenLabel(t));
  meanings.set(t, meaning);
  return meaning;
}

/** labelMeaning's answers by text (cleared when it holds MEANINGS_KEPT: bounded memory). */
const meanings = new Map<string, HeaderMeaning | null>();
const MEANINGS_KEPT = 10_000;

function meaningOpening(text: string): HeaderMeaning | null {
  if (NUMBERED_ACTION.test(text)) return null;
  for (const [meaning, pattern] of MEANING_PATTERNS) {
    const m = pattern.exec(text);
    // The label must open with its meaning (a status word deep inside a label does not open one).
    if (m && m.index <= 1) return meaning;
  }
  return null;
}

/** Does a (normalised) header text say `meaning` anywhere in it, as it stands or mended (`opgav e`), or open with one of EDITION_LABELS? */
export function saysMeaning(text: string, meaning: HeaderMeaning, mended: () => string = () => mendBrokenLabel(text)): boolean {
  if (text === '' || NUMBERED_ACTION.test(text)) return false;
  const more = EDITION_LABELS[meaning];
  return HEADER_MEANINGS[meaning].test(text) || HEADER_MEANINGS[meaning].test(mended()) || (more !== undefined && more.test(text));
}

/** Texts of a header row: two or more of them open with what a column holds (`Het actieplan …` does not). */
export function namesColumns(texts: readonly string[]): boolean {
  return texts.filter((t) => labelMeaning(t) !== null).length >= 2;
}

/**
 * Texts of a header set in bold, each a label apart from the others, in the words the extractors
 * know (EDITION_LABELS too): three meanings or more, and at least half the texts open with one. (A
 * bold line is no prose, where `maatregelen` and `stand` are words like others; but a bold heading
 * set letter by letter, `Bijlage 2` · `Stand` · `van zaken` · `acties`, names two at most.)
 */
export function namesColumnsInBold(texts: readonly string[]): boolean {
  const meanings = texts.map((t) => labelMeaningIn(t, true)).filter((m) => m !== null);
  return new Set(meanings).size >= 3 && meanings.length * 2 >= texts.length;
}

/**
 * The meaning a label opens with (labelMeaning), or — in a header set in bold (`edition`), where
 * the PDF loader may read them — one that EDITION_LABELS open.
 */
export function labelMeaningIn(text: string, edition: boolean): HeaderMeaning | null {
  const meaning = labelMeaning(text);
  if (meaning !== null || !edition) return meaning;
  const t = text.trimStart().slice(0, LABEL_WINDOW).toLowerCase();
  if (NUMBERED_ACTION.test(t)) return null;
  for (const [m, pattern] of Object.entries(EDITION_LABELS) as [HeaderMeaning, RegExp][]) if (pattern.test(t)) return m;
  return null;
}

/** A year column's label (`2021`). */
export const YEAR_LABEL = /^(19|20)\d{2}$/;

/** Texts of a year table's header row: two or more of them are years. */
export function namesYears(texts: readonly string[]): boolean {
  return texts.filter((t) => YEAR_LABEL.test(t)).length >= 2;
}

/**
 * Year labels that narrow gutters ran together with the label before them into one text, two or
 * more closing it (`Financieringsbron (x € 1 mln.) 2017 2018 2019`): the index of each year after
 * the text's first word. None for a text that ends in one year (`gestart in 2019`): text in a
 * row's cells ends so — unless `one`, where the line holds a year label of its own beside it
 * (`Programma (x € 1 mln.) 2021` · `2022`).
 */
export function closingYears(text: string, one = false): number[] {
  const words = [...text.matchAll(/\S+/g)];
  const at: number[] = [];
  for (let k = words.length - 1; k >= 1 && YEAR_LABEL.test((words[k] as RegExpMatchArray)[0]); k--) at.unshift((words[k] as RegExpMatchArray).index ?? 0);
  return at.length >= (one ? 1 : 2) ? at : [];
}

/** Texts of a table's header row: labels of two columns, or two years. */
export function namesHeader(texts: readonly string[]): boolean {
  return namesColumns(texts) || namesYears(texts);
}

/**
 * Texts of a stretch of a page that may be a table's header or rows of text (a band between two rule
 * lines): a header's when they name two years, or two columns with a label for every third text at
 * least — a header's texts are labels and their wrapped rests, while prose opens a text with a
 * label's word now and then (`planning. Een Kamerbrief …`, `voortgang hiervan …`).
 */
export function namesHeaderAmong(texts: readonly string[]): boolean {
  if (namesYears(texts)) return true;
  const labelled = texts.filter((t) => labelMeaning(t) !== null).length;
  return labelled >= 2 && labelled * 3 >= texts.length;
}

/**
 * Where further labels begin inside one string (`Opgave Actie`, `Thema's & ambitie Acties zoals in
 * NDS`): the index of each word, after the first, from which the rest opens a meaning other than the
 * one in force (`meaning` at the start). Also the meaning in force at the end. `edition`: in a header
 * set in bold, EDITION_LABELS open labels too (`Thema Doelstelling`).
 */
export function labelBreaks(text: string, meaning: HeaderMeaning | null, edition = false): { at: number[]; meaning: HeaderMeaning | null } {
  const at: number[] = [];
  let current = meaning;
  [...text.matchAll(/\S+/g)].forEach((w, i) => {
    if (i === 0) return;
    const own = labelMeaningIn(text.slice(w.index), edition);
    // (A word in brackets goes with the label before it: `Wie (Tijd)` is one label. A timing word
    // opens no second label: `tijd`, `termijn` are words of prose too, `in de digitale tijd`.)
    if (own === null || own === current || own === 'timing' || w[0].startsWith('(')) return;
    at.push(w.index ?? 0);
    current = own;
  });
  return { at, meaning: current };
}
