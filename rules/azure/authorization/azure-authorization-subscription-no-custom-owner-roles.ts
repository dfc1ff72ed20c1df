import { assignableAtSubscription } from '../../../src/engine/helpers/azure-rbac.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-authorization-subscription-no-custom-owner-roles',
  provider: 'azure',
  service: 'authorization',
  resourceType: 'azure.subscription',
  severity: 'high',
  title: 'No custom subscription administrator roles exist',
  description:
    "Checks the custom role definitions assignable at the subscription (or above: a management group, the root) for one whose actions include '*' (every operation, as the built-in Owner). NotActions are shown in the evidence but do not clear the finding: CIS counts any '*' role as an administrator role.",
  rationale:
    'A custom role with every action is an Owner that escapes the reviews, PIM policies and alerts built around the Owner role, and usually outlives the reason it was created.',
  remediation: {
    summary: 'Replace the custom role with built-in roles or a custom role listing only the actions needed, then delete it.',
    cli: 'az role definition delete --name <role-name>',
    console: [
      'Open the subscription > Access control (IAM) > Roles, filter on Type: CustomRole.',
      'Open each listed role, remove its assignments, then delete it.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/role-based-access-control/custom-roles'],
  requires: { 'azure.authorization.role-definition': 'account' },
  messages: {
    none: 'Subscription {{name}} has no custom role granting every action.',
    found: 'Subscription {{name}} has custom administrator roles: {{roles}}.',
  },
  evaluate(subscription, ctx) {
    const roles = ctx.inventory.list('azure.authorization.role-definition', { account: subscription.account });
    const admin = roles.filter(
      (r) => r.properties.permissions.some((p) => p.actions.includes('*')) && assignableAtSubscription(r.properties, subscription.properties.subscriptionId),
    );
    const evidence = {
      customRoles: roles.length,
      administratorRoles: admin.map((r) => ({
        roleName: r.properties.roleName,
        assignableScopes: r.properties.assignableScopes,
        notActions: r.properties.permissions.flatMap((p) => p.notActions),
      })),
    };
    if (admin.length === 0) return { status: 'PASS', messageId: 'none', evidence };
    return { status: 'FAIL', messageId: 'found', data: { roles: admin.map((r) => r.properties.roleName).join(', ') }, evidence };
  },
});
