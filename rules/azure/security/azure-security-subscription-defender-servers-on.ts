import { DEFENDER_PLAN_REQUIRES, defenderPlanMessages, evaluateDefenderPlan } from '../../../src/engine/helpers/azure-defender.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-security-subscription-defender-servers-on',
  provider: 'azure',
  service: 'security',
  resourceType: 'azure.subscription',
  severity: 'high',
  title: 'Microsoft Defender for Servers is On',
  description:
    "Checks that the subscription's Defender for Cloud plan 'VirtualMachines' has pricing tier Standard (On). The sub-plan is reported in the message and the evidence.",
  rationale:
    'Defender for Servers brings Microsoft Defender for Endpoint, vulnerability assessment and threat detection to virtual machines and Arc-enabled servers; without it, a compromised VM raises no alert.',
  remediation: {
    summary: 'Turn on the Defender for Servers plan for the subscription (it is billed per protected resource).',
    cli: 'az security pricing create --name VirtualMachines --tier Standard',
    console: [
      'Open Microsoft Defender for Cloud and choose Management > Environment settings, then the subscription.',
      'On "Defender plans", set Servers to On and save.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-servers-introduction',
    'https://learn.microsoft.com/en-us/rest/api/defenderforcloud/pricings/list',
  ],
  requires: DEFENDER_PLAN_REQUIRES,
  messages: defenderPlanMessages('Servers'),
  evaluate(subscription, ctx) {
    return evaluateDefenderPlan(subscription, ctx, 'VirtualMachines');
  },
});
