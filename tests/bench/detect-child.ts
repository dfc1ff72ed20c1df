/**
 * Runs `cspm detect` once in a fresh process (so its peak memory is its own) and prints one JSON
 * line: exit code, wall time, events, files, alerts and peak RSS. Used by the detection bench suite.
 */
import { main } from '../../src/cli/main.js';

const [dir, db, home] = process.argv.slice(2);
if (!dir || !db || !home) throw new Error('usage: detect-child <logs> <db> <home>');
let report = '';
const start = process.hrtime.bigint();
const code = await main(['detect', dir, '--db', db, '-q', '-f', 'json'], {
  stdout: { write: (s: string) => void (report += s) },
  stderr: process.stderr,
  env: {},
  cwd: process.cwd(),
  homedir: home,
  now: () => new Date(),
  rules: [],
});
const ms = Number(process.hrtime.bigint() - start) / 1e6;
const out = JSON.parse(report) as { summary: { events: number; files: number }; alerts: unknown[] };
console.log(
  JSON.stringify({
    code,
    ms,
    events: out.summary.events,
    files: out.summary.files,
    alerts: out.alerts.length,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  }),
);
