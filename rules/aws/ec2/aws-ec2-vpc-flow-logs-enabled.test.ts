import { flowLog, vpc } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-ec2-vpc-flow-logs-enabled.js';

testRule(rule, {
  valid: [
    { name: 'all traffic logged', resource: vpc('vpc-1'), messageId: 'enabled' },
    {
      name: 'rejected traffic logged next to an accepted-only log',
      resource: vpc('vpc-2', { flowLogs: [flowLog({ trafficType: 'ACCEPT' }), flowLog({ flowLogId: 'fl-2', trafficType: 'REJECT' })] }),
    },
    { name: 'the default VPC with a flow log', resource: vpc('vpc-3', { isDefault: true }) },
  ],
  invalid: [
    { name: 'no flow logs', resource: vpc('vpc-4', { flowLogs: [] }), messageId: 'none' },
    { name: 'accepted traffic only', resource: vpc('vpc-5', { flowLogs: [flowLog({ trafficType: 'ACCEPT' })] }), messageId: 'acceptOnly' },
    { name: 'a flow log that is not active', resource: vpc('vpc-6', { flowLogs: [flowLog({ flowLogStatus: 'INACTIVE' })] }), messageId: 'inactive' },
    { name: 'an unused default VPC still needs a flow log', resource: vpc('vpc-7', { isDefault: true, flowLogs: [] }), messageId: 'none' },
  ],
});
