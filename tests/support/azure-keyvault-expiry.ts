/** The test table the four Key Vault expiry rules share (CIS Azure 8.3.1-8.3.4): same cases, per object kind and permission model. */
import type { ExpiryMessageId, VaultModel } from '../../src/engine/helpers/azure-keyvault.js';
import type { KeyVault } from '../../src/resources/azure/index.js';
import { keyVault, keyVaultKey, keyVaultSecret } from '../fixtures/azure/index.js';
import type { RuleCases } from './rule-tester.js';

const ACCESS_POLICY = { objectId: 'app', applicationId: null, keys: ['get'], secrets: ['get'], certificates: [] };

export function expiryCases(kind: 'key' | 'secret', model: VaultModel): RuleCases<'azure.keyvault.vault', ExpiryMessageId> {
  const item = kind === 'key' ? keyVaultKey : keyVaultSecret;
  const field = kind === 'key' ? 'keys' : 'secrets';
  const own: Partial<KeyVault> = model === 'rbac' ? { enableRbacAuthorization: true } : { enableRbacAuthorization: false, accessPolicies: [ACCESS_POLICY] };
  const other: Partial<KeyVault> = model === 'rbac' ? { enableRbacAuthorization: false } : { enableRbacAuthorization: true };
  const vault = (name: string, items: ReturnType<typeof item>[] | null, base: Partial<KeyVault> = own) => keyVault(name, { ...base, [field]: items });
  const noExpiry = item('no-expiry', { expires: null });
  return {
    valid: [
      { name: `every enabled ${kind} expires`, resource: vault('kv-prod', [item('current')]), messageId: 'allExpire' },
      {
        name: `a disabled ${kind} without expiry does not count`,
        resource: vault('kv-old', [item('current'), item('retired', { enabled: false, expires: null })]),
        evidence: { withoutExpiry: [], disabled: ['retired'] },
      },
    ],
    invalid: [
      {
        name: `one ${kind} never expires`,
        resource: vault('kv-app', [item('current'), noExpiry]),
        messageId: 'noExpiry',
        evidence: { withoutExpiry: ['no-expiry'] },
      },
      ...(model === 'accessPolicy'
        ? [
            {
              name: 'unset enableRbacAuthorization means access policies',
              resource: vault('kv-unset', [noExpiry], { enableRbacAuthorization: null }),
              messageId: 'noExpiry' as const,
            },
          ]
        : []),
    ],
    notApplicable: [
      { name: `a vault on the other permission model is another control`, resource: vault('kv-other', [noExpiry], other), messageId: 'otherModel' },
      { name: `a vault with no enabled ${kind}s`, resource: vault('kv-empty', []), messageId: 'empty' },
    ],
    error: [{ name: `${kind}s not collected`, resource: vault('kv-denied', null), message: 'were not collected' }],
  };
}
