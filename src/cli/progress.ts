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

export async function createProgress(io: CliIo, label: string): Promise<Progress> {
  if (!io.isTTY) return SILENT;
  const { SingleBar, Presets } = await import('cli-progress');
  const bar = new SingleBar(
    { format: `${label} [{bar}] {value}/{total} pages`, stream: process.stderr, hideCursor: true, clearOnComplete: true },
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
