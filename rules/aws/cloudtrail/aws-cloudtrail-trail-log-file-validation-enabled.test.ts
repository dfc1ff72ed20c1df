import { cloudTrail } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-cloudtrail-trail-log-file-validation-enabled.js';

testRule(rule, {
  valid: [{ name: 'validation enabled', resource: cloudTrail('main'), messageId: 'enabled' }],
  invalid: [
    {
      name: 'validation disabled',
      resource: cloudTrail('main', { logFileValidationEnabled: false }),
      messageId: 'disabled',
      evidence: { logFileValidationEnabled: false },
    },
    {
      name: 'an organization trail this account owns is assessed here',
      resource: cloudTrail('org', { isOrganizationTrail: true, logFileValidationEnabled: false }),
      messageId: 'disabled',
    },
  ],
  notApplicable: [
    {
      name: 'organization trail owned by the management account',
      resource: cloudTrail('org', { ownerAccountId: '111111111111', isOrganizationTrail: true, logFileValidationEnabled: false }),
      messageId: 'otherOwner',
    },
  ],
});
