import { operationAlertCases } from '../../../tests/support/azure-activity-alert.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-monitor-subscription-delete-policy-assignment-alert-exists.js';

testRule(rule, operationAlertCases('Microsoft.Authorization/policyAssignments/delete', 'alert-delete-policy-assignment'));
