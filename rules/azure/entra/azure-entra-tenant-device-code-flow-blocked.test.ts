import { entraConditionalAccessPolicy, entraTenant } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-entra-tenant-device-code-flow-blocked.js';

const block = { operator: 'OR', builtInControls: ['block'], authenticationStrengthId: null };

testRule(rule, {
  valid: [
    {
      name: 'device code flow blocked',
      resource: entraTenant(),
      inventory: [entraConditionalAccessPolicy('Block device code', { authenticationFlows: 'deviceCodeFlow', grantControls: block })],
      messageId: 'enforced',
    },
  ],
  invalid: [
    {
      name: 'the flow condition requires MFA instead of blocking',
      resource: entraTenant(),
      inventory: [entraConditionalAccessPolicy('Device code MFA', { authenticationFlows: 'deviceCodeFlow' })],
      messageId: 'missing',
    },
    {
      name: 'a block policy without the flow condition is another policy',
      resource: entraTenant(),
      inventory: [entraConditionalAccessPolicy('Block legacy', { clientAppTypes: ['other'], grantControls: block })],
      messageId: 'missing',
    },
  ],
});
