import { BUILT_IN_ROLES, coversSubscription, hasRole, scopeLevel } from '../../../src/engine/helpers/azure-rbac.js';
import { defineRule } from '../../../src/engine/rule.js';

const MIN = 2;
const MAX = 3;

export default defineRule({
  id: 'azure-authorization-subscription-owners-2-to-3',
  provider: 'azure',
  service: 'authorization',
  resourceType: 'azure.subscription',
  severity: 'medium',
  title: 'There are between 2 and 3 subscription owners',
  description: `Counts the distinct principals holding the Owner role over the whole subscription (at it, or inherited from a management group or the root): between ${MIN} and ${MAX} passes. A group counts as one principal; review its members.`,
  rationale:
    'Owners have full control, including granting access; too many widen the attack surface, while a single owner is a single point of failure when that person is away or the account is locked.',
  remediation: {
    summary: `Keep ${MIN} to ${MAX} Owner assignments on the subscription (ideally eligible through PIM) and give everyone else narrower roles.`,
    cli: 'az role assignment list --role Owner --scope /subscriptions/<subscription-id> --include-inherited',
    console: [
      'Open the subscription > Access control (IAM) > Role assignments, filter on the Owner role.',
      `Remove or downgrade assignments until ${MIN} to ${MAX} principals remain.`,
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/role-based-access-control/best-practices#limit-the-number-of-subscription-owners'],
  requires: { 'azure.authorization.role-assignment': 'account' },
  messages: {
    balanced: 'Subscription {{name}} has {{count}} owners.',
    tooMany: 'Subscription {{name}} has {{count}} owners (more than 3): {{owners}}.',
    tooFew: 'Subscription {{name}} has {{count}} owner(s) (fewer than 2).',
  },
  evaluate(subscription, ctx) {
    const owners = ctx.inventory
      .list('azure.authorization.role-assignment', { account: subscription.account })
      .filter((a) => hasRole(a.properties, BUILT_IN_ROLES.owner) && coversSubscription(a.properties, subscription.properties.subscriptionId));
    const principals = [...new Map(owners.map((a) => [a.properties.principalId, a.properties])).values()];
    const evidence = { owners: principals.map((p) => ({ principalId: p.principalId, principalType: p.principalType, scope: scopeLevel(p.scope) })) };
    const data = { count: principals.length, owners: principals.map((p) => `${p.principalType ?? 'principal'} ${p.principalId}`).join(', ') };
    if (principals.length > MAX) return { status: 'FAIL', messageId: 'tooMany', data, evidence };
    if (principals.length < MIN) return { status: 'FAIL', messageId: 'tooFew', data, evidence };
    return { status: 'PASS', messageId: 'balanced', data, evidence };
  },
});
