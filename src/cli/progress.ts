/**
 * A progress bar on stderr while pages are read — only when stderr is a terminal; CI logs and pipes
 * stay clean.
 */
import type { CliIo } from './io';

export interface Progress {
  update: (done: number, total: number) => void;
  stop: () => void;
}

const SILENT: Progress = { update: () => undefined, stop: () => undefined };

type CliProgress = typeof import('cli-progress');

/**
 * cli-progress is CommonJS: under Node's ESM loader (and in the esbuild bundle) its exports arrive
 * as the `default` export only; under the test runner they may arrive as named exports too.
 */
export function cliProgressExports(mod: CliProgress | { default: CliProgress }): CliProgress {
  return 'default' in mod && mod.default ? mod.default : (mod as CliProgress);
}

export async function createProgress(io: CliIo, label: string): Promise<Progress> {
  if (!io.isTTY || !io.stderrStream) return SILENT;
  const { SingleBar, Presets } = cliProgressExports(await import('cli-progress'));
  const bar = new SingleBar(
    { format: `${label} [{bar}] {value}/{total} pages`, stream: io.stderrStream, hideCursor: true, clearOnComplete: true },
    Presets.shades_classic,
  );
  let started = false;
  return {
    update: (done, total) => {
      if (total <= 0) return;
      if (!started) {
        bar.start(total, 0);
        started = true;
      }
      bar.setTotal(total);
      bar.update(done);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}
