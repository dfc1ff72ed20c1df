import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-entra-authorization-policy-app-registration-restricted',
  provider: 'azure',
  service: 'entra',
  resourceType: 'azure.entra.authorization-policy',
  severity: 'medium',
  title: "Users cannot register applications ('Users can register applications' is No)",
  description: 'Checks the tenant authorization policy: defaultUserRolePermissions.allowedToCreateApps must be false.',
  rationale:
    'Any user who can register an application can create a credential-bearing identity, request consent for data access and build a phishing app that looks internal; registration should go through administrators (Application Developer role).',
  remediation: {
    summary: "Set 'Users can register applications' to No and grant the Application Developer role to those who need it.",
    cli: 'az rest --method PATCH --url https://graph.microsoft.com/v1.0/policies/authorizationPolicy --body \'{"defaultUserRolePermissions": {"allowedToCreateApps": false}}\'',
    console: ['Open Microsoft Entra ID > Users > User settings.', 'Set "Users can register applications" to No and save.'],
  },
  references: [
    'https://learn.microsoft.com/en-us/graph/api/resources/authorizationpolicy',
    'https://learn.microsoft.com/en-us/entra/fundamentals/users-default-permissions',
  ],
  reads: ['defaultUserRolePermissions'],
  messages: {
    restricted: 'Only administrators can register applications in tenant {{tenant}}.',
    allowed: 'Any user can register applications in tenant {{tenant}}.',
  },
  evaluate(policy) {
    const value = policy.properties.defaultUserRolePermissions.allowedToCreateApps;
    const evidence = { allowedToCreateApps: value };
    return value === false
      ? { status: 'PASS', messageId: 'restricted', data: { tenant: policy.account }, evidence }
      : { status: 'FAIL', messageId: 'allowed', data: { tenant: policy.account }, evidence };
  },
});
