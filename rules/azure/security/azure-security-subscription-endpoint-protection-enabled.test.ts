import { azureSubscription, securitySetting } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-security-subscription-endpoint-protection-enabled.js';

testRule(rule, {
  valid: [
    {
      name: 'WDATP enabled',
      resource: azureSubscription(),
      inventory: [securitySetting('WDATP'), securitySetting('MCAS', { enabled: false })],
      messageId: 'enabled',
    },
  ],
  invalid: [
    {
      name: 'WDATP disabled',
      resource: azureSubscription(),
      inventory: [securitySetting('WDATP', { enabled: false })],
      messageId: 'disabled',
      evidence: { enabled: false },
    },
    { name: 'only MCAS enabled', resource: azureSubscription(), inventory: [securitySetting('MCAS')], messageId: 'disabled', evidence: { enabled: null } },
  ],
});
