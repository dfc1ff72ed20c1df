/** The test table the CIS Azure 6.1.2.x administrative-operation alert rules share: same cases, per operation. */
import type { ActivityAlertMessageId } from '../../src/engine/helpers/azure-activity-log-alert.js';
import type { ActivityLogAlert } from '../../src/resources/azure/index.js';
import type { Resource } from '../../src/resources/index.js';
import { activityLogAlert, administrativeAlertConditions, azureSubscription } from '../fixtures/azure/index.js';
import type { RuleCases } from './rule-tester.js';

/** A compliant alert (enabled, subscription-wide, one action group) on the operation; override a property to break it. */
export function operationAlert(name: string, operation: string): (props?: Partial<ActivityLogAlert>) => Resource<'azure.monitor.activity-log-alert'> {
  return (props = {}) => activityLogAlert(name, { conditions: administrativeAlertConditions(operation), ...props });
}

/** The cases every administrative-operation alert rule must pass: the alert named `alertName` watching `operation`. */
export function operationAlertCases(operation: string, alertName: string): RuleCases<'azure.subscription', ActivityAlertMessageId> {
  const alert = operationAlert(alertName, operation);
  const resource = azureSubscription();
  return {
    valid: [
      { name: 'an enabled subscription-wide alert with an action group', resource, inventory: [alert()], messageId: 'alerted' },
      {
        name: 'operation names compare case-insensitively',
        resource,
        inventory: [alert({ conditions: administrativeAlertConditions(operation.toLowerCase()) })],
      },
    ],
    invalid: [
      { name: 'no alert', resource, messageId: 'missing' },
      {
        name: 'an alert for another operation',
        resource,
        inventory: [alert({ conditions: administrativeAlertConditions('Microsoft.Compute/virtualMachines/write') })],
        messageId: 'missing',
      },
      { name: 'the alert is disabled', resource, inventory: [alert({ enabled: false })], messageId: 'disabled' },
      { name: 'the alert notifies nobody', resource, inventory: [alert({ actionGroupIds: [] })], messageId: 'noActionGroup' },
    ],
  };
}
