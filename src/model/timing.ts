/**
 * Stage timings for people measuring the tool (`NDS_TIMING=1`): one line per stage on standard
 * error, milliseconds since the previous mark and since the process started. Off by default; the
 * benchmark (`npm run bench`) uses it to say where the time goes.
 */
const enabled = process.env.NDS_TIMING === '1';
let last = performance.now();

export function mark(stage: string): void {
  if (!enabled) return;
  const now = performance.now();
  process.stderr.write(`nds timing: ${stage.padEnd(24)} ${(now - last).toFixed(1).padStart(7)} ms  (at ${now.toFixed(0)} ms)\n`);
  last = now;
}
