import { azureSubscription, defenderPlan } from '../../../tests/fixtures/azure/index.js';
import { defenderPlanCases } from '../../../tests/support/azure-defender.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-security-subscription-defender-storage-on.js';

const cases = defenderPlanCases('StorageAccounts');

testRule(rule, {
  ...cases,
  valid: [
    ...cases.valid,
    {
      name: 'the classic per-transaction plan is still On',
      resource: azureSubscription(),
      inventory: [defenderPlan('StorageAccounts', { subPlan: 'PerTransaction' })],
      evidence: { subPlan: 'PerTransaction' },
    },
  ],
});
