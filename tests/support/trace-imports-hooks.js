// Module resolution hook for trace-imports.js (runs on Node's hooks thread).
export async function resolve(specifier, context, next) {
  const resolved = await next(specifier, context);
  process.stderr.write(`loaded: ${resolved.url}\n`);
  return resolved;
}
