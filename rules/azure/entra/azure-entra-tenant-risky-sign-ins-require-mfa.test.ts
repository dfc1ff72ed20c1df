import { entraConditionalAccessPolicy, entraTenant } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-entra-tenant-risky-sign-ins-require-mfa.js';

testRule(rule, {
  valid: [
    {
      name: 'MFA on medium and high risk',
      resource: entraTenant(),
      inventory: [entraConditionalAccessPolicy('Risky sign-ins', { signInRiskLevels: ['high', 'medium'] })],
      messageId: 'enforced',
    },
    {
      name: 'block on high risk',
      resource: entraTenant(),
      inventory: [
        entraConditionalAccessPolicy('Block risky', {
          signInRiskLevels: ['high'],
          grantControls: { operator: 'OR', builtInControls: ['block'], authenticationStrengthId: null },
        }),
      ],
    },
  ],
  invalid: [
    { name: 'no sign-in risk condition', resource: entraTenant(), inventory: [entraConditionalAccessPolicy('MFA for all')], messageId: 'missing' },
    {
      name: 'low risk only',
      resource: entraTenant(),
      inventory: [entraConditionalAccessPolicy('Low risk', { signInRiskLevels: ['low'] })],
      messageId: 'missing',
    },
  ],
});
