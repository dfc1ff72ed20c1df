import { DEFENDER_PLAN_REQUIRES, defenderPlanMessages, evaluateDefenderPlan } from '../../../src/engine/helpers/azure-defender.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-security-subscription-defender-containers-on',
  provider: 'azure',
  service: 'security',
  resourceType: 'azure.subscription',
  severity: 'medium',
  title: 'Microsoft Defender for Containers is On',
  description:
    "Checks that the subscription's Defender for Cloud plan 'Containers' has pricing tier Standard (On). The sub-plan is reported in the message and the evidence.",
  rationale:
    'Defender for Containers hardens Kubernetes clusters, scans container images for vulnerabilities and detects runtime threats in AKS and registries.',
  remediation: {
    summary: 'Turn on the Defender for Containers plan for the subscription (it is billed per protected resource).',
    cli: 'az security pricing create --name Containers --tier Standard',
    console: [
      'Open Microsoft Defender for Cloud and choose Management > Environment settings, then the subscription.',
      'On "Defender plans", set Containers to On and save.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-containers-introduction',
    'https://learn.microsoft.com/en-us/rest/api/defenderforcloud/pricings/list',
  ],
  requires: DEFENDER_PLAN_REQUIRES,
  messages: defenderPlanMessages('Containers'),
  evaluate(subscription, ctx) {
    return evaluateDefenderPlan(subscription, ctx, 'Containers');
  },
});
