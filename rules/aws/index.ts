import type { AnyRule } from '../../src/engine/rule.js';
import awsAccessanalyzerRegionEnabled from './accessanalyzer/aws-accessanalyzer-region-enabled.js';
import awsAccountSecurityContactRegistered from './account/aws-account-security-contact-registered.js';
import awsApigatewayStageAccessLoggingEnabled from './apigateway/aws-apigateway-stage-access-logging-enabled.js';
import awsCloudfrontDistributionLoggingEnabled from './cloudfront/aws-cloudfront-distribution-logging-enabled.js';
import awsCloudtrailAccountLoggingEnabled from './cloudtrail/aws-cloudtrail-account-logging-enabled.js';
import awsCloudtrailAccountMultiRegionTrailEnabled from './cloudtrail/aws-cloudtrail-account-multi-region-trail-enabled.js';
import awsCloudtrailTrailBucketAccessLoggingEnabled from './cloudtrail/aws-cloudtrail-trail-bucket-access-logging-enabled.js';
import awsCloudtrailTrailKmsEncrypted from './cloudtrail/aws-cloudtrail-trail-kms-encrypted.js';
import awsCloudtrailTrailLogFileValidationEnabled from './cloudtrail/aws-cloudtrail-trail-log-file-validation-enabled.js';
import awsCloudwatchAccountCloudtrailChangesMonitored from './cloudwatch/aws-cloudwatch-account-cloudtrail-changes-monitored.js';
import awsCloudwatchAccountConfigChangesMonitored from './cloudwatch/aws-cloudwatch-account-config-changes-monitored.js';
import awsCloudwatchAccountConsoleAuthenticationFailuresMonitored from './cloudwatch/aws-cloudwatch-account-console-authentication-failures-monitored.js';
import awsCloudwatchAccountConsoleSignInWithoutMfaMonitored from './cloudwatch/aws-cloudwatch-account-console-sign-in-without-mfa-monitored.js';
import awsCloudwatchAccountIamPolicyChangesMonitored from './cloudwatch/aws-cloudwatch-account-iam-policy-changes-monitored.js';
import awsCloudwatchAccountKmsKeyDisablingOrDeletionMonitored from './cloudwatch/aws-cloudwatch-account-kms-key-disabling-or-deletion-monitored.js';
import awsCloudwatchAccountNaclChangesMonitored from './cloudwatch/aws-cloudwatch-account-nacl-changes-monitored.js';
import awsCloudwatchAccountNetworkGatewayChangesMonitored from './cloudwatch/aws-cloudwatch-account-network-gateway-changes-monitored.js';
import awsCloudwatchAccountOrganizationsChangesMonitored from './cloudwatch/aws-cloudwatch-account-organizations-changes-monitored.js';
import awsCloudwatchAccountRootUsageMonitored from './cloudwatch/aws-cloudwatch-account-root-usage-monitored.js';
import awsCloudwatchAccountRouteTableChangesMonitored from './cloudwatch/aws-cloudwatch-account-route-table-changes-monitored.js';
import awsCloudwatchAccountS3BucketPolicyChangesMonitored from './cloudwatch/aws-cloudwatch-account-s3-bucket-policy-changes-monitored.js';
import awsCloudwatchAccountSecurityGroupChangesMonitored from './cloudwatch/aws-cloudwatch-account-security-group-changes-monitored.js';
import awsCloudwatchAccountUnauthorizedApiCallsMonitored from './cloudwatch/aws-cloudwatch-account-unauthorized-api-calls-monitored.js';
import awsCloudwatchAccountVpcChangesMonitored from './cloudwatch/aws-cloudwatch-account-vpc-changes-monitored.js';
import awsConfigRegionRecorderEnabled from './config/aws-config-region-recorder-enabled.js';
import awsEc2InstanceIamRoleAttached from './ec2/aws-ec2-instance-iam-role-attached.js';
import awsEc2InstanceImdsv2Required from './ec2/aws-ec2-instance-imdsv2-required.js';
import awsEc2InstanceNoPublicIp from './ec2/aws-ec2-instance-no-public-ip.js';
import awsEc2NetworkAclNoPublicAdminIngress from './ec2/aws-ec2-network-acl-no-public-admin-ingress.js';
import awsEc2RegionEbsDefaultEncryptionEnabled from './ec2/aws-ec2-region-ebs-default-encryption-enabled.js';
import awsEc2RouteTablePeeringRoutesLeastAccess from './ec2/aws-ec2-route-table-peering-routes-least-access.js';
import awsEc2SecurityGroupCifsRestricted from './ec2/aws-ec2-security-group-cifs-restricted.js';
import awsEc2SecurityGroupDefaultRestrictsAllTraffic from './ec2/aws-ec2-security-group-default-restricts-all-traffic.js';
import awsEc2SecurityGroupNoPublicIpv4AdminIngress from './ec2/aws-ec2-security-group-no-public-ipv4-admin-ingress.js';
import awsEc2SecurityGroupNoPublicIpv6AdminIngress from './ec2/aws-ec2-security-group-no-public-ipv6-admin-ingress.js';
import awsEc2SecurityGroupNoUnrestrictedIngress from './ec2/aws-ec2-security-group-no-unrestricted-ingress.js';
import awsEc2VolumeEncrypted from './ec2/aws-ec2-volume-encrypted.js';
import awsEc2VpcFlowLogsEnabled from './ec2/aws-ec2-vpc-flow-logs-enabled.js';
import awsEfsFileSystemEncrypted from './efs/aws-efs-file-system-encrypted.js';
import awsElbv2LoadBalancerAccessLoggingEnabled from './elbv2/aws-elbv2-load-balancer-access-logging-enabled.js';
import awsIamAccountCloudshellFullAccessRestricted from './iam/aws-iam-account-cloudshell-full-access-restricted.js';
import awsIamAccountIdentityFederationUsed from './iam/aws-iam-account-identity-federation-used.js';
import awsIamAccountSupportRoleExists from './iam/aws-iam-account-support-role-exists.js';
import awsIamPasswordPolicyMinimumLength14 from './iam/aws-iam-password-policy-minimum-length-14.js';
import awsIamPasswordPolicyReusePrevention24 from './iam/aws-iam-password-policy-reuse-prevention-24.js';
import awsIamPolicyNoFullAdminAttached from './iam/aws-iam-policy-no-full-admin-attached.js';
import awsIamRootUserHardwareMfaEnabled from './iam/aws-iam-root-user-hardware-mfa-enabled.js';
import awsIamRootUserMfaEnabled from './iam/aws-iam-root-user-mfa-enabled.js';
import awsIamRootUserNoAccessKeys from './iam/aws-iam-root-user-no-access-keys.js';
import awsIamRootUserNotUsedRecently from './iam/aws-iam-root-user-not-used-recently.js';
import awsIamServerCertificateNotExpired from './iam/aws-iam-server-certificate-not-expired.js';
import awsIamUserAccessKeysRotated90Days from './iam/aws-iam-user-access-keys-rotated-90-days.js';
import awsIamUserConsoleMfaEnabled from './iam/aws-iam-user-console-mfa-enabled.js';
import awsIamUserNoAttachedPolicies from './iam/aws-iam-user-no-attached-policies.js';
import awsIamUserNoNeverUsedAccessKeys from './iam/aws-iam-user-no-never-used-access-keys.js';
import awsIamUserSingleActiveAccessKey from './iam/aws-iam-user-single-active-access-key.js';
import awsIamUserUnusedCredentialsDisabled from './iam/aws-iam-user-unused-credentials-disabled.js';
import awsKmsKeyPolicyNotPublic from './kms/aws-kms-key-policy-not-public.js';
import awsKmsKeyRotationEnabled from './kms/aws-kms-key-rotation-enabled.js';
import awsLambdaFunctionPolicyNotPublic from './lambda/aws-lambda-function-policy-not-public.js';
import awsMacieRegionEnabled from './macie/aws-macie-region-enabled.js';
import awsOrganizationsAccountCentralizedRootAccessEnabled from './organizations/aws-organizations-account-centralized-root-access-enabled.js';
import awsRdsClusterMultiAzEnabled from './rds/aws-rds-cluster-multi-az-enabled.js';
import awsRdsInstanceAutoMinorVersionUpgradeEnabled from './rds/aws-rds-instance-auto-minor-version-upgrade-enabled.js';
import awsRdsInstanceMultiAzEnabled from './rds/aws-rds-instance-multi-az-enabled.js';
import awsRdsInstanceNotPubliclyAccessible from './rds/aws-rds-instance-not-publicly-accessible.js';
import awsRdsInstanceStorageEncrypted from './rds/aws-rds-instance-storage-encrypted.js';
import awsS3AccountPublicAccessBlocked from './s3/aws-s3-account-public-access-blocked.js';
import awsS3BucketMfaDeleteEnabled from './s3/aws-s3-bucket-mfa-delete-enabled.js';
import awsS3BucketObjectReadLoggingEnabled from './s3/aws-s3-bucket-object-read-logging-enabled.js';
import awsS3BucketObjectWriteLoggingEnabled from './s3/aws-s3-bucket-object-write-logging-enabled.js';
import awsS3BucketPolicyNotPublic from './s3/aws-s3-bucket-policy-not-public.js';
import awsS3BucketPublicAccessBlocked from './s3/aws-s3-bucket-public-access-blocked.js';
import awsS3BucketSecureTransportEnforced from './s3/aws-s3-bucket-secure-transport-enforced.js';
import awsSecretsmanagerSecretPolicyNotPublic from './secretsmanager/aws-secretsmanager-secret-policy-not-public.js';
import awsSecurityhubRegionEnabled from './securityhub/aws-securityhub-region-enabled.js';
import awsSnsTopicPolicyNotPublic from './sns/aws-sns-topic-policy-not-public.js';
import awsSqsQueuePolicyNotPublic from './sqs/aws-sqs-queue-policy-not-public.js';

/** Every AWS rule, sorted by id. The meta test checks that each file under rules/aws/ is listed. */
export const awsRules: readonly AnyRule[] = [
  awsAccessanalyzerRegionEnabled,
  awsAccountSecurityContactRegistered,
  awsApigatewayStageAccessLoggingEnabled,
  awsCloudfrontDistributionLoggingEnabled,
  awsCloudtrailAccountLoggingEnabled,
  awsCloudtrailAccountMultiRegionTrailEnabled,
  awsCloudtrailTrailBucketAccessLoggingEnabled,
  awsCloudtrailTrailKmsEncrypted,
  awsCloudtrailTrailLogFileValidationEnabled,
  awsCloudwatchAccountCloudtrailChangesMonitored,
  awsCloudwatchAccountConfigChangesMonitored,
  awsCloudwatchAccountConsoleAuthenticationFailuresMonitored,
  awsCloudwatchAccountConsoleSignInWithoutMfaMonitored,
  awsCloudwatchAccountIamPolicyChangesMonitored,
  awsCloudwatchAccountKmsKeyDisablingOrDeletionMonitored,
  awsCloudwatchAccountNaclChangesMonitored,
  awsCloudwatchAccountNetworkGatewayChangesMonitored,
  awsCloudwatchAccountOrganizationsChangesMonitored,
  awsCloudwatchAccountRootUsageMonitored,
  awsCloudwatchAccountRouteTableChangesMonitored,
  awsCloudwatchAccountS3BucketPolicyChangesMonitored,
  awsCloudwatchAccountSecurityGroupChangesMonitored,
  awsCloudwatchAccountUnauthorizedApiCallsMonitored,
  awsCloudwatchAccountVpcChangesMonitored,
  awsConfigRegionRecorderEnabled,
  awsEc2InstanceIamRoleAttached,
  awsEc2InstanceImdsv2Required,
  awsEc2InstanceNoPublicIp,
  awsEc2NetworkAclNoPublicAdminIngress,
  awsEc2RegionEbsDefaultEncryptionEnabled,
  awsEc2RouteTablePeeringRoutesLeastAccess,
  awsEc2SecurityGroupCifsRestricted,
  awsEc2SecurityGroupDefaultRestrictsAllTraffic,
  awsEc2SecurityGroupNoPublicIpv4AdminIngress,
  awsEc2SecurityGroupNoPublicIpv6AdminIngress,
  awsEc2SecurityGroupNoUnrestrictedIngress,
  awsEc2VolumeEncrypted,
  awsEc2VpcFlowLogsEnabled,
  awsEfsFileSystemEncrypted,
  awsElbv2LoadBalancerAccessLoggingEnabled,
  awsIamAccountCloudshellFullAccessRestricted,
  awsIamAccountIdentityFederationUsed,
  awsIamAccountSupportRoleExists,
  awsIamPasswordPolicyMinimumLength14,
  awsIamPasswordPolicyReusePrevention24,
  awsIamPolicyNoFullAdminAttached,
  awsIamRootUserHardwareMfaEnabled,
  awsIamRootUserMfaEnabled,
  awsIamRootUserNoAccessKeys,
  awsIamRootUserNotUsedRecently,
  awsIamServerCertificateNotExpired,
  awsIamUserAccessKeysRotated90Days,
  awsIamUserConsoleMfaEnabled,
  awsIamUserNoAttachedPolicies,
  awsIamUserNoNeverUsedAccessKeys,
  awsIamUserSingleActiveAccessKey,
  awsIamUserUnusedCredentialsDisabled,
  awsKmsKeyPolicyNotPublic,
  awsKmsKeyRotationEnabled,
  awsLambdaFunctionPolicyNotPublic,
  awsMacieRegionEnabled,
  awsOrganizationsAccountCentralizedRootAccessEnabled,
  awsRdsClusterMultiAzEnabled,
  awsRdsInstanceAutoMinorVersionUpgradeEnabled,
  awsRdsInstanceMultiAzEnabled,
  awsRdsInstanceNotPubliclyAccessible,
  awsRdsInstanceStorageEncrypted,
  awsS3AccountPublicAccessBlocked,
  awsS3BucketMfaDeleteEnabled,
  awsS3BucketObjectReadLoggingEnabled,
  awsS3BucketObjectWriteLoggingEnabled,
  awsS3BucketPolicyNotPublic,
  awsS3BucketPublicAccessBlocked,
  awsS3BucketSecureTransportEnforced,
  awsSecretsmanagerSecretPolicyNotPublic,
  awsSecurityhubRegionEnabled,
  awsSnsTopicPolicyNotPublic,
  awsSqsQueuePolicyNotPublic,
];
