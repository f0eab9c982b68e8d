// Derives other NDS editions from the bundled 2020 edition, with listed, realistic changes, as test
// fixtures for `nds diff` and for "nothing keyed to 2020":
//
//   tests/fixtures/editions/<name>.md    the markdown edition with the edits applied
//   tests/fixtures/editions/<name>.html  the HTML edition with the same edits
//   tests/fixtures/editions/<name>.pdf   that HTML printed by headless Chromium (when installed)
//   tests/fixtures/editions/<name>.expected.json  the changes `nds diff` must report against 2020
//
// Every edit names the text it changes in each format and fails loudly when that text is missing.
// Usage: node scripts/derive-editions.mjs [name …]   (from the project root; every edition, or those named)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const OUT = 'tests/fixtures/editions';
const source = { md: readFileSync('fixtures/nds-2020.md', 'utf8'), html: readFileSync('fixtures/nds-2020.html', 'utf8') };

/** Replaces `from` by `to` (all occurrences when `all`), insisting that `from` occurs. */
function edit(text, from, to, all = false) {
  if (!text.includes(from)) throw new Error(`edit target not found: ${from.slice(0, 80)}`);
  return all ? text.split(from).join(to) : text.replace(from, to);
}

const mdRow = (cells) => cells.join('\t');
const htmlRow = (cells) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

const NEW_PART = {
  title: '3 Nieuwe acties 2021',
  header: ["Thema's &amp; ambitie", 'Acties zoals in NDS', 'Stand van zaken/ resultaten', 'Wat gaan we doen?', 'Wie (Tijd)'],
  rows: [
    ['<b>Digitale overheid</b>', '', '', '', ''],
    [
      '<b>Open en transparant</b> De overheid werkt open en transparant met haar gegevens.',
      '50) Het kabinet publiceert de acties van de NDS jaarlijks als open data.',
      '<ul><li>De eerste dataset is gepubliceerd.</li><li>Een schema beschrijft de bestanden.</li></ul>',
      '<ul><li>De dataset wordt bij elke update bijgewerkt.</li></ul>',
      'BZK (Q3)',
    ],
    ['', '51) Er komt een openbaar register van algoritmen die de overheid gebruikt.', 'Een verkenning naar de inrichting is gestart.', 'Het register gaat in 2022 open.', 'BZK/ JenV (2022)'],
  ],
};

/** The restructured 2021 edition of the "other editions" issue. */
function restructured2021(f, text) {
  let t = text;
  if (f === 'md') {
    t = edit(t, '# Nederlandse Digitaliseringsstrategie 2020', '# Nederlandse Digitaliseringsstrategie 2021');
    t = edit(t, '<b>2</b>\t<b>Nederlandse Digitaliseringsstrategie</b>\t<b>11</b>', '<b>2</b>\t<b>Digitalisering en corona</b>\t<b>10</b>\n<b>3</b>\t<b>Nederlandse Digitaliseringsstrategie</b>\t<b>11</b>');
    for (let i = 1; i <= 7; i++) t = edit(t, `\t2.${i} `, `\t3.${i} `);
    t = edit(t, '<b>3</b>\t<b>Vooruitblik', '<b>4</b>\t<b>Vooruitblik');
    t = edit(t, '\t2 Versterken van het fundament (basisvoorwaarden)\t56', `\t2 Versterken van het fundament (basisvoorwaarden)\t56\n\t${NEW_PART.title}\t69`);
    t = edit(t, '## 2 Nederlandse Digitaliseringsstrategie', '# 2 Digitalisering en corona\n\nDe coronacrisis heeft de digitalisering van Nederland versneld; dit hoofdstuk blikt daarop terug.\n\n## 3 Nederlandse Digitaliseringsstrategie');
    t = edit(t, '### 2.1 Prioriteiten', '### 3.1 Prioriteiten');
    t = edit(t, '### 2.2 Artificiële', '### 3.2 Artificiële');
    for (const n of [3, 4, 5, 6, 7]) t = edit(t, `## 2.${n} `, `## 3.${n} `);
    t = edit(t, '### 3 Vooruitblik', '### 4 Vooruitblik');
    t = edit(t, '(t/m Q2 2020)', '(t/m Q1 2021)', true);
    t = edit(t, '(vanaf Q2 2020)', '(vanaf Q2 2021)', true);
    const part = `\n## ${NEW_PART.title}\n\n${mdRow([...NEW_PART.header.map((h) => h.replace('&amp;', '&')), ''])}\n${NEW_PART.rows.map(mdRow).join('\n')}\n\n# Bijlage 2 Stand van zaken acties`;
    t = edit(t, '\n# Bijlage 2 Stand van zaken acties', part);
  } else {
    t = edit(t, 'Nederlandse Digitaliseringsstrategie 2020', 'Nederlandse Digitaliseringsstrategie 2021', true);
    t = edit(t, '<tr><td><b>2</b></td><td><b>Nederlandse Digitaliseringsstrategie</b></td><td><b>11</b></td></tr>', '<tr><td><b>2</b></td><td><b>Digitalisering en corona</b></td><td><b>10</b></td></tr>\n<tr><td><b>3</b></td><td><b>Nederlandse Digitaliseringsstrategie</b></td><td><b>11</b></td></tr>');
    for (let i = 1; i <= 7; i++) t = edit(t, `<td>2.${i} `, `<td>3.${i} `);
    t = edit(t, '<td><b>3</b></td><td><b>Vooruitblik', '<td><b>4</b></td><td><b>Vooruitblik');
    t = edit(t, '<tr><td></td><td>2 Versterken van het fundament (basisvoorwaarden)</td><td>56</td></tr>', `<tr><td></td><td>2 Versterken van het fundament (basisvoorwaarden)</td><td>56</td></tr>\n<tr><td></td><td>${NEW_PART.title}</td><td>69</td></tr>`);
    t = edit(t, '<h2>2 Nederlandse Digitaliseringsstrategie</h2>', '<h1>2 Digitalisering en corona</h1>\n<p>De coronacrisis heeft de digitalisering van Nederland versneld; dit hoofdstuk blikt daarop terug.</p>\n<h2>3 Nederlandse Digitaliseringsstrategie</h2>');
    for (let i = 1; i <= 7; i++) t = edit(t, new RegExp(`<h([23])>2\\.${i} `).exec(t)?.[0] ?? `<h3>2.${i} `, (new RegExp(`<h([23])>2\\.${i} `).exec(t)?.[0] ?? `<h3>2.${i} `).replace(`2.${i}`, `3.${i}`));
    t = edit(t, '<h3>3 Vooruitblik', '<h3>4 Vooruitblik');
    t = edit(t, '(t/m Q2 2020)', '(t/m Q1 2021)', true);
    t = edit(t, '(vanaf Q2 2020)', '(vanaf Q2 2021)', true);
    const part = `<h2>${NEW_PART.title}</h2>\n<table class="wide">\n<thead><tr>${[...NEW_PART.header, ''].map((h) => `<th>${h}</th>`).join('')}</tr></thead>\n<tbody>\n${NEW_PART.rows.map((r) => htmlRow([...r, ''])).join('\n')}\n</tbody></table>\n<h1>Bijlage 2 Stand van zaken acties</h1>`;
    t = edit(t, '<h1>Bijlage 2 Stand van zaken acties</h1>', part);
  }
  return t;
}

const TABLE_3 = {
  caption: 'Tabel 3: Investeringen in digitale weerbaarheid',
  header: ['Programma (x € 1 mln.)', '2021', '2022'],
  rows: [
    ['Digital Trust Center', '12', '14'],
    ['Cybersecurity mkb', '8', '9'],
    ['<b>Totaal</b>', '<b>20</b>', '<b>23</b>'],
  ],
};

/**
 * A 2022 edition edited the way yearly editions are: other column labels in appendix 1 (same
 * meaning, other words and dates), a new budget table, a Proeftuin initiative gone and one new,
 * and a total that was corrected (so that its column no longer adds up).
 */
/** Column labels of appendix 1 in other words (same meanings), the same in every format. */
const RELABELLED = [
  ['Stand van zaken/resultaten (t/m Q2 2020)', 'Voortgang tot 1 januari 2022'],
  ['Stand van zaken/ resultaten', 'Voortgang'],
  ['Wat gaan we doen? (vanaf Q2 2020)', 'Vervolgstappen 2022'],
  ['Wie (Tijd)', 'Eigenaar (planning)'],
  ['Acties zoals in NDS', 'Actie'],
];

function edited2022(f, text) {
  let t = RELABELLED.reduce((acc, [from, to]) => edit(acc, from, to, true), text);
  if (f === 'md') {
    t = edit(t, '# Nederlandse Digitaliseringsstrategie 2020', '# Nederlandse Digitaliseringsstrategie 2022');
    t = edit(t, '\tWat gaan we doen?\t', '\tVervolgstappen\t', true);
    t = edit(t, '**Alkmaar** • Smart Industry Hub Noordwest | Smart Industry Hub\n', '');
    t = edit(t, '**Reusel** •', '**Zwolle** • Fieldlab Digitale Fabriek | Smart Industry Fieldlab\n\n**Reusel** •');
    t = edit(t, '<b>Totaal</b>\t<b>178</b>\t<b>241</b>\t<b>315</b>', '<b>Totaal</b>\t<b>178</b>\t<b>241</b>\t<b>316</b>');
    t = `${t.trimEnd()}\n\n**${TABLE_3.caption}**\n\n${[TABLE_3.header, ...TABLE_3.rows].map(mdRow).join('\n')}\n`;
  } else {
    t = edit(t, 'Nederlandse Digitaliseringsstrategie 2020', 'Nederlandse Digitaliseringsstrategie 2022', true);
    t = edit(t, '<th>Wat gaan we doen?</th>', '<th>Vervolgstappen</th>', true);
    t = edit(t, '<p><b>Alkmaar</b> • Smart Industry Hub Noordwest | Smart Industry Hub</p>\n', '');
    t = edit(t, '<p><b>Reusel</b> •', '<p><b>Zwolle</b> • Fieldlab Digitale Fabriek | Smart Industry Fieldlab</p>\n<p><b>Reusel</b> •');
    t = edit(t, '<td><b>315</b></td>', '<td><b>316</b></td>');
    const table = `<p><b>${TABLE_3.caption}</b></p>\n<table class="narrow">\n<thead><tr>${TABLE_3.header.map((h) => `<th>${h}</th>`).join('')}</tr></thead>\n<tbody>\n${TABLE_3.rows.map(htmlRow).join('\n')}\n</tbody></table>\n</body></html>`;
    t = edit(t, '</body></html>', table);
  }
  return t;
}

/**
 * A 2023 edition that sets its tables' columns in another order: the owners second in appendix 1
 * (after the actions), the plans before the progress in the connectivity plan. Its records are
 * 2020's: only the title and year change.
 */
const REORDERED = [
  { header: /^(Domein|Thema's) &(amp;)? ambitie$/, order: [0, 1, 4, 2, 3] },
  { header: /^Thema$/, order: [0, 1, 2, 4, 3, 5] },
];

function reordered2023(f, text) {
  const move = (cells, order) => [...order.map((k) => cells[k]), ...cells.slice(order.length)];
  let t = text;
  if (f === 'md') {
    let order = null;
    t = t
      .split('\n')
      .map((line) => {
        const cells = line.split('\t');
        const header = REORDERED.find((r) => r.header.test(cells[0] ?? '') && /^Acti/.test(cells[1] === 'Opgave' ? (cells[2] ?? '') : (cells[1] ?? '')));
        if (header) order = header.order;
        else if (line.trim() === '' || cells.length === 1) order = null;
        return order && cells.length >= order.length ? move(cells, order).join('\t') : line;
      })
      .join('\n');
    t = edit(t, '# Nederlandse Digitaliseringsstrategie 2020', '# Nederlandse Digitaliseringsstrategie 2023');
  } else {
    let tables = 0;
    t = t.replace(/<table class="wide">[\s\S]*?<\/table>/g, (table) => {
      const first = /<th>([^<]*)<\/th>/.exec(table)?.[1] ?? '';
      const header = REORDERED.find((r) => r.header.test(first) && /<th>Acti/.test(table));
      if (!header) return table;
      tables++;
      return table.replace(/<tr>([\s\S]*?)<\/tr>/g, (_, inner) => `<tr>${move(inner.match(/<(t[dh])\b[^>]*>[\s\S]*?<\/\1>/g) ?? [], header.order).join('')}</tr>`);
    });
    if (tables === 0) throw new Error('edit target not found: the appendix tables');
    t = edit(t, 'Nederlandse Digitaliseringsstrategie 2020', 'Nederlandse Digitaliseringsstrategie 2023', true);
  }
  return t;
}

/**
 * A 2024 edition that words things as later editions do: an organisation beside a ministry and one
 * alone in the owners' column (actions 19 and 20), a Kamerstuk cited by its official id in an
 * address (note 16), the Proeftuin lines with a dash for the bullet, and section 2.1 titled
 * `De zes prioriteiten`. Owners in `ownersOther`, the Kamerstuk and the initiatives read as 2020's.
 */
function reworded2024(f, text) {
  let t = text;
  const [sep, row19, row20, note16] =
    f === 'md'
      ? ['\t', 'Digitaal Samenleven.</li> </ul>\tBZK (Doorlopend)', 'voert hun programma in 2020 uit.\tBZK (Doorlopend)', '<sup>16</sup> Kamerstuk 26 643, nr. 680.']
      : ['</td><td>', 'Digitaal Samenleven.</li> </ul></td><td>BZK (Doorlopend)</td></tr>', 'voert hun programma in 2020 uit.</td><td>BZK (Doorlopend)</td></tr>', '<sup>16</sup> Kamerstuk 26 643, nr. 680.'];
  t = edit(t, row19, row19.replace('BZK (Doorlopend)', 'BZK en VNG (Doorlopend)'));
  t = edit(t, row20, row20.replace('BZK (Doorlopend)', 'Logius (Doorlopend)'));
  t = edit(t, note16, f === 'md' ? '<sup>16</sup> Zie <https://zoek.officielebekendmakingen.nl/kst-26643-680.html>.' : '<sup>16</sup> Zie <a href="https://zoek.officielebekendmakingen.nl/kst-26643-680.html">https://zoek.officielebekendmakingen.nl/kst-26643-680.html</a>.');
  if (!t.includes(sep)) throw new Error('no table cells');
  const lines = f === 'md' ? /^(\*\*[^*\n]+\*\*) • (?=.*\|)/gm : /(<p><b>[^<]+<\/b>) • (?=[^<]*\|)/g;
  if (!lines.test(t)) throw new Error('edit target not found: the Proeftuin lines');
  t = t.replace(lines, '$1 – ');
  t = edit(t, '2.1 Prioriteiten', '2.1 De zes prioriteiten', true);
  return f === 'md' ? edit(t, '# Nederlandse Digitaliseringsstrategie 2020', '# Nederlandse Digitaliseringsstrategie 2024') : edit(t, 'Nederlandse Digitaliseringsstrategie 2020', 'Nederlandse Digitaliseringsstrategie 2024', true);
}

/** The title and year a derived edition changes (every edition does). */
function titleAndYear(year) {
  return [
    { field: 'title', old: 'Nederlandse Digitaliseringsstrategie 2020', new: `Nederlandse Digitaliseringsstrategie ${year}` },
    { field: 'year', old: 2020, new: year },
  ];
}

const EDITIONS = {
  'nds-2021-restructured': {
    derive: restructured2021,
    // What `nds diff` of the 2020 markdown edition against this one must report, and nothing else.
    expected: {
      document: [
        ...titleAndYear(2021),
        {
          field: 'sections',
          renumbered: { 2: '3', 2.1: '3.1', 2.2: '3.2', 2.3: '3.3', 2.4: '3.4', 2.5: '3.5', 2.6: '3.6', 2.7: '3.7', 3: '4' },
          added: ['2 Digitalisering en corona', 'Bijlage 1.3 Nieuwe acties 2021'],
          removed: [],
        },
      ],
      changes: [
        ...[1, 2, 3, 4, 5, 6].map((rank) => ({ type: 'priorities', kind: 'changed', key: String(rank), fields: ['section'] })),
        { type: 'actions', kind: 'added', key: '50' },
        { type: 'actions', kind: 'added', key: '51' },
      ],
    },
  },
  'nds-2022-edited': {
    derive: edited2022,
    expected: {
      document: [
        ...titleAndYear(2022),
        {
          field: 'checks',
          added: ['Tabel 2 2019: does not add up', 'Tabel 3 2021: adds up', 'Tabel 3 2022: adds up'],
          removed: ['Tabel 2 2019: adds up'],
        },
      ],
      changes: [
        { type: 'budget-lines', kind: 'changed', key: 'Tabel 2 | Totaal | 2019', fields: ['value'] },
        ...['Digital Trust Center', 'Cybersecurity mkb', 'Totaal'].flatMap((row) => ['2021', '2022'].map((year) => ({ type: 'budget-lines', kind: 'added', key: `Tabel 3 | ${row} | ${year}` }))),
        { type: 'proeftuin-locations', kind: 'removed', key: 'Alkmaar | Smart Industry Hub Noordwest' },
        { type: 'proeftuin-locations', kind: 'added', key: 'Zwolle | Fieldlab Digitale Fabriek' },
      ],
    },
  },
  'nds-2023-reordered': {
    derive: reordered2023,
    expected: { document: titleAndYear(2023), changes: [] },
  },
  'nds-2024-reworded': {
    derive: reworded2024,
    // (The Proeftuin lines and note 16's Kamerstuk read as 2020's: no change of those records.)
    expected: {
      document: [...titleAndYear(2024), { field: 'sections', renumbered: {}, added: [], removed: [], retitled: { 2.1: { old: 'Prioriteiten', new: 'De zes prioriteiten' } } }],
      changes: [
        { type: 'actions', kind: 'changed', key: '19', fields: ['ownersOther', 'whoRaw', 'whoEntries'] },
        { type: 'actions', kind: 'changed', key: '20', fields: ['owners', 'ownersOther', 'whoRaw', 'whoEntries'] },
        { type: 'footnotes', kind: 'changed', key: '16', fields: ['text', 'urls'] },
      ],
    },
  },
};

const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));
// (Named editions only, when named: `node scripts/derive-editions.mjs nds-2023-reordered`.)
const only = process.argv.slice(2);
for (const [name, spec] of Object.entries(EDITIONS).filter(([name]) => only.length === 0 || only.includes(name))) {
  writeFileSync(`${OUT}/${name}.md`, spec.derive('md', source.md));
  writeFileSync(`${OUT}/${name}.html`, spec.derive('html', source.html));
  writeFileSync(`${OUT}/${name}.expected.json`, `${JSON.stringify(spec.expected, null, 2)}\n`);
  if (chromium) {
    execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--print-to-pdf=${resolve(OUT, `${name}.pdf`)}`, `file://${resolve(OUT, `${name}.html`)}`], { stdio: 'ignore' });
  } else console.error(`no Chromium: ${OUT}/${name}.pdf not rendered`);
  console.log(`${name}: md, html${chromium ? ', pdf' : ''}, expected changes`);
}
