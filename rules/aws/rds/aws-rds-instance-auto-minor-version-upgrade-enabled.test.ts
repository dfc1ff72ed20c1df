import { rdsInstance } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-rds-instance-auto-minor-version-upgrade-enabled.js';

testRule(rule, {
  valid: [{ name: 'auto minor version upgrade on', resource: rdsInstance('db1'), messageId: 'enabled' }],
  invalid: [
    {
      name: 'auto minor version upgrade off',
      resource: rdsInstance('db2', { autoMinorVersionUpgrade: false }),
      messageId: 'disabled',
      evidence: { autoMinorVersionUpgrade: false },
    },
    {
      name: 'an Aurora member instance with it off',
      resource: rdsInstance('aurora-1', { engine: 'aurora-mysql', dbClusterIdentifier: 'c1', autoMinorVersionUpgrade: false }),
      messageId: 'disabled',
    },
  ],
});
