import { az } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './azure-monitor-logging-removed.js';

testDetector(detector, {
  valid: [
    { name: 'a diagnostic setting written', events: [az({ operation: 'Microsoft.Insights/diagnosticSettings/write' })] },
    { name: 'a failed delete', events: [az({ operation: 'Microsoft.Insights/diagnosticSettings/delete', result: 'Failure' })] },
  ],
  invalid: [
    {
      name: 'a diagnostic setting deleted (any case)',
      events: [
        az({
          operation: 'microsoft.insights/diagnosticsettings/delete',
          resourceId: '/subscriptions/s/x/providers/Microsoft.Insights/diagnosticSettings/send',
        }),
      ],
      messageId: 'deleted',
      explains: 'diagnostic setting',
    },
    {
      name: 'a workspace deleted',
      events: [az({ operation: 'Microsoft.OperationalInsights/workspaces/delete' })],
      messageId: 'deleted',
      explains: 'Log Analytics workspace',
    },
  ],
});
