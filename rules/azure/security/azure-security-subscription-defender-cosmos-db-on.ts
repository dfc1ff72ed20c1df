import { DEFENDER_PLAN_REQUIRES, defenderPlanMessages, evaluateDefenderPlan } from '../../../src/engine/helpers/azure-defender.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-security-subscription-defender-cosmos-db-on',
  provider: 'azure',
  service: 'security',
  resourceType: 'azure.subscription',
  severity: 'medium',
  title: 'Microsoft Defender for Azure Cosmos DB is On',
  description:
    "Checks that the subscription's Defender for Cloud plan 'CosmosDbs' has pricing tier Standard (On). The sub-plan is reported in the message and the evidence.",
  rationale: 'Defender for Azure Cosmos DB detects SQL injection, anomalous access and data exfiltration attempts against Cosmos DB accounts.',
  remediation: {
    summary: 'Turn on the Defender for Azure Cosmos DB plan for the subscription (it is billed per protected resource).',
    cli: 'az security pricing create --name CosmosDbs --tier Standard',
    console: [
      'Open Microsoft Defender for Cloud and choose Management > Environment settings, then the subscription.',
      'On "Defender plans", set Azure Cosmos DB to On and save.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/concept-defender-for-cosmos',
    'https://learn.microsoft.com/en-us/rest/api/defenderforcloud/pricings/list',
  ],
  requires: DEFENDER_PLAN_REQUIRES,
  messages: defenderPlanMessages('Azure Cosmos DB'),
  evaluate(subscription, ctx) {
    return evaluateDefenderPlan(subscription, ctx, 'CosmosDbs');
  },
});
