import { operationAlertCases } from '../../../tests/support/azure-activity-alert.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-monitor-subscription-delete-public-ip-alert-exists.js';

testRule(rule, operationAlertCases('Microsoft.Network/publicIPAddresses/delete', 'alert-delete-public-ip'));
