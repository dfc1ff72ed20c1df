/**
 * Factories for the other AWS service resource types, with compliant defaults: KMS keys with
 * rotation, Config recording everything, Security Hub and Macie on, encrypted EFS, private
 * resource policies, logging front ends, and CloudWatch alarms that notify a subscribed SNS topic.
 */
import type { Resource } from '../../resources/index.js';
import type {
  ApiGatewayStage,
  CloudFrontDistribution,
  CloudWatchAlarm,
  ConfigRecorder,
  EfsFileSystem,
  Elbv2LoadBalancer,
  KmsKey,
  LambdaFunction,
  LogsMetricFilter,
  MacieSession,
  PolicyDocument,
  RdsCluster,
  SecretsManagerSecret,
  SecurityHubHub,
  SnsTopic,
  SqsQueue,
} from '../../resources/aws/index.js';
import { awsRegionFactId } from '../../resources/aws/ids.js';
import { makeResource, placed, type Placement } from './resource.js';

export function rdsCluster(identifier: string, props: Partial<RdsCluster> = {}, p: Placement = {}): Resource<'aws.rds.cluster'> {
  const { account, region, tags } = placed(p);
  return makeResource(
    'aws.rds.cluster',
    { id: `arn:aws:rds:${region}:${account}:cluster:${identifier}`, name: identifier, account, region, tags },
    {
      dbClusterIdentifier: identifier,
      engine: 'aurora-postgresql',
      storageEncrypted: true,
      kmsKeyId: `arn:aws:kms:${region}:${account}:key/11111111-2222-3333-4444-555555555555`,
      multiAZ: true,
      autoMinorVersionUpgrade: true,
      deletionProtection: true,
      ...props,
    },
  );
}

/** A customer managed symmetric key, enabled, with automatic rotation on. */
export function kmsKey(keyId: string, props: Partial<KmsKey> = {}, p: Placement = {}): Resource<'aws.kms.key'> {
  const { account, region, tags } = placed(p);
  const arn = `arn:aws:kms:${region}:${account}:key/${keyId}`;
  return makeResource(
    'aws.kms.key',
    { id: arn, name: tags['Name'] ?? keyId, account, region, tags },
    {
      keyId,
      keyManager: 'CUSTOMER',
      keyState: 'Enabled',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyUsage: 'ENCRYPT_DECRYPT',
      origin: 'AWS_KMS',
      multiRegion: false,
      rotationEnabled: true,
      deletionDate: null,
      policy: {
        Version: '2012-10-17',
        Statement: [{ Sid: 'Enable IAM policies', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'kms:*', Resource: '*' }],
      },
      ...props,
    },
  );
}

/** The default recorder, recording every supported resource type. */
export function configRecorder(props: Partial<ConfigRecorder> = {}, p: Placement = {}): Resource<'aws.config.recorder'> {
  const { account, region } = placed(p);
  const name = props.name ?? 'default';
  return makeResource(
    'aws.config.recorder',
    { id: awsRegionFactId(account, region, `config-recorder/${name}`), name, account, region },
    {
      name,
      roleArn: `arn:aws:iam::${account}:role/aws-service-role/config.amazonaws.com/AWSServiceRoleForConfig`,
      allSupported: true,
      includeGlobalResourceTypes: region === 'us-east-1',
      resourceTypes: [],
      recording: true,
      lastStatus: 'SUCCESS',
      ...props,
    },
  );
}

/** The namespace the CIS remediation steps use for their metrics. */
export const CIS_METRIC_NAMESPACE = 'CISBenchmark';

/** A metric filter on the `cloudtrail` log group (where cloudTrail() delivers) publishing one metric named after the filter. */
export function metricFilter(
  filterName: string,
  filterPattern: string,
  props: Partial<LogsMetricFilter> = {},
  p: Placement = {},
): Resource<'aws.logs.metric-filter'> {
  const { account, region } = placed(p);
  const logGroupName = props.logGroupName ?? 'cloudtrail';
  return makeResource(
    'aws.logs.metric-filter',
    { id: `arn:aws:logs:${region}:${account}:log-group:${logGroupName}:metric-filter:${filterName}`, name: filterName, account, region },
    { filterName, logGroupName, filterPattern, metricTransformations: [{ metricName: filterName, metricNamespace: CIS_METRIC_NAMESPACE }], ...props },
  );
}

/** An alarm on a CIS metric that notifies the `security-alerts` topic. */
export function cloudWatchAlarm(alarmName: string, props: Partial<CloudWatchAlarm> = {}, p: Placement = {}): Resource<'aws.cloudwatch.alarm'> {
  const { account, region } = placed(p);
  return makeResource(
    'aws.cloudwatch.alarm',
    { id: `arn:aws:cloudwatch:${region}:${account}:alarm:${alarmName}`, name: alarmName, account, region },
    {
      alarmName,
      metricName: alarmName,
      namespace: CIS_METRIC_NAMESPACE,
      actionsEnabled: true,
      alarmActions: [`arn:aws:sns:${region}:${account}:security-alerts`],
      stateValue: 'OK',
      ...props,
    },
  );
}

/** The metric filter and the alarm on its metric (same name), as the CIS remediation creates them. */
export function alarmedMetricFilter(
  name: string,
  filterPattern: string,
  alarm: Partial<CloudWatchAlarm> = {},
  p: Placement = {},
): [Resource<'aws.logs.metric-filter'>, Resource<'aws.cloudwatch.alarm'>] {
  return [metricFilter(name, filterPattern, {}, p), cloudWatchAlarm(`${name}-alarm`, { metricName: name, ...alarm }, p)];
}

/** A topic with one confirmed e-mail subscription. */
export function snsTopic(topicName: string, props: Partial<SnsTopic> = {}, p: Placement = {}): Resource<'aws.sns.topic'> {
  const { account, region, tags } = placed(p);
  const arn = `arn:aws:sns:${region}:${account}:${topicName}`;
  return makeResource(
    'aws.sns.topic',
    { id: arn, name: topicName, account, region, tags },
    {
      topicName,
      subscriptions: [{ subscriptionArn: `${arn}:0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0`, protocol: 'email', endpoint: 'security@example.com' }],
      policy: null,
      ...props,
    },
  );
}

export function securityHubHub(props: Partial<SecurityHubHub> = {}, p: Placement = {}): Resource<'aws.securityhub.hub'> {
  const { account, region } = placed(p);
  const hubArn = `arn:aws:securityhub:${region}:${account}:hub/default`;
  return makeResource(
    'aws.securityhub.hub',
    { id: hubArn, name: `Security Hub (${region})`, account, region },
    {
      hubArn,
      subscribedAt: '2025-03-01T10:00:00.000Z',
      enabledStandards: [`arn:aws:securityhub:${region}::standards/cis-aws-foundations-benchmark/v/5.0.0`],
      ...props,
    },
  );
}

export function efsFileSystem(fileSystemId: string, props: Partial<EfsFileSystem> = {}, p: Placement = {}): Resource<'aws.efs.file-system'> {
  const { account, region, tags } = placed(p);
  return makeResource(
    'aws.efs.file-system',
    { id: `arn:aws:elasticfilesystem:${region}:${account}:file-system/${fileSystemId}`, name: tags['Name'] ?? fileSystemId, account, region, tags },
    { fileSystemId, encrypted: true, kmsKeyId: `arn:aws:kms:${region}:${account}:key/11111111-2222-3333-4444-555555555555`, ...props },
  );
}

export function macieSession(props: Partial<MacieSession> = {}, p: Placement = {}): Resource<'aws.macie.session'> {
  const { account, region } = placed(p);
  return makeResource(
    'aws.macie.session',
    { id: awsRegionFactId(account, region, 'macie-session'), name: `Macie (${region})`, account, region },
    {
      status: 'ENABLED',
      ...props,
    },
  );
}

/** A resource policy letting one account's role use the resource (not public). */
function privatePolicy(account: string, action: string, resource: string): PolicyDocument {
  return {
    Version: '2012-10-17',
    Statement: [{ Sid: 'AppAccess', Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:role/app` }, Action: action, Resource: resource }],
  };
}

export function sqsQueue(queueName: string, props: Partial<SqsQueue> = {}, p: Placement = {}): Resource<'aws.sqs.queue'> {
  const { account, region, tags } = placed(p);
  const arn = `arn:aws:sqs:${region}:${account}:${queueName}`;
  return makeResource(
    'aws.sqs.queue',
    { id: arn, name: queueName, account, region, tags },
    { queueName, queueUrl: `https://sqs.${region}.amazonaws.com/${account}/${queueName}`, policy: privatePolicy(account, 'sqs:SendMessage', arn), ...props },
  );
}

export function lambdaFunction(functionName: string, props: Partial<LambdaFunction> = {}, p: Placement = {}): Resource<'aws.lambda.function'> {
  const { account, region, tags } = placed(p);
  const arn = `arn:aws:lambda:${region}:${account}:function:${functionName}`;
  return makeResource(
    'aws.lambda.function',
    { id: arn, name: functionName, account, region, tags },
    { functionName, runtime: 'nodejs22.x', policy: privatePolicy(account, 'lambda:InvokeFunction', arn), ...props },
  );
}

export function secretsManagerSecret(name: string, props: Partial<SecretsManagerSecret> = {}, p: Placement = {}): Resource<'aws.secretsmanager.secret'> {
  const { account, region, tags } = placed(p);
  const arn = `arn:aws:secretsmanager:${region}:${account}:secret:${name}-AbCdEf`;
  return makeResource('aws.secretsmanager.secret', { id: arn, name, account, region, tags }, { name, policy: null, ...props });
}

/** An internet-facing Application Load Balancer with access logs on. */
export function loadBalancer(name: string, props: Partial<Elbv2LoadBalancer> = {}, p: Placement = {}): Resource<'aws.elbv2.load-balancer'> {
  const { account, region, tags } = placed(p);
  const kind = props.type === 'network' ? 'net' : props.type === 'gateway' ? 'gwy' : 'app';
  return makeResource(
    'aws.elbv2.load-balancer',
    { id: `arn:aws:elasticloadbalancing:${region}:${account}:loadbalancer/${kind}/${name}/50dc6c495c0c9188`, name, account, region, tags },
    { loadBalancerName: name, type: 'application', scheme: 'internet-facing', accessLogsEnabled: true, accessLogsBucket: `${account}-elb-logs`, ...props },
  );
}

/** A distribution with standard logging to S3. */
export function cloudFrontDistribution(
  distributionId: string,
  props: Partial<CloudFrontDistribution> = {},
  p: Placement = {},
): Resource<'aws.cloudfront.distribution'> {
  const { account, tags } = placed(p);
  return makeResource(
    'aws.cloudfront.distribution',
    { id: `arn:aws:cloudfront::${account}:distribution/${distributionId}`, name: distributionId, account, region: 'global', tags },
    {
      distributionId,
      domainName: `${distributionId.toLowerCase()}.cloudfront.net`,
      enabled: true,
      standardLogging: { bucket: `${account}-cloudfront-logs.s3.amazonaws.com`, prefix: null },
      logDeliveryCount: 0,
      ...props,
    },
  );
}

/** A REST API stage with access logging to CloudWatch Logs. */
export function apiGatewayStage(apiName: string, stageName: string, props: Partial<ApiGatewayStage> = {}, p: Placement = {}): Resource<'aws.apigateway.stage'> {
  const { account, region, tags } = placed(p);
  const apiId = props.apiId ?? 'a1b2c3d4e5';
  const collection = (props.protocol ?? 'REST') === 'REST' ? 'restapis' : 'apis';
  return makeResource(
    'aws.apigateway.stage',
    { id: `arn:aws:apigateway:${region}::/${collection}/${apiId}/stages/${stageName}`, name: `${apiName}/${stageName}`, account, region, tags },
    {
      apiId,
      apiName,
      protocol: 'REST',
      stageName,
      accessLogDestinationArn: `arn:aws:logs:${region}:${account}:log-group:api-access-logs`,
      executionLoggingLevel: 'ERROR',
      ...props,
    },
  );
}
