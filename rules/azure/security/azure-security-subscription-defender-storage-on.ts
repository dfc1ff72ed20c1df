import { DEFENDER_PLAN_REQUIRES, defenderPlanMessages, evaluateDefenderPlan } from '../../../src/engine/helpers/azure-defender.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-security-subscription-defender-storage-on',
  provider: 'azure',
  service: 'security',
  resourceType: 'azure.subscription',
  severity: 'medium',
  title: 'Microsoft Defender for Storage is On',
  description:
    "Checks that the subscription's Defender for Cloud plan 'StorageAccounts' has pricing tier Standard (On). The sub-plan is reported in the message and the evidence.",
  rationale:
    'Defender for Storage detects unusual access, data exfiltration and malware uploads to storage accounts, which are a frequent target of both mistakes and attacks.',
  remediation: {
    summary: 'Turn on the Defender for Storage plan for the subscription (it is billed per protected resource).',
    cli: 'az security pricing create --name StorageAccounts --tier Standard',
    console: [
      'Open Microsoft Defender for Cloud and choose Management > Environment settings, then the subscription.',
      'On "Defender plans", set Storage to On and save.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-storage-introduction',
    'https://learn.microsoft.com/en-us/rest/api/defenderforcloud/pricings/list',
  ],
  requires: DEFENDER_PLAN_REQUIRES,
  messages: defenderPlanMessages('Storage'),
  evaluate(subscription, ctx) {
    return evaluateDefenderPlan(subscription, ctx, 'StorageAccounts');
  },
});
