import { ExitCode } from './exit-codes.js';

/**
 * Every expected failure is a CspmError: the CLI prints `message` as one line on stderr and exits
 * with `exitCode`. Anything else that escapes is an InternalError ("this is a bug").
 */
export class CspmError extends Error {
  readonly code: string;
  readonly exitCode: ExitCode;

  constructor(code: string, message: string, exitCode: ExitCode, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
    this.exitCode = exitCode;
  }
}

/** A bad flag, argument or flag combination. */
export class UsageError extends CspmError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('usage', message, ExitCode.USAGE, options);
  }
}

/** A config file that cannot be read or does not validate. */
export class ConfigError extends CspmError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('config', message, ExitCode.USAGE, options);
  }
}

/** An input file (inventory, suppression list, report, log) that cannot be read or does not validate. */
export class InputError extends CspmError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('input', message, ExitCode.USAGE, options);
  }
}

/** Missing, expired or refused cloud credentials. */
export class CredentialsError extends CspmError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('credentials', message, ExitCode.USAGE, options);
  }
}

/** The history database cannot be opened, is not ours, is corrupt, or a migration failed. */
export class StoreError extends CspmError {
  readonly migrationName: string | null;

  constructor(message: string, options?: { cause?: unknown; migrationName?: string }) {
    super('store', message, ExitCode.USAGE, options);
    this.migrationName = options?.migrationName ?? null;
  }
}

/** A bug in cspm. */
export class InternalError extends CspmError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('internal', message, ExitCode.USAGE, options);
  }
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}
