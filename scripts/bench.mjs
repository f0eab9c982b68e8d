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

if (!existsSync(join(root, 'dist', 'nds.cjs'))) spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { stdio: 'inherit' });

function once(cmd, args, ok = [0]) {
  const argv = hasTime ? ['-f', '%M', cmd, ...args] : args;
  const exe = hasTime ? '/usr/bin/time' : cmd;
  const start = performance.now();
  const r = spawnSync(exe, argv, { encoding: 'utf8' });
  const ms = performance.now() - start;
  if (!ok.includes(r.status)) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`);
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
  for (let i = 0; i < runs; i++) cases.forEach((c, j) => samples[j].push(once(c.cmd, c.args, c.ok)));
  return cases.map((c, j) => ({
    name: c.name,
    medianMs: median(samples[j].map((s) => s.ms)),
    minMs: Math.min(...samples[j].map((s) => s.ms)),
    maxMs: Math.max(...samples[j].map((s) => s.ms)),
    peakMb: Math.max(...samples[j].map((s) => s.rssMb)),
  }));
}

function spread(row) {
  return `${row.minMs.toFixed(0)}–${row.maxMs.toFixed(0)}`;
}

/** Every target this run measured, for the closing table (the figures side by side). */
const targets = [];

function target(what, value, limit, unit, spreadText) {
  // (Ratios at most the limit; memory below it.)
  targets.push({ what, value, limit, unit, spreadText, met: unit === 'x' ? value <= limit : value < limit });
}

/** A ratio's range over the runs: the fastest subject over the slowest base, and the other way. */
function ratioSpread(a, b) {
  return `${(a.minMs / b.maxMs).toFixed(2)}–${(a.maxMs / b.minMs).toFixed(2)}x`;
}

function report(title, rows, comparisons, runs = RUNS) {
  console.log(`\n${title} (${runs} runs each, interleaved; median, min–max, peak memory)`);
  for (const r of rows) console.log(`  ${r.name.padEnd(52)} ${r.medianMs.toFixed(0).padStart(6)} ms  ${spread(r).padStart(11)} ms  ${r.peakMb.toFixed(0).padStart(4)} MB`);
  for (const [subject, base, limit, label] of comparisons) {
    const ratio = rows[subject].medianMs / rows[base].medianMs;
    console.log(`  ratio ${rows[subject].name} / ${rows[base].name}: ${ratio.toFixed(2)}x (${label} <= ${limit}x: ${ratio <= limit ? 'met' : 'MISSED'})`);
    target(`${rows[subject].name}: ${label}`, ratio, limit, 'x', runs > 1 ? ratioSpread(rows[subject], rows[base]) : 'one run');
  }
  return rows;
}

/** The closing table: each target, what this run measured, met or missed. */
function summary() {
  if (targets.length === 0) return;
  console.log('\nTargets (this run; a ratio of medians, with its range over the runs; peak memory the highest of the runs)');
  for (const t of targets) {
    const value = t.unit === 'x' ? `${t.value.toFixed(2)}x` : `${t.value.toFixed(0)} ${t.unit}`;
    const limit = t.unit === 'x' ? `<= ${t.limit}x` : `< ${t.limit} ${t.unit}`;
    console.log(`  ${t.what.padEnd(70)} ${value.padStart(7)}  (${t.spreadText.padStart(12)})  target ${limit.padEnd(9)} ${t.met ? 'met' : 'MISSED'}`);
  }
}

function ensurePdftotext() {
  if (spawnSync('pdftotext', ['-v']).error === undefined) return true;
  console.log('installing poppler-utils for pdftotext …');
  spawnSync('apt-get', ['update', '-qq'], { stdio: 'ignore' });
  spawnSync('apt-get', ['install', '-y', '-qq', 'poppler-utils'], { stdio: 'ignore' });
  return spawnSync('pdftotext', ['-v']).error === undefined;
}

/** Where one run's time goes: the stage timings NDS_TIMING=1 prints (medians of a few runs). */
function stages(title, args, runs = 5) {
  const seen = new Map();
  for (let i = 0; i < runs; i++) {
    const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, NDS_TIMING: '1' } });
    for (const line of r.stderr.split('\n')) {
      const m = /^nds timing: (.+?)\s+([\d.]+) ms\s+\(at (\d+) ms\)/.exec(line);
      if (!m) continue;
      if (!seen.has(m[1])) seen.set(m[1], { took: [], at: [] });
      seen.get(m[1]).took.push(Number(m[2]));
      seen.get(m[1]).at.push(Number(m[3]));
    }
  }
  console.log(`\n${title}: where the time goes (NDS_TIMING=1, medians of ${runs} runs; "at" counts from the process start)`);
  for (const [stage, v] of seen) console.log(`  ${stage.padEnd(34)} ${median(v.took).toFixed(1).padStart(7)} ms   at ${String(median(v.at)).padStart(5)} ms`);
}

const out = mkdtempSync(join(tmpdir(), 'nds-bench-'));
try {
  const md = join(root, 'fixtures', 'nds-2020.md');
  report(
    'Markdown edition, all record types',
    measure([
      { name: 'nds extract nds-2020.md (all formats)', cmd: process.execPath, args: [bin, 'extract', md, '-q', '-o', join(out, 'a')] },
      { name: 'nds extract nds-2020.md -f json,yaml,csv', cmd: process.execPath, args: [bin, 'extract', md, '-q', '-o', join(out, 'b'), '-f', 'json,yaml,csv'] },
      { name: 'nds extract nds-2020.md -f json', cmd: process.execPath, args: [bin, 'extract', md, '-q', '-o', join(out, 'c'), '-f', 'json'] },
      { name: 'nds --version', cmd: process.execPath, args: [bin, '--version'] },
      { name: 'node -e 0', cmd: process.execPath, args: ['-e', '0'] },
    ]),
    [
      [0, 4, 3, 'all formats vs Node start'],
      [1, 4, 3, 'json,yaml,csv vs Node start'],
    ],
  );
  stages('Markdown edition, all formats', ['extract', md, '-q', '-o', join(out, 'a')]);
  if (ensurePdftotext()) {
    const PDF_RUNS = Number(process.env.BENCH_PDF_RUNS ?? 5);
    for (const pdf of [join(root, 'fixtures', 'nds-2020.pdf'), join(root, 'tests', 'fixtures', 'producers', 'weasyprint-report.pdf')]) {
      const name = pdf.split('/').pop();
      const rows = report(
        `PDF ${name}, all record types, all formats`,
        measureRuns(PDF_RUNS, [
          { name: `nds extract ${name}`, cmd: process.execPath, args: [bin, 'extract', pdf, '-q', '-o', join(out, 'p')] },
          { name: 'pdfjs-dist bare text, one thread', cmd: process.execPath, args: [join(root, 'scripts', 'pdfjs-text.mjs'), pdf] },
          { name: 'pdftotext -layout', cmd: 'pdftotext', args: ['-layout', pdf, join(out, 'nds.txt')] },
        ]),
        [
          [0, 1, 1, 'vs pdfjs bare text'],
          [0, 2, 4, 'vs pdftotext'],
        ],
        PDF_RUNS,
      );
      if (name === 'nds-2020.pdf') target(`nds extract ${name} (55 pages): peak memory`, rows[0].peakMb, 300, 'MB', `${PDF_RUNS} runs`);
      stages(`PDF ${name}, all formats`, ['extract', pdf, '-q', '-o', join(out, 'p')], 3);
    }
    const big = join(out, 'nds-x20.pdf');
    const pdf = join(root, 'fixtures', 'nds-2020.pdf');
    if (spawnSync('pdfunite', [...Array(20).fill(pdf), big]).status === 0) {
      const rows = report(
        'The PDF 20 times over (1,100 pages): every record type read 20 times, so --partial (duplicate keys)',
        measureRuns(1, [
          { name: 'nds extract nds-x20.pdf --partial', cmd: process.execPath, args: [bin, 'extract', big, '-q', '--partial', '-f', 'json', '-o', join(out, 'x')], ok: [0, 1] },
          { name: 'pdfjs-dist bare text, one thread', cmd: process.execPath, args: [join(root, 'scripts', 'pdfjs-text.mjs'), big] },
          { name: 'pdftotext -layout', cmd: 'pdftotext', args: ['-layout', big, join(out, 'x.txt')] },
        ]),
        [[0, 1, 1, 'vs pdfjs bare text']],
        1,
      );
      target('nds extract nds-x20.pdf (1,100 pages): peak memory', rows[0].peakMb, 400, 'MB', 'one run');
    }
  } else console.log('\npdftotext is not available: PDF benchmarks skipped');
  summary();
} finally {
  rmSync(out, { recursive: true, force: true });
}
