import type { AwsCollector } from '../context.js';
import { accessanalyzerCollector } from './accessanalyzer.js';
import { accountCollector } from './account.js';
import { apigatewayCollector } from './apigateway.js';
import { cloudfrontCollector } from './cloudfront.js';
import { cloudtrailCollector } from './cloudtrail.js';
import { cloudwatchCollector } from './cloudwatch.js';
import { configCollector } from './config.js';
import { ec2Collector } from './ec2.js';
import { efsCollector } from './efs.js';
import { elbv2Collector } from './elbv2.js';
import { iamCollector } from './iam.js';
import { kmsCollector } from './kms.js';
import { lambdaCollector } from './lambda.js';
import { logsCollector } from './logs.js';
import { macieCollector } from './macie.js';
import { organizationsCollector } from './organizations.js';
import { rdsCollector } from './rds.js';
import { s3Collector } from './s3.js';
import { secretsmanagerCollector } from './secretsmanager.js';
import { securityhubCollector } from './securityhub.js';
import { snsCollector } from './sns.js';
import { sqsCollector } from './sqs.js';

/** Every AWS collector, explicitly (the filesystem never adds one by accident). Sorted by id. */
export const awsCollectors: readonly AwsCollector[] = [
  accessanalyzerCollector,
  accountCollector,
  apigatewayCollector,
  cloudfrontCollector,
  cloudtrailCollector,
  cloudwatchCollector,
  configCollector,
  ec2Collector,
  efsCollector,
  elbv2Collector,
  iamCollector,
  kmsCollector,
  lambdaCollector,
  logsCollector,
  macieCollector,
  organizationsCollector,
  rdsCollector,
  s3Collector,
  secretsmanagerCollector,
  securityhubCollector,
  snsCollector,
  sqsCollector,
];
