import { az } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './azure-monitor-alerting-removed.js';

testDetector(detector, {
  valid: [{ name: 'an alert rule written', events: [az({ operation: 'Microsoft.Insights/activityLogAlerts/write' })] }],
  invalid: [
    { name: 'an activity log alert deleted', events: [az({ operation: 'Microsoft.Insights/activityLogAlerts/delete' })], messageId: 'deleted' },
    { name: 'an action group deleted', events: [az({ operation: 'Microsoft.Insights/actionGroups/delete' })], messageId: 'deleted' },
  ],
});
