/**
 * The command line: parses arguments with commander and hands each command to its module (loaded
 * when that command runs, so that `extract` does not pay for `diff` or `validate`).
 * Returns an exit status (0 ok, 1 problems found, 2 unusable input or usage); never exits itself.
 */
import { Command, CommanderError } from 'commander';
import { NdsError } from '../model/diagnostics';
import { TOOL_VERSION } from '../version';
import { describeFsError, isFsError } from '../model/fs-errors';
import type { ExtractFlags } from './extract';
import type { CliIo } from './io';
import type { DiffFlags } from './diff';
import type { InspectFlags } from './inspect';
import type { ReportFlags } from './report-page';

function program(io: CliIo, setStatus: (code: number) => void): Command {
  const cmd = new Command('nds')
    .description('Turns the Dutch national digitalisation strategy (NDS) into validated open data')
    .version(TOOL_VERSION)
    .exitOverride()
    .showHelpAfterError('(nds --help lists the commands)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  cmd
    .command('extract')
    .description('extract every record type from an NDS document (.md, .pdf or .html) into a dataset directory')
    .argument('[input]', 'the NDS document; default: the bundled fixtures/nds-2020.md')
    .option('-o, --out <dir>', 'output directory, or - to stream one type in one format to stdout', 'out')
    .option('-f, --format <list>', 'formats to write: json,yaml,csv (one file per type), geojson (the Proeftuin map layer), sqlite (nds.sqlite)', 'json,yaml,csv,geojson,sqlite')
    .option('--only <types>', 'record types to extract, comma-separated')
    .option('--check', 'compare with the output directory instead of writing; exit 1 when it differs')
    .option('-v, --verbose', 'print every note, not only warnings')
    .option('-q, --quiet', 'print nothing on success')
    .option('--excel', 'CSV for spreadsheets: text cells that start like a formula (= + - @) get a leading apostrophe, recorded in datapackage.json')
    .option('--partial', 'write what was read even when some content could not be (document.json: allRead false, unread)')
    .action(async (input: string | undefined, flags: ExtractFlags) => setStatus(await (await import('./extract')).runExtract(input, flags, io)));
  cmd
    .command('validate')
    .description('check a dataset directory: every file parses, every record fits its schema, hashes match datapackage.json')
    .argument('<dir>', 'the dataset directory written by nds extract')
    .action(async (dir: string) => setStatus(await (await import('./validate')).runValidate(dir, io)));
  cmd
    .command('inspect')
    .description('show the document model a loader produced: sections, blocks, tables with rows and cells, page or line')
    .argument('<file>', 'the document: .md, .pdf or .html')
    .option('--json', 'print the document model as JSON')
    .option('--section <id>', 'only this section (e.g. "Bijlage 1", "2.2")')
    .option('--width <n>', 'characters of text to show per block', '100')
    .action(async (file: string, flags: InspectFlags) => setStatus(await (await import('./inspect')).runInspect(file, flags, io)));
  cmd
    .command('report')
    .description('write one self-contained HTML page about a dataset: what was read and lacked, the actions (filterable), budget charts, a map of the Proeftuin locations')
    .argument('[input]', 'a dataset directory written by nds extract, or a document (.md, .pdf, .html); default: the bundled edition')
    .option('-o, --out <file>', 'the HTML file; default DIR/report.html, or out/report.html for a document')
    .option('--partial', 'for a document: report what was read even when some content could not be')
    .action(async (input: string | undefined, flags: ReportFlags) => setStatus(await (await import('./report-page')).runReport(input, flags, io)));
  cmd
    .command('diff')
    .description('what changed between two NDS editions (documents or dataset directories); exit 0 same, 1 different, 2 trouble')
    .argument('<old>', 'the older edition: .md, .pdf, .html, or a dataset directory')
    .argument('<new>', 'the newer edition')
    .option('--format <format>', 'md (a readable report), json or csv', 'md')
    .option('--only <types>', 'record types to compare, comma-separated')
    .action(async (oldSide: string, newSide: string, flags: DiffFlags) => setStatus(await (await import('./diff')).runDiff(oldSide, newSide, flags, io)));
  return cmd;
}

/** Runs the CLI with user arguments (without `node` and the script path). */
export async function run(argv: string[], io: CliIo): Promise<number> {
  let status = 0;
  try {
    await program(io, (code) => (status = code)).parseAsync(argv, { from: 'user' });
    return status;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof NdsError) {
      io.stderr(`nds: ${error.file ? `${error.file}: ` : ''}${error.message}\n`);
      return 2;
    }
    if (isFsError(error)) {
      const path = (error as NodeJS.ErrnoException).path;
      io.stderr(`nds: ${path ? `${path}: ` : ''}${describeFsError(error)}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`nds: internal error (a bug: please report it with the input): ${message}\n`);
    return 2;
  }
}
