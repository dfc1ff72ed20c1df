import { kmsKey } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-kms-key-rotation-enabled.js';

testRule(rule, {
  valid: [
    { name: 'customer key with rotation', resource: kmsKey('k1'), messageId: 'enabled' },
    { name: 'multi-region primary key with rotation', resource: kmsKey('mrk-1', { multiRegion: true }) },
  ],
  invalid: [
    { name: 'customer key without rotation', resource: kmsKey('k2', { rotationEnabled: false }), messageId: 'disabled', evidence: { rotationEnabled: false } },
    { name: 'a key that was re-enabled keeps rotation off', resource: kmsKey('k3', { rotationEnabled: false, keyState: 'Enabled' }), messageId: 'disabled' },
  ],
  notApplicable: [
    { name: 'AWS managed key', resource: kmsKey('aws-s3', { keyManager: 'AWS', rotationEnabled: null }), messageId: 'awsManaged' },
    {
      name: 'pending deletion',
      resource: kmsKey('k4', { keyState: 'PendingDeletion', deletionDate: '2026-11-20T00:00:00.000Z', rotationEnabled: false }),
      messageId: 'inactive',
    },
    { name: 'disabled key', resource: kmsKey('k5', { keyState: 'Disabled', rotationEnabled: false }), messageId: 'inactive' },
    {
      name: 'asymmetric signing key',
      resource: kmsKey('k6', { keySpec: 'RSA_2048', keyUsage: 'SIGN_VERIFY', rotationEnabled: null }),
      messageId: 'notRotatable',
    },
    { name: 'HMAC key', resource: kmsKey('k7', { keySpec: 'HMAC_256', keyUsage: 'GENERATE_VERIFY_MAC', rotationEnabled: null }), messageId: 'notRotatable' },
    { name: 'imported key material', resource: kmsKey('k8', { origin: 'EXTERNAL', rotationEnabled: null }), messageId: 'notRotatable' },
  ],
  error: [{ name: 'rotation status missing for a rotatable key', resource: kmsKey('k9', { rotationEnabled: null }), message: 'rotation status' }],
});
