/** nds report on input it could not read whole: like extract, a problem (exit 1), unless --partial. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { markdownText, runCli, tempDir } from '../helpers/fixture';

/** The 2020 edition with the action tables' header in words no reader knows: their rows cannot be placed. */
function notWhole(): string {
  const path = join(tempDir(), 'nds.md');
  writeFileSync(path, markdownText().replace(/^Thema's & ambitie\tActies zoals in NDS[^\n]*$/gm, 'Kolom A\tKolom B\tKolom C\tKolom D\tKolom E\t'));
  return path;
}
const INPUT = notWhole();

describe('nds report on input it could not read whole', () => {
  it('exits 1 listing what was not read, and writes no report', async () => {
    const out = join(tempDir(), 'r.html');
    const r = await runCli(['report', INPUT, '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/\[content-unread\]\n/);
    expect(r.stderr).toMatch(/nds: \d+ problem\(s\); no report written \(--partial reports what was read\)\n$/);
    expect(existsSync(out)).toBe(false);
  });

  it('with --partial writes the report and says on it that not everything was read', async () => {
    const out = join(tempDir(), 'r.html');
    const r = await runCli(['report', INPUT, '-o', out, '--partial']);
    expect(r.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Niet alles is gelezen (--partial)');
  });
});
