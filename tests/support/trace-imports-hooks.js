// Module resolution hook for trace-imports.js. It runs on Node's hooks thread, whose process.stderr
// is relayed through the main thread and may be lost when the process exits at once: write to the
// file descriptor directly.
import { writeSync } from 'node:fs';

export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  writeSync(2, `loaded: ${resolved.url}\n`);
  return resolved;
}
