import { DEFENDER_PLAN_REQUIRES, defenderPlanMessages, evaluateDefenderPlan } from '../../../src/engine/helpers/azure-defender.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-security-subscription-defender-key-vault-on',
  provider: 'azure',
  service: 'security',
  resourceType: 'azure.subscription',
  severity: 'medium',
  title: 'Microsoft Defender for Key Vault is On',
  description:
    "Checks that the subscription's Defender for Cloud plan 'KeyVaults' has pricing tier Standard (On). The sub-plan is reported in the message and the evidence.",
  rationale:
    'Defender for Key Vault detects unusual access to keys and secrets (from Tor, unfamiliar locations or with suspicious volumes), often the first sign that credentials were stolen.',
  remediation: {
    summary: 'Turn on the Defender for Key Vault plan for the subscription (it is billed per protected resource).',
    cli: 'az security pricing create --name KeyVaults --tier Standard',
    console: [
      'Open Microsoft Defender for Cloud and choose Management > Environment settings, then the subscription.',
      'On "Defender plans", set Key Vault to On and save.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-key-vault-introduction',
    'https://learn.microsoft.com/en-us/rest/api/defenderforcloud/pricings/list',
  ],
  requires: DEFENDER_PLAN_REQUIRES,
  messages: defenderPlanMessages('Key Vault'),
  evaluate(subscription, ctx) {
    return evaluateDefenderPlan(subscription, ctx, 'KeyVaults');
  },
});
