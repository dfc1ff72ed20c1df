import { DEFENDER_PLAN_REQUIRES, defenderPlanMessages, evaluateDefenderPlan } from '../../../src/engine/helpers/azure-defender.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-security-subscription-defender-sql-databases-on',
  provider: 'azure',
  service: 'security',
  resourceType: 'azure.subscription',
  severity: 'medium',
  title: 'Microsoft Defender for Azure SQL Databases is On',
  description:
    "Checks that the subscription's Defender for Cloud plan 'SqlServers' has pricing tier Standard (On). The sub-plan is reported in the message and the evidence.",
  rationale:
    'Defender for Azure SQL detects SQL injection, anomalous logins and data exfiltration, and runs vulnerability assessments on Azure SQL Database and Managed Instance.',
  remediation: {
    summary: 'Turn on the Defender for Azure SQL Databases plan for the subscription (it is billed per protected resource).',
    cli: 'az security pricing create --name SqlServers --tier Standard',
    console: [
      'Open Microsoft Defender for Cloud and choose Management > Environment settings, then the subscription.',
      'On "Defender plans", set Azure SQL Databases to On and save.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-sql-introduction',
    'https://learn.microsoft.com/en-us/rest/api/defenderforcloud/pricings/list',
  ],
  requires: DEFENDER_PLAN_REQUIRES,
  messages: defenderPlanMessages('Azure SQL Databases'),
  evaluate(subscription, ctx) {
    return evaluateDefenderPlan(subscription, ctx, 'SqlServers');
  },
});
