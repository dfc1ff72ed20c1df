import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { azureCollectors } from '../../../src/providers/azure/collectors/index.js';
import {
  azureActions,
  azureDataActions,
  azureGraphPermissions,
  isReadOnlyAzureAction,
  isReadOnlyGraphPermission,
  TENANT_ROOT_ACTIONS,
} from '../../../src/providers/azure/permissions.js';
import { AZURE_ROLE_JSON, renderAzureRole } from '../../tools/permissions-docs-azure.js';
import { PERMISSIONS_MD, renderPermissionsMd } from '../../tools/permissions-docs.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('Azure permissions', () => {
  it('docs/permissions.md and docs/azure-readonly-role.json are current (npm run permissions)', () => {
    expect(readFileSync(root + PERMISSIONS_MD, 'utf8')).toBe(renderPermissionsMd());
    expect(readFileSync(root + AZURE_ROLE_JSON, 'utf8')).toBe(renderAzureRole());
  });

  it('declares only read actions, read data actions and read-only Graph permissions', () => {
    expect([...azureActions(), ...azureDataActions()].filter((a) => !isReadOnlyAzureAction(a))).toEqual([]);
    expect(azureGraphPermissions().filter((p) => !isReadOnlyGraphPermission(p))).toEqual([]);
    expect(isReadOnlyAzureAction('Microsoft.Storage/storageAccounts/write')).toBe(false);
    expect(isReadOnlyAzureAction('Microsoft.Storage/storageAccounts/listKeys/action')).toBe(false);
    expect(isReadOnlyGraphPermission('Directory.ReadWrite.All')).toBe(false);
    for (const action of Object.keys(TENANT_ROOT_ACTIONS)) expect(azureActions()).toContain(action);
  });

  it('collector ids are unique and every collector declares how it is authorised', () => {
    expect(new Set(azureCollectors.map((c) => c.id)).size).toBe(azureCollectors.length);
    for (const c of azureCollectors) expect(c.permissions.length + (c.graphPermissions?.length ?? 0)).toBeGreaterThan(0);
  });
});
