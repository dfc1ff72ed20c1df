import type { AnyDetector } from '../detector.js';
import awsBedrockInvocationLoggingDeleted from './aws-bedrock-invocation-logging-deleted.js';
import awsBedrockModelAccessEnabled from './aws-bedrock-model-access-enabled.js';
import awsCloudtrailEventSelectorsWeakened from './aws-cloudtrail-event-selectors-weakened.js';
import awsCloudtrailLoggingStopped from './aws-cloudtrail-logging-stopped.js';
import awsCloudtrailTrailWeakened from './aws-cloudtrail-trail-weakened.js';
import awsConfigRecordingStopped from './aws-config-recording-stopped.js';
import awsEc2EbsDefaultEncryptionDisabled from './aws-ec2-ebs-default-encryption-disabled.js';
import awsEc2FlowLogsDeleted from './aws-ec2-flow-logs-deleted.js';
import awsEc2ImageOrSnapshotShared from './aws-ec2-image-or-snapshot-shared.js';
import awsEc2InstanceConnectKeyPushed from './aws-ec2-instance-connect-key-pushed.js';
import awsEc2InstanceCredentialsUsedOutside from './aws-ec2-instance-credentials-used-outside.js';
import awsEc2PasswordDataBurst from './aws-ec2-password-data-burst.js';
import awsEc2SecurityGroupOpenedToWorld from './aws-ec2-security-group-opened-to-world.js';
import awsEc2UnusualInstancesLaunched from './aws-ec2-unusual-instances-launched.js';
import awsEc2UserDataModified from './aws-ec2-user-data-modified.js';
import awsEc2UserDataReadBurst from './aws-ec2-user-data-read-burst.js';
import awsGuarddutyDetectionDisabled from './aws-guardduty-detection-disabled.js';
import awsIamAccessDeniedBurst from './aws-iam-access-denied-burst.js';
import awsIamAccessKeyCreatedForOtherUser from './aws-iam-access-key-created-for-other-user.js';
import awsIamAdminPolicyAttached from './aws-iam-admin-policy-attached.js';
import awsIamLoginProfileChangedForOtherUser from './aws-iam-login-profile-changed-for-other-user.js';
import awsIamRoleTrustOpenedExternally from './aws-iam-role-trust-opened-externally.js';
import awsIamRootCredentialsCreated from './aws-iam-root-credentials-created.js';
import awsIamRootUserActivity from './aws-iam-root-user-activity.js';
import awsKmsKeyDisabledOrDeleted from './aws-kms-key-disabled-or-deleted.js';
import awsLambdaChangedByPerson from './aws-lambda-changed-by-person.js';
import awsLambdaPermissionGrantedExternally from './aws-lambda-permission-granted-externally.js';
import awsOrganizationsLeaveAttempted from './aws-organizations-leave-attempted.js';
import awsRdsSnapshotShared from './aws-rds-snapshot-shared.js';
import awsResourcePolicyMadePublic from './aws-resource-policy-made-public.js';
import awsRolesanywhereTrustAnchorCreated from './aws-rolesanywhere-trust-anchor-created.js';
import awsRoute53resolverQueryLoggingDeleted from './aws-route53resolver-query-logging-deleted.js';
import awsS3BucketOpenedExternally from './aws-s3-bucket-opened-externally.js';
import awsS3LogBucketLifecycleShortened from './aws-s3-log-bucket-lifecycle-shortened.js';
import awsSecretsmanagerSecretsBurst from './aws-secretsmanager-secrets-burst.js';
import awsSigninConsoleLoginWithoutMfa from './aws-signin-console-login-without-mfa.js';
import awsSigninFailedLoginsBurst from './aws-signin-failed-logins-burst.js';
import awsSsmParametersDecryptedBurst from './aws-ssm-parameters-decrypted-burst.js';
import awsSsmRemoteCommandRun from './aws-ssm-remote-command-run.js';
import awsStsFederationTokenIssued from './aws-sts-federation-token-issued.js';
import azureAuthorizationLockDeleted from './azure-authorization-lock-deleted.js';
import azureAuthorizationPrivilegedRoleAssigned from './azure-authorization-privileged-role-assigned.js';
import azureComputeCommandRun from './azure-compute-command-run.js';
import azureComputeDiskExported from './azure-compute-disk-exported.js';
import azureKeyvaultAccessChanged from './azure-keyvault-access-changed.js';
import azureMonitorAlertingRemoved from './azure-monitor-alerting-removed.js';
import azureMonitorLoggingRemoved from './azure-monitor-logging-removed.js';
import azureNetworkNsgOpenedToAny from './azure-network-nsg-opened-to-any.js';
import azureStorageAccountOpened from './azure-storage-account-opened.js';
import azureStorageKeysListed from './azure-storage-keys-listed.js';
import baselineAnomalousActivity from './baseline-anomalous-activity.js';
import baselineNewPrincipal from './baseline-new-principal.js';
import baselineRateBurst from './baseline-rate-burst.js';

/** Every detector, sorted by id: the static, greppable registry (nothing is discovered from the filesystem). */
export const allDetectors: readonly AnyDetector[] = Object.freeze([
  awsBedrockInvocationLoggingDeleted,
  awsBedrockModelAccessEnabled,
  awsCloudtrailEventSelectorsWeakened,
  awsCloudtrailLoggingStopped,
  awsCloudtrailTrailWeakened,
  awsConfigRecordingStopped,
  awsEc2EbsDefaultEncryptionDisabled,
  awsEc2FlowLogsDeleted,
  awsEc2ImageOrSnapshotShared,
  awsEc2InstanceConnectKeyPushed,
  awsEc2InstanceCredentialsUsedOutside,
  awsEc2PasswordDataBurst,
  awsEc2SecurityGroupOpenedToWorld,
  awsEc2UnusualInstancesLaunched,
  awsEc2UserDataModified,
  awsEc2UserDataReadBurst,
  awsGuarddutyDetectionDisabled,
  awsIamAccessDeniedBurst,
  awsIamAccessKeyCreatedForOtherUser,
  awsIamAdminPolicyAttached,
  awsIamLoginProfileChangedForOtherUser,
  awsIamRoleTrustOpenedExternally,
  awsIamRootCredentialsCreated,
  awsIamRootUserActivity,
  awsKmsKeyDisabledOrDeleted,
  awsLambdaChangedByPerson,
  awsLambdaPermissionGrantedExternally,
  awsOrganizationsLeaveAttempted,
  awsRdsSnapshotShared,
  awsResourcePolicyMadePublic,
  awsRolesanywhereTrustAnchorCreated,
  awsRoute53resolverQueryLoggingDeleted,
  awsS3BucketOpenedExternally,
  awsS3LogBucketLifecycleShortened,
  awsSecretsmanagerSecretsBurst,
  awsSigninConsoleLoginWithoutMfa,
  awsSigninFailedLoginsBurst,
  awsSsmParametersDecryptedBurst,
  awsSsmRemoteCommandRun,
  awsStsFederationTokenIssued,
  azureAuthorizationLockDeleted,
  azureAuthorizationPrivilegedRoleAssigned,
  azureComputeCommandRun,
  azureComputeDiskExported,
  azureKeyvaultAccessChanged,
  azureMonitorAlertingRemoved,
  azureMonitorLoggingRemoved,
  azureNetworkNsgOpenedToAny,
  azureStorageAccountOpened,
  azureStorageKeysListed,
  baselineAnomalousActivity,
  baselineNewPrincipal,
  baselineRateBurst,
]);
