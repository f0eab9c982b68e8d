import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, MD_PATH, runCli } from '../helpers/fixture';

describe('nds inspect', () => {
  it('shows the sections, and the tables with their rows, cells and lines', async () => {
    const result = await runCli(['inspect', MD_PATH, '--section', 'Bijlage 1']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Bijlage 1.1            Maatschappelijke en economische kansen benutten (versnellen) (p. 52) NOT FOUND in the body (start inferred)');
    expect(result.stdout).toContain('== Bijlage 1.2 Versterken van het fundament (basisvoorwaarden) ==');
    expect(result.stdout).toMatch(/:1205 +\| 11\) We bouwen aan publiek-p… \| Artificiële Intelligentie \(… \{2\}/);
    expect(result.stdout).not.toContain('== 2.2 ');
  });

  it('dumps the document model as JSON', async () => {
    const result = await runCli(['inspect', join(FIXTURES, 'nds-2020.html'), '--json']);
    const model = JSON.parse(result.stdout);
    expect(model).toMatchObject({ inputName: 'nds-2020.html', format: 'html', title: 'Nederlandse Digitaliseringsstrategie 2020' });
    expect(model.blocks.filter((b: { kind: string }) => b.kind === 'footnote')).toHaveLength(72);
  });

  it('exits 2 for a missing file', async () => {
    expect(await runCli(['inspect', 'missing.pdf'])).toMatchObject({ status: 2, stderr: 'nds: missing.pdf: no such file\n' });
  });
});
