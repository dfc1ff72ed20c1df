import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-elbv2-load-balancer-access-logging-enabled',
  provider: 'aws',
  service: 'elbv2',
  resourceType: 'aws.elbv2.load-balancer',
  severity: 'low',
  title: 'Application Load Balancers have access logging enabled',
  description:
    'Checks that each Application Load Balancer has the attribute access_logs.s3.enabled set (elasticloadbalancing:DescribeLoadBalancerAttributes). Network and Gateway Load Balancers are not HTTP front ends and are out of scope.',
  rationale: 'Access logs record every request with client address, path, status and TLS details: the evidence to investigate attacks on a web application.',
  remediation: {
    summary: 'Enable access logs on the load balancer, to an S3 bucket whose policy allows the regional Elastic Load Balancing log delivery.',
    cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn <arn> --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=<bucket>',
    console: [
      'Open the EC2 console, choose Load Balancers and the load balancer.',
      'On Attributes, choose Edit, turn on "Access logs", choose the S3 location and save.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/enable-access-logging.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/elb-controls.html#elb-5',
  ],
  reads: ['type', 'accessLogsEnabled', 'accessLogsBucket'],
  messages: {
    enabled: 'Load balancer {{name}} writes access logs to {{bucket}}.',
    disabled: 'Load balancer {{name}} has access logging turned off.',
    notHttp: 'Load balancer {{name}} is a {{type}} load balancer, not an HTTP front end.',
  },
  evaluate(lb) {
    const { type, accessLogsEnabled, accessLogsBucket } = lb.properties;
    const evidence = { type, accessLogsEnabled, accessLogsBucket };
    if (type !== 'application') return { status: 'NOT_APPLICABLE', messageId: 'notHttp', data: { type }, evidence };
    return accessLogsEnabled
      ? { status: 'PASS', messageId: 'enabled', data: { bucket: accessLogsBucket ?? 'S3' }, evidence }
      : { status: 'FAIL', messageId: 'disabled', evidence };
  },
});
