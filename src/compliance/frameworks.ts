import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { InternalError, UsageError } from '../core/errors.js';
import { describeSchemaError, schemaValidator } from '../core/json-schema.js';
import { packageRoot, readPackageJson } from '../core/package-root.js';
import type { Provider } from '../core/types.js';
import type { FrameworkData } from './framework.js';

const FRAMEWORK_DIR = 'rules/frameworks';
let cache: readonly FrameworkData[] | undefined;

/** Every framework shipped in rules/frameworks/, validated against docs/schemas/framework-v1.schema.json. */
export function loadFrameworks(): readonly FrameworkData[] {
  if (cache) return cache;
  const validate = schemaValidator<FrameworkData>('framework-v1.schema.json');
  const dir = join(packageRoot(), FRAMEWORK_DIR);
  const files = (existsSync(dir) ? readdirSync(dir) : []).filter((f) => f.endsWith('.json')).sort();
  cache = files.map((file) => {
    const data = readPackageJson(`${FRAMEWORK_DIR}/${file}`);
    if (!validate(data)) throw new InternalError(`${FRAMEWORK_DIR}/${file}: ${describeSchemaError(validate.errors)}`);
    if (`${data.id}.json` !== file) throw new InternalError(`${FRAMEWORK_DIR}/${file}: id '${data.id}' does not match the file name`);
    return data;
  });
  return cache;
}

export function frameworkIds(): string[] {
  return loadFrameworks().map((f) => f.id);
}

/** Looks a framework up by id; an unknown id is a usage error listing the known ones. */
export function getFramework(id: string): FrameworkData {
  const found = loadFrameworks().find((f) => f.id === id);
  if (!found) throw new UsageError(`unknown framework '${id}' (known: ${frameworkIds().join(', ') || 'none'})`);
  return found;
}

/**
 * The default frameworks for a provider: the newest version of each framework family
 * (ids `<family>-v<semver>`).
 */
export function defaultFrameworks(provider: Provider): FrameworkData[] {
  const newest = new Map<string, FrameworkData>();
  for (const framework of loadFrameworks().filter((f) => f.provider === provider)) {
    const family = framework.id.replace(/-v[\d.]+$/, '');
    const current = newest.get(family);
    if (!current || compareVersions(framework.version, current.version) > 0) newest.set(family, framework);
  }
  return [...newest.values()];
}

export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}
