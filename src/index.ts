/**
 * Entry of the bundle: the command line. Each command's modules (the pipeline among them) load
 * when that command runs, so that `nds --version` and `nds --help` compile commander alone.
 */
export { run } from './cli/main';
export { processIo } from './cli/io';
