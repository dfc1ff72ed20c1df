import { operationAlertCases } from '../../../tests/support/azure-activity-alert.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-monitor-subscription-delete-security-solution-alert-exists.js';

testRule(rule, operationAlertCases('Microsoft.Security/securitySolutions/delete', 'alert-delete-security-solution'));
