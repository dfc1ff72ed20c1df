import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { fmtMs, mdTable, type BenchSuite } from '../suite.js';

const BIN = fileURLToPath(new URL('../../../dist/bin/cspm.js', import.meta.url));
const RUNS = 11;

const COMMANDS: readonly (readonly string[])[] = [
  ['--version'],
  ['--help'],
  ['scan', '--help'],
  ['rules', 'list', '--format', 'json'],
  ['scan', '--demo', '--no-store', '--format', 'json'],
];

/** Wall time of the built CLI, whole process, from spawn to exit (Node's own start included). */
function measure(args: readonly string[]): number {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`cspm ${args.join(' ')} exited ${String(run.status)}: ${run.stderr}`);
  return ms;
}

/** The brief: `cspm --help` instant; SDKs, SQLite, reporters and the checks load only when a command needs them. */
export const startupSuite: BenchSuite = {
  id: 'startup',
  title: 'CLI start-up',
  run() {
    const node = spawnBaseline();
    const rows = COMMANDS.map((args) => {
      measure(args); // warm the file cache
      const times = Array.from({ length: RUNS }, () => measure(args)).sort((a, b) => a - b);
      return [`\`cspm ${args.join(' ')}\``, fmtMs(times[Math.floor(RUNS / 2)] ?? 0), fmtMs(times[0] ?? 0)];
    });
    return Promise.resolve(
      [
        `The built CLI (dist/bin/cspm.js) spawned as a user runs it, whole process from spawn to exit; median and fastest of ${RUNS} runs after one warm-up.`,
        `For scale: \`node -e ""\` alone takes ${fmtMs(node)} on this machine.`,
        '',
        mdTable(['Command', 'Median', 'Fastest'], rows),
      ].join('\n'),
    );
  },
};

/** Median start-and-exit time of Node itself. */
function spawnBaseline(): number {
  const times = Array.from({ length: RUNS }, () => {
    const start = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '']);
    return Number(process.hrtime.bigint() - start) / 1e6;
  }).sort((a, b) => a - b);
  return times[Math.floor(RUNS / 2)] ?? 0;
}
