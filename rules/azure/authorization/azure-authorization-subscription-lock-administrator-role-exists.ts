import { assignableAtSubscription } from '../../../src/engine/helpers/azure-rbac.js';
import { defineRule } from '../../../src/engine/rule.js';

const LOCK_ACTIONS = [/^microsoft\.authorization\/locks\/\*$/i, /^microsoft\.authorization\/\*$/i];

export default defineRule({
  id: 'azure-authorization-subscription-lock-administrator-role-exists',
  provider: 'azure',
  service: 'authorization',
  resourceType: 'azure.subscription',
  severity: 'low',
  title: 'A custom role is assigned permissions for administering resource locks',
  description:
    "Checks for a custom role, assignable at the subscription, whose actions include 'Microsoft.Authorization/locks/*' without '*' (a role dedicated to locks rather than an Owner-like role).",
  rationale:
    'Only Owner and User Access Administrator can manage locks out of the box; a dedicated Resource Lock Administrator role lets operators protect resources without being given the power to grant access.',
  remediation: {
    summary: "Create a custom 'Resource Lock Administrator' role with Microsoft.Authorization/locks/* and assign it to the people who manage locks.",
    cli: 'az role definition create --role-definition @lock-administrator.json',
    console: [
      'Open the subscription > Access control (IAM) > "+ Add" > "Add custom role".',
      'Add the permission Microsoft.Authorization/locks/*, set the assignable scope to the subscription, and create.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/azure-resource-manager/management/lock-resources#who-can-create-or-delete-locks'],
  requires: { 'azure.authorization.role-definition': 'account' },
  messages: {
    exists: 'Subscription {{name}} has a lock administrator role: {{roles}}.',
    missing: 'Subscription {{name}} has no custom role for administering resource locks.',
  },
  evaluate(subscription, ctx) {
    const roles = ctx.inventory
      .list('azure.authorization.role-definition', { account: subscription.account })
      .filter(
        (r) =>
          assignableAtSubscription(r.properties, subscription.properties.subscriptionId) &&
          r.properties.permissions.some((p) => !p.actions.includes('*') && p.actions.some((a) => LOCK_ACTIONS.some((re) => re.test(a)))),
      );
    const evidence = { lockRoles: roles.map((r) => r.properties.roleName) };
    return roles.length > 0
      ? { status: 'PASS', messageId: 'exists', data: { roles: evidence.lockRoles.join(', ') }, evidence }
      : { status: 'FAIL', messageId: 'missing', evidence };
  },
});
