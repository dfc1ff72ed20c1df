import { entraConditionalAccessPolicy, entraSecurityDefaults } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-entra-security-defaults-enabled.js';

testRule(rule, {
  valid: [{ name: 'enabled', resource: entraSecurityDefaults(), messageId: 'enabled' }],
  invalid: [
    {
      name: 'disabled with no Conditional Access',
      resource: entraSecurityDefaults({ isEnabled: false }),
      messageId: 'disabled',
      evidence: { isEnabled: false },
    },
    {
      name: 'disabled, with Conditional Access policies only in report-only mode',
      resource: entraSecurityDefaults({ isEnabled: false }),
      inventory: [entraConditionalAccessPolicy('MFA for all', { state: 'enabledForReportingButNotEnforced' })],
      messageId: 'disabled',
    },
  ],
  notApplicable: [
    {
      name: 'Conditional Access replaces security defaults',
      resource: entraSecurityDefaults({ isEnabled: false }),
      inventory: [entraConditionalAccessPolicy('MFA for all')],
      messageId: 'conditionalAccess',
    },
  ],
});
