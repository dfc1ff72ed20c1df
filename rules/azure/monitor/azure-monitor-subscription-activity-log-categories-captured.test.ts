import { azureSubscription, diagnosticLog, subscriptionDiagnosticSetting } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-monitor-subscription-activity-log-categories-captured.js';

const logs = (...categories: string[]) => categories.map((category) => diagnosticLog({ category }));

testRule(rule, {
  valid: [
    { name: 'all eight categories', resource: azureSubscription(), inventory: [subscriptionDiagnosticSetting()], messageId: 'captured' },
    {
      name: 'the four categories split across two settings',
      resource: azureSubscription(),
      inventory: [
        subscriptionDiagnosticSetting('a', { logs: logs('Administrative', 'Security') }),
        subscriptionDiagnosticSetting('b', { logs: logs('Alert', 'Policy') }),
      ],
    },
    {
      name: "the 'allLogs' group",
      resource: azureSubscription(),
      inventory: [subscriptionDiagnosticSetting('all', { logs: [diagnosticLog({ categoryGroup: 'allLogs' })] })],
    },
  ],
  invalid: [
    {
      name: 'Administrative only',
      resource: azureSubscription(),
      inventory: [subscriptionDiagnosticSetting('admin', { logs: logs('Administrative') })],
      messageId: 'missingCategories',
      evidence: { missing: ['Alert', 'Policy', 'Security'] },
    },
    {
      name: 'Security listed but disabled',
      resource: azureSubscription(),
      inventory: [
        subscriptionDiagnosticSetting('s', { logs: [...logs('Administrative', 'Alert', 'Policy'), diagnosticLog({ category: 'Security', enabled: false })] }),
      ],
      messageId: 'missingCategories',
      evidence: { missing: ['Security'] },
    },
    {
      name: 'the categories go to a setting with no destination',
      resource: azureSubscription(),
      inventory: [subscriptionDiagnosticSetting('nowhere', { workspaceId: null })],
      messageId: 'missingCategories',
    },
    { name: 'no diagnostic setting', resource: azureSubscription(), messageId: 'missingCategories' },
  ],
});
