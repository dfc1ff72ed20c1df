import { activityLogAlert, administrativeAlertConditions, azureSubscription } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-monitor-subscription-service-health-alert-exists.js';

const leaf = (field: string, equals: string | null, containsAny: string[] = []) => ({ field, equals, containsAny, anyOf: [] });
const health = (props: Parameters<typeof activityLogAlert>[1] = {}) =>
  activityLogAlert('service-health', { conditions: [leaf('category', 'ServiceHealth')], ...props });

testRule(rule, {
  valid: [
    { name: 'a ServiceHealth alert', resource: azureSubscription(), inventory: [health()], messageId: 'alerted' },
    {
      name: 'filtered to incidents and security advisories',
      resource: azureSubscription(),
      inventory: [health({ conditions: [leaf('category', 'ServiceHealth'), leaf('properties.incidentType', null, ['Incident', 'Security'])] })],
    },
  ],
  invalid: [
    {
      name: 'administrative alerts only',
      resource: azureSubscription(),
      inventory: [activityLogAlert('policy', { conditions: administrativeAlertConditions('Microsoft.Authorization/policyAssignments/write') })],
      messageId: 'missing',
    },
    {
      name: 'a ResourceHealth alert is not Service Health',
      resource: azureSubscription(),
      inventory: [health({ conditions: [leaf('category', 'ResourceHealth')] })],
      messageId: 'missing',
    },
    { name: 'disabled', resource: azureSubscription(), inventory: [health({ enabled: false })], messageId: 'disabled' },
    { name: 'no action group', resource: azureSubscription(), inventory: [health({ actionGroupIds: [] })], messageId: 'noActionGroup' },
  ],
});
