import { operationAlertCases } from '../../../tests/support/azure-activity-alert.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-monitor-subscription-create-update-sql-firewall-rule-alert-exists.js';

testRule(rule, operationAlertCases('Microsoft.Sql/servers/firewallRules/write', 'alert-create-update-sql-firewall-rule'));
