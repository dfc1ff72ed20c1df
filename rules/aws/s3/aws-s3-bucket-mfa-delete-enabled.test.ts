import { s3Bucket } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-s3-bucket-mfa-delete-enabled.js';

testRule(rule, {
  valid: [
    { name: 'versioning with MFA delete', resource: s3Bucket('audit', { versioning: { status: 'Enabled', mfaDelete: 'Enabled' } }), messageId: 'enabled' },
  ],
  invalid: [
    { name: 'versioning without MFA delete', resource: s3Bucket('data'), messageId: 'disabled', evidence: { mfaDelete: 'Disabled' } },
    { name: 'never versioned', resource: s3Bucket('scratch', { versioning: { status: null, mfaDelete: null } }), messageId: 'noVersioning' },
    {
      name: 'versioning suspended (MFA delete no longer protects)',
      resource: s3Bucket('paused', { versioning: { status: 'Suspended', mfaDelete: 'Enabled' } }),
      messageId: 'noVersioning',
    },
  ],
});
