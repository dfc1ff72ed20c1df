import { apiGatewayStage } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-apigateway-stage-access-logging-enabled.js';

testRule(rule, {
  valid: [
    { name: 'REST stage with access logs', resource: apiGatewayStage('orders', 'prod'), messageId: 'enabled' },
    {
      name: 'HTTP API stage with access logs to Firehose',
      resource: apiGatewayStage('web', '$default', {
        protocol: 'HTTP',
        accessLogDestinationArn: 'arn:aws:firehose:us-east-1:123456789012:deliverystream/api-logs',
      }),
    },
  ],
  invalid: [
    { name: 'no access logs', resource: apiGatewayStage('orders', 'dev', { accessLogDestinationArn: null }), messageId: 'disabled' },
    {
      name: 'execution logging at INFO does not replace access logs',
      resource: apiGatewayStage('orders', 'test', { accessLogDestinationArn: null, executionLoggingLevel: 'INFO' }),
      messageId: 'disabled',
    },
  ],
});
