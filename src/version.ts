/** The tool's name and version, from package.json (bundled in at build time). */
import pkg from '../package.json';

export const TOOL_NAME: string = pkg.name;
export const TOOL_VERSION: string = pkg.version;
