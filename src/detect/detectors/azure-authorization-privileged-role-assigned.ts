import { defineDetector } from '../detector.js';
import { eachEvent, field, text } from '../helpers/each-event.js';
import { succeeded } from '../helpers/principal.js';

/** Built-in role definition ids that grant control over resources, access or data. */
const PRIVILEGED: Readonly<Record<string, string>> = {
  '8e3af657-a8ff-443c-a75c-2fe8c4bcb635': 'Owner',
  'b24988ac-6180-42a0-ab88-20f7382dd24c': 'Contributor',
  '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9': 'User Access Administrator',
  'f58310d9-a9f6-439a-9e8d-f62e7b41a168': 'Role Based Access Control Administrator',
  'b7e6dc6d-f1e8-4753-8033-0f276bb0955b': 'Storage Blob Data Owner',
  'ba92f5b4-2d11-453d-a403-e96b0029c9fe': 'Storage Blob Data Contributor',
  '00482a5a-887f-4fb3-b363-3b7fe8e74483': 'Key Vault Administrator',
  'b86a8fe4-44ce-4948-aee5-eccb2c155cd7': 'Key Vault Secrets Officer',
  '4633458b-17de-408a-b874-0445c86b69e6': 'Key Vault Secrets User',
  '1c0163c0-47e6-4577-8991-ea5c82e286e4': 'Virtual Machine Administrator Login',
  '9980e02c-c2be-4d73-94e8-173b1dc7cf3c': 'Virtual Machine Contributor',
};

export default defineDetector({
  id: 'azure-authorization-privileged-role-assigned',
  provider: 'azure',
  title: 'Privileged Azure role assigned or access elevated',
  severity: 'high',
  attack: [
    { tactic: 'persistence', technique: 'T1098.003', name: 'Account Manipulation: Additional Cloud Roles' },
    { tactic: 'privilege-escalation', technique: 'T1098.003', name: 'Account Manipulation: Additional Cloud Roles' },
  ],
  description:
    'A role assignment granted Owner, Contributor, User Access Administrator or a data-owner role, or a Global Administrator elevated themselves to User Access Administrator over every subscription (elevateAccess).',
  falsePositives: ['Access granted through a reviewed request (PIM activations appear as assignments too).'],
  references: ['https://attack.mitre.org/techniques/T1098/003/', 'https://learn.microsoft.com/azure/role-based-access-control/elevate-access-global-admin'],
  actions: ['microsoft.authorization/roleassignments/write', 'microsoft.authorization/elevateaccess/action'],
  defaultOptions: {},
  optionDocs: {},
  messages: {
    assigned: '{{principal}} assigned the {{role}} role to {{assignee}} on {{scope}} from {{sourceIp}}.',
    elevated: '{{principal}} elevated their own access to User Access Administrator over all subscriptions from {{sourceIp}}.',
  },
  create: eachEvent((e) => {
    if (!succeeded(e)) return null;
    if (e.action === 'microsoft.authorization/elevateaccess/action') return { messageId: 'elevated', severity: 'critical' };
    const props = field(e.request, 'Properties') ?? field(e.request, 'properties');
    const roleId = text(field(props as Record<string, unknown>, 'RoleDefinitionId') ?? field(props as Record<string, unknown>, 'roleDefinitionId'), '');
    const role = PRIVILEGED[roleId.split('/').pop()?.toLowerCase() ?? ''];
    if (role === undefined) return null;
    const assignee = `${text(field(props as Record<string, unknown>, 'PrincipalType') ?? field(props as Record<string, unknown>, 'principalType'), 'principal')} ${text(field(props as Record<string, unknown>, 'PrincipalId') ?? field(props as Record<string, unknown>, 'principalId'))}`;
    const scope = text(field(props as Record<string, unknown>, 'Scope') ?? field(props as Record<string, unknown>, 'scope'), e.resource ?? 'unknown scope');
    return {
      messageId: 'assigned',
      data: { role, assignee, scope },
      evidence: { role, roleDefinitionId: roleId, assignee, scope },
      key: `${e.resource ?? ''}|${roleId}|${assignee}`,
    };
  }),
});
