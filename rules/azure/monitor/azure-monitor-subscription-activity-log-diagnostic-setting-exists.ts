import { destinationsOf } from '../../../src/engine/helpers/azure-diagnostics.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-monitor-subscription-activity-log-diagnostic-setting-exists',
  provider: 'azure',
  service: 'monitor',
  resourceType: 'azure.subscription',
  severity: 'medium',
  title: "A diagnostic setting exports the subscription Activity Log ('Diagnostic Setting' exists for Subscription Activity Logs)",
  description:
    'Checks that the subscription has at least one Activity Log diagnostic setting with a destination (Log Analytics workspace, storage account, event hub or partner solution).',
  rationale:
    'Azure keeps the Activity Log for 90 days only; exporting it keeps the record of every control-plane change for investigations and lets a SIEM alert on it.',
  remediation: {
    summary:
      'Create a diagnostic setting on the subscription that sends the Activity Log to your Log Analytics workspace (and an archive storage account if required).',
    cli: 'az monitor diagnostic-settings subscription create --name activity-log --location <location> --workspace <workspace-id> --logs \'[{"category":"Administrative","enabled":true},{"category":"Security","enabled":true},{"category":"Alert","enabled":true},{"category":"Policy","enabled":true}]\'',
    console: [
      'Open Monitor > Activity log and choose "Export Activity Logs".',
      'Choose "+ Add diagnostic setting", select the categories and a destination, and save.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/activity-log',
    'https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/diagnostic-settings',
  ],
  requires: { 'azure.monitor.subscription-diagnostic-setting': 'account' },
  messages: {
    exists: 'Subscription {{name}} exports its Activity Log through {{settings}}.',
    missing: 'Subscription {{name}} does not export its Activity Log: no diagnostic setting with a destination.',
  },
  evaluate(subscription, ctx) {
    const settings = ctx.inventory.list('azure.monitor.subscription-diagnostic-setting', { account: subscription.account });
    const exporting = settings.filter((s) => destinationsOf(s.properties).length > 0);
    const evidence = { settings: settings.map((s) => ({ name: s.name, destinations: destinationsOf(s.properties) })) };
    if (exporting.length === 0) return { status: 'FAIL', messageId: 'missing', evidence };
    return {
      status: 'PASS',
      messageId: 'exists',
      data: { settings: exporting.map((s) => `${s.name} (${destinationsOf(s.properties).join(', ')})`).join('; ') },
      evidence,
    };
  },
});
