/** The collection progress line on stderr: drawn only on a TTY, redrawn in place, cleared at the end. */
import type { ProgressReporter } from '../providers/types.js';
import type { OutputStream } from './deps.js';
import { sanitizeForTerminal } from '../core/sanitize.js';

export interface TerminalProgress extends ProgressReporter {
  finish(): void;
}

const REDRAW_MS = 80;

export function terminalProgress(stream: OutputStream, clock: () => number = Date.now): TerminalProgress {
  if (stream.isTTY !== true) return { plan: () => undefined, done: () => undefined, finish: () => undefined };
  let total = 0;
  let done = 0;
  let failed = 0;
  let last = 0;
  let drawn = false;
  const draw = (label: string, force = false): void => {
    const now = clock();
    if (!force && now - last < REDRAW_MS) return;
    last = now;
    const width = Math.max(20, (stream.columns ?? 80) - 1);
    const text = `Collecting: ${done}/${total} services × regions done${failed > 0 ? `, ${failed} with errors` : ''} · ${sanitizeForTerminal(label)}`;
    stream.write(`\r\x1b[2K${text.slice(0, width)}`);
    drawn = true;
  };
  return {
    plan(units) {
      total += units;
      draw('starting', true);
    },
    done(label, hadErrors) {
      done++;
      if (hadErrors) failed++;
      draw(label, done === total);
    },
    finish() {
      if (drawn) stream.write('\r\x1b[2K');
    },
  };
}
