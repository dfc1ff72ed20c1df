import { DEFENDER_PLAN_REQUIRES, defenderPlanMessages, evaluateDefenderPlan } from '../../../src/engine/helpers/azure-defender.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-security-subscription-defender-cspm-on',
  provider: 'azure',
  service: 'security',
  resourceType: 'azure.subscription',
  severity: 'medium',
  title: 'Microsoft Defender for CSPM is On',
  description:
    "Checks that the subscription's Defender for Cloud plan 'CloudPosture' has pricing tier Standard (On). The sub-plan is reported in the message and the evidence.",
  rationale:
    'Defender CSPM adds attack path analysis, the cloud security explorer, agentless discovery and data-aware posture to the free foundational posture management, so risky combinations of misconfigurations are found before an attacker chains them.',
  remediation: {
    summary: 'Turn on the Defender for CSPM plan for the subscription (it is billed per protected resource).',
    cli: 'az security pricing create --name CloudPosture --tier Standard',
    console: [
      'Open Microsoft Defender for Cloud and choose Management > Environment settings, then the subscription.',
      'On "Defender plans", set CSPM to On and save.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/concept-cloud-security-posture-management',
    'https://learn.microsoft.com/en-us/rest/api/defenderforcloud/pricings/list',
  ],
  requires: DEFENDER_PLAN_REQUIRES,
  messages: defenderPlanMessages('CSPM'),
  evaluate(subscription, ctx) {
    return evaluateDefenderPlan(subscription, ctx, 'CloudPosture');
  },
});
