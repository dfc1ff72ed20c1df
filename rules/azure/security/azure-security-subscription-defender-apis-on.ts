import { DEFENDER_PLAN_REQUIRES, defenderPlanMessages, evaluateDefenderPlan } from '../../../src/engine/helpers/azure-defender.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-security-subscription-defender-apis-on',
  provider: 'azure',
  service: 'security',
  resourceType: 'azure.subscription',
  severity: 'medium',
  title: 'Microsoft Defender for APIs is On',
  description:
    "Checks that the subscription's Defender for Cloud plan 'Api' has pricing tier Standard (On). The sub-plan is reported in the message and the evidence.",
  rationale:
    'Defender for APIs inventories the APIs published through API Management, flags unauthenticated or unused ones and detects attacks against them (OWASP API top 10).',
  remediation: {
    summary: 'Turn on the Defender for APIs plan for the subscription (it is billed per protected resource).',
    cli: 'az security pricing create --name Api --tier Standard',
    console: [
      'Open Microsoft Defender for Cloud and choose Management > Environment settings, then the subscription.',
      'On "Defender plans", set APIs to On and save.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-apis-introduction',
    'https://learn.microsoft.com/en-us/rest/api/defenderforcloud/pricings/list',
  ],
  requires: DEFENDER_PLAN_REQUIRES,
  messages: defenderPlanMessages('APIs'),
  evaluate(subscription, ctx) {
    return evaluateDefenderPlan(subscription, ctx, 'Api');
  },
});
