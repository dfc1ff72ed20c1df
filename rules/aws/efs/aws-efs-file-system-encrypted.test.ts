import { efsFileSystem } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-efs-file-system-encrypted.js';

testRule(rule, {
  valid: [
    { name: 'encrypted with a customer key', resource: efsFileSystem('fs-0a1b'), messageId: 'encrypted' },
    {
      name: 'encrypted with the AWS managed key',
      resource: efsFileSystem('fs-0c2d', { kmsKeyId: 'arn:aws:kms:us-east-1:123456789012:alias/aws/elasticfilesystem' }),
    },
  ],
  invalid: [
    {
      name: 'not encrypted',
      resource: efsFileSystem('fs-0e3f', { encrypted: false, kmsKeyId: null }),
      messageId: 'notEncrypted',
      evidence: { encrypted: false },
    },
  ],
});
