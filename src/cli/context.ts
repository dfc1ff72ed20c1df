import { homedir as osHomedir } from 'node:os';
import { join, resolve } from 'node:path';
import { UsageError } from '../core/errors.js';
import { writeFileAtomic } from '../core/fs.js';
import { createLogger, type Logger } from '../core/logger.js';
import { RuleRegistry } from '../engine/registry.js';
import { colorEnabled } from '../report/style.js';
import type { ReportContext } from '../report/types.js';
import type { OpenStoreOptions, Store } from '../store/db.js';
import { asStoreError, isSqliteError } from '../store/errors.js';
import { loadConfig, type LoadedConfig } from './config.js';
import type { CliDeps } from './deps.js';

export interface GlobalOptions {
  readonly config?: string;
  readonly color?: boolean;
}

/** What every command needs: deps, the loaded config, the rule registry and stderr logging. */
export interface CommandContext {
  readonly deps: CliDeps;
  readonly config: LoadedConfig;
  readonly registry: RuleRegistry;
  readonly logger: Logger;
  readonly colorOut: boolean;
}

/** How a command's context is built. */
export interface ContextOptions {
  /** Stderr logging at warnings only. */
  readonly quiet?: boolean | undefined;
  /** False for commands that never read the checks (history, prune, detect, ...): they skip loading the catalogue. */
  readonly withRules?: boolean;
}

export async function commandContext(deps: CliDeps, globals: GlobalOptions, options: ContextOptions = {}): Promise<CommandContext> {
  const config = loadConfig({ explicitPath: globals.config ?? deps.env['CSPM_CONFIG'], cwd: deps.cwd, homedir: deps.homedir });
  const registry = options.withRules === false ? null : new RuleRegistry(typeof deps.rules === 'function' ? await deps.rules() : deps.rules);
  return {
    deps,
    config,
    get registry(): RuleRegistry {
      if (registry === null) throw new Error('this command was set up without the check catalogue (withRules: false)');
      return registry;
    },
    logger: createLogger(deps.stderr, { level: options.quiet ? 'warn' : 'info' }),
    colorOut: globals.color !== false && colorEnabled(deps.env, deps.stdout.isTTY === true),
  };
}

/** --db beats CSPM_DB (commander reads both into the flag) beats the config file beats ~/.cspm/cspm.db. */
export function dbPath(ctx: CommandContext, flag: string | undefined): string {
  const chosen = flag ?? envValue(ctx, 'CSPM_DB') ?? ctx.config.values.db;
  if (chosen === ':memory:') return chosen;
  if (chosen !== undefined) return resolve(ctx.deps.cwd, chosen.replace(/^~(?=$|\/)/, ctx.deps.homedir || osHomedir()));
  return join(ctx.deps.homedir, '.cspm', 'cspm.db');
}

/** Opens the store, runs `fn`, always closes; SQLite failures become one-line StoreErrors. */
export async function withStore<T>(path: string, options: OpenStoreOptions, fn: (store: Store) => Promise<T>): Promise<T> {
  const { openStore } = await import('../store/db.js');
  const store = await openStore(path, options);
  try {
    return await fn(store);
  } catch (error) {
    if (isSqliteError(error)) throw asStoreError(error, path);
    throw error;
  } finally {
    await store.close();
  }
}

export function reportContext(ctx: CommandContext, forFile: boolean): ReportContext {
  return {
    rules: ctx.registry,
    color: forFile ? false : ctx.colorOut,
    width: ctx.deps.stdout.columns ?? 120,
  };
}

/** Sends a rendered report to stdout, or to --output (atomically) with a note on stderr. */
export function emit(ctx: CommandContext, text: string, output: string | undefined, quiet = false): void {
  if (output === undefined) {
    ctx.deps.stdout.write(text);
    return;
  }
  const path = resolve(ctx.deps.cwd, output);
  writeFileAtomic(path, text);
  if (!quiet) ctx.logger.info(`Report written to ${path}`);
}

/** A CSPM_* environment variable from the injected environment (empty counts as unset). */
export function envValue(ctx: CommandContext, name: string): string | undefined {
  const value = ctx.deps.env[name];
  return value === undefined || value === '' ? undefined : value;
}

export function requireChoice<T extends string>(value: string, choices: readonly T[], what: string): T {
  if (!(choices as readonly string[]).includes(value)) throw new UsageError(`${what} '${value}' is not one of: ${choices.join(', ')}`);
  return value as T;
}
