import { sanitizeForTerminal } from './sanitize.js';

/** A sink for text: process.stdout/stderr in the CLI, a string buffer in tests. */
export interface TextSink {
  write(text: string): void;
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Logs go to stderr so stdout carries only the report. */
export interface Logger {
  debug(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

const LEVELS: Readonly<Record<LogLevel, number>> = { debug: 0, info: 1, warn: 2, error: 3 };

export function createLogger(sink: TextSink, options: { level: LogLevel }): Logger {
  const min = LEVELS[options.level];
  const log =
    (level: LogLevel, prefix: string) =>
    (message: string): void => {
      if (LEVELS[level] >= min) sink.write(`${prefix}${sanitizeForTerminal(message)}\n`);
    };
  return {
    debug: log('debug', 'debug: '),
    info: log('info', ''),
    warn: log('warn', 'warning: '),
    error: log('error', 'error: '),
  };
}

export const silentLogger: Logger = Object.freeze({
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
});
