import type { AnyRule } from '../../src/engine/rule.js';
import awsCloudtrailAccountLoggingEnabled from './cloudtrail/aws-cloudtrail-account-logging-enabled.js';
import awsEc2InstanceNoPublicIp from './ec2/aws-ec2-instance-no-public-ip.js';
import awsEc2SecurityGroupNoUnrestrictedIngress from './ec2/aws-ec2-security-group-no-unrestricted-ingress.js';
import awsRdsInstanceStorageEncrypted from './rds/aws-rds-instance-storage-encrypted.js';
import awsS3BucketPublicAccessBlocked from './s3/aws-s3-bucket-public-access-blocked.js';

/** Every AWS rule, sorted by id. The meta test checks that each file under rules/aws/ is listed. */
export const awsRules: readonly AnyRule[] = [
  awsCloudtrailAccountLoggingEnabled,
  awsEc2InstanceNoPublicIp,
  awsEc2SecurityGroupNoUnrestrictedIngress,
  awsRdsInstanceStorageEncrypted,
  awsS3BucketPublicAccessBlocked,
];
