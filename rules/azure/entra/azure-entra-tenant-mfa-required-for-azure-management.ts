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
  id: 'azure-entra-tenant-mfa-required-for-azure-management',
  provider: 'azure',
  service: 'entra',
  resourceType: 'azure.entra.tenant',
  severity: 'high',
  title: 'Multifactor authentication is required for the Windows Azure Service Management API',
  description:
    'Checks for an enabled Conditional Access policy that includes all users and the Windows Azure Service Management API (or all cloud apps) and grants access only with MFA. Report-only and disabled policies do not count; excluded users (break-glass accounts) are allowed and counted in the evidence.',
  rationale:
    'The Service Management API is what the Azure portal, CLI, PowerShell and Resource Manager use: requiring MFA on it protects every path to the control plane of every subscription.',
  remediation: {
    summary:
      'Create (or enable) a Conditional Access policy that requires MFA for the Windows Azure Service Management API, excluding only your emergency-access accounts.',
    cli: 'az rest --method POST --url https://graph.microsoft.com/v1.0/identity/conditionalAccess/policies --body @policy.json',
    console: [
      'Open Microsoft Entra ID > Protection > Conditional Access and choose "+ Create new policy".',
      'Include all users, target the "Windows Azure Service Management API" cloud app, grant "Require multifactor authentication", set the policy On and create.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/entra/identity/conditional-access/policy-old-require-mfa-azure-mgmt'],
  requires: CA_REQUIRES,
  messages: caMessages('requires MFA for the Windows Azure Service Management API'),
  evaluate(tenant, ctx) {
    return evaluateConditionalAccess(tenant, ctx, (p) => coversAllUsers(p) && coversApp(p, CA_APPS.azureManagement) && requiresMfa(p));
  },
});
