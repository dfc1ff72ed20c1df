import { azureSubscription, policyAssignment } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-security-subscription-benchmark-policies-not-disabled.js';

testRule(rule, {
  valid: [
    { name: 'no overridden effects', resource: azureSubscription(), inventory: [policyAssignment()], messageId: 'enforced' },
    {
      name: 'effects overridden to Audit, and non-effect parameters',
      resource: azureSubscription(),
      inventory: [
        policyAssignment('SecurityCenterBuiltIn', { parameters: { diskEncryptionMonitoringEffect: 'AuditIfNotExists', allowedLocations: 'Disabled' } }),
      ],
    },
  ],
  invalid: [
    {
      name: 'two effects disabled',
      resource: azureSubscription(),
      inventory: [
        policyAssignment('SecurityCenterBuiltIn', {
          parameters: { vulnerabilityAssessmentMonitoringEffect: 'Disabled', diskEncryptionMonitoringEffect: 'disabled' },
        }),
      ],
      messageId: 'disabled',
      evidence: { disabledEffects: ['diskEncryptionMonitoringEffect', 'vulnerabilityAssessmentMonitoringEffect'] },
    },
    { name: 'no benchmark assignment', resource: azureSubscription(), messageId: 'noBenchmark' },
  ],
});
