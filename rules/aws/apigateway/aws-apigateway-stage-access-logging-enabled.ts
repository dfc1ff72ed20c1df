import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-apigateway-stage-access-logging-enabled',
  provider: 'aws',
  service: 'apigateway',
  resourceType: 'aws.apigateway.stage',
  severity: 'low',
  title: 'API Gateway stages have access logging enabled',
  description: 'Checks that each REST, HTTP and WebSocket API stage has access logging configured (AccessLogSettings.DestinationArn).',
  rationale: 'Access logs record who called which API route, from where and with what result; execution logs alone do not identify callers.',
  remediation: {
    summary: 'Configure access logging on the stage to a CloudWatch Logs group (or Firehose) with a format that includes the caller identity and source IP.',
    cli: "aws apigateway update-stage --rest-api-id <api-id> --stage-name <stage> --patch-operations op=replace,path=/accessLogSettings/destinationArn,value=<log-group-arn> op=replace,path=/accessLogSettings/format,value='$context.requestId $context.identity.sourceIp $context.httpMethod $context.resourcePath $context.status'",
    console: [
      'Open the API Gateway console, choose the API and Stages, then the stage.',
      'Edit "Logs and tracing", turn on custom access logging, enter the log group ARN and format, and save.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/apigateway/latest/developerguide/set-up-logging.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/apigateway-controls.html#apigateway-1',
  ],
  reads: ['accessLogDestinationArn'],
  messages: {
    enabled: 'API Gateway stage {{name}} writes access logs to {{destination}}.',
    disabled: 'API Gateway stage {{name}} has no access logging.',
  },
  evaluate(stage) {
    const { accessLogDestinationArn, executionLoggingLevel, protocol } = stage.properties;
    const evidence = { protocol, accessLogDestinationArn, executionLoggingLevel };
    if (accessLogDestinationArn === null) return { status: 'FAIL', messageId: 'disabled', evidence };
    return { status: 'PASS', messageId: 'enabled', data: { destination: accessLogDestinationArn }, evidence };
  },
});
