import { azureSubscription, defenderPlan } from '../../../tests/fixtures/azure/index.js';
import { defenderPlanCases } from '../../../tests/support/azure-defender.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-security-subscription-defender-servers-on.js';

const cases = defenderPlanCases('VirtualMachines');

testRule(rule, {
  ...cases,
  valid: [
    ...cases.valid,
    {
      name: 'Plan 1 is On too (agentless scanning and file integrity monitoring need Plan 2)',
      resource: azureSubscription(),
      inventory: [defenderPlan('VirtualMachines', { subPlan: 'P1' })],
      evidence: { subPlan: 'P1' },
    },
  ],
});
