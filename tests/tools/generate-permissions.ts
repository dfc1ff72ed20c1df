/**
 * `npm run permissions`: writes docs/permissions.md and docs/aws-readonly-policy.json from the
 * collectors' declared permissions. `-- --check` only verifies they are current (exit 1 if not).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { AWS_POLICY_JSON, PERMISSIONS_MD, renderAwsPolicy, renderPermissionsMd } from './permissions-docs.js';
import { AZURE_ROLE_JSON, renderAzureRole } from './permissions-docs-azure.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const files: [string, string][] = [
  [PERMISSIONS_MD, renderPermissionsMd()],
  [AWS_POLICY_JSON, renderAwsPolicy()],
  [AZURE_ROLE_JSON, renderAzureRole()],
];
const check = process.argv.includes('--check');
let stale = 0;
for (const [path, text] of files) {
  let current = '';
  try {
    current = readFileSync(root + path, 'utf8');
  } catch {
    current = '';
  }
  if (current === text) continue;
  if (check) {
    console.error(`${path} is out of date: run npm run permissions`);
    stale++;
  } else {
    writeFileSync(root + path, text);
    console.error(`wrote ${path}`);
  }
}
process.exitCode = stale > 0 ? 1 : 0;
