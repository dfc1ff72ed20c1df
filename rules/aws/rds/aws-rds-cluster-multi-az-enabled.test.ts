import { rdsCluster } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-rds-cluster-multi-az-enabled.js';

testRule(rule, {
  valid: [{ name: 'Aurora cluster with a reader in another AZ', resource: rdsCluster('orders'), messageId: 'multiAz' }],
  invalid: [
    { name: 'Aurora cluster with only a writer', resource: rdsCluster('reports', { multiAZ: false }), messageId: 'singleAz', evidence: { multiAZ: false } },
  ],
});
