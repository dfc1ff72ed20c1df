import { ACTIVITY_ALERT_REQUIRES, activityAlertMessages, evaluateActivityAlert } from '../../../src/engine/helpers/azure-activity-log-alert.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-monitor-subscription-service-health-alert-exists',
  provider: 'azure',
  service: 'monitor',
  resourceType: 'azure.subscription',
  severity: 'low',
  title: 'An Activity Log alert exists for Service Health',
  description:
    "Checks for an enabled Activity Log alert, scoped to the whole subscription and notifying an action group, with condition category 'ServiceHealth' (filters on incident type, services or regions are accepted).",
  rationale:
    'Service Health tells you about Azure incidents, planned maintenance and security advisories that affect your resources; without an alert, the first sign of an outage or a required action is a user complaint.',
  remediation: {
    summary: 'Create a Service Health alert on the subscription with an action group that notifies the operations and security teams.',
    cli: 'az monitor activity-log alert create --name <alert> --resource-group <resource-group> --scope /subscriptions/<subscription-id> --condition category=ServiceHealth --action-group <action-group-id>',
    console: [
      'Open Service Health > Health alerts and choose "+ Create service health alert".',
      'Select the subscription, all services, regions and event types, add an action group, and create.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/service-health/alerts-activity-log-service-notifications-portal'],
  requires: ACTIVITY_ALERT_REQUIRES,
  messages: activityAlertMessages('Service Health'),
  evaluate(subscription, ctx) {
    return evaluateActivityAlert(subscription, ctx, { what: 'Service Health' });
  },
});
