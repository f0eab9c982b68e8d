import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, tempDir } from '../helpers/fixture';

describe('nds extract when records fail validation', () => {
  it('exits 1, names the record and its line, and writes nothing', async () => {
    const dir = tempDir();
    const input = join(dir, 'nds-kapot.md');
    writeFileSync(
      input,
      [
        '# Nederlandse Digitaliseringsstrategie 2030',
        '# Inhoud',
        '\t<b>Bijlage 1 Stand van zaken acties NDS</b>\t<b>52</b>',
        '\t1 Deel een\t52',
        '\t2 Deel twee\t56',
        '',
        '## 2 Deel twee',
        '',
        "Thema's & ambitie\tActies zoals in NDS\tStand van zaken\tWat gaan we doen?\tWie (Tijd)",
        '\t0) Een actie zonder nummer.\tS\tP\tEZK',
      ].join('\n'),
    );
    const out = join(dir, 'out');
    mkdirSync(out);
    const result = await runCli(['extract', input, '-o', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('nds-kapot.md:10: actions[0].number');
    expect(result.stderr).toContain('nothing written');
    expect(readdirSync(out)).toEqual([]);
  });
});
