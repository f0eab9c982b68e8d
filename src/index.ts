/** Entry of the bundle: the CLI and the pipeline for programmatic use. */
export { run } from './cli/main';
export { processIo } from './cli/io';
export { extractDocument, extractFromModel } from './pipeline';
