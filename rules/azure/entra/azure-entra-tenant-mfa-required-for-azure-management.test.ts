import { entraConditionalAccessPolicy, entraTenant } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-entra-tenant-mfa-required-for-azure-management.js';

const AZURE_MANAGEMENT = '797f4846-ba00-4fd7-ba43-dac1f8f63013';

testRule(rule, {
  valid: [
    {
      name: 'the Azure management app',
      resource: entraTenant(),
      inventory: [entraConditionalAccessPolicy('Azure MFA', { applications: { include: [AZURE_MANAGEMENT], exclude: [] } })],
      messageId: 'enforced',
    },
    { name: 'all cloud apps include it', resource: entraTenant(), inventory: [entraConditionalAccessPolicy('MFA everywhere')] },
  ],
  invalid: [
    {
      name: 'all apps but Azure management excluded',
      resource: entraTenant(),
      inventory: [entraConditionalAccessPolicy('MFA', { applications: { include: ['All'], exclude: [AZURE_MANAGEMENT] } })],
      messageId: 'missing',
    },
    {
      name: 'the policy is disabled',
      resource: entraTenant(),
      inventory: [entraConditionalAccessPolicy('Azure MFA', { state: 'disabled', applications: { include: [AZURE_MANAGEMENT], exclude: [] } })],
      messageId: 'missing',
    },
  ],
});
