import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-entra-authorization-policy-security-group-creation-restricted',
  provider: 'azure',
  service: 'entra',
  resourceType: 'azure.entra.authorization-policy',
  severity: 'low',
  title: "Users cannot create security groups ('Users can create security groups in Azure portals, API or PowerShell' is No)",
  description: 'Checks the tenant authorization policy: defaultUserRolePermissions.allowedToCreateSecurityGroups must be false.',
  rationale: 'Security groups grant access to resources and apps; when anyone can create them (and own them), group sprawl hides who has access to what.',
  remediation: {
    summary: "Set 'Users can create security groups in Azure portals, API or PowerShell' to No.",
    cli: 'az rest --method PATCH --url https://graph.microsoft.com/v1.0/policies/authorizationPolicy --body \'{"defaultUserRolePermissions": {"allowedToCreateSecurityGroups": false}}\'',
    console: ['Open Microsoft Entra ID > Groups > General.', 'Set "Users can create security groups in Azure portals, API or PowerShell" to No and save.'],
  },
  references: [
    'https://learn.microsoft.com/en-us/graph/api/resources/authorizationpolicy',
    'https://learn.microsoft.com/en-us/entra/fundamentals/users-default-permissions',
  ],
  reads: ['defaultUserRolePermissions'],
  messages: {
    restricted: 'Only administrators can create security groups in tenant {{tenant}}.',
    allowed: 'Any user can create security groups in tenant {{tenant}}.',
  },
  evaluate(policy) {
    const value = policy.properties.defaultUserRolePermissions.allowedToCreateSecurityGroups;
    const evidence = { allowedToCreateSecurityGroups: value };
    return value === false
      ? { status: 'PASS', messageId: 'restricted', data: { tenant: policy.account }, evidence }
      : { status: 'FAIL', messageId: 'allowed', data: { tenant: policy.account }, evidence };
  },
});
