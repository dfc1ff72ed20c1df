import { loadBalancer } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-elbv2-load-balancer-access-logging-enabled.js';

testRule(rule, {
  valid: [
    { name: 'internet-facing ALB with access logs', resource: loadBalancer('web'), messageId: 'enabled' },
    { name: 'internal ALB with access logs', resource: loadBalancer('internal-api', { scheme: 'internal' }) },
  ],
  invalid: [{ name: 'ALB without access logs', resource: loadBalancer('web', { accessLogsEnabled: false, accessLogsBucket: null }), messageId: 'disabled' }],
  notApplicable: [
    { name: 'Network Load Balancer', resource: loadBalancer('tcp', { type: 'network', accessLogsEnabled: false }), messageId: 'notHttp' },
    { name: 'Gateway Load Balancer', resource: loadBalancer('inspection', { type: 'gateway', accessLogsEnabled: false }), messageId: 'notHttp' },
  ],
});
