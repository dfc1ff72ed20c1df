/**
 * What each command's commander wiring needs. Actions import their command module and build the
 * command context (config, rule catalogue, logger) only when they run, so `cspm --help` and
 * `cspm --version` load neither SQLite, nor the reporters, nor the checks, nor any cloud SDK.
 */
import type { ExitCode } from '../core/exit-codes.js';
import type { CommandContext, ContextOptions, GlobalOptions } from './context.js';
import type { CliDeps } from './deps.js';

export interface Wiring {
  readonly deps: CliDeps;
  readonly setExitCode: (code: ExitCode) => void;
  /** The command context, built when a command runs. */
  readonly context: (options?: ContextOptions) => Promise<CommandContext>;
}

export function createWiring(deps: CliDeps, setExitCode: (code: ExitCode) => void, globals: () => GlobalOptions): Wiring {
  return {
    deps,
    setExitCode,
    context: async (options = {}) => (await import('./context.js')).commandContext(deps, globals(), options),
  };
}
