#!/usr/bin/env node
// The process side of the CLI: run the bundled program, set the exit status. Nothing else.
import { run, processIo } from '../dist/nds.mjs';

process.exitCode = await run(process.argv.slice(2), processIo());
