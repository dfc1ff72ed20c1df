import { DEFENDER_PLAN_REQUIRES, defenderPlanMessages, evaluateDefenderPlan } from '../../../src/engine/helpers/azure-defender.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-security-subscription-defender-app-service-on',
  provider: 'azure',
  service: 'security',
  resourceType: 'azure.subscription',
  severity: 'medium',
  title: 'Microsoft Defender for App Service is On',
  description:
    "Checks that the subscription's Defender for Cloud plan 'AppServices' has pricing tier Standard (On). The sub-plan is reported in the message and the evidence.",
  rationale:
    'Defender for App Service detects attacks against web apps (dangling DNS, web shells, suspicious requests and processes) that the platform itself does not report.',
  remediation: {
    summary: 'Turn on the Defender for App Service plan for the subscription (it is billed per protected resource).',
    cli: 'az security pricing create --name AppServices --tier Standard',
    console: [
      'Open Microsoft Defender for Cloud and choose Management > Environment settings, then the subscription.',
      'On "Defender plans", set App Service to On and save.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-app-service-introduction',
    'https://learn.microsoft.com/en-us/rest/api/defenderforcloud/pricings/list',
  ],
  requires: DEFENDER_PLAN_REQUIRES,
  messages: defenderPlanMessages('App Service'),
  evaluate(subscription, ctx) {
    return evaluateDefenderPlan(subscription, ctx, 'AppServices');
  },
});
