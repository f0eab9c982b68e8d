// npm run bench: wall time and peak memory of `nds extract` next to reference commands measured in
// the same run, interleaved so that machine load affects both alike. Reports medians and ratios
// against the targets; it never fails a build (targets are for people, not for CI).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RUNS = Number(process.env.BENCH_RUNS ?? 21);
const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin', 'nds.js');
const hasTime = existsSync('/usr/bin/time');

if (!existsSync(join(root, 'dist', 'nds.mjs'))) spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });

function once(cmd, args) {
  const argv = hasTime ? ['-f', '%M', cmd, ...args] : args;
  const exe = hasTime ? '/usr/bin/time' : cmd;
  const start = performance.now();
  const r = spawnSync(exe, argv, { encoding: 'utf8' });
  const ms = performance.now() - start;
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
  const rss = hasTime ? Number(r.stderr.trim().split('\n').pop()) : NaN;
  return { ms, rssMb: rss / 1024 };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function measure(cases) {
  return measureRuns(RUNS, cases);
}

function measureRuns(runs, cases) {
  const samples = cases.map(() => []);
  for (let i = 0; i < runs; i++) cases.forEach((c, j) => samples[j].push(once(c.cmd, c.args)));
  return cases.map((c, j) => ({
    name: c.name,
    medianMs: median(samples[j].map((s) => s.ms)),
    minMs: Math.min(...samples[j].map((s) => s.ms)),
    peakMb: Math.max(...samples[j].map((s) => s.rssMb)),
  }));
}

function report(title, rows, base, target, runs = RUNS) {
  console.log(`\n${title} (${runs} runs each, interleaved)`);
  for (const r of rows) console.log(`  ${r.name.padEnd(44)} median ${r.medianMs.toFixed(0).padStart(5)} ms  min ${r.minMs.toFixed(0).padStart(5)} ms  peak ${r.peakMb.toFixed(0).padStart(4)} MB`);
  const [subject, reference] = [rows[0], rows[base]];
  const ratio = subject.medianMs / reference.medianMs;
  console.log(`  ratio ${ratio.toFixed(2)}x ${reference.name} (target <= ${target}x): ${ratio <= target ? 'met' : 'MISSED'}`);
}

function ensurePdftotext() {
  if (spawnSync('pdftotext', ['-v']).error === undefined) return true;
  console.log('installing poppler-utils for pdftotext …');
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
  spawnSync('apt-get', ['install', '-y', '-qq', 'poppler-utils'], { stdio: 'ignore' });
  return spawnSync('pdftotext', ['-v']).error === undefined;
}

const out = mkdtempSync(join(tmpdir(), 'nds-bench-'));
try {
  const md = join(root, 'fixtures', 'nds-2020.md');
  report(
    'Markdown edition, all record types, all formats',
    measure([
      { name: 'nds extract fixtures/nds-2020.md', cmd: process.execPath, args: [bin, 'extract', md, '-q', '-o', out] },
      { name: 'node -e 0', cmd: process.execPath, args: ['-e', '0'] },
    ]),
    1,
    3,
  );
  if (ensurePdftotext()) {
    const pdf = join(root, 'fixtures', 'nds-2020.pdf');
    const PDF_RUNS = Number(process.env.BENCH_PDF_RUNS ?? 7);
    const saved = RUNS;
    report(
      'PDF edition (tagged), all record types, all formats',
      measureRuns(PDF_RUNS, [
        { name: 'nds extract fixtures/nds-2020.pdf', cmd: process.execPath, args: [bin, 'extract', pdf, '-q', '-o', out] },
        { name: 'pdftotext -layout fixtures/nds-2020.pdf', cmd: 'pdftotext', args: ['-layout', pdf, join(out, 'nds.txt')] },
      ]),
      1,
      4,
      PDF_RUNS,
    );
    void saved;
  } else console.log('\npdftotext is not available: PDF benchmark skipped');
} finally {
  rmSync(out, { recursive: true, force: true });
}
