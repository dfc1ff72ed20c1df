import type { AnyRule } from '../../src/engine/rule.js';
import azureAppinsightsSubscriptionComponentConfigured from './appinsights/azure-appinsights-subscription-component-configured.js';
import azureAppserviceWebAppHttpLogsEnabled from './appservice/azure-appservice-web-app-http-logs-enabled.js';
import azureAuthorizationSubscriptionLockAdministratorRoleExists from './authorization/azure-authorization-subscription-lock-administrator-role-exists.js';
import azureAuthorizationSubscriptionNoCustomOwnerRoles from './authorization/azure-authorization-subscription-no-custom-owner-roles.js';
import azureAuthorizationSubscriptionOwners2To3 from './authorization/azure-authorization-subscription-owners-2-to-3.js';
import azureAuthorizationSubscriptionUserAccessAdministratorRestricted from './authorization/azure-authorization-subscription-user-access-administrator-restricted.js';
import azureComputeVirtualMachinePrivilegedUsersMfa from './compute/azure-compute-virtual-machine-privileged-users-mfa.js';
import azureDatabricksWorkspaceCmkEncrypted from './databricks/azure-databricks-workspace-cmk-encrypted.js';
import azureDatabricksWorkspaceDiagnosticLogsEnabled from './databricks/azure-databricks-workspace-diagnostic-logs-enabled.js';
import azureDatabricksWorkspaceNoPublicIp from './databricks/azure-databricks-workspace-no-public-ip.js';
import azureDatabricksWorkspacePrivateEndpointUsed from './databricks/azure-databricks-workspace-private-endpoint-used.js';
import azureDatabricksWorkspacePublicNetworkAccessDisabled from './databricks/azure-databricks-workspace-public-network-access-disabled.js';
import azureDatabricksWorkspaceSubnetsNsgAssociated from './databricks/azure-databricks-workspace-subnets-nsg-associated.js';
import azureDatabricksWorkspaceVnetInjected from './databricks/azure-databricks-workspace-vnet-injected.js';
import azureEntraAuthorizationPolicyAppRegistrationRestricted from './entra/azure-entra-authorization-policy-app-registration-restricted.js';
import azureEntraAuthorizationPolicyGuestAccessRestricted from './entra/azure-entra-authorization-policy-guest-access-restricted.js';
import azureEntraAuthorizationPolicyGuestInvitesRestricted from './entra/azure-entra-authorization-policy-guest-invites-restricted.js';
import azureEntraAuthorizationPolicySecurityGroupCreationRestricted from './entra/azure-entra-authorization-policy-security-group-creation-restricted.js';
import azureEntraAuthorizationPolicyTenantCreationRestricted from './entra/azure-entra-authorization-policy-tenant-creation-restricted.js';
import azureEntraAuthorizationPolicyUserConsentDisabled from './entra/azure-entra-authorization-policy-user-consent-disabled.js';
import azureEntraAuthorizationPolicyUserConsentVerifiedPublishersOnly from './entra/azure-entra-authorization-policy-user-consent-verified-publishers-only.js';
import azureEntraDeviceRegistrationMfaRequired from './entra/azure-entra-device-registration-mfa-required.js';
import azureEntraSecurityDefaultsEnabled from './entra/azure-entra-security-defaults-enabled.js';
import azureEntraTenantDeviceCodeFlowBlocked from './entra/azure-entra-tenant-device-code-flow-blocked.js';
import azureEntraTenantGlobalAdministrators2To4 from './entra/azure-entra-tenant-global-administrators-2-to-4.js';
import azureEntraTenantM365GroupCreationRestricted from './entra/azure-entra-tenant-m365-group-creation-restricted.js';
import azureEntraTenantMfaRequiredForAdminPortals from './entra/azure-entra-tenant-mfa-required-for-admin-portals.js';
import azureEntraTenantMfaRequiredForAllUsers from './entra/azure-entra-tenant-mfa-required-for-all-users.js';
import azureEntraTenantMfaRequiredForAzureManagement from './entra/azure-entra-tenant-mfa-required-for-azure-management.js';
import azureEntraTenantRiskySignInsRequireMfa from './entra/azure-entra-tenant-risky-sign-ins-require-mfa.js';
import azureEntraTenantTrustedLocationsDefined from './entra/azure-entra-tenant-trusted-locations-defined.js';
import azureEntraUserMfaRegistered from './entra/azure-entra-user-mfa-registered.js';
import azureKeyvaultVaultAccessPolicyKeysExpire from './keyvault/azure-keyvault-vault-access-policy-keys-expire.js';
import azureKeyvaultVaultAccessPolicySecretsExpire from './keyvault/azure-keyvault-vault-access-policy-secrets-expire.js';
import azureKeyvaultVaultAuditLoggingEnabled from './keyvault/azure-keyvault-vault-audit-logging-enabled.js';
import azureKeyvaultVaultCertificateValidity12Months from './keyvault/azure-keyvault-vault-certificate-validity-12-months.js';
import azureKeyvaultVaultKeyRotationEnabled from './keyvault/azure-keyvault-vault-key-rotation-enabled.js';
import azureKeyvaultVaultPrivateEndpointUsed from './keyvault/azure-keyvault-vault-private-endpoint-used.js';
import azureKeyvaultVaultPublicNetworkAccessDisabled from './keyvault/azure-keyvault-vault-public-network-access-disabled.js';
import azureKeyvaultVaultPurgeProtectionEnabled from './keyvault/azure-keyvault-vault-purge-protection-enabled.js';
import azureKeyvaultVaultRbacAuthorizationEnabled from './keyvault/azure-keyvault-vault-rbac-authorization-enabled.js';
import azureKeyvaultVaultRbacKeysExpire from './keyvault/azure-keyvault-vault-rbac-keys-expire.js';
import azureKeyvaultVaultRbacSecretsExpire from './keyvault/azure-keyvault-vault-rbac-secrets-expire.js';
import azureMonitorActivityLogStorageAccountCmkEncrypted from './monitor/azure-monitor-activity-log-storage-account-cmk-encrypted.js';
import azureMonitorSubscriptionActivityLogCategoriesCaptured from './monitor/azure-monitor-subscription-activity-log-categories-captured.js';
import azureMonitorSubscriptionActivityLogDiagnosticSettingExists from './monitor/azure-monitor-subscription-activity-log-diagnostic-setting-exists.js';
import azureMonitorSubscriptionCreatePolicyAssignmentAlertExists from './monitor/azure-monitor-subscription-create-policy-assignment-alert-exists.js';
import azureMonitorSubscriptionCreateUpdateNsgAlertExists from './monitor/azure-monitor-subscription-create-update-nsg-alert-exists.js';
import azureMonitorSubscriptionCreateUpdatePublicIpAlertExists from './monitor/azure-monitor-subscription-create-update-public-ip-alert-exists.js';
import azureMonitorSubscriptionCreateUpdateSecuritySolutionAlertExists from './monitor/azure-monitor-subscription-create-update-security-solution-alert-exists.js';
import azureMonitorSubscriptionCreateUpdateSqlFirewallRuleAlertExists from './monitor/azure-monitor-subscription-create-update-sql-firewall-rule-alert-exists.js';
import azureMonitorSubscriptionDeleteNsgAlertExists from './monitor/azure-monitor-subscription-delete-nsg-alert-exists.js';
import azureMonitorSubscriptionDeletePolicyAssignmentAlertExists from './monitor/azure-monitor-subscription-delete-policy-assignment-alert-exists.js';
import azureMonitorSubscriptionDeletePublicIpAlertExists from './monitor/azure-monitor-subscription-delete-public-ip-alert-exists.js';
import azureMonitorSubscriptionDeleteSecuritySolutionAlertExists from './monitor/azure-monitor-subscription-delete-security-solution-alert-exists.js';
import azureMonitorSubscriptionDeleteSqlFirewallRuleAlertExists from './monitor/azure-monitor-subscription-delete-sql-firewall-rule-alert-exists.js';
import azureMonitorSubscriptionServiceHealthAlertExists from './monitor/azure-monitor-subscription-service-health-alert-exists.js';
import azureMonitorTenantEntraActivityLogsExported from './monitor/azure-monitor-tenant-entra-activity-logs-exported.js';
import azureMonitorTenantGraphActivityLogsExported from './monitor/azure-monitor-tenant-graph-activity-logs-exported.js';
import azureNetworkApplicationGatewayHttp2Enabled from './network/azure-network-application-gateway-http2-enabled.js';
import azureNetworkApplicationGatewayTls12Minimum from './network/azure-network-application-gateway-tls-1-2-minimum.js';
import azureNetworkApplicationGatewayWafEnabled from './network/azure-network-application-gateway-waf-enabled.js';
import azureNetworkLocationWatcherEnabled from './network/azure-network-location-watcher-enabled.js';
import azureNetworkNsgFlowLogRetention90Days from './network/azure-network-nsg-flow-log-retention-90-days.js';
import azureNetworkSecurityGroupFlowLogsSentToLogAnalytics from './network/azure-network-security-group-flow-logs-sent-to-log-analytics.js';
import azureNetworkSecurityGroupHttpInternetRestricted from './network/azure-network-security-group-http-internet-restricted.js';
import azureNetworkSecurityGroupRdpInternetRestricted from './network/azure-network-security-group-rdp-internet-restricted.js';
import azureNetworkSecurityGroupSshInternetRestricted from './network/azure-network-security-group-ssh-internet-restricted.js';
import azureNetworkSecurityGroupUdpInternetRestricted from './network/azure-network-security-group-udp-internet-restricted.js';
import azureNetworkSubscriptionBastionHostExists from './network/azure-network-subscription-bastion-host-exists.js';
import azureNetworkVirtualNetworkDdosProtectionEnabled from './network/azure-network-virtual-network-ddos-protection-enabled.js';
import azureNetworkVirtualNetworkFlowLogsSentToLogAnalytics from './network/azure-network-virtual-network-flow-logs-sent-to-log-analytics.js';
import azureNetworkVirtualNetworkGatewayP2sEntraOnly from './network/azure-network-virtual-network-gateway-p2s-entra-only.js';
import azureNetworkVirtualNetworkSubnetsNsgAssociated from './network/azure-network-virtual-network-subnets-nsg-associated.js';
import azureNetworkVnetFlowLogRetention90Days from './network/azure-network-vnet-flow-log-retention-90-days.js';
import azureNetworkWafPolicyBotProtectionEnabled from './network/azure-network-waf-policy-bot-protection-enabled.js';
import azureNetworkWafPolicyRequestBodyInspectionEnabled from './network/azure-network-waf-policy-request-body-inspection-enabled.js';
import azureSecuritySubscriptionAlertEmailsToOwners from './security/azure-security-subscription-alert-emails-to-owners.js';
import azureSecuritySubscriptionAlertNotificationsEnabled from './security/azure-security-subscription-alert-notifications-enabled.js';
import azureSecuritySubscriptionAttackPathNotificationsEnabled from './security/azure-security-subscription-attack-path-notifications-enabled.js';
import azureSecuritySubscriptionBenchmarkPoliciesNotDisabled from './security/azure-security-subscription-benchmark-policies-not-disabled.js';
import azureSecuritySubscriptionDefenderApisOn from './security/azure-security-subscription-defender-apis-on.js';
import azureSecuritySubscriptionDefenderAppServiceOn from './security/azure-security-subscription-defender-app-service-on.js';
import azureSecuritySubscriptionDefenderContainersOn from './security/azure-security-subscription-defender-containers-on.js';
import azureSecuritySubscriptionDefenderCosmosDbOn from './security/azure-security-subscription-defender-cosmos-db-on.js';
import azureSecuritySubscriptionDefenderCspmOn from './security/azure-security-subscription-defender-cspm-on.js';
import azureSecuritySubscriptionDefenderKeyVaultOn from './security/azure-security-subscription-defender-key-vault-on.js';
import azureSecuritySubscriptionDefenderOpenSourceDatabasesOn from './security/azure-security-subscription-defender-open-source-databases-on.js';
import azureSecuritySubscriptionDefenderResourceManagerOn from './security/azure-security-subscription-defender-resource-manager-on.js';
import azureSecuritySubscriptionDefenderServersOn from './security/azure-security-subscription-defender-servers-on.js';
import azureSecuritySubscriptionDefenderSqlDatabasesOn from './security/azure-security-subscription-defender-sql-databases-on.js';
import azureSecuritySubscriptionDefenderSqlServersOnMachinesOn from './security/azure-security-subscription-defender-sql-servers-on-machines-on.js';
import azureSecuritySubscriptionDefenderStorageOn from './security/azure-security-subscription-defender-storage-on.js';
import azureSecuritySubscriptionEndpointProtectionEnabled from './security/azure-security-subscription-endpoint-protection-enabled.js';
import azureSecuritySubscriptionSecurityContactEmailConfigured from './security/azure-security-subscription-security-contact-email-configured.js';
import azureSecuritySubscriptionServersAgentlessScanningEnabled from './security/azure-security-subscription-servers-agentless-scanning-enabled.js';
import azureSecuritySubscriptionServersFileIntegrityMonitoringEnabled from './security/azure-security-subscription-servers-file-integrity-monitoring-enabled.js';
import azureSecuritySubscriptionSystemUpdatesCheckEnabled from './security/azure-security-subscription-system-updates-check-enabled.js';
import azureStorageAccountAccessKeysRotated90Days from './storage/azure-storage-account-access-keys-rotated-90-days.js';
import azureStorageAccountBlobAnonymousAccessDisabled from './storage/azure-storage-account-blob-anonymous-access-disabled.js';
import azureStorageAccountBlobSoftDeleteEnabled from './storage/azure-storage-account-blob-soft-delete-enabled.js';
import azureStorageAccountBlobVersioningEnabled from './storage/azure-storage-account-blob-versioning-enabled.js';
import azureStorageAccountContainerSoftDeleteEnabled from './storage/azure-storage-account-container-soft-delete-enabled.js';
import azureStorageAccountCrossTenantReplicationDisabled from './storage/azure-storage-account-cross-tenant-replication-disabled.js';
import azureStorageAccountDefaultNetworkAccessDenied from './storage/azure-storage-account-default-network-access-denied.js';
import azureStorageAccountDefaultToEntraAuthorization from './storage/azure-storage-account-default-to-entra-authorization.js';
import azureStorageAccountDeleteLockApplied from './storage/azure-storage-account-delete-lock-applied.js';
import azureStorageAccountFileShareSoftDeleteEnabled from './storage/azure-storage-account-file-share-soft-delete-enabled.js';
import azureStorageAccountGeoRedundant from './storage/azure-storage-account-geo-redundant.js';
import azureStorageAccountKeyRotationReminderEnabled from './storage/azure-storage-account-key-rotation-reminder-enabled.js';
import azureStorageAccountMinimumTls12 from './storage/azure-storage-account-minimum-tls-1-2.js';
import azureStorageAccountPrivateEndpointUsed from './storage/azure-storage-account-private-endpoint-used.js';
import azureStorageAccountPublicNetworkAccessDisabled from './storage/azure-storage-account-public-network-access-disabled.js';
import azureStorageAccountSecureTransferRequired from './storage/azure-storage-account-secure-transfer-required.js';
import azureStorageAccountSharedKeyAccessDisabled from './storage/azure-storage-account-shared-key-access-disabled.js';
import azureStorageAccountSmbChannelEncryptionAes256Gcm from './storage/azure-storage-account-smb-channel-encryption-aes-256-gcm.js';
import azureStorageAccountSmbProtocol311 from './storage/azure-storage-account-smb-protocol-3-1-1.js';
import azureStorageAccountTrustedServicesAllowed from './storage/azure-storage-account-trusted-services-allowed.js';
import azureSubscriptionTenantPolicyTransfersBlocked from './subscription/azure-subscription-tenant-policy-transfers-blocked.js';

/** Every Azure rule, sorted by id. The meta test checks that each file under rules/azure/ is listed. */
export const azureRules: readonly AnyRule[] = [
  azureAppinsightsSubscriptionComponentConfigured,
  azureAppserviceWebAppHttpLogsEnabled,
  azureAuthorizationSubscriptionLockAdministratorRoleExists,
  azureAuthorizationSubscriptionNoCustomOwnerRoles,
  azureAuthorizationSubscriptionOwners2To3,
  azureAuthorizationSubscriptionUserAccessAdministratorRestricted,
  azureComputeVirtualMachinePrivilegedUsersMfa,
  azureDatabricksWorkspaceCmkEncrypted,
  azureDatabricksWorkspaceDiagnosticLogsEnabled,
  azureDatabricksWorkspaceNoPublicIp,
  azureDatabricksWorkspacePrivateEndpointUsed,
  azureDatabricksWorkspacePublicNetworkAccessDisabled,
  azureDatabricksWorkspaceSubnetsNsgAssociated,
  azureDatabricksWorkspaceVnetInjected,
  azureEntraAuthorizationPolicyAppRegistrationRestricted,
  azureEntraAuthorizationPolicyGuestAccessRestricted,
  azureEntraAuthorizationPolicyGuestInvitesRestricted,
  azureEntraAuthorizationPolicySecurityGroupCreationRestricted,
  azureEntraAuthorizationPolicyTenantCreationRestricted,
  azureEntraAuthorizationPolicyUserConsentDisabled,
  azureEntraAuthorizationPolicyUserConsentVerifiedPublishersOnly,
  azureEntraDeviceRegistrationMfaRequired,
  azureEntraSecurityDefaultsEnabled,
  azureEntraTenantDeviceCodeFlowBlocked,
  azureEntraTenantGlobalAdministrators2To4,
  azureEntraTenantM365GroupCreationRestricted,
  azureEntraTenantMfaRequiredForAdminPortals,
  azureEntraTenantMfaRequiredForAllUsers,
  azureEntraTenantMfaRequiredForAzureManagement,
  azureEntraTenantRiskySignInsRequireMfa,
  azureEntraTenantTrustedLocationsDefined,
  azureEntraUserMfaRegistered,
  azureKeyvaultVaultAccessPolicyKeysExpire,
  azureKeyvaultVaultAccessPolicySecretsExpire,
  azureKeyvaultVaultAuditLoggingEnabled,
  azureKeyvaultVaultCertificateValidity12Months,
  azureKeyvaultVaultKeyRotationEnabled,
  azureKeyvaultVaultPrivateEndpointUsed,
  azureKeyvaultVaultPublicNetworkAccessDisabled,
  azureKeyvaultVaultPurgeProtectionEnabled,
  azureKeyvaultVaultRbacAuthorizationEnabled,
  azureKeyvaultVaultRbacKeysExpire,
  azureKeyvaultVaultRbacSecretsExpire,
  azureMonitorActivityLogStorageAccountCmkEncrypted,
  azureMonitorSubscriptionActivityLogCategoriesCaptured,
  azureMonitorSubscriptionActivityLogDiagnosticSettingExists,
  azureMonitorSubscriptionCreatePolicyAssignmentAlertExists,
  azureMonitorSubscriptionCreateUpdateNsgAlertExists,
  azureMonitorSubscriptionCreateUpdatePublicIpAlertExists,
  azureMonitorSubscriptionCreateUpdateSecuritySolutionAlertExists,
  azureMonitorSubscriptionCreateUpdateSqlFirewallRuleAlertExists,
  azureMonitorSubscriptionDeleteNsgAlertExists,
  azureMonitorSubscriptionDeletePolicyAssignmentAlertExists,
  azureMonitorSubscriptionDeletePublicIpAlertExists,
  azureMonitorSubscriptionDeleteSecuritySolutionAlertExists,
  azureMonitorSubscriptionDeleteSqlFirewallRuleAlertExists,
  azureMonitorSubscriptionServiceHealthAlertExists,
  azureMonitorTenantEntraActivityLogsExported,
  azureMonitorTenantGraphActivityLogsExported,
  azureNetworkApplicationGatewayHttp2Enabled,
  azureNetworkApplicationGatewayTls12Minimum,
  azureNetworkApplicationGatewayWafEnabled,
  azureNetworkLocationWatcherEnabled,
  azureNetworkNsgFlowLogRetention90Days,
  azureNetworkSecurityGroupFlowLogsSentToLogAnalytics,
  azureNetworkSecurityGroupHttpInternetRestricted,
  azureNetworkSecurityGroupRdpInternetRestricted,
  azureNetworkSecurityGroupSshInternetRestricted,
  azureNetworkSecurityGroupUdpInternetRestricted,
  azureNetworkSubscriptionBastionHostExists,
  azureNetworkVirtualNetworkDdosProtectionEnabled,
  azureNetworkVirtualNetworkFlowLogsSentToLogAnalytics,
  azureNetworkVirtualNetworkGatewayP2sEntraOnly,
  azureNetworkVirtualNetworkSubnetsNsgAssociated,
  azureNetworkVnetFlowLogRetention90Days,
  azureNetworkWafPolicyBotProtectionEnabled,
  azureNetworkWafPolicyRequestBodyInspectionEnabled,
  azureSecuritySubscriptionAlertEmailsToOwners,
  azureSecuritySubscriptionAlertNotificationsEnabled,
  azureSecuritySubscriptionAttackPathNotificationsEnabled,
  azureSecuritySubscriptionBenchmarkPoliciesNotDisabled,
  azureSecuritySubscriptionDefenderApisOn,
  azureSecuritySubscriptionDefenderAppServiceOn,
  azureSecuritySubscriptionDefenderContainersOn,
  azureSecuritySubscriptionDefenderCosmosDbOn,
  azureSecuritySubscriptionDefenderCspmOn,
  azureSecuritySubscriptionDefenderKeyVaultOn,
  azureSecuritySubscriptionDefenderOpenSourceDatabasesOn,
  azureSecuritySubscriptionDefenderResourceManagerOn,
  azureSecuritySubscriptionDefenderServersOn,
  azureSecuritySubscriptionDefenderSqlDatabasesOn,
  azureSecuritySubscriptionDefenderSqlServersOnMachinesOn,
  azureSecuritySubscriptionDefenderStorageOn,
  azureSecuritySubscriptionEndpointProtectionEnabled,
  azureSecuritySubscriptionSecurityContactEmailConfigured,
  azureSecuritySubscriptionServersAgentlessScanningEnabled,
  azureSecuritySubscriptionServersFileIntegrityMonitoringEnabled,
  azureSecuritySubscriptionSystemUpdatesCheckEnabled,
  azureStorageAccountAccessKeysRotated90Days,
  azureStorageAccountBlobAnonymousAccessDisabled,
  azureStorageAccountBlobSoftDeleteEnabled,
  azureStorageAccountBlobVersioningEnabled,
  azureStorageAccountContainerSoftDeleteEnabled,
  azureStorageAccountCrossTenantReplicationDisabled,
  azureStorageAccountDefaultNetworkAccessDenied,
  azureStorageAccountDefaultToEntraAuthorization,
  azureStorageAccountDeleteLockApplied,
  azureStorageAccountFileShareSoftDeleteEnabled,
  azureStorageAccountGeoRedundant,
  azureStorageAccountKeyRotationReminderEnabled,
  azureStorageAccountMinimumTls12,
  azureStorageAccountPrivateEndpointUsed,
  azureStorageAccountPublicNetworkAccessDisabled,
  azureStorageAccountSecureTransferRequired,
  azureStorageAccountSharedKeyAccessDisabled,
  azureStorageAccountSmbChannelEncryptionAes256Gcm,
  azureStorageAccountSmbProtocol311,
  azureStorageAccountTrustedServicesAllowed,
  azureSubscriptionTenantPolicyTransfersBlocked,
];
