import { destinationsOf, logsCover } from '../../../src/engine/helpers/azure-diagnostics.js';
import { defineRule } from '../../../src/engine/rule.js';

const REQUIRED = ['Administrative', 'Alert', 'Policy', 'Security'];

export default defineRule({
  id: 'azure-monitor-subscription-activity-log-categories-captured',
  provider: 'azure',
  service: 'monitor',
  resourceType: 'azure.subscription',
  severity: 'medium',
  title: 'Activity Log diagnostic settings capture the Administrative, Alert, Policy and Security categories',
  description: `Checks that the subscription's Activity Log diagnostic settings with a destination, together, export the categories ${REQUIRED.join(', ')} (enabled; the 'allLogs' group covers all).`,
  rationale:
    'Those four categories record who changed what, which alerts fired, what Azure Policy did and what Defender for Cloud reported: the minimum an investigation of the control plane needs.',
  remediation: {
    summary: `Enable the ${REQUIRED.join(', ')} categories in the subscription's Activity Log diagnostic setting.`,
    cli: 'az monitor diagnostic-settings subscription create --name activity-log --location <location> --workspace <workspace-id> --logs \'[{"category":"Administrative","enabled":true},{"category":"Security","enabled":true},{"category":"Alert","enabled":true},{"category":"Policy","enabled":true}]\'',
    console: [
      'Open Monitor > Activity log > Export Activity Logs, then the diagnostic setting.',
      'Select Administrative, Alert, Policy and Security (and the other categories you need), and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/azure-monitor/essentials/activity-log-schema#categories'],
  requires: { 'azure.monitor.subscription-diagnostic-setting': 'account' },
  messages: {
    captured: 'Subscription {{name}} exports the Administrative, Alert, Policy and Security categories of its Activity Log.',
    missingCategories: 'Subscription {{name}} does not export these Activity Log categories: {{categories}}.',
  },
  evaluate(subscription, ctx) {
    const settings = ctx.inventory
      .list('azure.monitor.subscription-diagnostic-setting', { account: subscription.account })
      .filter((s) => destinationsOf(s.properties).length > 0);
    const missing = REQUIRED.filter((category) => !settings.some((s) => logsCover(s.properties.logs, { categories: [category] })));
    const evidence = {
      required: REQUIRED,
      missing,
      settings: settings.map((s) => ({
        name: s.name,
        categories: s.properties.logs.filter((l) => l.enabled).map((l) => l.category ?? `group:${l.categoryGroup ?? '?'}`),
      })),
    };
    if (missing.length > 0) return { status: 'FAIL', messageId: 'missingCategories', data: { categories: missing.join(', ') }, evidence };
    return { status: 'PASS', messageId: 'captured', evidence };
  },
});
