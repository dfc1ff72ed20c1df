import { CA_REQUIRES, caMessages, coversAllUsers, evaluateConditionalAccess, requiresMfa } from '../../../src/engine/helpers/azure-conditional-access.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-entra-tenant-risky-sign-ins-require-mfa',
  provider: 'azure',
  service: 'entra',
  resourceType: 'azure.entra.tenant',
  severity: 'high',
  title: 'Multifactor authentication is required for risky sign-ins',
  description:
    'Checks for an enabled Conditional Access policy that includes all users, conditions on sign-in risk (medium or high) and grants access only with MFA or blocks it. Report-only and disabled policies do not count; excluded users (break-glass accounts) are allowed and counted in the evidence.',
  rationale:
    'Entra ID Protection scores each sign-in for signs of compromise (anonymous IPs, impossible travel, leaked credentials); requiring MFA when the risk is medium or high stops most of those sign-ins.',
  remediation: {
    summary: 'Create (or enable) a Conditional Access policy that requires MFA for risky sign-ins, excluding only your emergency-access accounts.',
    cli: 'az rest --method POST --url https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies --body @policy.json',
    console: [
      'Open Microsoft Entra ID > Protection > Conditional Access and choose "+ Create new policy".',
      'Include all users, under Conditions > Sign-in risk select High and Medium, grant "Require multifactor authentication" (needs Entra ID P2), set the policy On and create.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/entra/identity/conditional-access/policy-risk-based-sign-in'],
  requires: CA_REQUIRES,
  messages: caMessages('requires MFA for risky sign-ins'),
  evaluate(tenant, ctx) {
    return evaluateConditionalAccess(
      tenant,
      ctx,
      (p) => coversAllUsers(p) && p.signInRiskLevels.some((l) => ['medium', 'high'].includes(l.toLowerCase())) && requiresMfa(p),
    );
  },
});
