/** nds report on input it could not read whole: like extract, a problem (exit 1), unless --partial. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, tempDir } from '../helpers/fixture';

// LibreOffice's export centres cells vertically and sets the last column past the page edge.
const PDF = join(ROOT, 'tests', 'fixtures', 'producers', 'libreoffice-writer.pdf');

describe('nds report on a PDF whose tables ran off the page', () => {
  it('exits 1 listing what was not read, and writes no report', async () => {
    const out = join(tempDir(), 'r.html');
    const r = await runCli(['report', PDF, '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\[content-unread\]\n/);
    expect(r.stderr).toMatch(/nds: \d+ problem\(s\); no report written \(--partial reports what was read\)\n$/);
    expect(existsSync(out)).toBe(false);
  });

  it('with --partial writes the report and says on it that not everything was read', async () => {
    const out = join(tempDir(), 'r.html');
    const r = await runCli(['report', PDF, '-o', out, '--partial']);
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Niet alles is gelezen (--partial)');
  });
});
