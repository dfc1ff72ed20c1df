/**
 * `npm run docs`: writes docs/rules/<rule-id>.md, docs/rules/README.md and
 * docs/compliance-coverage.md from the rule metadata and the framework data, and deletes pages of
 * rules that no longer exist. `-- --check` only verifies they are current (exit 1 if not).
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules } from '../../rules/index.js';
import { loadFrameworks } from '../../src/compliance/frameworks.js';
import { renderDocs, RULE_DOCS_DIR } from './rule-docs.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const check = process.argv.includes('--check');
const files = renderDocs(allRules, loadFrameworks());
let stale = 0;

const read = (path: string): string | null => {
  try {
    return readFileSync(join(root, path), 'utf8');
  } catch {
    return null;
  }
};

mkdirSync(join(root, RULE_DOCS_DIR), { recursive: true });
for (const [path, text] of files) {
  if (read(path) === text) continue;
  stale++;
  if (check) console.error(`${path} is out of date: run npm run docs`);
  else writeFileSync(join(root, path), text);
}
for (const name of readdirSync(join(root, RULE_DOCS_DIR))) {
  const path = `${RULE_DOCS_DIR}/${name}`;
  if (files.has(path)) continue;
  stale++;
  if (check) console.error(`${path} documents no rule: run npm run docs`);
  else rmSync(join(root, path));
}
if (!check) console.error(`docs: ${files.size} files, ${stale} updated`);
process.exitCode = check && stale > 0 ? 1 : 0;
