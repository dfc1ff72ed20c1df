import { CommanderError } from '@commander-js/extra-typings';
import { CspmError, errorMessage } from '../core/errors.js';
import { ExitCode } from '../core/exit-codes.js';
import { sanitizeForTerminal } from '../core/sanitize.js';
import { toolVersion } from '../core/version.js';
import { asStoreError, isSqliteError } from '../store/errors.js';
import type { CliDeps } from './deps.js';
import { createProgram } from './program.js';

const ISSUES_URL = 'https://github.com/cspm-dev/cspm/issues';

/**
 * The single place where failures become exit codes (changesets' pattern): expected errors print
 * one line and exit 2 (or their own code); anything else is reported as a bug, also exit 2.
 * `argv` excludes the node binary and script path.
 */
export async function main(argv: readonly string[], deps: CliDeps): Promise<ExitCode> {
  let code: ExitCode = ExitCode.OK;
  const program = createProgram(deps, (c) => {
    code = c;
  });
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    return handleError(error, deps);
  }
}

function handleError(error: unknown, deps: CliDeps): ExitCode {
  if (error instanceof CommanderError) {
    // Help and version exit 0; commander already printed its one-line message for the rest.
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return ExitCode.OK;
    if (error.exitCode === 0) return ExitCode.OK;
    return ExitCode.USAGE;
  }
  const known = error instanceof CspmError ? error : isSqliteError(error) ? asStoreError(error, 'history database') : null;
  if (known) {
    deps.stderr.write(`cspm: error: ${sanitizeForTerminal(known.message)}\n`);
    if (deps.env['CSPM_DEBUG'] && known.cause instanceof Error) deps.stderr.write(`${known.cause.stack ?? ''}\n`);
    return known.exitCode;
  }
  deps.stderr.write(`cspm: internal error: ${sanitizeForTerminal(errorMessage(error))}\n`);
  deps.stderr.write(
    `This is a bug in cspm ${toolVersion()} (node ${process.version}); please report it at ${ISSUES_URL} (set CSPM_DEBUG=1 for a stack trace).\n`,
  );
  if (deps.env['CSPM_DEBUG'] && error instanceof Error) deps.stderr.write(`${error.stack ?? ''}\n`);
  return ExitCode.USAGE;
}
