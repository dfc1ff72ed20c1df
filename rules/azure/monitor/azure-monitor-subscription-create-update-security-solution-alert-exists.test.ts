import { operationAlertCases } from '../../../tests/support/azure-activity-alert.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-monitor-subscription-create-update-security-solution-alert-exists.js';

testRule(rule, operationAlertCases('Microsoft.Security/securitySolutions/write', 'alert-create-update-security-solution'));
