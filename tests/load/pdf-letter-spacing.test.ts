/**
 * Letter-spaced text (CSS `letter-spacing` on upper-case header labels): pdfjs puts a space between
 * every two letters, and the words are read again from the document's own words.
 */
import { describe, expect, it } from 'vitest';
import { letterSpaced, partlySpaced, unspaced, withWordsUnspaced } from '../../src/load/pdf/letter-spacing';
import { lexiconOf, wordText } from '../../src/load/pdf/text-blocks';
import type { TextRun } from '../../src/load/pdf/page-data';

// The document's words as its prose writes them (the lexicon leaves a line's last word out unless
// punctuation closes it).
const lexicon = lexiconOf(
  [
    "Thema's & ambitie, acties zoals in NDS, stand van zaken / resultaten.",
    'Inleiding: data delen, vrije markten, artikel 5 lid a en b, u bent welkom.',
    'Wat gaan we doen? Wie (tijd), opgave en actie, de Voorjaarsnota 2020 (x € 1 mln).',
  ].map((text) => ({ text })),
);

describe('letter-spaced text', () => {
  it('tells letter-spaced texts from prose, figures and short marks', () => {
    // Chromium, `th { letter-spacing: 0.12em; text-transform: uppercase }`, pp. 24, 33 and 36 as pdfjs reads them.
    for (const text of ["T H E M A ' S & A M B I T I E", 'S TA N D VA N Z A K E N / R E S U LTAT E N', 'W I E', '( T I J D )', '2 0 2 0']) expect(letterSpaced(text)).toBe(true);
    for (const text of ['Het kabinet zet in op a en b', 'EZK (Q2)', '1.455 1.563 1.607', 'a) b)', 'A B', 'in de 2e helft van 2020']) expect(letterSpaced(text)).toBe(false);
  });

  it('reads the words again where the document writes them, and the signs between them as a text sets them', () => {
    expect(unspaced("T H E M A ' S & A M B I T I E", lexicon)).toBe("THEMA'S & AMBITIE");
    expect(unspaced('A C T I E S Z O A L S I N N D S', lexicon)).toBe('ACTIES ZOALS IN NDS');
    expect(unspaced('S TA N D VA N Z A K E N / R E S U LTAT E N ( T / M', lexicon)).toBe('STAND VAN ZAKEN/RESULTATEN (T/M');
    expect(unspaced('WAT G A A N W E D O E N ?', lexicon)).toBe('WAT GAAN WE DOEN?');
    expect(unspaced('W I E ( T I J D )', lexicon)).toBe('WIE (TIJD)');
    expect(unspaced('( X € 1 M L N ) S TA N D V O O R J A A R S N O TA 2 0 2 0', lexicon)).toBe('(X € 1 MLN) STAND VOORJAARSNOTA 2020');
    // (Letters the document writes as no word stay one piece; figures after them stay with them.)
    expect(unspaced('Q 2 2 0 2 0 )', lexicon)).toBe('Q22020)');
  });

  it('puts no space between figures and letters the document writes as no word (`5G`), and takes no word from a web address', () => {
    // Chromium, `h2 { letter-spacing: 2pt; text-transform: uppercase }`, pp. 10 and 23 as pdfjs reads them.
    // (The words the layout parts such text by: every word of the other runs, web addresses blanked.)
    const runs = ['Smart industry fieldlabs en innovaties, van akkerbouw tot procesindustrie.', 'Kamerstukken 32637, nr. 316 en https://www.smartindustry.nl/wp-content/uploads/2019/05/fieldlabs.pdf.'];
    const words = new Set(runs.flatMap((t) => wordText(t).match(/\p{L}+/gu) ?? []));
    expect(words.has('smartindustry')).toBe(false);
    expect(words.has('kamerstukken')).toBe(true);
    expect(wordText('Zie www.smartindustry.nl of overalsnelinternet.nl, en/of zaken/resultaten').match(/\p{L}+/gu)).toEqual(['zie', 'of', 'en', 'of', 'zaken', 'resultaten']);
    expect(unspaced('S M A R T I N D U S T R Y F I E L D L A B', words)).toBe('SMART INDUSTRY FIELDLAB');
    expect(unspaced('5 G - I N N O V A T I E S VA N A K K E R B O U W', words)).toBe('5G-INNOVATIES VAN AKKERBOUW');
    // (A word after figures stands apart, as before: `(X € 1 MLN) STAND`.)
    expect(unspaced('( X € 1 M L N ) S TA N D', lexicon)).toBe('(X € 1 MLN) STAND');
  });

  it('reads a text that pdfjs spaced only in part (gaps near its space width) as words, and no prose with a letter standing alone', () => {
    // Chromium, `h1, h2 { letter-spacing: 0.15em }`, pp. 1, 6 and 9 as pdfjs reads them.
    for (const [text, words] of [['I NL EID IN G', 'INLEIDING'], ['D ATA', 'DATA'], ['VRIJ E', 'VRIJE'], ['E N', 'EN']]) {
      expect(partlySpaced(text as string, lexicon)).toBe(true);
      expect(unspaced(text as string, lexicon)).toBe(words);
    }
    expect(letterSpaced('2 . 1')).toBe(true);
    expect(unspaced('2 . 1', lexicon)).toBe('2.1');
    // (Prose with a letter alone, the rest of a word a narrow cell broke in lower case (`e en`), a
    // pair that makes no word.)
    for (const text of ['artikel 5 lid a en b', 'u bent welkom', 'e en', 'Q 2', 'A B']) expect(partlySpaced(text, lexicon)).toBe(false);
  });

  it('leaves every other run as it is, and a run whose last letter another run goes on (a ligature set apart)', () => {
    const run = (text: string, x = 0, width = 10): TextRun => ({ text, x, y: 0, width, size: 7, bold: false, italic: false });
    const runs = [run('O P G AV E'), run('Bevorderen van innovatie'), run('2 0 2 1')];
    expect(withWordsUnspaced(runs, lexicon).map((r) => r.text)).toEqual(['OPGAVE', 'Bevorderen van innovatie', '2021']);
    // Chromium, p. 39 measured: `en e` · `fficiënter` (the `ffi` ligature a run of its own).
    expect(withWordsUnspaced([run('D ATA', 100, 20), run('VRIJ E', 200, 20), run('fficiënter', 220, 30)], lexicon).map((r) => r.text)).toEqual(['DATA', 'VRIJ E', 'fficiënter']);
  });
});

describe('small capitals made of capitals', () => {
  // Chromium, `h1, h2 { font-variant: small-caps; letter-spacing: 0.08em }` in DejaVu Serif, which
  // has no small capitals (ag-chromium, p. 1 measured): each word's first letter in 15.06 pt, the
  // rest capitals in 10.67 pt, letter-spaced, each size a run, a space run between words.
  const at = (text: string, x: number, x1: number, size: number, y = 759.8): TextRun => ({ text, x, y, width: x1 - x, size, bold: true, italic: false });
  const title = [
    at('N', 62, 75.8, 15.06),
    at('E D E R L A N D S E', 77, 172.8, 10.67),
    at(' ', 172.8, 185, 10.67),
    at('D', 180.5, 193.5, 15.06),
    at('I G I T', 194.7, 225.4, 10.67),
    at('A L I S E R I N G S', 226, 313.9, 10.67),
    at('S T R A', 314.8, 351.2, 10.67),
    at('T E G I E', 351.9, 395, 10.67),
    at(' ', 395, 407.2, 10.67),
    at('2020', 402.6, 448.2, 15.06),
  ];

  it('reads them as one run in the text’s size, the smaller capitals as the lower-case letters they stand for, words parted where space runs part them', () => {
    expect(withWordsUnspaced(title, lexicon)).toEqual([{ ...title[0], text: 'Nederlandse Digitaliseringsstrategie 2020', x: 62, width: 386.2, size: 15.06 }]);
    // (A word's first letter and a figure in one run, `1 I`: the space parts them. With no space run
    // the letters are one word: `C` · `O N T E N T`.)
    expect(withWordsUnspaced([at('1 I', 62, 87.2, 15.06, 426.6), at('N L E I D I N G', 88.4, 160.3, 10.67, 426.6)], lexicon).map((r) => r.text)).toEqual(['1 Inleiding']);
    expect(withWordsUnspaced([at('C', 62, 74, 15.06, 729.1), at('O N T E N T', 75.2, 134, 10.67, 729.1)], lexicon).map((r) => r.text)).toEqual(['Content']);
  });

  it('reads a space inside the small capitals as a word space where they are not letter-spaced', () => {
    // Chromium, `h2 { font-variant: small-caps }` in Liberation Serif, no letter spacing (w-chromium,
    // p. 5 measured): `2.3 D` in 10.13 pt, then `A`, `T`, `A D`, … in 7.05 pt, a space run before `-`.
    const h = (text: string, x: number, x1: number, size = 7.05): TextRun => ({ text, x, y: 105.1, width: x1 - x, size, bold: true, italic: false });
    const runs = [h('2.3 D', 47.1, 69.6, 10.13), h('A', 69.6, 74.7), h('T', 74.2, 78.9), h('A D', 78.3, 91.1), h('E', 91.1, 95.8), h('L', 95.8, 100.5), h('E', 100.5, 105.2), h('N E', 105.2, 117.5), h('N', 117.5, 122.6), h(' ', 122.6, 127.3), h('-', 125.1, 128.5, 10.13), h('T', 128.5, 133.2), h('O', 133.1, 138.6), h('E', 138.6, 143.3), h('G', 143.3, 148.8)];
    expect(withWordsUnspaced(runs, lexicon).map((r) => r.text)).toEqual(['2.3 Data delen en -toeg']);
  });

  it('leaves capitals of one size, a capital beside lower-case text, and runs apart on the line as they are', () => {
    const caps = [at('STIMULERINGSREGELING DIGITALE', 62, 300, 11.71, 84)];
    expect(withWordsUnspaced(caps, lexicon)).toEqual(caps);
    const prose = [at('E', 62, 70, 12, 100), at('en tekst', 70.5, 110, 8.5, 100)];
    expect(withWordsUnspaced(prose, lexicon).map((r) => r.text)).toEqual(['E', 'en tekst']);
    const apart = [at('N', 62, 75.8, 15.06), at('E D E R', 120, 160, 10.67)];
    expect(withWordsUnspaced(apart, lexicon).map((r) => [r.text.replace(/ /g, ''), r.size])).toEqual([['N', 15.06], ['EDER', 10.67]]);
  });
});
