import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-security-subscription-endpoint-protection-enabled',
  provider: 'azure',
  service: 'security',
  resourceType: 'azure.subscription',
  severity: 'high',
  title: "The Defender for Servers 'Endpoint protection' component is On (Microsoft Defender for Endpoint integration)",
  description:
    "Checks the subscription's Defender for Cloud setting 'WDATP' (Microsoft Defender for Endpoint integration) is enabled. A missing setting counts as off.",
  rationale:
    'The integration deploys Microsoft Defender for Endpoint to the subscription’s servers, giving them endpoint detection and response, and feeds its alerts into Defender for Cloud.',
  remediation: {
    summary: "Turn on the 'Endpoint protection' component of the Defender for Servers plan.",
    cli: 'az security setting update --name WDATP --enabled true',
    console: [
      'Open Microsoft Defender for Cloud and choose Management > Environment settings, then the subscription.',
      'On the Servers plan, choose Settings, set "Endpoint protection" to On and save.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/integration-defender-for-endpoint',
    'https://learn.microsoft.com/en-us/rest/api/defenderforcloud/settings/list',
  ],
  requires: { 'azure.security.setting': 'account' },
  messages: {
    enabled: 'Microsoft Defender for Endpoint integration is On in subscription {{name}}.',
    disabled: 'Microsoft Defender for Endpoint integration is Off in subscription {{name}}.',
  },
  evaluate(subscription, ctx) {
    const setting = ctx.inventory.list('azure.security.setting', { account: subscription.account }).find((s) => s.name.toLowerCase() === 'wdatp');
    const evidence = { setting: 'WDATP', enabled: setting?.properties.enabled ?? null };
    return setting?.properties.enabled === true ? { status: 'PASS', messageId: 'enabled', evidence } : { status: 'FAIL', messageId: 'disabled', evidence };
  },
});
