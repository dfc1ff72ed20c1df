import type { Limiter } from './types.js';

/**
 * A counting semaphore with a FIFO queue: at most `concurrency` tasks run at once, the rest wait
 * in arrival order. Tasks still queued when `signal` aborts are rejected with its reason.
 */
export function createLimiter(concurrency: number, signal?: AbortSignal): Limiter {
  if (!Number.isInteger(concurrency) || concurrency < 1) throw new RangeError(`concurrency must be a positive integer, got ${concurrency}`);
  let running = 0;
  const queue: (() => void)[] = [];

  const release = (): void => {
    running--;
    const next = queue.shift();
    if (next) next();
  };

  return {
    concurrency,
    run<T>(task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        const start = (): void => {
          if (signal?.aborted) {
            reject(signal.reason as Error);
            if (queue.length > 0) queue.shift()?.();
            return;
          }
          running++;
          task().then(resolve, reject).finally(release);
        };
        if (running < concurrency) start();
        else queue.push(start);
      });
    },
  };
}
