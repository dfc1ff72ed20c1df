import { defineRule } from '../../../src/engine/rule.js';

const ALLOWED = new Set(['none', 'adminsandguestinviters']);

export default defineRule({
  id: 'azure-entra-authorization-policy-guest-invites-restricted',
  provider: 'azure',
  service: 'entra',
  resourceType: 'azure.entra.authorization-policy',
  severity: 'medium',
  title: "Only administrators can invite guests ('Guest invite restrictions' is admins and Guest Inviters, or no one)",
  description: "Checks the tenant authorization policy's allowInvitesFrom is 'adminsAndGuestInviters' or 'none'.",
  rationale:
    'When members or guests can invite guests, external accounts enter the directory without review, and each one is another identity an attacker can phish or take over.',
  remediation: {
    summary: "Set 'Guest invite restrictions' to 'Only users assigned to specific admin roles can invite guest users' (or 'No one').",
    cli: 'az rest --method PATCH --url https://graph.microsoft.com/v1.0/policies/authorizationPolicy --body \'{"allowInvitesFrom": "adminsAndGuestInviters"}\'',
    console: [
      'Open Microsoft Entra ID > External Identities > External collaboration settings.',
      'Under "Guest invite settings", choose "Only users assigned to specific admin roles can invite guest users" and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/entra/external-id/external-collaboration-settings-configure'],
  reads: ['allowInvitesFrom'],
  messages: {
    restricted: 'Only {{who}} can invite guests to tenant {{tenant}}.',
    open: 'Guests can be invited to tenant {{tenant}} by {{who}}.',
  },
  evaluate(policy) {
    const { allowInvitesFrom } = policy.properties;
    const evidence = { allowInvitesFrom };
    const value = (allowInvitesFrom ?? 'everyone').toLowerCase();
    if (ALLOWED.has(value))
      return {
        status: 'PASS',
        messageId: 'restricted',
        data: { tenant: policy.account, who: value === 'none' ? 'no one' : 'administrators and Guest Inviters' },
        evidence,
      };
    return {
      status: 'FAIL',
      messageId: 'open',
      data: { tenant: policy.account, who: value === 'everyone' ? 'anyone, guests included' : 'any member' },
      evidence,
    };
  },
});
