import { rdsInstance } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-rds-instance-storage-encrypted.js';

testRule(rule, {
  valid: [
    { name: 'encrypted with a customer key', resource: rdsInstance('db1'), messageId: 'encrypted', evidence: { storageEncrypted: true } },
    { name: 'encrypted with the AWS managed key (no key id reported) still passes', resource: rdsInstance('db2', { kmsKeyId: null }) },
  ],
  invalid: [
    {
      name: 'storage not encrypted',
      resource: rdsInstance('db3', { storageEncrypted: false, kmsKeyId: null }),
      messageId: 'notEncrypted',
      evidence: { storageEncrypted: false, kmsKeyId: null },
    },
    {
      name: 'unencrypted Aurora member instance',
      resource: rdsInstance('aurora-1', { storageEncrypted: false, engine: 'aurora-postgresql', dbClusterIdentifier: 'c1' }),
      messageId: 'notEncrypted',
    },
  ],
});
