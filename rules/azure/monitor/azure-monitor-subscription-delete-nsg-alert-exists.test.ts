import { operationAlertCases } from '../../../tests/support/azure-activity-alert.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-monitor-subscription-delete-nsg-alert-exists.js';

testRule(rule, operationAlertCases('Microsoft.Network/networkSecurityGroups/delete', 'alert-delete-nsg'));
