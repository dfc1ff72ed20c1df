import { DEFENDER_PLAN_REQUIRES, defenderPlanMessages, evaluateDefenderPlan } from '../../../src/engine/helpers/azure-defender.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-security-subscription-defender-sql-servers-on-machines-on',
  provider: 'azure',
  service: 'security',
  resourceType: 'azure.subscription',
  severity: 'medium',
  title: 'Microsoft Defender for SQL servers on machines is On',
  description:
    "Checks that the subscription's Defender for Cloud plan 'SqlServerVirtualMachines' has pricing tier Standard (On). The sub-plan is reported in the message and the evidence.",
  rationale:
    'Defender for SQL servers on machines extends SQL threat detection and vulnerability assessment to SQL Server running on Azure VMs and Arc-enabled machines.',
  remediation: {
    summary: 'Turn on the Defender for SQL servers on machines plan for the subscription (it is billed per protected resource).',
    cli: 'az security pricing create --name SqlServerVirtualMachines --tier Standard',
    console: [
      'Open Microsoft Defender for Cloud and choose Management > Environment settings, then the subscription.',
      'On "Defender plans", set SQL servers on machines to On and save.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/defender-for-sql-usage',
    'https://learn.microsoft.com/en-us/rest/api/defenderforcloud/pricings/list',
  ],
  requires: DEFENDER_PLAN_REQUIRES,
  messages: defenderPlanMessages('SQL servers on machines'),
  evaluate(subscription, ctx) {
    return evaluateDefenderPlan(subscription, ctx, 'SqlServerVirtualMachines');
  },
});
