import { azureSubscription, policyAssignment } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-security-subscription-system-updates-check-enabled.js';

const MG = '/providers/Microsoft.Management/managementGroups/contoso';

testRule(rule, {
  valid: [
    { name: 'the default MCSB assignment', resource: azureSubscription(), inventory: [policyAssignment()], messageId: 'checked' },
    {
      name: 'MCSB assigned at a management group; other effects disabled do not matter here',
      resource: azureSubscription(),
      inventory: [
        policyAssignment('mcsb-mg', {
          scope: MG,
          parameters: { systemUpdatesMonitoringEffect: 'AuditIfNotExists', diskEncryptionMonitoringEffect: 'Disabled' },
        }),
      ],
    },
  ],
  invalid: [
    {
      name: 'no MCSB assignment',
      resource: azureSubscription(),
      inventory: [policyAssignment('tagging', { policyDefinitionId: '/providers/Microsoft.Authorization/policyDefinitions/require-tags' })],
      messageId: 'noBenchmark',
    },
    {
      name: 'the system updates effect set to Disabled',
      resource: azureSubscription(),
      inventory: [policyAssignment('SecurityCenterBuiltIn', { parameters: { systemUpdatesMonitoringEffect: 'Disabled' } })],
      messageId: 'disabled',
      evidence: { disabledUpdateEffects: ['systemUpdatesMonitoringEffect'] },
    },
    {
      name: 'the subscription is excluded from the management group assignment',
      resource: azureSubscription(),
      inventory: [policyAssignment('mcsb-mg', { scope: MG, notScopes: ['/subscriptions/11111111-2222-4333-8444-555555555555'] })],
      messageId: 'noBenchmark',
    },
  ],
});
