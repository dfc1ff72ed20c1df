import { awsAccount } from '../../../tests/fixtures/aws/index.js';
import { chainCases, monitoringChain } from '../../../tests/support/monitoring.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-cloudwatch-account-route-table-changes-monitored.js';

const account = awsAccount();
const CIS =
  '{ ($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }';
const chain = chainCases(CIS);

testRule(rule, {
  valid: [
    { name: 'the CIS pattern, alarmed and subscribed', resource: account, inventory: monitoringChain(CIS), messageId: 'monitored' },
    {
      name: 'the CIS v1.2 pattern without the event source',
      resource: account,
      inventory: monitoringChain(
        '{ ($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable) }',
      ),
    },
  ],
  invalid: [
    {
      name: 'an event source joined with || matches every EC2 call',
      resource: account,
      inventory: monitoringChain('{ ($.eventSource = ec2.amazonaws.com) || ($.eventName = CreateRoute) }'),
      messageId: 'noFilter',
    },
    ...chain.invalid,
  ],
  notApplicable: chain.notApplicable,
});
