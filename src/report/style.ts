import { Chalk, type ChalkInstance } from 'chalk';
import type { Severity } from '../core/types.js';

/** A chalk instance that is either full colour or plain, never guessing from the environment itself. */
export function palette(color: boolean): ChalkInstance {
  return new Chalk({ level: color ? 1 : 0 });
}

export function severityStyle(c: ChalkInstance, severity: Severity): (text: string) => string {
  switch (severity) {
    case 'critical':
      return (t) => c.bold.magenta(t);
    case 'high':
      return (t) => c.bold.red(t);
    case 'medium':
      return (t) => c.yellow(t);
    case 'low':
      return (t) => c.cyan(t);
    case 'info':
      return (t) => c.dim(t);
  }
}

/** Should colour be used: a TTY, and neither NO_COLOR nor TERM=dumb (https://no-color.org). */
export function colorEnabled(env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (env['NO_COLOR'] !== undefined && env['NO_COLOR'] !== '') return false;
  if (env['FORCE_COLOR'] !== undefined && env['FORCE_COLOR'] !== '0') return true;
  if (env['TERM'] === 'dumb') return false;
  return isTTY;
}
