import { defineDetector } from '../detector.js';
import { eachEvent } from '../helpers/each-event.js';
import { succeeded } from '../helpers/principal.js';

export default defineDetector({
  id: 'azure-authorization-lock-deleted',
  provider: 'azure',
  title: 'Resource lock deleted',
  severity: 'medium',
  attack: [
    { tactic: 'defense-evasion', technique: 'T1562.001', name: 'Impair Defenses: Disable or Modify Tools' },
    { tactic: 'impact', technique: 'T1485', name: 'Data Destruction' },
  ],
  description: 'A delete or read-only lock was removed: the protected resources (often backups, vaults, logs) can now be deleted or changed.',
  falsePositives: ['Planned maintenance that removes a lock briefly (it is re-created soon after).'],
  references: ['https://attack.mitre.org/techniques/T1485/', 'https://learn.microsoft.com/azure/azure-resource-manager/management/lock-resources'],
  actions: ['microsoft.authorization/locks/delete'],
  defaultOptions: {},
  optionDocs: {},
  messages: { deleted: '{{principal}} removed lock {{resource}} from {{sourceIp}}.' },
  create: eachEvent((e) =>
    succeeded(e) ? { messageId: 'deleted', data: { resource: e.resource ?? 'unknown' }, key: `${e.resource ?? e.id}|${Math.floor(e.time / 3_600_000)}` } : null,
  ),
});
