/**
 * Frames: text in a shaded box beside the page's other text (a sidebar, a box floated to one side).
 * The frame is read whole at its place; the text beside it ends its lines at the frame's edge.
 */
import { describe, expect, it } from 'vitest';
import { barBoxes, framesOf, ruledBoxes, shadedBoxes } from '../../src/load/pdf/frames';
import { withoutStrikes } from '../../src/load/pdf/strikes';
import { layoutPages } from '../../src/load/pdf/layout';
import { mayHoldTable, type PageData, type TextRun } from '../../src/load/pdf/page-data';

const run = (text: string, x: number, y: number, extra: Partial<TextRun> = {}): TextRun => ({ text, x, y, width: text.length * 4.6, size: 9.5, bold: false, italic: false, ...extra });

// Chromium, `float: right; width: 44%`, p. 3 measured: the page's text at 56–530, the frame at
// 317–540 (shaded #eef2e6) with its text in 8.5 pt from 323; the text beside it ends by 305.
const MAIN = [
  'Tegelijk met SAPAI werd ook de Nederlandse AI Coalitie (NL',
  'AIC) eind oktober 2019 gelanceerd. De NL AIC is een sterk',
  'groeiend samenwerkingsverband van momenteel ruim 300',
  'organisaties (bedrijven, kennis- en onderwijsinstellingen,',
  'overheden en maatschappelijke organisaties) voor het',
  'ontwikkelen van kennis en toepassingen, gericht op alle',
];
const FRAME = ['Pachtgronden in Flevoland worden een vruchtbare bodem', 'voor de voedselvoorziening. Om deze waardevolle grond in', 'goede conditie te houden voor komende generaties moeten', 'afwisselend verschillende gewassen worden geteeld.'];
const fill = { x0: 317, y0: 51, x1: 540, y1: 184, color: '#eef2e6' };
const main = (top: number): TextRun[] => MAIN.map((t, k) => run(t, 56, top - k * 13, { width: 240 + (k % 3) * 8 }));
const frame = FRAME.map((t, k) => run(t, 323, 150 - k * 11.5, { size: 8.5, width: 210 - (k === 3 ? 40 : 0) }));
const heading = run('TOEZICHT OP LANDBOUWGEWASSEN MET SATELLIETBEELDEN EN AI', 323, 170, { size: 11, bold: true, width: 180 });

describe('framesOf', () => {
  it('finds a shaded box with text beside it, and leaves its text out of the page\'s', () => {
    const runs = [...main(160), heading, ...frame];
    const { frames, rest } = framesOf(runs, shadedBoxes([fill]), []);
    expect(frames).toHaveLength(1);
    expect(frames[0]?.runs.map((r) => r.text)).toEqual([heading.text, ...FRAME]);
    expect(rest.map((r) => r.text)).toEqual(MAIN);
  });

  it('finds none in a row of shaded cells side by side, a padding apart, their tops level, or a column of them (a table that was not found)', () => {
    const cell = (x: number): TextRun[] => FRAME.slice(0, 3).map((t, k) => run(t, x + 6, 150 - k * 11.5, { size: 8.5, width: 150 }));
    const boxes = [56, 220, 384].map((x) => ({ x0: x, y0: 110, x1: x + 160, y1: 165 }));
    expect(framesOf([...cell(56), ...cell(220), ...cell(384)], boxes, []).frames).toEqual([]);
    // (Nor in a column of them, one above the other as wide: a table's shaded label column.)
    const stacked = [0, 1, 2].map((k) => ({ x0: 56, y0: 420 - k * 60, x1: 216, y1: 475 - k * 60 }));
    const labels = [0, 1, 2].flatMap((k) => cell(56).map((r) => ({ ...r, y: r.y + 310 - k * 60 })));
    const values = [0, 1, 2].flatMap((k) => cell(240).map((r) => ({ ...r, y: r.y + 310 - k * 60 })));
    expect(framesOf([...labels, ...values], stacked, []).frames).toEqual([]);
    // (Two boxes apart by more than a padding are two frames: floats side by side.)
    const apart = [{ x0: 56, y0: 110, x1: 216, y1: 165 }, { x0: 300, y0: 110, x1: 460, y1: 165 }];
    expect(framesOf([...cell(56), ...cell(300)], apart, []).frames).toHaveLength(2);
  });

  it('finds none for a box across the text (nothing beside it), a white one, a table\'s, or one that text runs across', () => {
    const runs = [...main(160), heading, ...frame];
    expect(framesOf([heading, ...frame], shadedBoxes([fill]), []).frames).toEqual([]);
    expect(framesOf(runs, shadedBoxes([{ ...fill, color: '#ffffff' }]), []).frames).toEqual([]);
    expect(framesOf(runs, shadedBoxes([fill]), [{ x0: 300, y0: 40, x1: 545, y1: 200 }]).frames).toEqual([]);
    expect(framesOf([...runs, run('een regel over de rand van het kader heen gezet', 200, 120, { width: 200 })], shadedBoxes([fill]), []).frames).toEqual([]);
  });
});

describe('ruledBoxes', () => {
  // Chromium, `border: 0.8pt solid` on a float, p. 3 measured: the box 325.6–539.7 wide, cut by the
  // page break at its foot (no rule there), a link's underline inside.
  const h = (y: number, x0: number, x1: number) => ({ x0, x1, y0: y - 0.3, y1: y + 0.3 });
  const v = (x: number, y0: number, y1: number) => ({ x0: x - 0.3, x1: x + 0.3, y0, y1 });
  const box = [h(156, 325.6, 539.7), v(325.9, 51.1, 156.3), v(539.4, 51.1, 156.3)];

  it('finds a box drawn by rules, one cut by a page break too, a link\'s underline inside it', () => {
    const round = (b: { x0: number; y0: number; x1: number; y1: number }) => [b.x0, b.y0, b.x1, b.y1].map((n) => Math.round(n * 10) / 10);
    expect(ruledBoxes(box).map((b) => round(b.box))).toEqual([[325.6, 51.1, 539.7, 156.3]]);
    expect(ruledBoxes([...box, h(51.1, 325.6, 539.7), h(120, 340, 426)])).toHaveLength(1);
  });

  it('seeks none on a page drawn with thousands of rules (a chart, a hatching): the search pairs rules, so it stays bounded', () => {
    const hatching = Array.from({ length: 5000 }, (_, k) => v(56 + k * 0.1, 51.1, 156.3));
    expect(ruledBoxes([...box, ...hatching])).toEqual([]);
    expect(barBoxes(hatching, [], [])).toEqual([]);
  });

  it('finds none in a table: rows ruled across, a column rule between, cells drawn one by one', () => {
    expect(ruledBoxes([...box, h(100, 325.6, 539.7)])).toEqual([]);
    expect(ruledBoxes([...box, v(430, 51.1, 156.3)])).toEqual([]);
    // (The next cell's rules meet its outline.)
    expect(ruledBoxes([...box, h(156, 539.7, 640), v(640, 51.1, 156.3)])).toEqual([]);
    // (Cells kept apart, `border-spacing`, measured in Chromium: the next cell's sides 3 pt off, as
    // tall or as wide — a row's or a column's cells.)
    expect(ruledBoxes([...box, h(156, 542.7, 640), v(543, 51.1, 156.3), v(640, 51.1, 156.3)])).toEqual([]);
    expect(ruledBoxes([...box, h(51.1, 325.6, 539.7), h(48.1, 325.6, 539.7), v(325.9, 0, 48.1), v(539.4, 0, 48.1)])).toEqual([]);
    // (A rule a few points above it, of another length — the notes' rule over a frame at the foot of the page — does not.)
    expect(ruledBoxes([...box, h(163.6, 64.8, 302.4)])).toHaveLength(1);
    // Bad input: two upright rules of other heights, or too close together.
    expect(ruledBoxes([h(156, 325.6, 539.7), v(325.9, 51.1, 156.3), v(539.4, 80, 156.3)])).toEqual([]);
    expect(ruledBoxes([h(156, 325.6, 380), v(325.9, 51.1, 156.3), v(379.7, 51.1, 156.3)])).toEqual([]);
  });

  it('makes a frame beside the text of the layout, not a table of it and the text beside it', () => {
    const runs = [...main(160), ...frame.map((r) => ({ ...r, y: r.y - 10 }))];
    const page: PageData = { page: 3, width: 595, height: 842, runs, rules: [h(172, 317, 540), v(317, 51, 172.3), v(540, 51, 172.3)], fills: [], links: [] };
    const blocks = layoutPages([page]);
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph']);
    expect(blocks.map((b) => (b.kind === 'paragraph' ? b.text : ''))).toEqual([FRAME.join(' '), MAIN.join(' ')]);
  });
});

describe('barBoxes', () => {
  // Chromium, `border-left: 2.5pt solid` on a float, p. 3 measured: the bar at 336–338.2, its text from 346.
  const bar = { x0: 336, y0: 564.4, x1: 338.2, y1: 790.9 };
  const inside = FRAME.map((t, k) => run(t, 346, 780 - k * 11.5, { size: 8.5, width: 190 }));
  const beside = MAIN.map((t, k) => run(t, 57, 780 - k * 13, { width: 260 }));

  it('finds a frame marked by a bar down its left side, from the bar to where its lines reach', () => {
    const found = barBoxes([bar], [], [...inside, ...beside]);
    expect(found.map((b) => b.box)).toEqual([{ x0: 336, y0: 564.4, x1: 537, y1: 790.9 }]);
    expect(framesOf([...inside, ...beside], found.map((b) => b.box), []).frames[0]?.runs).toHaveLength(FRAME.length);
    // (Two frames floated side by side: their bars start and end apart.)
    const other = { x0: 120, y0: 600, x1: 122.2, y1: 760 };
    const second = FRAME.map((t, k) => run(t, 130, 750 - k * 11.5, { size: 8.5, width: 180 }));
    expect(barBoxes([bar, other], [], [...inside, ...second])).toHaveLength(2);
    // (A narrow fill as the bar, 3 pt wide, does as well.)
    expect(barBoxes([], [{ ...bar, x1: 339, color: '#aa3333' }], [...inside, ...beside])).toHaveLength(1);
  });

  it('finds none at a table\'s column rules (several of one height side by side), at a rule that a rule across meets, or with no text against it', () => {
    expect(barBoxes([bar, { ...bar, x0: 450, x1: 450.6 }], [], [...inside, ...beside])).toEqual([]);
    expect(barBoxes([bar, { x0: 57, x1: 540, y0: 790.5, y1: 791 }], [], [...inside, ...beside])).toEqual([]);
    expect(barBoxes([bar], [], [...inside.map((r) => ({ ...r, x: 380 })), ...beside])).toEqual([]);
  });
});

describe('frames in the layout', () => {
  const page = (runs: TextRun[], fills: PageData['fills']): PageData => ({ page: 3, width: 595, height: 842, runs, rules: [], fills, links: [] });
  const texts = (p: PageData) => layoutPages([p]).map((b) => (b.kind === 'heading' || b.kind === 'paragraph' ? `${b.kind}: ${b.text}` : b.kind));

  it('reads the frame whole where it stands, and the text beside it as one paragraph, its lines ending at the frame', () => {
    const above = [run('Artificiële intelligentie (AI) is een digitale technologie die onze wereld transformeert.', 56, 200, { width: 474 })];
    expect(texts(page([...above, ...main(160), heading, ...frame], [fill]))).toEqual([
      `paragraph: ${above[0]?.text}`,
      `heading: ${heading.text}`,
      `paragraph: ${FRAME.join(' ')}`,
      `paragraph: ${MAIN.join(' ')}`,
    ]);
  });

  it('reads a numbered list in a frame set in smaller type as the frame\'s list, not as notes', () => {
    const items = ['1) Vanuit de programma\'s Samen Slimmer Leren', '2) Inkoopcoöperatie SIVON bundelt als vraagmacht', '3) Er is een Ethiek Adviesraad opgericht'];
    const listed = items.flatMap((t, k) => [run('•', 323, 150 - k * 11.5, { size: 8.5, width: 3 }), run(t, 333, 150 - k * 11.5, { size: 8.5, width: 190 })]);
    const blocks = layoutPages([page([...main(160), heading, ...listed, run('Zie ook', 56, 40, { width: 40 }), run('1', 97, 44, { size: 6, width: 3 })], [fill])]);
    expect(blocks.filter((b) => b.kind === 'footnote')).toEqual([]);
    expect(blocks.find((b) => b.kind === 'list')).toMatchObject({ kind: 'list', items: items.map((t) => expect.objectContaining({ text: expect.stringContaining(t.slice(3)) })) });
  });

  it('is why a page reads its drawing: lines starting far into the page, on baselines of their own', () => {
    expect(mayHoldTable([...main(160), heading, ...frame, run('voedselproductie in de regio.', 323, 104, { size: 8.5, width: 120 })])).toBe(true);
    // (Prose alone, and a list indented from the margin, say nothing of it.)
    expect(mayHoldTable(main(160))).toBe(false);
    expect(mayHoldTable([...main(160), ...[0, 1, 2, 3, 4].map((k) => run(`• punt ${k} van de lijst`, 70, 60 - k * 13, { width: 90 }))])).toBe(false);
  });
});

describe('withoutStrikes', () => {
  // Chromium, `column-rule` in three columns, p. 22 measured: the rule at x = 290 drawn on through
  // a table across the columns, whose cell 177–393 holds lines of text across it.
  const rule = { x0: 290, x1: 290.7, y0: 33.9, y1: 257.4 };
  const cell = ['Eind 2019 is het Kennis- en Innovatie-', 'convenant (2020-2023) uitgebracht voor', 'meer samenhang in het innovatiebeleid.'].map((t, k) => run(t, 180, 230 - k * 9, { size: 7, width: 205 }));
  const next = ['Per 1 januari 2020 is ICT een', 'sleuteltechnologie.'].map((t, k) => run(t, 396, 230 - k * 9, { size: 7, width: 100 }));
  const border = { x0: 393, x1: 393.6, y0: 33.9, y1: 257.4 };

  it('drops an upright rule that runs through lines of text, and keeps a border between texts', () => {
    expect(withoutStrikes([rule, border], [...cell, ...next])).toEqual([border]);
  });

  it('keeps a border that words overflowed: a table\'s outer one (no text beyond it), or one more lines end against than run through', () => {
    const url = (y: number) => run('https://www.rijksoverheid.nl/documenten/rapporten/2020', 300, y, { size: 7, width: 120 });
    const outer = { ...border, x0: 400, x1: 400.6 };
    expect(withoutStrikes([outer], [url(200), url(191)])).toEqual([outer]);
    const against = ['De departementen geven verder', 'uitvoering aan de maatregelen', 'die in de afzonderlijke', 'programma’s staan opgenomen.'].map((t, k) => run(t, 300, 170 - k * 9, { size: 7, width: 88 - (k % 2) * 4 }));
    expect(withoutStrikes([border], [url(200), url(191), ...against, ...next])).toEqual([border]);
  });
});
