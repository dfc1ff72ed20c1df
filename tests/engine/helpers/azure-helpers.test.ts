import { describe, expect, it } from '@jest/globals';
import { conditionMatches } from '../../../src/engine/helpers/azure-activity-log-alert.js';
import { requiresMfa } from '../../../src/engine/helpers/azure-conditional-access.js';
import { destinationsOf, logsCover } from '../../../src/engine/helpers/azure-diagnostics.js';
import { coversSubscription, scopeLevel } from '../../../src/engine/helpers/azure-rbac.js';
import { effectiveFlag, isGeoRedundant } from '../../../src/engine/helpers/azure-storage.js';
import {
  activityLogAlert,
  administrativeAlertConditions,
  diagnosticLog,
  diagnosticSetting,
  entraConditionalAccessPolicy,
  roleAssignment,
  storageAccount,
} from '../../fixtures/azure/index.js';

const leaf = (field: string, equals: string | null, containsAny: string[] = []) => ({ field, equals, containsAny, anyOf: [] });

describe('activity log alert conditions', () => {
  const op = 'Microsoft.Network/networkSecurityGroups/write';
  const matches = (conditions: ReturnType<typeof administrativeAlertConditions>) =>
    conditionMatches(activityLogAlert('a', { conditions }).properties, { what: 'x', operationName: op });

  it('matches category + operation, case-insensitively', () => {
    expect(matches(administrativeAlertConditions(op.toUpperCase()))).toBe(true);
  });
  it('rejects a narrowing condition and a missing operation', () => {
    expect(matches([...administrativeAlertConditions(op), leaf('caller', 'alice@contoso.com')])).toBe(false);
    expect(matches([leaf('category', 'Administrative')])).toBe(false);
  });
  it('accepts the service health category only for the service health spec', () => {
    const alert = activityLogAlert('h', { conditions: [leaf('category', 'ServiceHealth')] }).properties;
    expect(conditionMatches(alert, { what: 'Service Health' })).toBe(true);
    expect(conditionMatches(alert, { what: 'x', operationName: op })).toBe(false);
  });
});

describe('diagnostic settings', () => {
  it('lists destinations and matches categories or groups', () => {
    const setting = diagnosticSetting('s', { storageAccountId: '/x/st', logs: [diagnosticLog({ category: 'AuditEvent' })] });
    expect(destinationsOf(setting)).toEqual(['Log Analytics', 'storage account']);
    expect(logsCover(setting.logs, { categories: ['auditevent'] })).toBe(true);
    expect(logsCover([diagnosticLog({ categoryGroup: 'audit' })], { categories: ['AuditEvent'] })).toBe(false);
    expect(logsCover([diagnosticLog({ categoryGroup: 'audit' })], { categories: ['AuditEvent'], groups: ['audit'] })).toBe(true);
  });
});

describe('RBAC scopes', () => {
  it.each([
    ['/', 'root'],
    ['/providers/Microsoft.Management/managementGroups/mg', 'managementGroup'],
    ['/subscriptions/abc', 'subscription'],
    ['/subscriptions/abc/resourceGroups/rg', 'resourceGroup'],
    ['/subscriptions/abc/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st', 'resource'],
  ])('%s is %s', (scope, level) => {
    expect(scopeLevel(scope)).toBe(level);
  });
  it('covers the subscription only from it or above', () => {
    expect(coversSubscription(roleAssignment('a', { scope: '/subscriptions/ABC' }).properties, 'abc')).toBe(true);
    expect(coversSubscription(roleAssignment('b', { scope: '/subscriptions/other' }).properties, 'abc')).toBe(false);
  });
});

describe('storage defaults', () => {
  it('geo-redundant SKUs', () => {
    expect(['Standard_GRS', 'Standard_RAGRS', 'Standard_GZRS', 'Standard_RAGZRS'].map(isGeoRedundant)).toEqual([true, true, true, true]);
    expect(['Standard_LRS', 'Standard_ZRS', 'Premium_LRS', null].map(isGeoRedundant)).toEqual([false, false, false, false]);
  });
  it('an unset flag takes the default of the creation date', () => {
    const old = storageAccount('old', { creationTime: '2020-01-01T00:00:00Z' }).properties;
    expect(effectiveFlag('old', old, null, '2023-11-01T00:00:00Z', { old: true, new: false })).toBe(true);
    expect(effectiveFlag('old', old, false, '2023-11-01T00:00:00Z', { old: true, new: false })).toBe(false);
    expect(() => effectiveFlag('x', { ...old, creationTime: null }, null, '2023-11-01T00:00:00Z', { old: true, new: false })).toThrow('creation time');
  });
});

describe('conditional access grants', () => {
  const grant = (builtInControls: string[], operator: string) =>
    entraConditionalAccessPolicy('p', { grantControls: { operator, builtInControls, authenticationStrengthId: null } }).properties;
  it('MFA alone, MFA AND another control, or block', () => {
    expect([grant(['mfa'], 'OR'), grant(['mfa', 'compliantDevice'], 'AND'), grant(['block'], 'OR')].map(requiresMfa)).toEqual([true, true, true]);
  });
  it('MFA OR another control can be satisfied without MFA', () => {
    expect(requiresMfa(grant(['mfa', 'compliantDevice'], 'OR'))).toBe(false);
    expect(requiresMfa(grant(['compliantDevice'], 'OR'))).toBe(false);
  });
});
