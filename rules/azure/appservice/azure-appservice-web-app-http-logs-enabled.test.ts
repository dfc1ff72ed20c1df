import { diagnosticLog, diagnosticSetting, webApp } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-appservice-web-app-http-logs-enabled.js';

testRule(rule, {
  valid: [
    { name: 'HTTP logs to Log Analytics', resource: webApp('app-web'), messageId: 'enabled' },
    { name: "the 'allLogs' group", resource: webApp('app-all', { diagnosticSettings: [diagnosticSetting('all')] }) },
  ],
  invalid: [
    { name: 'no diagnostic setting', resource: webApp('app-dark', { diagnosticSettings: [] }), messageId: 'disabled' },
    {
      name: 'console logs only',
      resource: webApp('app-console', { diagnosticSettings: [diagnosticSetting('console', { logs: [diagnosticLog({ category: 'AppServiceConsoleLogs' })] })] }),
      messageId: 'disabled',
    },
    { name: 'file-system HTTP logging alone is not exported', resource: webApp('app-fs', { diagnosticSettings: [] }), messageId: 'disabled' },
  ],
  notApplicable: [{ name: 'a function app', resource: webApp('func-jobs', { kind: 'functionapp,linux', diagnosticSettings: [] }), messageId: 'functionApp' }],
  error: [{ name: 'diagnostic settings not collected', resource: webApp('app-denied', { diagnosticSettings: null }), message: 'were not collected' }],
});
