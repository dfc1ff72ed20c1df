import type { AwsAccount, AwsAlternateContacts, AwsOrganizationMembership, AwsRegion } from './account.js';
import type { Ec2EbsDefaultEncryption, Ec2Instance, Ec2NetworkAcl, Ec2RouteTable, Ec2SecurityGroup, Ec2Volume, Ec2Vpc } from './ec2.js';
import type {
  IamAccountSummary,
  IamGroup,
  IamIdentityProvider,
  IamPasswordPolicy,
  IamPolicy,
  IamRole,
  IamRootUser,
  IamServerCertificate,
  IamUser,
} from './iam.js';
import type { S3AccountPublicAccessBlock, S3Bucket } from './s3.js';
import type {
  AccessAnalyzer,
  ApiGatewayStage,
  CloudFrontDistribution,
  CloudTrailTrail,
  CloudWatchAlarm,
  ConfigRecorder,
  EfsFileSystem,
  Elbv2LoadBalancer,
  KmsKey,
  LambdaFunction,
  LogsMetricFilter,
  MacieSession,
  RdsCluster,
  RdsInstance,
  SecretsManagerSecret,
  SecurityHubHub,
  SnsTopic,
  SqsQueue,
} from './services.js';

export type * from './account.js';
export type * from './common.js';
export type * from './ec2.js';
export type * from './iam.js';
export type * from './s3.js';
export type * from './services.js';

/** The closed map of AWS resource types to their typed properties. */
export interface AwsResourceTypes {
  'aws.account': AwsAccount;
  'aws.region': AwsRegion;
  'aws.account.alternate-contacts': AwsAlternateContacts;
  'aws.organizations.membership': AwsOrganizationMembership;
  'aws.iam.account-summary': IamAccountSummary;
  'aws.iam.password-policy': IamPasswordPolicy;
  'aws.iam.root-user': IamRootUser;
  'aws.iam.user': IamUser;
  'aws.iam.group': IamGroup;
  'aws.iam.role': IamRole;
  'aws.iam.policy': IamPolicy;
  'aws.iam.server-certificate': IamServerCertificate;
  'aws.iam.identity-provider': IamIdentityProvider;
  'aws.accessanalyzer.analyzer': AccessAnalyzer;
  'aws.s3.bucket': S3Bucket;
  'aws.s3.account-public-access-block': S3AccountPublicAccessBlock;
  'aws.ec2.instance': Ec2Instance;
  'aws.ec2.security-group': Ec2SecurityGroup;
  'aws.ec2.network-acl': Ec2NetworkAcl;
  'aws.ec2.volume': Ec2Volume;
  'aws.ec2.vpc': Ec2Vpc;
  'aws.ec2.route-table': Ec2RouteTable;
  'aws.ec2.ebs-default-encryption': Ec2EbsDefaultEncryption;
  'aws.rds.instance': RdsInstance;
  'aws.rds.cluster': RdsCluster;
  'aws.cloudtrail.trail': CloudTrailTrail;
  'aws.kms.key': KmsKey;
  'aws.config.recorder': ConfigRecorder;
  'aws.logs.metric-filter': LogsMetricFilter;
  'aws.cloudwatch.alarm': CloudWatchAlarm;
  'aws.sns.topic': SnsTopic;
  'aws.securityhub.hub': SecurityHubHub;
  'aws.efs.file-system': EfsFileSystem;
  'aws.macie.session': MacieSession;
  'aws.sqs.queue': SqsQueue;
  'aws.lambda.function': LambdaFunction;
  'aws.secretsmanager.secret': SecretsManagerSecret;
  'aws.elbv2.load-balancer': Elbv2LoadBalancer;
  'aws.cloudfront.distribution': CloudFrontDistribution;
  'aws.apigateway.stage': ApiGatewayStage;
}

export type AwsResourceType = keyof AwsResourceTypes;

export interface ResourceTypeInfo {
  /** The service segment used in rule folders and reports. */
  readonly service: string;
  /** One line for docs and `cspm rules show`. */
  readonly description: string;
  /** 'global' for types collected once per account, 'regional' otherwise. */
  readonly scope: 'global' | 'regional';
}

/** Runtime facts per AWS resource type; `satisfies` keeps it in step with the type map. */
export const AWS_RESOURCE_TYPES = {
  'aws.account': { service: 'account', description: 'The scanned AWS account (STS GetCallerIdentity).', scope: 'global' },
  'aws.region': { service: 'account', description: 'A region covered by the scan (EC2 DescribeRegions).', scope: 'regional' },
  'aws.account.alternate-contacts': { service: 'account', description: 'Alternate contacts (security, billing, operations).', scope: 'global' },
  'aws.organizations.membership': { service: 'organizations', description: 'The AWS Organizations membership of the account.', scope: 'global' },
  'aws.iam.account-summary': { service: 'iam', description: 'IAM account summary and alias.', scope: 'global' },
  'aws.iam.password-policy': { service: 'iam', description: 'The account password policy (or its absence).', scope: 'global' },
  'aws.iam.root-user': { service: 'iam', description: 'The root user: MFA, access keys and credential report row.', scope: 'global' },
  'aws.iam.user': { service: 'iam', description: 'An IAM user with credentials, MFA devices and policies.', scope: 'global' },
  'aws.iam.group': { service: 'iam', description: 'An IAM group with its policies.', scope: 'global' },
  'aws.iam.role': { service: 'iam', description: 'An IAM role with trust and permission policies.', scope: 'global' },
  'aws.iam.policy': { service: 'iam', description: 'A managed IAM policy with its default version and attachments.', scope: 'global' },
  'aws.iam.server-certificate': { service: 'iam', description: 'A server certificate stored in IAM.', scope: 'global' },
  'aws.iam.identity-provider': { service: 'iam', description: 'A SAML or OIDC identity provider.', scope: 'global' },
  'aws.accessanalyzer.analyzer': { service: 'accessanalyzer', description: 'An IAM Access Analyzer analyzer.', scope: 'regional' },
  'aws.s3.bucket': { service: 's3', description: 'An S3 bucket with its access, encryption and logging settings.', scope: 'regional' },
  'aws.s3.account-public-access-block': { service: 's3', description: 'The account-level S3 Block Public Access settings.', scope: 'global' },
  'aws.ec2.instance': { service: 'ec2', description: 'An EC2 instance.', scope: 'regional' },
  'aws.ec2.security-group': { service: 'ec2', description: 'A VPC security group and its rules.', scope: 'regional' },
  'aws.ec2.network-acl': { service: 'ec2', description: 'A network ACL and its entries.', scope: 'regional' },
  'aws.ec2.volume': { service: 'ec2', description: 'An EBS volume.', scope: 'regional' },
  'aws.ec2.vpc': { service: 'ec2', description: 'A VPC with its flow logs.', scope: 'regional' },
  'aws.ec2.route-table': { service: 'ec2', description: 'A VPC route table.', scope: 'regional' },
  'aws.ec2.ebs-default-encryption': { service: 'ec2', description: 'EBS encryption by default for one region.', scope: 'regional' },
  'aws.rds.instance': { service: 'rds', description: 'An RDS DB instance.', scope: 'regional' },
  'aws.rds.cluster': { service: 'rds', description: 'An RDS/Aurora DB cluster.', scope: 'regional' },
  'aws.cloudtrail.trail': { service: 'cloudtrail', description: 'A CloudTrail trail with status and event selectors.', scope: 'regional' },
  'aws.kms.key': { service: 'kms', description: 'A KMS key with rotation status and policy.', scope: 'regional' },
  'aws.config.recorder': { service: 'config', description: 'An AWS Config configuration recorder and its status.', scope: 'regional' },
  'aws.logs.metric-filter': { service: 'logs', description: 'A CloudWatch Logs metric filter.', scope: 'regional' },
  'aws.cloudwatch.alarm': { service: 'cloudwatch', description: 'A CloudWatch metric alarm.', scope: 'regional' },
  'aws.sns.topic': { service: 'sns', description: 'An SNS topic with its subscriptions.', scope: 'regional' },
  'aws.securityhub.hub': { service: 'securityhub', description: 'Security Hub enabled in a region.', scope: 'regional' },
  'aws.efs.file-system': { service: 'efs', description: 'An EFS file system.', scope: 'regional' },
  'aws.macie.session': { service: 'macie', description: 'Macie enabled in a region.', scope: 'regional' },
  'aws.sqs.queue': { service: 'sqs', description: 'An SQS queue with its access policy.', scope: 'regional' },
  'aws.lambda.function': { service: 'lambda', description: 'A Lambda function with its resource-based policy.', scope: 'regional' },
  'aws.secretsmanager.secret': { service: 'secretsmanager', description: 'A Secrets Manager secret with its resource policy.', scope: 'regional' },
  'aws.elbv2.load-balancer': { service: 'elbv2', description: 'An Application, Network or Gateway Load Balancer.', scope: 'regional' },
  'aws.cloudfront.distribution': { service: 'cloudfront', description: 'A CloudFront distribution and its logging.', scope: 'global' },
  'aws.apigateway.stage': { service: 'apigateway', description: 'An API Gateway stage (REST, HTTP or WebSocket API).', scope: 'regional' },
} as const satisfies Record<AwsResourceType, ResourceTypeInfo>;
