import { rdsInstance } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-rds-instance-multi-az-enabled.js';

testRule(rule, {
  valid: [{ name: 'Multi-AZ instance', resource: rdsInstance('db1'), messageId: 'multiAz' }],
  invalid: [{ name: 'single-AZ instance', resource: rdsInstance('db2', { multiAZ: false }), messageId: 'singleAz', evidence: { multiAZ: false } }],
  notApplicable: [
    {
      name: 'an Aurora writer reports MultiAZ false: the cluster decides',
      resource: rdsInstance('aurora-1', { engine: 'aurora-postgresql', dbClusterIdentifier: 'orders', multiAZ: false }),
      messageId: 'clusterMember',
    },
  ],
});
