/**
 * Runs the command that ships (bin/nds.js over the dist/ bundle built by tests/global-setup.ts)
 * as a user would: a real process, optionally in a pseudo-terminal or a pipe, with its exit status,
 * streams, wall time and peak memory.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, tempDir } from './fixture';

export const BIN = join(ROOT, 'bin', 'nds.js');
const RSS = join(ROOT, 'tests', 'helpers', 'max-rss.mjs');

export interface ShippedResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident memory of the CLI process, in MB. */
  peakMb: number;
}

export interface ShippedOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  timeoutMs?: number;
}

/** Runs `node bin/nds.js ...args` and waits for it (asynchronously: tests may run several at once). */
export function runShipped(args: string[], options: ShippedOptions = {}): Promise<ShippedResult> {
  const rssFile = join(tempDir('nds-rss-'), 'rss');
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', RSS, BIN, ...args], {
      cwd: options.cwd ?? ROOT,
      env: { ...process.env, ...options.env, NDS_TEST_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('close', (status, signal) => {
      clearTimeout(timer);
      const peakMb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : NaN;
      resolve({ status, signal, stdout, stderr, ms: Date.now() - started, peakMb });
    });
  });
}

/** Runs a shell command line (bash) with BIN available as $NDS; returns status and output. */
export function runShell(script: string, cwd = ROOT): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync('bash', ['-c', script], { cwd, encoding: 'utf8', env: { ...process.env, NDS: `${process.execPath} ${BIN}` }, timeout: 120_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A stack trace or an internal error: never acceptable in what a user sees. */
export const CRASH = /internal error|\n\s+at .+:\d+:\d+|Error: .*\n\s+at |node:internal/;
