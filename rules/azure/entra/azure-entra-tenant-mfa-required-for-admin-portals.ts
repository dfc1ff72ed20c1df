import {
  CA_APPS,
  CA_REQUIRES,
  caMessages,
  coversAllUsers,
  coversApp,
  evaluateConditionalAccess,
  requiresMfa,
} from '../../../src/engine/helpers/azure-conditional-access.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-entra-tenant-mfa-required-for-admin-portals',
  provider: 'azure',
  service: 'entra',
  resourceType: 'azure.entra.tenant',
  severity: 'high',
  title: 'Multifactor authentication is required to access Microsoft admin portals',
  description:
    "Checks for an enabled Conditional Access policy that includes all users and the 'Microsoft Admin Portals' application (or all cloud apps) and grants access only with MFA. Report-only and disabled policies do not count; excluded users (break-glass accounts) are allowed and counted in the evidence.",
  rationale:
    'The Microsoft 365, Entra, Exchange and Azure admin portals manage the whole tenant; anyone reaching them with only a password can do damage everywhere.',
  remediation: {
    summary: 'Create (or enable) a Conditional Access policy that requires MFA for Microsoft admin portals, excluding only your emergency-access accounts.',
    cli: 'az rest --method POST --url https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies --body @policy.json',
    console: [
      'Open Microsoft Entra ID > Protection > Conditional Access and choose "+ Create new policy".',
      'Include all users, target the "Microsoft Admin Portals" cloud app, grant "Require multifactor authentication", set the policy On and create.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/entra/identity/conditional-access/how-to-policy-mfa-admin-portals'],
  requires: CA_REQUIRES,
  messages: caMessages('requires MFA for Microsoft admin portals'),
  evaluate(tenant, ctx) {
    return evaluateConditionalAccess(tenant, ctx, (p) => coversAllUsers(p) && coversApp(p, CA_APPS.adminPortals) && requiresMfa(p));
  },
});
