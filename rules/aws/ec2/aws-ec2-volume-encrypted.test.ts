import { ec2Volume } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-ec2-volume-encrypted.js';

testRule(rule, {
  valid: [
    { name: 'encrypted volume in use', resource: ec2Volume('vol-1'), messageId: 'encrypted' },
    { name: 'encrypted detached volume', resource: ec2Volume('vol-2', { state: 'available', attachedInstanceIds: [] }) },
  ],
  invalid: [
    { name: 'unencrypted volume', resource: ec2Volume('vol-3', { encrypted: false, kmsKeyId: null }), messageId: 'notEncrypted' },
    {
      name: 'unencrypted detached volume still holds data',
      resource: ec2Volume('vol-4', { encrypted: false, kmsKeyId: null, state: 'available', attachedInstanceIds: [] }),
      messageId: 'notEncrypted',
    },
  ],
});
