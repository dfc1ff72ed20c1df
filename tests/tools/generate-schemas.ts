/**
 * Generates the published JSON schemas in docs/schemas/ from the TypeScript types, so the types
 * stay the single source of truth:
 *   inventory-v1.schema.json  (InventoryData; resources discriminated by `type`)
 *   report-v1.schema.json     (ScanResult, the --format json report)
 *   framework-v1.schema.json  (FrameworkData, rules/frameworks/*.json)
 *   config-v1.schema.json     (ConfigFile, cspm.config.json)
 *   mutelist-v1.schema.json   (MutelistFile, --mutelist FILE)
 * Usage: tsx tests/tools/generate-schemas.ts [--check]   (--check: fail if a file is stale)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createGenerator, type Config, type Definition } from 'ts-json-schema-generator';
import { RESOURCE_TYPES } from '../../src/resources/index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SCHEMA_DRAFT = 'http://json-schema.org/draft-07/schema#';
type Schema = Record<string, unknown> & { definitions?: Record<string, Definition> };

function generate(path: string, type: string): Schema {
  const config: Config = {
    path: join(root, path),
    tsconfig: join(root, 'tsconfig.json'),
    type,
    skipTypeCheck: true,
    additionalProperties: false,
    expose: 'export',
    jsDoc: 'extended',
    topRef: true,
  };
  try {
    return createGenerator(config).createSchema(type) as Schema;
  } catch (error) {
    throw new Error(`cannot generate a schema for ${type} in ${path}: ${(error as Error).message}`);
  }
}

function envelope(id: string, title: string, description: string, body: Schema): Schema {
  const { $schema: _ignored, ...rest } = body;
  return { $schema: SCHEMA_DRAFT, $id: `https://cspm.dev/schemas/${id}`, title, description, ...rest };
}

function inventorySchema(): Schema {
  // The envelope is written here (its resources are a discriminated union the generator cannot
  // express); its parts and every resource's properties come from the TypeScript types.
  const scope = generate('src/inventory/types.ts', 'InventoryScope');
  const error = generate('src/inventory/types.ts', 'CollectionError');
  const props = generate('src/resources/index.ts', 'ResourceTypes');
  const definitions: Record<string, Definition> = { ...(props.definitions ?? {}), ...(scope.definitions ?? {}), ...(error.definitions ?? {}) };
  const resourceTypes = Object.keys(RESOURCE_TYPES).sort();
  const typeMap = (props.definitions?.['ResourceTypes'] as { properties: Record<string, Definition> }).properties;
  for (const type of resourceTypes) {
    definitions[`Resource<${type}>`] = {
      type: 'object',
      additionalProperties: false,
      required: ['type', 'id', 'name', 'provider', 'account', 'region', 'tags', 'properties'],
      properties: {
        type: { const: type },
        id: { type: 'string', minLength: 1 },
        name: { type: 'string' },
        provider: { const: type.split('.')[0] },
        account: { type: 'string', minLength: 1 },
        region: { type: 'string', minLength: 1 },
        tags: { type: 'object', additionalProperties: { type: 'string' } },
        properties: typeMap[type] as Definition,
      },
    };
  }
  definitions['AnyResource'] = {
    type: 'object',
    required: ['type'],
    properties: { type: { enum: resourceTypes } },
    discriminator: { propertyName: 'type' },
    oneOf: resourceTypes.map((t) => ({ $ref: `#/definitions/Resource<${t}>` })),
  } as Definition;
  delete definitions['ResourceTypes'];
  definitions['InventoryData'] = {
    type: 'object',
    additionalProperties: false,
    required: ['formatVersion', 'tool', 'collectedAt', 'scopes', 'resources', 'errors'],
    properties: {
      $schema: { type: 'string' },
      formatVersion: { const: 1 },
      tool: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'version'],
        properties: { name: { const: 'cspm' }, version: { type: 'string' } },
      },
      collectedAt: { type: 'string', format: 'date-time', description: 'ISO 8601 time of collection; rules evaluate "now" as this instant.' },
      scopes: { type: 'array', items: { $ref: '#/definitions/InventoryScope' } },
      resources: { type: 'array', items: { $ref: '#/definitions/AnyResource' } },
      errors: { type: 'array', items: { $ref: '#/definitions/CollectionError' } },
    },
  };
  return envelope(
    'inventory-v1.schema.json',
    'cspm inventory, format version 1',
    'What `cspm collect` writes and `cspm scan --input` reads: resources keyed by type, and the collection errors that make dependent checks report ERROR.',
    { $ref: '#/definitions/InventoryData', definitions: sortKeys(definitions) },
  );
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}

const outputs: Record<string, () => Schema> = {
  'inventory-v1.schema.json': inventorySchema,
  'report-v1.schema.json': () =>
    envelope(
      'report-v1.schema.json',
      'cspm JSON report, schema version 1',
      'The output of `cspm scan --format json` and `cspm report --format json`.',
      generate('src/engine/result.ts', 'ScanResult'),
    ),
  'framework-v1.schema.json': () =>
    envelope(
      'framework-v1.schema.json',
      'cspm compliance framework, version 1',
      'A framework as data: every control and the rules that assess it (rules/frameworks/*.json).',
      generate('src/compliance/framework.ts', 'FrameworkData'),
    ),
  'config-v1.schema.json': () =>
    envelope(
      'config-v1.schema.json',
      'cspm config file, version 1',
      'cspm.config.json: defaults that environment variables and flags override.',
      generate('src/cli/config.ts', 'ConfigFile'),
    ),
  'mutelist-v1.schema.json': () =>
    envelope(
      'mutelist-v1.schema.json',
      'cspm mutelist, version 1',
      'Suppressions (`--mutelist FILE`, YAML or JSON): accepted findings, each with a reason and an optional expiry.',
      generate('src/mutelist/types.ts', 'MutelistFile'),
    ),
};

const check = process.argv.includes('--check');
let stale = 0;
for (const [file, make] of Object.entries(outputs)) {
  const path = join(root, 'docs', 'schemas', file);
  const text = `${JSON.stringify(make(), null, 2)}\n`;
  let current = '';
  try {
    current = readFileSync(path, 'utf8');
  } catch {
    current = '';
  }
  if (current === text) continue;
  if (check) {
    console.error(`stale: docs/schemas/${file} (run npm run schemas)`);
    stale++;
  } else {
    writeFileSync(path, text);
    console.error(`wrote docs/schemas/${file}`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
