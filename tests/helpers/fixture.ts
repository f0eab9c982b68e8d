/** Shared test helpers: the real fixtures, loaded once per test file, and a CLI runner. */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, inject } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/main';
import type { CliIo } from '../../src/cli/io';
import { loadMarkdown } from '../../src/load/markdown';
import type { DocumentModel } from '../../src/model/document';
import { extractFromModel, type Extraction } from '../../src/pipeline';
import { segmentDocument, type SegmentedDocument } from '../../src/segment/sections';

export const ROOT = join(__dirname, '..', '..');
export const FIXTURES = join(ROOT, 'fixtures');
export const MD_PATH = join(FIXTURES, 'nds-2020.md');

let model: DocumentModel | null = null;
let extraction: Extraction | null = null;

export function markdownText(): string {
  return readFileSync(MD_PATH, 'utf8');
}

export function markdownModel(): DocumentModel {
  return (model ??= loadMarkdown(markdownText(), 'nds-2020.md'));
}

export function segmented(): SegmentedDocument {
  return segmentDocument(markdownModel()).value;
}

export function markdownExtraction(): Extraction {
  return (extraction ??= extractFromModel(markdownModel()));
}

/** A fresh directory under the run's scratch directory (removed when the run ends; see global-setup.ts). */
export function tempDir(prefix = 'nds-test-'): string {
  return mkdtempSync(join(inject('scratchRoot') ?? tmpdir(), prefix));
}

export interface CliResult {
  status: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with captured streams. */
export async function runCli(args: string[], cwd = ROOT): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  // (A PDF's document model comes from the run's cache: parsed once per test run, not per test.)
  const { cachedLoader } = await import('./models');
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTTY: false, cwd, load: cachedLoader };
  const status = await run(args, io);
  return { status, stdout, stderr };
}

/** A dataset written by `nds extract` from the markdown fixture, in a fresh temporary directory. */
export async function extractedDataset(name = 'out'): Promise<string> {
  const out = join(tempDir(), name);
  expect((await runCli(['extract', MD_PATH, '-o', out, '-q'])).status).toBe(0);
  return out;
}

/**
 * Asserts that `nds extract input` refuses: exit 2, one stderr line matching `message`, nothing on
 * stdout, and an existing output directory left exactly as it was.
 */
export async function expectRefused(input: string, message: RegExp): Promise<void> {
  const out = join(tempDir(), 'existing');
  mkdirSync(out);
  writeFileSync(join(out, 'actions.json'), 'earlier content\n');
  const result = await runCli(['extract', input, '-o', out]);
  expect(result.status).toBe(2);
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stdout).toBe('');
  expect(readdirSync(out)).toEqual(['actions.json']);
  expect(readFileSync(join(out, 'actions.json'), 'utf8')).toBe('earlier content\n');
}
