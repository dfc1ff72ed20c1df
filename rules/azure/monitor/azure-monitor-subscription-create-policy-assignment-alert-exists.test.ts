import { activityLogAlert, administrativeAlertConditions, azureSubscription } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-monitor-subscription-create-policy-assignment-alert-exists.js';

const OPERATION = 'Microsoft.Authorization/policyAssignments/write';
const alert = (props: Parameters<typeof activityLogAlert>[1] = {}) =>
  activityLogAlert('alert-create-policy-assignment', { conditions: administrativeAlertConditions(OPERATION), ...props });

testRule(rule, {
  valid: [
    { name: 'an enabled subscription-wide alert with an action group', resource: azureSubscription(), inventory: [alert()], messageId: 'alerted' },
    {
      name: 'operation names compare case-insensitively',
      resource: azureSubscription(),
      inventory: [alert({ conditions: administrativeAlertConditions(OPERATION.toLowerCase()) })],
    },
  ],
  invalid: [
    { name: 'no alert', resource: azureSubscription(), messageId: 'missing' },
    {
      name: 'an alert for another operation',
      resource: azureSubscription(),
      inventory: [alert({ conditions: administrativeAlertConditions('Microsoft.Compute/virtualMachines/write') })],
      messageId: 'missing',
    },
    { name: 'the alert is disabled', resource: azureSubscription(), inventory: [alert({ enabled: false })], messageId: 'disabled' },
    { name: 'the alert notifies nobody', resource: azureSubscription(), inventory: [alert({ actionGroupIds: [] })], messageId: 'noActionGroup' },
  ],
});
