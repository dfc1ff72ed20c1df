import { DEFENDER_PLAN_REQUIRES, defenderPlanMessages, evaluateDefenderPlan } from '../../../src/engine/helpers/azure-defender.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-security-subscription-defender-open-source-databases-on',
  provider: 'azure',
  service: 'security',
  resourceType: 'azure.subscription',
  severity: 'medium',
  title: 'Microsoft Defender for open-source relational databases is On',
  description:
    "Checks that the subscription's Defender for Cloud plan 'OpenSourceRelationalDatabases' has pricing tier Standard (On). The sub-plan is reported in the message and the evidence.",
  rationale:
    'Defender for open-source relational databases detects brute-force attacks, anomalous access and suspicious activity on Azure Database for PostgreSQL, MySQL and MariaDB.',
  remediation: {
    summary: 'Turn on the Defender for open-source relational databases plan for the subscription (it is billed per protected resource).',
    cli: 'az security pricing create --name OpenSourceRelationalDatabases --tier Standard',
    console: [
      'Open Microsoft Defender for Cloud and choose Management > Environment settings, then the subscription.',
      'On "Defender plans", set open-source relational databases to On and save.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-databases-introduction',
    'https://learn.microsoft.com/en-us/rest/api/defenderforcloud/pricings/list',
  ],
  requires: DEFENDER_PLAN_REQUIRES,
  messages: defenderPlanMessages('open-source relational databases'),
  evaluate(subscription, ctx) {
    return evaluateDefenderPlan(subscription, ctx, 'OpenSourceRelationalDatabases');
  },
});
