import { ACTIVITY_ALERT_REQUIRES, activityAlertMessages, evaluateActivityAlert } from '../../../src/engine/helpers/azure-activity-log-alert.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-monitor-subscription-create-update-nsg-alert-exists',
  provider: 'azure',
  service: 'monitor',
  resourceType: 'azure.subscription',
  severity: 'low',
  title: 'An Activity Log alert exists for create or update network security group',
  description:
    "Checks for an enabled Activity Log alert, scoped to the whole subscription and notifying an action group, whose condition matches every 'Microsoft.Network/networkSecurityGroups/write' administrative event (category Administrative and that operation name, with no other narrowing condition).",
  rationale:
    'Changing a network security group can open ports to the Internet in one call; an alert on it lets the team review every exposure change as it happens.',
  remediation: {
    summary: 'Create an Activity Log alert on the subscription for this operation with an action group that notifies the security team.',
    cli: 'az monitor activity-log alert create --name <alert> --resource-group <resource-group> --scope /subscriptions/<subscription-id> --condition category=Administrative and operationName=Microsoft.Network/networkSecurityGroups/write --action-group <action-group-id>',
    console: [
      'Open Monitor > Alerts and choose "+ Create" > "Alert rule", with the subscription as scope.',
      'As condition choose the Activity Log signal "create or update network security group" (Microsoft.Network/networkSecurityGroups/write), add an action group that notifies the security team, and create.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/azure-monitor/alerts/activity-log-alerts',
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/resource-provider-operations',
  ],
  requires: ACTIVITY_ALERT_REQUIRES,
  messages: activityAlertMessages('create or update network security group'),
  evaluate(subscription, ctx) {
    return evaluateActivityAlert(subscription, ctx, {
      what: 'create or update network security group',
      operationName: 'Microsoft.Network/networkSecurityGroups/write',
    });
  },
});
