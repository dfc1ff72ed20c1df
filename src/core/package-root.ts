import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

/**
 * The folder holding cspm's package.json, found by walking up from this module. Works from the
 * TypeScript sources (src/core) and from the compiled package (dist/src/core) alike.
 */
export function packageRoot(): string {
  if (cached !== undefined) return cached;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: unknown };
      if (pkg.name === 'cspm') {
        cached = dir;
        return dir;
      }
    }
    const parent = dirname(dir);
    if (parent === dir) throw new Error('cspm package root not found');
    dir = parent;
  }
}

/** Reads and parses a JSON file shipped with the package (path relative to the package root). */
export function readPackageJson(relativePath: string): unknown {
  return JSON.parse(readFileSync(join(packageRoot(), relativePath), 'utf8')) as unknown;
}
