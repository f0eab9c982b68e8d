// Preloaded into a CLI run by tests (node --import): writes the process's peak memory (kB) to the
// file named by NDS_TEST_RSS_FILE when it exits, so a test can bound the memory of what ships.
import { writeFileSync } from 'node:fs';

const file = process.env.NDS_TEST_RSS_FILE;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
