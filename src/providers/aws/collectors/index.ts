import type { AwsCollector } from '../context.js';
import { accessanalyzerCollector } from './accessanalyzer.js';
import { accountCollector } from './account.js';
import { cloudtrailCollector } from './cloudtrail.js';
import { cloudwatchCollector } from './cloudwatch.js';
import { configCollector } from './config.js';
import { ec2Collector } from './ec2.js';
import { efsCollector } from './efs.js';
import { iamCollector } from './iam.js';
import { kmsCollector } from './kms.js';
import { logsCollector } from './logs.js';
import { macieCollector } from './macie.js';
import { organizationsCollector } from './organizations.js';
import { rdsCollector } from './rds.js';
import { s3Collector } from './s3.js';
import { securityhubCollector } from './securityhub.js';
import { snsCollector } from './sns.js';

/** Every AWS collector, explicitly (the filesystem never adds one by accident). Sorted by id. */
export const awsCollectors: readonly AwsCollector[] = [
  accessanalyzerCollector,
  accountCollector,
  cloudtrailCollector,
  cloudwatchCollector,
  configCollector,
  ec2Collector,
  efsCollector,
  iamCollector,
  kmsCollector,
  logsCollector,
  macieCollector,
  organizationsCollector,
  rdsCollector,
  s3Collector,
  securityhubCollector,
  snsCollector,
];
