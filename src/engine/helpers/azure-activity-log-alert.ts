/**
 * CIS Azure 6.1.2.x: an Activity Log alert exists for an administrative operation (or for Service
 * Health) on the subscription. An alert counts only when all of this holds:
 * - it is enabled;
 * - one of its scopes is the subscription itself (an alert scoped to a resource group or a
 *   resource sees only part of the subscription's events);
 * - its condition matches every event of the operation: category 'Administrative' (or missing),
 *   operationName equal to the operation (case-insensitive; also through containsAny or an anyOf
 *   alternative), and no other field narrowing it (resourceGroup, resourceId, caller, level, a
 *   status other than 'Succeeded', ...). A resourceType or resourceProvider condition is accepted
 *   when the operation belongs to it. Service Health alerts need category 'ServiceHealth'; their
 *   incident-type and impacted-service filters are accepted, as the CIS remediation allows them;
 * - it notifies someone: at least one action group.
 * The first missing property among the alerts that match the operation decides the message.
 */
import type { ActivityLogAlertLeafCondition, ActivityLogAlert } from '../../resources/azure/index.js';
import type { Resource } from '../../resources/index.js';
import type { Outcome, RuleContext } from '../rule.js';

export interface ActivityAlertSpec {
  /** What is monitored, in a message: 'create policy assignment'. */
  readonly what: string;
  /** The operation, e.g. 'Microsoft.Authorization/policyAssignments/write'; omitted for Service Health. */
  readonly operationName?: string;
}

export type ActivityAlertMessageId = 'alerted' | 'missing' | 'disabled' | 'narrowScope' | 'noActionGroup';

export const ACTIVITY_ALERT_REQUIRES = { 'azure.monitor.activity-log-alert': 'account' } as const;

export function activityAlertMessages(what: string): Readonly<Record<ActivityAlertMessageId, string>> {
  return {
    alerted: `Subscription {{name}} has an Activity Log alert for ${what}: {{alerts}}.`,
    missing: `Subscription {{name}} has no Activity Log alert for ${what}.`,
    disabled: `Subscription {{name}} has an Activity Log alert for ${what}, but it is disabled: {{alerts}}.`,
    narrowScope: `Subscription {{name}} has an Activity Log alert for ${what} only on a part of the subscription: {{alerts}}.`,
    noActionGroup: `Subscription {{name}} has an Activity Log alert for ${what} that notifies no action group: {{alerts}}.`,
  };
}

const SERVICE_HEALTH_FIELDS = new Set([
  'category',
  'properties.incidenttype',
  'properties.impactedservices[*].servicename',
  'properties.impactedservices[*].impactedregions[*].regionname',
]);

/** True when the alert's condition matches every event of the operation (or every Service Health event). */
export function conditionMatches(alert: ActivityLogAlert, spec: ActivityAlertSpec): boolean {
  const operation = spec.operationName?.toLowerCase();
  const category = operation === undefined ? 'servicehealth' : 'administrative';
  let matchedOperation = operation === undefined;
  let matchedCategory = operation !== undefined;
  for (const condition of alert.conditions) {
    const leaves: readonly ActivityLogAlertLeafCondition[] = condition.anyOf.length > 0 ? condition.anyOf : [condition];
    const field = (leaf: ActivityLogAlertLeafCondition): string => (leaf.field ?? '').toLowerCase();
    const values = (leaf: ActivityLogAlertLeafCondition): string[] => [leaf.equals, ...leaf.containsAny].filter((v) => v !== null).map((v) => v.toLowerCase());
    // An anyOf entry is satisfied when one alternative matches every event of interest.
    const satisfied = leaves.some((leaf) => {
      const f = field(leaf);
      const v = values(leaf);
      if (f === 'category') return v.includes(category);
      if (operation === undefined) return SERVICE_HEALTH_FIELDS.has(f);
      if (f === 'operationname') return v.includes(operation);
      if (f === 'resourcetype') return v.some((t) => operation.startsWith(`${t}/`));
      if (f === 'resourceprovider') return v.some((p) => operation.startsWith(`${p}/`));
      if (f === 'status') return v.length > 0 && v.every((s) => s === 'succeeded');
      return false;
    });
    if (!satisfied) return false;
    if (leaves.some((leaf) => field(leaf) === 'category' && values(leaf).includes(category))) matchedCategory = true;
    if (operation !== undefined && leaves.some((leaf) => field(leaf) === 'operationname' && values(leaf).includes(operation))) matchedOperation = true;
  }
  return matchedOperation && matchedCategory;
}

/** Evaluates the control for one subscription. */
export function evaluateActivityAlert(
  subscription: Resource<'azure.subscription'>,
  ctx: RuleContext,
  spec: ActivityAlertSpec,
): Outcome<ActivityAlertMessageId> {
  const subscriptionScope = `/subscriptions/${subscription.properties.subscriptionId}`.toLowerCase();
  const matching = ctx.inventory
    .list('azure.monitor.activity-log-alert', { account: subscription.account })
    .filter((a) => conditionMatches(a.properties, spec));
  const evidence = {
    operationName: spec.operationName ?? null,
    alerts: matching.map((a) => ({
      name: a.name,
      enabled: a.properties.enabled,
      scopes: a.properties.scopes,
      actionGroups: a.properties.actionGroupIds.length,
    })),
  };
  if (matching.length === 0) return { status: 'FAIL', messageId: 'missing', evidence };
  const names = (list: readonly Resource<'azure.monitor.activity-log-alert'>[]): string => list.map((a) => a.name).join(', ');
  const enabled = matching.filter((a) => a.properties.enabled);
  if (enabled.length === 0) return { status: 'FAIL', messageId: 'disabled', data: { alerts: names(matching) }, evidence };
  const covering = enabled.filter((a) => a.properties.scopes.some((s) => s.toLowerCase() === subscriptionScope));
  if (covering.length === 0) return { status: 'FAIL', messageId: 'narrowScope', data: { alerts: names(enabled) }, evidence };
  const notifying = covering.filter((a) => a.properties.actionGroupIds.length > 0);
  if (notifying.length === 0) return { status: 'FAIL', messageId: 'noActionGroup', data: { alerts: names(covering) }, evidence };
  return { status: 'PASS', messageId: 'alerted', data: { alerts: names(notifying) }, evidence };
}
