import { organizationsMembership } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-organizations-account-centralized-root-access-enabled.js';

testRule(rule, {
  valid: [
    { name: 'root credentials management and root sessions on', resource: organizationsMembership(), messageId: 'enabled' },
    { name: 'root credentials management without root sessions', resource: organizationsMembership({ organizationsFeatures: ['RootCredentialsManagement'] }) },
  ],
  invalid: [
    {
      name: 'no features enabled',
      resource: organizationsMembership({ organizationsFeatures: [] }),
      messageId: 'disabled',
      evidence: { organizationsFeatures: [] },
    },
    { name: 'only root sessions', resource: organizationsMembership({ organizationsFeatures: ['RootSessions'] }), messageId: 'disabled' },
  ],
  notApplicable: [
    { name: 'a standalone account', resource: organizationsMembership({ organization: null, organizationsFeatures: null }), messageId: 'notInOrganization' },
    {
      name: 'a member account that cannot call ListOrganizationsFeatures',
      resource: organizationsMembership({ organizationsFeatures: null }),
      messageId: 'notReadable',
    },
  ],
});
