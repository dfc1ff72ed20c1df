import { operationAlertCases } from '../../../tests/support/azure-activity-alert.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-monitor-subscription-delete-sql-firewall-rule-alert-exists.js';

testRule(rule, operationAlertCases('Microsoft.Sql/servers/firewallRules/delete', 'alert-delete-sql-firewall-rule'));
