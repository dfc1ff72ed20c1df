import { readPackageJson } from './package-root.js';

let cached: string | undefined;

/** The package version from package.json. */
export function toolVersion(): string {
  cached ??= (readPackageJson('package.json') as { version: string }).version;
  return cached;
}
