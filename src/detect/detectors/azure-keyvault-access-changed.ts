import { defineDetector } from '../detector.js';
import { eachEvent } from '../helpers/each-event.js';
import { succeeded } from '../helpers/principal.js';

const MESSAGE: Readonly<Record<string, 'policy' | 'deleted' | 'purged' | 'secret'>> = {
  'microsoft.keyvault/vaults/accesspolicies/write': 'policy',
  'microsoft.keyvault/vaults/delete': 'deleted',
  'microsoft.keyvault/locations/deletedvaults/purge/action': 'purged',
  'microsoft.keyvault/vaults/secrets/getsecret/action': 'secret',
  'microsoft.keyvault/vaults/secrets/recover/action': 'secret',
  'microsoft.keyvault/vaults/keys/recover/action': 'secret',
};

export default defineDetector({
  id: 'azure-keyvault-access-changed',
  provider: 'azure',
  title: 'Key Vault access policy changed, vault deleted or secret read',
  severity: 'medium',
  attack: [
    { tactic: 'credential-access', technique: 'T1555.006', name: 'Credentials from Password Stores: Cloud Secrets Management Stores' },
    { tactic: 'persistence', technique: 'T1098', name: 'Account Manipulation' },
  ],
  description:
    'A Key Vault access policy was added or changed (someone granted themselves secrets), a vault was deleted or purged, or a secret was read or recovered through the management plane.',
  falsePositives: ['Access policies set by deployments for new applications.', 'Vault clean-up in non-production subscriptions.'],
  references: ['https://attack.mitre.org/techniques/T1555/006/', 'https://learn.microsoft.com/azure/key-vault/general/security-features'],
  actions: Object.keys(MESSAGE),
  defaultOptions: {},
  optionDocs: {},
  messages: {
    policy: '{{principal}} changed the access policies of Key Vault {{resource}} from {{sourceIp}}.',
    deleted: '{{principal}} deleted Key Vault {{resource}} from {{sourceIp}} (recoverable while soft-deleted).',
    purged: '{{principal}} permanently purged deleted Key Vault {{resource}} from {{sourceIp}}.',
    secret: '{{principal}} read or recovered {{resource}} ({{action}}) from {{sourceIp}}.',
  },
  create: eachEvent((e) => {
    if (!succeeded(e)) return null;
    const messageId = MESSAGE[e.action] ?? 'policy';
    return {
      messageId,
      data: { resource: e.resource ?? 'unknown' },
      key: `${e.resource ?? e.id}|${e.action}|${Math.floor(e.time / 3_600_000)}`,
      ...(messageId === 'deleted' || messageId === 'purged' ? { severity: 'high' as const } : {}),
    };
  }),
});
