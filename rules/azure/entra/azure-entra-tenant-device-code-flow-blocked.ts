import { CA_REQUIRES, blocks, caMessages, coversAllUsers, evaluateConditionalAccess } from '../../../src/engine/helpers/azure-conditional-access.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-entra-tenant-device-code-flow-blocked',
  provider: 'azure',
  service: 'entra',
  resourceType: 'azure.entra.tenant',
  severity: 'high',
  title: 'An exclusionary Conditional Access policy blocks the device code flow',
  description:
    'Checks for an enabled Conditional Access policy that includes all users, conditions on the device code authentication flow and blocks access. Report-only and disabled policies do not count; excluded users (break-glass accounts) are allowed and counted in the evidence.',
  rationale:
    'Device code phishing makes a user enter an attacker’s code on the genuine Microsoft sign-in page, handing over tokens that bypass MFA; few users need the flow, so blocking it removes the attack.',
  remediation: {
    summary: 'Create (or enable) a Conditional Access policy that blocks the device code flow, excluding only your emergency-access accounts.',
    cli: 'az rest --method POST --url https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies --body @policy.json',
    console: [
      'Open Microsoft Entra ID > Protection > Conditional Access and choose "+ Create new policy".',
      'Include all users (exclude those who need device code, such as meeting-room devices), under Conditions > Authentication flows select "Device code flow", grant "Block access", set the policy On and create.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/entra/identity/conditional-access/policy-block-authentication-flows'],
  requires: CA_REQUIRES,
  messages: caMessages('blocks the device code flow'),
  evaluate(tenant, ctx) {
    return evaluateConditionalAccess(
      tenant,
      ctx,
      (p) => coversAllUsers(p) && (p.authenticationFlows ?? '').toLowerCase().includes('devicecodeflow') && blocks(p),
    );
  },
});
