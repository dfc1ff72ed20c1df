import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-entra-authorization-policy-tenant-creation-restricted',
  provider: 'azure',
  service: 'entra',
  resourceType: 'azure.entra.authorization-policy',
  severity: 'medium',
  title: "Non-admin users cannot create tenants ('Restrict non-admin users from creating tenants' is Yes)",
  description: 'Checks the tenant authorization policy: defaultUserRolePermissions.allowedToCreateTenants must be false.',
  rationale:
    'A user who creates a tenant becomes its Global Administrator, outside your policies, logging and licensing; data and apps put there escape your governance.',
  remediation: {
    summary: "Set 'Restrict non-admin users from creating tenants' to Yes (grant the Tenant Creator role to those who need it).",
    cli: 'az rest --method PATCH --url https://graph.microsoft.com/v1.0/policies/authorizationPolicy --body \'{"defaultUserRolePermissions": {"allowedToCreateTenants": false}}\'',
    console: ['Open Microsoft Entra ID > Users > User settings.', 'Set "Restrict non-admin users from creating tenants" to Yes and save.'],
  },
  references: [
    'https://learn.microsoft.com/en-us/graph/api/resources/authorizationpolicy',
    'https://learn.microsoft.com/en-us/entra/fundamentals/users-default-permissions',
  ],
  reads: ['defaultUserRolePermissions'],
  messages: {
    restricted: 'Non-admin users cannot create tenants in tenant {{tenant}}.',
    allowed: 'Any user can create a new Microsoft Entra tenant from tenant {{tenant}}.',
  },
  evaluate(policy) {
    const value = policy.properties.defaultUserRolePermissions.allowedToCreateTenants;
    const evidence = { allowedToCreateTenants: value };
    return value === false
      ? { status: 'PASS', messageId: 'restricted', data: { tenant: policy.account }, evidence }
      : { status: 'FAIL', messageId: 'allowed', data: { tenant: policy.account }, evidence };
  },
});
