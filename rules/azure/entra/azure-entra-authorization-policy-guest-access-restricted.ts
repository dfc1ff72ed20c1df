import { defineRule } from '../../../src/engine/rule.js';

const RESTRICTED = '2af84b1e-32c8-42b7-82bc-daa82404023b';
const LEVELS: Readonly<Record<string, string>> = {
  'a0b1b346-4d3e-4e8b-98f8-753987be4970': 'the same access as members',
  '10dae51f-b6af-4016-8d66-8c2a99b929b3': 'limited access to properties and memberships of directory objects',
  [RESTRICTED]: 'access restricted to their own directory objects',
};

export default defineRule({
  id: 'azure-entra-authorization-policy-guest-access-restricted',
  provider: 'azure',
  service: 'entra',
  resourceType: 'azure.entra.authorization-policy',
  severity: 'medium',
  title: "Guest user access is restricted to their own directory objects ('Guest users access restrictions' is the most restrictive)",
  description: `Checks the tenant authorization policy's guestUserRoleId is the Restricted Guest User role (${RESTRICTED}).`,
  rationale:
    'With the default guest level, any guest can enumerate users, groups and their memberships: a map of the organisation for an attacker who compromises a partner account.',
  remediation: {
    summary: "Set 'Guest user access restrictions' to 'Guest user access is restricted to properties and memberships of their own directory objects'.",
    cli: `az rest --method PATCH --url https://graph.microsoft.com/v1.0/policies/authorizationPolicy --body '{"guestUserRoleId": "${RESTRICTED}"}'`,
    console: [
      'Open Microsoft Entra ID > External Identities > External collaboration settings.',
      'Under "Guest user access", choose the most restrictive option and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/entra/identity/users/users-restrict-guest-permissions'],
  reads: ['guestUserRoleId'],
  messages: {
    restricted: 'Guests in tenant {{tenant}} can only see their own directory objects.',
    open: 'Guests in tenant {{tenant}} have {{level}}.',
  },
  evaluate(policy) {
    const { guestUserRoleId } = policy.properties;
    const evidence = { guestUserRoleId };
    if (guestUserRoleId === RESTRICTED) return { status: 'PASS', messageId: 'restricted', data: { tenant: policy.account }, evidence };
    const level = guestUserRoleId === null ? 'the default access level' : (LEVELS[guestUserRoleId] ?? `guest role ${guestUserRoleId}`);
    return { status: 'FAIL', messageId: 'open', data: { tenant: policy.account, level }, evidence };
  },
});
