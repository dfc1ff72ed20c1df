import {
  activityLogAlert,
  administrativeAlertConditions,
  azureSubscription,
  resourceGroupId,
  DEFAULT_SUBSCRIPTION,
} from '../../../tests/fixtures/azure/index.js';
import { operationAlert, operationAlertCases } from '../../../tests/support/azure-activity-alert.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-monitor-subscription-create-update-nsg-alert-exists.js';

const OPERATION = 'Microsoft.Network/networkSecurityGroups/write';
const leaf = (field: string, equals: string | null, containsAny: string[] = []) => ({ field, equals, containsAny, anyOf: [] });
const alert = operationAlert('alert-create-update-nsg', OPERATION);
const common = operationAlertCases(OPERATION, 'alert-create-update-nsg');

testRule(rule, {
  valid: [
    ...common.valid,
    {
      name: 'the operation among anyOf alternatives',
      resource: azureSubscription(),
      inventory: [
        alert({
          conditions: [
            leaf('category', 'Administrative'),
            {
              field: null,
              equals: null,
              containsAny: [],
              anyOf: [leaf('operationName', 'Microsoft.Network/networkSecurityGroups/delete'), leaf('operationName', OPERATION)],
            },
          ],
        }),
      ],
    },
    {
      name: 'the operation in containsAny',
      resource: azureSubscription(),
      inventory: [alert({ conditions: [leaf('category', 'Administrative'), leaf('operationName', null, [OPERATION])] })],
    },
    {
      name: 'a resourceType condition that the operation belongs to',
      resource: azureSubscription(),
      inventory: [alert({ conditions: [...administrativeAlertConditions(OPERATION), leaf('resourceType', 'Microsoft.Network/networkSecurityGroups')] })],
    },
    {
      name: "a status condition of 'Succeeded'",
      resource: azureSubscription(),
      inventory: [alert({ conditions: [...administrativeAlertConditions(OPERATION), leaf('status', 'Succeeded')] })],
    },
    { name: 'no category condition', resource: azureSubscription(), inventory: [alert({ conditions: [leaf('operationName', OPERATION)] })] },
    {
      name: 'one good alert among bad ones',
      resource: azureSubscription(),
      inventory: [alert({ enabled: false }), activityLogAlert('alert-good', { conditions: administrativeAlertConditions(OPERATION) })],
    },
  ],
  invalid: [
    ...common.invalid,
    {
      name: 'scoped to a resource group only',
      resource: azureSubscription(),
      inventory: [alert({ scopes: [resourceGroupId(DEFAULT_SUBSCRIPTION, 'rg-network')] })],
      messageId: 'narrowScope',
    },
    {
      name: 'scoped to another subscription',
      resource: azureSubscription(),
      inventory: [alert({ scopes: ['/subscriptions/99999999-0000-4000-8000-000000000000'] })],
      messageId: 'narrowScope',
    },
    {
      name: 'narrowed to one resource group by its condition',
      resource: azureSubscription(),
      inventory: [alert({ conditions: [...administrativeAlertConditions(OPERATION), leaf('resourceGroup', 'rg-network')] })],
      messageId: 'missing',
    },
    {
      name: "a status condition of 'Failed' misses successful changes",
      resource: azureSubscription(),
      inventory: [alert({ conditions: [...administrativeAlertConditions(OPERATION), leaf('status', 'Failed')] })],
      messageId: 'missing',
    },
    {
      name: 'the right operation under the Security category',
      resource: azureSubscription(),
      inventory: [alert({ conditions: [leaf('category', 'Security'), leaf('operationName', OPERATION)] })],
      messageId: 'missing',
    },
    {
      name: 'a resourceType condition of another type',
      resource: azureSubscription(),
      inventory: [alert({ conditions: [...administrativeAlertConditions(OPERATION), leaf('resourceType', 'Microsoft.Network/publicIPAddresses')] })],
      messageId: 'missing',
    },
    {
      name: 'the delete operation does not cover create or update',
      resource: azureSubscription(),
      inventory: [alert({ conditions: administrativeAlertConditions('Microsoft.Network/networkSecurityGroups/delete') })],
      messageId: 'missing',
    },
  ],
});
