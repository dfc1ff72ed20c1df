/**
 * bin/cspm.ts as a real process (through tsx, so never a stale dist/): output and exit code reach
 * the shell. (The closed-pipe handling is tested in stdout.test.ts.)
 */
import { describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TIMEOUT = 120_000;

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

const NODE_ARGS = ['--disable-warning=ExperimentalWarning', '--import', 'tsx', 'bin/cspm.ts'];

function finished(proc: ReturnType<typeof spawn>): Promise<Run> {
  let stdout = '';
  let stderr = '';
  proc.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  proc.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve) => proc.on('close', (code) => resolve({ code, stdout, stderr })));
}

function cspm(args: readonly string[], nodeArgs: readonly string[] = []): Promise<Run> {
  return finished(
    spawn(process.execPath, [...nodeArgs, ...NODE_ARGS, ...args], { cwd: root, env: { ...process.env, NO_COLOR: '1' }, stdio: ['ignore', 'pipe', 'pipe'] }),
  );
}

/** Makes the process print every module it loads to stderr, one `loaded: URL` line each. */
const TRACE_IMPORTS = fileURLToPath(new URL('../support/trace-imports.js', import.meta.url));

describe('bin/cspm', () => {
  it(
    'prints the version and exits 0; a usage error exits 2 with one line',
    async () => {
      const version = await cspm(['--version']);
      expect(version).toMatchObject({ code: 0, stdout: expect.stringMatching(/^\d+\.\d+\.\d+\n$/) });
      const bad = await cspm(['scan', '--fail-on', 'worst']);
      expect(bad.code).toBe(2);
      expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    },
    TIMEOUT,
  );

  it(
    '--help and --version load no check, no SQLite, no reporter and no cloud SDK (they start instantly)',
    async () => {
      for (const args of [['--help'], ['--version'], ['scan', '--help']]) {
        const run = await cspm(args, ['--import', TRACE_IMPORTS]);
        expect(run.code).toBe(0);
        const loaded = run.stderr.split('\n').filter((l) => l.startsWith('loaded: '));
        expect(loaded.some((l) => l.includes('/src/cli/program.ts'))).toBe(true);
        expect(loaded.filter((l) => /\/rules\/|better-sqlite3|kysely|@aws-sdk|@azure|\/src\/report\/(?!formats)|\/commands\//.test(l))).toEqual([]);
      }
    },
    TIMEOUT,
  );
});
