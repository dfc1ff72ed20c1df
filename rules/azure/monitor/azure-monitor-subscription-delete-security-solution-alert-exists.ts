import { ACTIVITY_ALERT_REQUIRES, activityAlertMessages, evaluateActivityAlert } from '../../../src/engine/helpers/azure-activity-log-alert.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-monitor-subscription-delete-security-solution-alert-exists',
  provider: 'azure',
  service: 'monitor',
  resourceType: 'azure.subscription',
  severity: 'low',
  title: 'An Activity Log alert exists for delete security solution',
  description:
    "Checks for an enabled Activity Log alert, scoped to the whole subscription and notifying an action group, whose condition matches every 'Microsoft.Security/securitySolutions/delete' administrative event (category Administrative and that operation name, with no other narrowing condition).",
  rationale: 'Removing a security solution blinds part of the defences; an alert on the deletion shows tampering while there is still time to react.',
  remediation: {
    summary: 'Create an Activity Log alert on the subscription for this operation with an action group that notifies the security team.',
    cli: 'az monitor activity-log alert create --name <alert> --resource-group <resource-group> --scope /subscriptions/<subscription-id> --condition category=Administrative and operationName=Microsoft.Security/securitySolutions/delete --action-group <action-group-id>',
    console: [
      'Open Monitor > Alerts and choose "+ Create" > "Alert rule", with the subscription as scope.',
      'As condition choose the Activity Log signal "delete security solution" (Microsoft.Security/securitySolutions/delete), add an action group that notifies the security team, and create.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/azure-monitor/alerts/activity-log-alerts',
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/resource-provider-operations',
  ],
  requires: ACTIVITY_ALERT_REQUIRES,
  messages: activityAlertMessages('delete security solution'),
  evaluate(subscription, ctx) {
    return evaluateActivityAlert(subscription, ctx, { what: 'delete security solution', operationName: 'Microsoft.Security/securitySolutions/delete' });
  },
});
