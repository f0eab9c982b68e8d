/**
 * Fonts that a producer writes in its own way. Chromium sets a typeface with no bold face (Noto
 * Mono) bold by drawing the glyphs as outlines in a Type 3 font of the same name: the loader must
 * read that text as bold, as it reads a font named `…-Bold`, or no header and no theme is found.
 * (tests/fixtures/fonts/chromium-synthetic-bold.pdf: `node scripts/render-fonts.mjs`.)
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDocument } from '../../src/load/index';
import type { TableBlock } from '../../src/model/document';

const bytes = new Uint8Array(readFileSync(new URL('../fixtures/fonts/chromium-synthetic-bold.pdf', import.meta.url)));

describe('a typeface Chromium set bold by drawing it (Noto Mono)', async () => {
  const model = await loadDocument(bytes, 'chromium-synthetic-bold.pdf');
  const table = model.blocks.find((b): b is TableBlock => b.kind === 'table');

  it('reads the header labels and the theme titles as bold, and the table by them', () => {
    expect(table?.rows[0]?.cells.map((c) => c.text)).toEqual(['Domein & ambitie', 'Acties zoals in NDS', 'Stand van zaken/resultaten (t/m Q2 2020)', 'Wat gaan we doen? (vanaf Q2 2020)', 'Wie (Tijd)']);
    const action3 = table?.rows.find((r) => r.cells[1]?.text.startsWith('3) Een ambitieuze'));
    expect(action3?.cells[4]?.text).toBe('BZK (Doorlopend)');
    // The ambition's title is its bold lead, the plain text after it its description.
    expect(action3?.cells[0]?.blocks[0]).toMatchObject({ kind: 'text', lead: 'Een transparante en toegankelijke digitale overheid' });
  });

  it('reads the body text set in the same typeface as plain', () => {
    const paragraph = model.blocks.find((b) => b.kind === 'paragraph' && b.text.startsWith('De digitalisering heeft de afgelopen jaren'));
    expect(paragraph).toBeDefined();
    expect(model.blocks.find((b) => b.kind === 'heading' && b.text === 'Tot slot')).toBeDefined();
  });
});
