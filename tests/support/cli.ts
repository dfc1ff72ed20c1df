/** Runs the real CLI entry point (`main`) in-process with string sinks and a temporary home. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { allRules } from '../../rules/index.js';
import type { CliDeps } from '../../src/cli/deps.js';
import { main } from '../../src/cli/main.js';
import type { ExitCode } from '../../src/core/exit-codes.js';

export interface CliRun {
  readonly code: ExitCode;
  readonly stdout: string;
  readonly stderr: string;
}

export interface CliSandbox {
  readonly dir: string;
  readonly home: string;
  readonly db: string;
  run(argv: readonly string[], overrides?: Partial<CliDeps>): Promise<CliRun>;
  cleanup(): void;
}

/** A temporary working directory and home, so tests never touch ~/.cspm. */
export function cliSandbox(env: Readonly<Record<string, string>> = {}): CliSandbox {
  const dir = mkdtempSync(join(tmpdir(), 'cspm-test-'));
  const home = join(dir, 'home');
  return {
    dir,
    home,
    db: join(home, '.cspm', 'cspm.db'),
    async run(argv, overrides = {}) {
      let stdout = '';
      let stderr = '';
      const code = await main(argv, {
        stdout: { write: (s: string) => void (stdout += s), isTTY: false },
        stderr: { write: (s: string) => void (stderr += s), isTTY: false },
        env: { ...env },
        cwd: dir,
        homedir: home,
        now: () => new Date('2026-11-02T10:00:00.000Z'),
        rules: allRules,
        ...overrides,
      });
      return { code, stdout, stderr };
    },
    cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
