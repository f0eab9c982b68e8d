/**
 * `nds report` in a real browser: headless Chromium (the Debian package; .ci/run installs it)
 * driven by puppeteer-core. The page must load with no console errors and no requests beyond
 * itself, hold one map marker per location and a chart per budget table, filter its actions, look
 * like something (a screenshot that is not blank), and run nothing that a document's text says.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml } from '../helpers/html';
import { extractedDataset, markdownText, runCli, tempDir } from '../helpers/fixture';

const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find((p) => p && existsSync(p));
// CI installs Chromium (.ci/run): there a missing browser is a failure, not a skip.
const run = CHROMIUM !== undefined || process.env.CI === 'true';
if (!run) console.warn('report tests skipped: no Chromium found (apt-get install chromium, or set CHROMIUM_PATH)');

let browser: Browser;

interface Loaded {
  page: Page;
  requests: string[];
  errors: string[];
  dialogs: string[];
}

async function open(file: string): Promise<Loaded> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1366, height: 900 });
  const loaded: Loaded = { page, requests: [], errors: [], dialogs: [] };
  page.on('request', (r) => loaded.requests.push(r.url()));
  page.on('console', (m) => m.type() === 'error' && loaded.errors.push(m.text()));
  page.on('pageerror', (e) => loaded.errors.push(String(e)));
  page.on('dialog', async (d) => {
    loaded.dialogs.push(d.message());
    await d.dismiss();
  });
  await page.goto(`file://${file}`, { waitUntil: 'load' });
  return loaded;
}

describe.runIf(run)('nds report in headless Chromium', () => {
  let report: string;

  beforeAll(async () => {
    browser = await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    const dir = await extractedDataset();
    const r = await runCli(['report', dir]);
    expect(r.status).toBe(0);
    report = join(dir, 'report.html');
  }, 60_000);

  afterAll(async () => browser?.close());

  it('loads with no console errors and no request beyond the page itself', async () => {
    const { page, requests, errors } = await open(report);
    expect(errors).toEqual([]);
    expect(requests).toEqual([`file://${report}`]);
    expect(await page.title()).toBe('Nederlandse Digitaliseringsstrategie 2020 — overzicht');
    await page.close();
  });

  it('maps one marker per location, coloured by category, with a legend', async () => {
    const { page } = await open(report);
    expect(await page.$$eval('svg.map circle.marker', (m) => m.length)).toBe(95);
    const categories = await page.$$eval('svg.map circle.marker', (m) => new Set(m.map((c) => c.getAttribute('fill'))).size);
    expect(categories).toBe(9);
    expect(await page.$$eval('.legend-item', (l) => l.map((x) => x.textContent))).toContain('Smart Industry Fieldlab (44)');
    expect(await page.$$eval('svg.map path.land', (p) => p.length)).toBe(1);
    await page.close();
  });

  it('draws a chart per budget table and unit, and says that the totals add up', async () => {
    const { page } = await open(report);
    expect(await page.$$eval('svg.chart', (c) => c.length)).toBe(4);
    expect(await page.$$eval('svg.chart rect.bar', (b) => b.length)).toBe(4 * 2 + 4 + 6 * 5 + 5 * 3);
    expect(await page.$eval('#read', (s) => s.textContent)).toContain('8 van 8 totalen kloppen');
    await page.close();
  });

  it('filters the actions by owner, part and text', async () => {
    const { page } = await open(report);
    expect(await page.$eval('#shown', (s) => s.textContent)).toBe('45');
    await page.select('[data-filter="owner"]', 'bzk');
    expect(await page.$eval('#shown', (s) => s.textContent)).toBe('12');
    await page.select('[data-filter="part"]', '1');
    const visible = await page.$$eval('#actions tbody tr:not([hidden]) td:first-child', (c) => c.map((x) => Number(x.textContent)));
    expect(visible).toEqual([3]);
    await page.select('[data-filter="owner"]', '');
    await page.type('[data-filter="text"]', 'Kamer');
    expect(Number(await page.$eval('#shown', (s) => s.textContent))).toBeGreaterThan(0);
    expect(await page.$$eval('#actions tbody tr:not([hidden])', (rows) => rows.every((r) => r.textContent?.includes('Kamer')))).toBe(true);
    await page.close();
  });

  it('renders a page that is not blank: a screenshot with the map colours in it', async () => {
    const { page } = await open(report);
    const map = await page.$('svg.map');
    const png = PNG.sync.read(Buffer.from((await map?.screenshot()) as Uint8Array));
    const colours = new Set<string>();
    let white = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b] = [png.data[i], png.data[i + 1], png.data[i + 2]];
      colours.add(`${r},${g},${b}`);
      if (r === 255 && g === 255 && b === 255) white++;
    }
    expect(png.width).toBeGreaterThan(300);
    expect(colours.size).toBeGreaterThan(50);
    expect(white / (png.width * png.height)).toBeLessThan(0.8);
    writeFileSync(join(tempDir(), 'map.png'), PNG.sync.write(png));
    await page.close();
  });

  it('shows the markup a document holds as characters and runs none of it', async () => {
    const hostile = '<script>window.pwned=1;alert(1)</script><img src=x onerror="window.pwned=2">';
    const md = markdownText()
      .replace('<p>3) Een ambitieuze', `<p>3) ${escapeHtml(hostile)} Een ambitieuze`)
      .replace('**Alkmaar** • Smart Industry Hub Noordwest', '**Alkmaar** • Smart" onmouseover="window.pwned=3 Hub')
      .replace('**Almere** •', '**Alm<b onmouseover=window.pwned=4>ere** •');
    const input = join(tempDir(), 'hostile.md');
    writeFileSync(input, md);
    const out = join(tempDir(), 'hostile.html');
    expect((await runCli(['report', input, '-o', out])).status).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toContain('<script>window.pwned');
    const { page, dialogs, requests } = await open(out);
    expect(await page.evaluate(() => (globalThis as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(requests).toEqual([`file://${out}`]);
    expect(await page.$eval('#actions', (t) => t.textContent)).toContain(hostile);
    const titles = await page.$$eval('svg.map circle.marker title', (t) => t.map((x) => x.textContent));
    expect(titles.some((t) => t?.startsWith('Alkmaar · Smart" onmouseover="window.pwned=3 Hub'))).toBe(true);
    await page.close();
  });
});
