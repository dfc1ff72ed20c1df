import { BUILT_IN_ROLES, coversSubscription, hasRole, scopeLevel } from '../../../src/engine/helpers/azure-rbac.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-authorization-subscription-user-access-administrator-restricted',
  provider: 'azure',
  service: 'authorization',
  resourceType: 'azure.subscription',
  severity: 'high',
  title: "Use of the 'User Access Administrator' role is restricted",
  description:
    "Checks that no principal holds User Access Administrator over the whole subscription: at the root scope '/' (what 'Elevate access' grants a Global Administrator), at a management group above it, or at the subscription itself. Assignments on resource groups and resources are listed in the evidence only.",
  rationale:
    'User Access Administrator can grant any role, Owner included, to anyone: holding it over a subscription is holding the subscription. Elevated access at the root should be removed as soon as the task that needed it is done.',
  remediation: {
    summary:
      'Remove the User Access Administrator assignments listed; for root-scope elevation, the Global Administrator turns "Access management for Azure resources" off again.',
    cli: 'az role assignment delete --role "User Access Administrator" --assignee <principal-id> --scope <scope>',
    console: [
      'For the root scope: open Microsoft Entra ID > Properties and set "Access management for Azure resources" to No.',
      'For other scopes: open the subscription (or management group) > Access control (IAM) > Role assignments, and remove the User Access Administrator assignment.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/elevate-access-global-admin',
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/built-in-roles/privileged#user-access-administrator',
  ],
  requires: { 'azure.authorization.role-assignment': 'account' },
  messages: {
    restricted: 'No principal holds User Access Administrator over subscription {{name}}.',
    assigned: 'User Access Administrator is assigned over subscription {{name}}: {{assignments}}.',
  },
  evaluate(subscription, ctx) {
    const uaa = ctx.inventory
      .list('azure.authorization.role-assignment', { account: subscription.account })
      .filter((a) => hasRole(a.properties, BUILT_IN_ROLES.userAccessAdministrator));
    const wide = uaa.filter((a) => coversSubscription(a.properties, subscription.properties.subscriptionId));
    const describe = (a: (typeof uaa)[number]) => ({
      principalId: a.properties.principalId,
      principalType: a.properties.principalType,
      scope: a.properties.scope,
      level: scopeLevel(a.properties.scope),
    });
    const evidence = { subscriptionWide: wide.map(describe), narrower: uaa.filter((a) => !wide.includes(a)).map(describe) };
    if (wide.length === 0) return { status: 'PASS', messageId: 'restricted', evidence };
    const assignments = wide
      .map(
        (a) =>
          `${a.properties.principalType ?? 'principal'} ${a.properties.principalId} at ${a.properties.scope === '/' ? 'the root scope' : a.properties.scope}`,
      )
      .join(', ');
    return { status: 'FAIL', messageId: 'assigned', data: { assignments }, evidence };
  },
});
