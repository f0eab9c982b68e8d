/**
 * What the CLI may touch of the process: its streams and whether stderr is a terminal. Tests pass
 * their own; bin/nds.js passes the real ones (processIo), which also turns stream failures and
 * signals into quiet, clean exits.
 */
import { runCleanups } from './cleanup';
import { describeFsError } from '../model/fs-errors';
import type { DocumentLoader } from '../load/index';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** True when stderr is a terminal (progress bars only then). */
  isTTY: boolean;
  /** The stream a progress bar draws on (only with isTTY). */
  stderrStream?: NodeJS.WritableStream;
  cwd: string;
  /**
   * The loader of input documents, when not the usual one: the tests of the CLI serve each PDF's
   * document model parsed once per test run (tests/helpers/models.ts).
   */
  load?: DocumentLoader;
}

/**
 * A reader that goes away (`| head`) ends the program quietly, as SIGPIPE ends other tools; any
 * other failure to write a stream (a full disk: `> /dev/full`) is one line on stderr and exit 2.
 */
function guardStream(stream: NodeJS.WriteStream, label: string): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    runCleanups();
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
    if (stream !== process.stderr) {
      try {
        process.stderr.write(`nds: cannot write to ${label}: ${describeFsError(error)}\n`);
      } catch {
        // stderr is gone too: the exit status is all that is left.
      }
    }
    process.exit(2);
  });
}

let installed = false;

/** Signals end the run like an error: temporary files are removed first (130 for ^C, 143 for TERM). */
function installSignalHandlers(): void {
  for (const [signal, status] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
    process.once(signal, () => {
      runCleanups();
      process.exit(status);
    });
  }
}

export function processIo(): CliIo {
  if (!installed) {
    installed = true;
    guardStream(process.stdout, 'standard output');
    guardStream(process.stderr, 'standard error');
    installSignalHandlers();
  }
  return {
    stdout: (t) => void process.stdout.write(t),
    stderr: (t) => void process.stderr.write(t),
    isTTY: Boolean(process.stderr.isTTY),
    stderrStream: process.stderr,
    cwd: process.cwd(),
  };
}
