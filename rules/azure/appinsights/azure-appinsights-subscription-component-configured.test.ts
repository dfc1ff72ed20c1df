import { appInsightsComponent, azureSubscription } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-appinsights-subscription-component-configured.js';

testRule(rule, {
  valid: [
    { name: 'a workspace-based component', resource: azureSubscription(), inventory: [appInsightsComponent('appi-web')], messageId: 'configured' },
    {
      name: 'a classic component still counts',
      resource: azureSubscription(),
      inventory: [appInsightsComponent('appi-old', { workspaceResourceId: null, ingestionMode: 'ApplicationInsights' })],
      evidence: { components: [{ workspaceBased: false }] },
    },
  ],
  invalid: [
    { name: 'no component', resource: azureSubscription(), messageId: 'missing' },
    {
      name: 'a component in another subscription only',
      resource: azureSubscription(),
      inventory: [appInsightsComponent('appi-web', {}, { account: '99999999-0000-4000-8000-000000000000' })],
      messageId: 'missing',
    },
  ],
});
