/**
 * The exit-code contract CI relies on (docs/exit-codes.md):
 * 0 clean, 1 findings at or above --fail-on, 2 usage/config/input/store error, 3 scan incomplete.
 */
export const ExitCode = Object.freeze({
  OK: 0,
  FINDINGS: 1,
  USAGE: 2,
  INCOMPLETE: 3,
} as const);
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A fatal code is never overwritten by a later, lower one. */
export function worstExitCode(a: ExitCode, b: ExitCode): ExitCode {
  const rank = (code: ExitCode): number => (code === ExitCode.USAGE ? 3 : code === ExitCode.INCOMPLETE ? 2 : code);
  return rank(a) >= rank(b) ? a : b;
}
