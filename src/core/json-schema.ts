import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { readPackageJson } from './package-root.js';

type AddFormats = (instance: Ajv) => Ajv;
// ajv-formats is CommonJS: under NodeNext its default import is module.exports (callable, with .default).
const addFormats: AddFormats = (addFormatsModule as unknown as { default?: AddFormats }).default ?? (addFormatsModule as unknown as AddFormats);

let shared: Ajv | undefined;

/** One Ajv instance for the process: schemas compile once and are cached by $id. */
export function ajv(): Ajv {
  if (!shared) {
    shared = new Ajv({ allErrors: false, strict: true, discriminator: true, allowUnionTypes: true });
    addFormats(shared);
  }
  return shared;
}

const compiled = new Map<string, ValidateFunction>();

/** Compiles (once) a JSON schema shipped in docs/schemas/. */
export function schemaValidator<T>(schemaFile: string): ValidateFunction<T> {
  let fn = compiled.get(schemaFile);
  if (!fn) {
    const schema = readPackageJson(`docs/schemas/${schemaFile}`) as Record<string, unknown>;
    fn = ajv().compile(schema);
    compiled.set(schemaFile, fn);
  }
  return fn as ValidateFunction<T>;
}

/** One readable line for the first validation error: where it is and what is wrong. */
export function describeSchemaError(errors: readonly ErrorObject[] | null | undefined): string {
  const error = errors?.[0];
  if (!error) return 'does not match its schema';
  const where = error.instancePath === '' ? 'the top level' : error.instancePath;
  let what = error.message ?? 'is invalid';
  if (error.keyword === 'additionalProperties') what = `has an unknown property '${String(error.params['additionalProperty'])}'`;
  else if (error.keyword === 'enum') what = `must be one of ${(error.params['allowedValues'] as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
  else if (error.keyword === 'const') what = `must be ${JSON.stringify(error.params['allowedValue'])}`;
  return `${where} ${what}`;
}
