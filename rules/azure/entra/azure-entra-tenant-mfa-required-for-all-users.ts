import {
  CA_REQUIRES,
  blocks,
  caMessages,
  coversAllUsers,
  coversApp,
  evaluateConditionalAccess,
  requiresMfa,
} from '../../../src/engine/helpers/azure-conditional-access.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-entra-tenant-mfa-required-for-all-users',
  provider: 'azure',
  service: 'entra',
  resourceType: 'azure.entra.tenant',
  severity: 'high',
  title: 'A multifactor authentication policy exists for all users',
  description:
    'Checks for an enabled Conditional Access policy that includes all users and all cloud applications and grants access only with MFA (or an authentication strength). Report-only and disabled policies do not count; excluded users (break-glass accounts) are allowed and counted in the evidence.',
  rationale:
    'A tenant-wide MFA policy is the Conditional Access equivalent of security defaults: every sign-in needs a second factor, so a stolen password alone is not enough.',
  remediation: {
    summary:
      'Create (or enable) a Conditional Access policy that requires MFA for all users on all applications, excluding only your emergency-access accounts.',
    cli: 'az rest --method POST --url https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies --body @policy.json',
    console: [
      'Open Microsoft Entra ID > Protection > Conditional Access and choose "+ Create new policy".',
      'Include all users (exclude the emergency-access accounts), all cloud apps, grant "Require multifactor authentication", set the policy On and create.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/entra/identity/conditional-access/policy-all-users-mfa-strength'],
  requires: CA_REQUIRES,
  messages: caMessages('requires MFA for all users on all applications'),
  evaluate(tenant, ctx) {
    return evaluateConditionalAccess(tenant, ctx, (p) => coversAllUsers(p) && coversApp(p, 'All') && requiresMfa(p) && !blocks(p));
  },
});
