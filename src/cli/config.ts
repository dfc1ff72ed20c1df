import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ConfigError } from '../core/errors.js';
import { parseJsonFile, readInputFile } from '../core/fs.js';
import { describeSchemaError, schemaValidator } from '../core/json-schema.js';
import type { Severity } from '../core/types.js';

/**
 * The optional config file (`cspm.config.json` in the working directory, or `~/.cspm/config.json`,
 * or `--config FILE` / `CSPM_CONFIG`). Every key is a default that an environment variable or a
 * flag overrides. Schema: docs/schemas/config-v1.schema.json (generated from this interface).
 */
export interface ConfigFile {
  readonly $schema?: string;
  /** History database path. */
  readonly db?: string;
  /** Default output format of scan and report. */
  readonly format?: string;
  /** Default --fail-on threshold. */
  readonly failOn?: Severity | 'none';
  /** Default --severity filter. */
  readonly severity?: readonly Severity[];
  /** Default --checks selection (ids or globs). */
  readonly checks?: readonly string[];
  /** Default compliance frameworks for scan reports. */
  readonly compliance?: readonly string[];
  /** Default --mutelist file (YAML or JSON suppressions), relative to this config file's folder. */
  readonly mutelist?: string;
}

export interface LoadedConfig {
  readonly path: string | null;
  readonly values: ConfigFile;
}

export const CONFIG_FILE_NAME = 'cspm.config.json';

/** Finds and validates the config file; none at all is fine, a broken one is exit 2. */
export function loadConfig(options: { explicitPath: string | undefined; cwd: string; homedir: string }): LoadedConfig {
  const candidates =
    options.explicitPath !== undefined
      ? [resolve(options.cwd, options.explicitPath)]
      : [join(options.cwd, CONFIG_FILE_NAME), join(options.homedir, '.cspm', 'config.json')];
  const path = options.explicitPath !== undefined ? candidates[0] : candidates.find((p) => existsSync(p));
  if (path === undefined) return { path: null, values: {} };
  let text: string;
  let data: unknown;
  try {
    text = readInputFile(path, 'config file');
    data = parseJsonFile(text, path, 'config file');
  } catch (error) {
    throw new ConfigError((error as Error).message, { cause: error });
  }
  const validate = schemaValidator<ConfigFile>('config-v1.schema.json');
  if (!validate(data)) throw new ConfigError(`config file ${path}: ${describeSchemaError(validate.errors)}`);
  return { path, values: data };
}
