import { diagnosticLog, entraDiagnosticSetting, entraTenant } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-monitor-tenant-graph-activity-logs-exported.js';

testRule(rule, {
  valid: [{ name: 'Graph activity logs to Log Analytics', resource: entraTenant(), inventory: [entraDiagnosticSetting()], messageId: 'exported' }],
  invalid: [
    { name: 'no Entra diagnostic setting', resource: entraTenant(), messageId: 'notExported' },
    {
      name: 'audit and sign-in logs only',
      resource: entraTenant(),
      inventory: [entraDiagnosticSetting('entra', { logs: ['AuditLogs', 'SignInLogs'].map((category) => diagnosticLog({ category })) })],
      messageId: 'notExported',
    },
  ],
});
