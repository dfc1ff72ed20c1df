import type { PolicyDocument } from './common.js';

export interface RdsInstance {
  readonly dbInstanceIdentifier: string;
  readonly engine: string | null;
  readonly engineVersion: string | null;
  readonly dbInstanceClass: string | null;
  readonly storageEncrypted: boolean;
  readonly kmsKeyId: string | null;
  readonly publiclyAccessible: boolean;
  readonly autoMinorVersionUpgrade: boolean;
  readonly multiAZ: boolean;
  readonly dbClusterIdentifier: string | null;
  readonly vpcSecurityGroupIds: readonly string[];
  readonly backupRetentionPeriod: number | null;
  readonly deletionProtection: boolean;
}

export interface RdsCluster {
  readonly dbClusterIdentifier: string;
  readonly engine: string | null;
  readonly storageEncrypted: boolean;
  readonly kmsKeyId: string | null;
  readonly multiAZ: boolean;
  readonly autoMinorVersionUpgrade: boolean | null;
  readonly deletionProtection: boolean;
}

export interface DataResource {
  /** e.g. 'AWS::S3::Object', 'AWS::Lambda::Function' */
  readonly type: string;
  readonly values: readonly string[];
}

export interface EventSelector {
  /** 'ReadOnly' | 'WriteOnly' | 'All' */
  readonly readWriteType: string;
  readonly includeManagementEvents: boolean;
  readonly excludeManagementEventSources: readonly string[];
  readonly dataResources: readonly DataResource[];
}

export interface AdvancedFieldSelector {
  readonly field: string;
  readonly equals: readonly string[];
  readonly notEquals: readonly string[];
  readonly startsWith: readonly string[];
  readonly notStartsWith: readonly string[];
  readonly endsWith: readonly string[];
  readonly notEndsWith: readonly string[];
}

export interface AdvancedEventSelector {
  readonly name: string | null;
  readonly fieldSelectors: readonly AdvancedFieldSelector[];
}

export interface CloudTrailTrail {
  readonly name: string;
  readonly homeRegion: string;
  /** The account that owns the trail (from the ARN): differs from the scanned account for organisation trails. */
  readonly ownerAccountId: string;
  readonly isMultiRegionTrail: boolean;
  readonly isOrganizationTrail: boolean;
  readonly includeGlobalServiceEvents: boolean;
  readonly logFileValidationEnabled: boolean;
  readonly kmsKeyId: string | null;
  readonly s3BucketName: string | null;
  readonly s3KeyPrefix: string | null;
  readonly cloudWatchLogsLogGroupArn: string | null;
  readonly snsTopicArn: string | null;
  /** GetTrailStatus; null when the status could not be read for a trail owned by another account. */
  readonly status: {
    readonly isLogging: boolean;
    readonly latestDeliveryTime: string | null;
    readonly latestDeliveryError: string | null;
    readonly latestCloudWatchLogsDeliveryTime: string | null;
  } | null;
  /** GetEventSelectors: basic selectors, or advanced selectors, or (null/null) for trails owned elsewhere. */
  readonly eventSelectors: readonly EventSelector[] | null;
  readonly advancedEventSelectors: readonly AdvancedEventSelector[] | null;
}

export interface KmsKey {
  readonly keyId: string;
  /** 'AWS' | 'CUSTOMER' */
  readonly keyManager: string;
  /** 'Enabled' | 'Disabled' | 'PendingDeletion' | 'PendingImport' | ... */
  readonly keyState: string;
  /** 'SYMMETRIC_DEFAULT' | 'RSA_2048' | 'HMAC_256' | ... */
  readonly keySpec: string | null;
  readonly keyUsage: string | null;
  /** 'AWS_KMS' | 'EXTERNAL' | 'AWS_CLOUDHSM' | 'EXTERNAL_KEY_STORE' */
  readonly origin: string | null;
  readonly multiRegion: boolean;
  /** GetKeyRotationStatus; null when not applicable (AWS managed, asymmetric, imported). */
  readonly rotationEnabled: boolean | null;
  readonly deletionDate: string | null;
  readonly policy: PolicyDocument | null;
}

export interface ConfigRecorder {
  readonly name: string;
  readonly roleArn: string | null;
  readonly allSupported: boolean;
  readonly includeGlobalResourceTypes: boolean;
  readonly resourceTypes: readonly string[];
  /** DescribeConfigurationRecorderStatus: recording and last status ('SUCCESS' | 'FAILURE' | 'PENDING'). */
  readonly recording: boolean;
  readonly lastStatus: string | null;
}

export interface AccessAnalyzer {
  readonly analyzerName: string;
  /** 'ACCOUNT' | 'ORGANIZATION' | 'ACCOUNT_UNUSED_ACCESS' | 'ORGANIZATION_UNUSED_ACCESS' */
  readonly analyzerType: string;
  /** 'ACTIVE' | 'CREATING' | 'DISABLED' | 'FAILED' */
  readonly status: string;
}

export interface LogsMetricFilter {
  readonly filterName: string;
  readonly logGroupName: string;
  readonly filterPattern: string;
  readonly metricTransformations: readonly { readonly metricName: string; readonly metricNamespace: string }[];
}

export interface CloudWatchAlarm {
  readonly alarmName: string;
  readonly metricName: string | null;
  readonly namespace: string | null;
  readonly actionsEnabled: boolean;
  readonly alarmActions: readonly string[];
  readonly stateValue: string | null;
}

export interface SnsSubscription {
  readonly subscriptionArn: string;
  readonly protocol: string;
  readonly endpoint: string | null;
}

export interface SnsTopic {
  readonly topicName: string;
  /** ListSubscriptionsByTopic; SubscriptionArn 'PendingConfirmation' means unconfirmed. */
  readonly subscriptions: readonly SnsSubscription[];
  readonly policy: PolicyDocument | null;
}

/** securityhub:DescribeHub in a region where Security Hub is enabled (absent otherwise). */
export interface SecurityHubHub {
  readonly hubArn: string;
  readonly subscribedAt: string | null;
  readonly enabledStandards: readonly string[];
}

export interface EfsFileSystem {
  readonly fileSystemId: string;
  readonly encrypted: boolean;
  readonly kmsKeyId: string | null;
}

/** macie2:GetMacieSession in a region where Macie is enabled (absent otherwise). */
export interface MacieSession {
  /** 'ENABLED' | 'PAUSED' */
  readonly status: string;
}

/** sqs:ListQueues + GetQueueAttributes (Policy). */
export interface SqsQueue {
  readonly queueName: string;
  readonly queueUrl: string;
  /** The queue's access policy; null when it has none. */
  readonly policy: PolicyDocument | null;
}

/** lambda:ListFunctions + GetPolicy (resource-based policy; ResourceNotFoundException means none). */
export interface LambdaFunction {
  readonly functionName: string;
  readonly runtime: string | null;
  /** The function's resource-based policy; null when it has none. */
  readonly policy: PolicyDocument | null;
}

/** secretsmanager:ListSecrets + GetResourcePolicy. */
export interface SecretsManagerSecret {
  readonly name: string;
  /** The secret's resource policy; null when it has none. */
  readonly policy: PolicyDocument | null;
}

/** elasticloadbalancing:DescribeLoadBalancers (v2) + DescribeLoadBalancerAttributes. */
export interface Elbv2LoadBalancer {
  readonly loadBalancerName: string;
  /** 'application' | 'network' | 'gateway' */
  readonly type: string;
  /** 'internet-facing' | 'internal' */
  readonly scheme: string | null;
  /** Attribute access_logs.s3.enabled. */
  readonly accessLogsEnabled: boolean;
  /** Attribute access_logs.s3.bucket; null when logging is off. */
  readonly accessLogsBucket: string | null;
}

/** cloudfront:ListDistributions + GetDistributionConfig; a global resource (region 'global'). */
export interface CloudFrontDistribution {
  readonly distributionId: string;
  readonly domainName: string;
  readonly enabled: boolean;
  /** DistributionConfig.Logging (legacy standard logging to S3); null when Logging.Enabled is false. */
  readonly standardLogging: { readonly bucket: string; readonly prefix: string | null } | null;
  /**
   * Standard logging v2: logs:DescribeDeliverySources/DescribeDeliveries (us-east-1) whose source is
   * this distribution; the count of deliveries, or null when they were not read.
   */
  readonly logDeliveryCount: number | null;
}

/** apigateway:GetRestApis + GetStages (REST) or apigatewayv2:GetApis + GetStages (HTTP, WEBSOCKET): one stage. */
export interface ApiGatewayStage {
  readonly apiId: string;
  readonly apiName: string;
  /** 'REST' | 'HTTP' | 'WEBSOCKET' */
  readonly protocol: string;
  readonly stageName: string;
  /** AccessLogSettings.DestinationArn; null when access logging is off. */
  readonly accessLogDestinationArn: string | null;
  /** Execution logging of the stage's default method/route settings ('OFF' | 'ERROR' | 'INFO'); null when unset. */
  readonly executionLoggingLevel: string | null;
}
