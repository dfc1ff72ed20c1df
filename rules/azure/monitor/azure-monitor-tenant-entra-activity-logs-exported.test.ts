import { diagnosticLog, entraDiagnosticSetting, entraTenant } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-monitor-tenant-entra-activity-logs-exported.js';

const logs = (...categories: string[]) => categories.map((category) => diagnosticLog({ category }));

testRule(rule, {
  valid: [
    { name: 'audit and sign-in logs to Log Analytics', resource: entraTenant(), inventory: [entraDiagnosticSetting()], messageId: 'exported' },
    {
      name: "the 'allLogs' group to an event hub",
      resource: entraTenant(),
      inventory: [
        entraDiagnosticSetting('siem', { workspaceId: null, eventHubAuthorizationRuleId: '/x/rule', logs: [diagnosticLog({ categoryGroup: 'allLogs' })] }),
      ],
    },
  ],
  invalid: [
    {
      name: 'no Entra diagnostic setting',
      resource: entraTenant(),
      messageId: 'notExported',
      evidence: { missing: ['AuditLogs', 'SignInLogs', 'NonInteractiveUserSignInLogs', 'ServicePrincipalSignInLogs'] },
    },
    { name: 'audit logs only', resource: entraTenant(), inventory: [entraDiagnosticSetting('audit', { logs: logs('AuditLogs') })], messageId: 'notExported' },
    {
      name: 'a setting with no destination',
      resource: entraTenant(),
      inventory: [entraDiagnosticSetting('nowhere', { workspaceId: null })],
      messageId: 'notExported',
    },
  ],
});
