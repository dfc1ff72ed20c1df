import { DEFENDER_PLAN_REQUIRES, defenderPlanMessages, evaluateDefenderPlan } from '../../../src/engine/helpers/azure-defender.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-security-subscription-defender-resource-manager-on',
  provider: 'azure',
  service: 'security',
  resourceType: 'azure.subscription',
  severity: 'medium',
  title: 'Microsoft Defender for Resource Manager is On',
  description:
    "Checks that the subscription's Defender for Cloud plan 'Arm' has pricing tier Standard (On). The sub-plan is reported in the message and the evidence.",
  rationale:
    'Defender for Resource Manager watches every management operation for suspicious patterns (toolkits such as MicroBurst, unusual permissions changes, operations from malicious IPs), across the whole subscription.',
  remediation: {
    summary: 'Turn on the Defender for Resource Manager plan for the subscription (it is billed per protected resource).',
    cli: 'az security pricing create --name Arm --tier Standard',
    console: [
      'Open Microsoft Defender for Cloud and choose Management > Environment settings, then the subscription.',
      'On "Defender plans", set Resource Manager to On and save.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-resource-manager-introduction',
    'https://learn.microsoft.com/en-us/rest/api/defenderforcloud/pricings/list',
  ],
  requires: DEFENDER_PLAN_REQUIRES,
  messages: defenderPlanMessages('Resource Manager'),
  evaluate(subscription, ctx) {
    return evaluateDefenderPlan(subscription, ctx, 'Arm');
  },
});
