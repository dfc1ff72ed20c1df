import { azureSubscription, subscriptionDiagnosticSetting } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-monitor-subscription-activity-log-diagnostic-setting-exists.js';

testRule(rule, {
  valid: [
    { name: 'to Log Analytics', resource: azureSubscription(), inventory: [subscriptionDiagnosticSetting()], messageId: 'exists' },
    {
      name: 'to an event hub only',
      resource: azureSubscription(),
      inventory: [subscriptionDiagnosticSetting('to-siem', { workspaceId: null, eventHubAuthorizationRuleId: '/subscriptions/x/authorizationRules/send' })],
    },
  ],
  invalid: [
    { name: 'no diagnostic setting', resource: azureSubscription(), messageId: 'missing', evidence: { settings: [] } },
    {
      name: 'a setting without destination',
      resource: azureSubscription(),
      inventory: [subscriptionDiagnosticSetting('broken', { workspaceId: null })],
      messageId: 'missing',
    },
    {
      name: 'a setting of another subscription',
      resource: azureSubscription(),
      inventory: [subscriptionDiagnosticSetting('other', {}, { account: '99999999-0000-4000-8000-000000000000' })],
      messageId: 'missing',
    },
  ],
});
