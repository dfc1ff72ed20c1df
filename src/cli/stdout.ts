/** The process's stdout as the CLI writes it: a reader that closes the pipe early ends the output, not the command. */
import type { OutputStream } from './deps.js';

/** The part of a tty or pipe stream the CLI needs. */
export interface ProcessStdout {
  write(text: string): unknown;
  on(event: 'error', listener: (error: NodeJS.ErrnoException) => void): unknown;
  readonly isTTY?: boolean | undefined;
  readonly columns?: number | undefined;
}

/**
 * `cspm report | head`: once the reader is gone (EPIPE), further output is dropped instead of
 * crashing with an unhandled 'error' event, so the scan is still stored and the exit code still
 * reflects the findings. Any other stream error is thrown as before.
 */
export function pipeSafeStdout(stream: ProcessStdout): OutputStream {
  let closed = false;
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') throw error;
    closed = true;
  });
  return {
    write: (text: string): void => {
      if (!closed) stream.write(text);
    },
    isTTY: stream.isTTY,
    get columns(): number | undefined {
      return stream.columns;
    },
  };
}
