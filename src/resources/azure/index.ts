import type { ResourceTypeInfo } from '../aws/index.js';
import type { WebApp } from './appservice.js';
import type { RoleAssignment, RoleDefinition } from './authorization.js';
import type { ManagedDisk, VirtualMachine } from './compute.js';
import type { DatabricksWorkspace } from './databricks.js';
import type {
  EntraAuthenticationMethodsPolicy,
  EntraAuthorizationPolicy,
  EntraConditionalAccessPolicy,
  EntraDeviceRegistrationPolicy,
  EntraDirectoryRole,
  EntraDirectorySetting,
  EntraNamedLocation,
  EntraSecurityDefaults,
  EntraTenant,
  EntraUser,
} from './entra.js';
import type { KeyVault } from './keyvault.js';
import type { ActivityLogAlert, AppInsightsComponent, EntraDiagnosticSetting, LogProfile, SubscriptionDiagnosticSetting } from './monitor.js';
import type {
  ApplicationGateway,
  BastionHost,
  NetworkFlowLog,
  NetworkSecurityGroup,
  NetworkWatcher,
  PublicIpAddress,
  VirtualNetwork,
  VirtualNetworkGateway,
  WafPolicy,
} from './network.js';
import type { DefenderAutoProvisioningSetting, DefenderPlan, DefenderAssessment, DefenderSecurityContact, DefenderSetting } from './security.js';
import type { SqlDatabase, SqlServer } from './sql.js';
import type { StorageAccount } from './storage.js';
import type { AzureLocation, AzureSubscription, PolicyAssignment, ResourceLock, SubscriptionTenantPolicy } from './subscription.js';

export type * from './appservice.js';
export type * from './authorization.js';
export type * from './common.js';
export type * from './compute.js';
export type * from './databricks.js';
export type * from './entra.js';
export type * from './keyvault.js';
export type * from './monitor.js';
export type * from './network.js';
export type * from './security.js';
export type * from './sql.js';
export type * from './storage.js';
export type * from './subscription.js';

/**
 * The closed map of Azure resource types to their typed properties.
 *
 * Envelope conventions (what rules can rely on):
 * - `id`: the ARM resource id as ARM returns it; Graph objects use `/tenants/<tenantId>/...`.
 * - `account`: the subscription id; for tenant-level types (scope 'tenant' below: Entra, the
 *   tenant's subscription policy and Entra diagnostic settings) the tenant id.
 * - `region`: the ARM location, lowercase without spaces ('westeurope'), or 'global' for
 *   subscription- and tenant-level types and resources whose location is 'global'.
 * - A failed subscription-wide listing is recorded with region 'global' (ARM lists per
 *   subscription, not per location): rules reading another Azure type through ctx.inventory
 *   should declare it with scope 'account' in `requires`, not 'region'.
 * - Hydration failures (one resource's sub-call, e.g. a vault's keys) are property-level errors
 *   on that resource: declare `reads` so only the rules that need the missing part report ERROR.
 */
export interface AzureResourceTypes {
  'azure.subscription': AzureSubscription;
  'azure.location': AzureLocation;
  'azure.subscription.tenant-policy': SubscriptionTenantPolicy;
  'azure.resources.lock': ResourceLock;
  'azure.policy.assignment': PolicyAssignment;
  'azure.authorization.role-assignment': RoleAssignment;
  'azure.authorization.role-definition': RoleDefinition;
  'azure.entra.tenant': EntraTenant;
  'azure.entra.security-defaults': EntraSecurityDefaults;
  'azure.entra.authorization-policy': EntraAuthorizationPolicy;
  'azure.entra.directory-setting': EntraDirectorySetting;
  'azure.entra.user': EntraUser;
  'azure.entra.directory-role': EntraDirectoryRole;
  'azure.entra.conditional-access-policy': EntraConditionalAccessPolicy;
  'azure.entra.named-location': EntraNamedLocation;
  'azure.entra.device-registration-policy': EntraDeviceRegistrationPolicy;
  'azure.entra.authentication-methods-policy': EntraAuthenticationMethodsPolicy;
  'azure.monitor.subscription-diagnostic-setting': SubscriptionDiagnosticSetting;
  'azure.monitor.entra-diagnostic-setting': EntraDiagnosticSetting;
  'azure.monitor.activity-log-alert': ActivityLogAlert;
  'azure.monitor.log-profile': LogProfile;
  'azure.appinsights.component': AppInsightsComponent;
  'azure.security.pricing': DefenderPlan;
  'azure.security.contact': DefenderSecurityContact;
  'azure.security.auto-provisioning-setting': DefenderAutoProvisioningSetting;
  'azure.security.setting': DefenderSetting;
  'azure.security.assessment': DefenderAssessment;
  'azure.storage.account': StorageAccount;
  'azure.compute.virtual-machine': VirtualMachine;
  'azure.compute.disk': ManagedDisk;
  'azure.network.security-group': NetworkSecurityGroup;
  'azure.network.flow-log': NetworkFlowLog;
  'azure.network.watcher': NetworkWatcher;
  'azure.network.virtual-network': VirtualNetwork;
  'azure.network.public-ip-address': PublicIpAddress;
  'azure.network.bastion-host': BastionHost;
  'azure.network.application-gateway': ApplicationGateway;
  'azure.network.waf-policy': WafPolicy;
  'azure.network.virtual-network-gateway': VirtualNetworkGateway;
  'azure.sql.server': SqlServer;
  'azure.sql.database': SqlDatabase;
  'azure.keyvault.vault': KeyVault;
  'azure.databricks.workspace': DatabricksWorkspace;
  'azure.appservice.web-app': WebApp;
}

export type AzureResourceType = keyof AzureResourceTypes;

/**
 * Runtime facts per Azure resource type; `satisfies` keeps it in step with the type map. `scope`
 * 'global' covers both subscription-level and tenant-level types (one per subscription or tenant).
 */
export const AZURE_RESOURCE_TYPES = {
  'azure.subscription': { service: 'subscription', description: 'The scanned Azure subscription (Subscriptions - Get).', scope: 'global' },
  'azure.location': { service: 'subscription', description: 'A location the subscription has resources in (Resources - List).', scope: 'regional' },
  'azure.subscription.tenant-policy': {
    service: 'subscription',
    description: 'Who may move subscriptions into or out of the tenant (tenant-level).',
    scope: 'global',
  },
  'azure.resources.lock': { service: 'resources', description: 'A management lock on the subscription, a resource group or a resource.', scope: 'global' },
  'azure.policy.assignment': { service: 'policy', description: 'An Azure Policy assignment effective on the subscription.', scope: 'global' },
  'azure.authorization.role-assignment': {
    service: 'authorization',
    description: 'An Azure RBAC role assignment visible from the subscription.',
    scope: 'global',
  },
  'azure.authorization.role-definition': { service: 'authorization', description: 'A custom Azure RBAC role definition.', scope: 'global' },
  'azure.entra.tenant': { service: 'entra', description: 'The scanned Microsoft Entra tenant (Graph organization).', scope: 'global' },
  'azure.entra.security-defaults': { service: 'entra', description: 'Entra security defaults enforcement (tenant-level).', scope: 'global' },
  'azure.entra.authorization-policy': { service: 'entra', description: 'Entra authorization policy: user, guest and consent settings.', scope: 'global' },
  'azure.entra.directory-setting': { service: 'entra', description: 'An Entra directory setting object (group creation, password rules).', scope: 'global' },
  'azure.entra.user': { service: 'entra', description: 'An Entra user with MFA registration and directory roles.', scope: 'global' },
  'azure.entra.directory-role': { service: 'entra', description: 'An activated Entra directory role and its members.', scope: 'global' },
  'azure.entra.conditional-access-policy': { service: 'entra', description: 'An Entra Conditional Access policy.', scope: 'global' },
  'azure.entra.named-location': { service: 'entra', description: 'An Entra Conditional Access named location.', scope: 'global' },
  'azure.entra.device-registration-policy': { service: 'entra', description: 'The Entra device registration policy.', scope: 'global' },
  'azure.entra.authentication-methods-policy': { service: 'entra', description: 'The Entra authentication methods policy.', scope: 'global' },
  'azure.monitor.subscription-diagnostic-setting': {
    service: 'monitor',
    description: 'A subscription Activity Log diagnostic setting.',
    scope: 'global',
  },
  'azure.monitor.entra-diagnostic-setting': {
    service: 'monitor',
    description: 'A Microsoft Entra (aadiam) diagnostic setting (tenant-level).',
    scope: 'global',
  },
  'azure.monitor.activity-log-alert': { service: 'monitor', description: 'An Activity Log alert rule.', scope: 'global' },
  'azure.monitor.log-profile': { service: 'monitor', description: 'A legacy Activity Log log profile.', scope: 'global' },
  'azure.appinsights.component': { service: 'appinsights', description: 'An Application Insights component.', scope: 'regional' },
  'azure.security.pricing': { service: 'security', description: 'A Microsoft Defender for Cloud plan and its tier.', scope: 'global' },
  'azure.security.contact': { service: 'security', description: 'Defender for Cloud security contact and notification settings.', scope: 'global' },
  'azure.security.auto-provisioning-setting': { service: 'security', description: 'Defender for Cloud auto-provisioning setting.', scope: 'global' },
  'azure.security.setting': { service: 'security', description: 'A Defender for Cloud integration setting (WDATP, MCAS, ...).', scope: 'global' },
  'azure.security.assessment': { service: 'security', description: 'A Defender for Cloud assessment result for one resource.', scope: 'global' },
  'azure.storage.account': { service: 'storage', description: 'A storage account with its blob, file and queue service settings.', scope: 'regional' },
  'azure.compute.virtual-machine': { service: 'compute', description: 'A virtual machine with its disks and extensions.', scope: 'regional' },
  'azure.compute.disk': { service: 'compute', description: 'A managed disk.', scope: 'regional' },
  'azure.network.security-group': { service: 'network', description: 'A network security group and its rules.', scope: 'regional' },
  'azure.network.flow-log': { service: 'network', description: 'An NSG or virtual network flow log.', scope: 'regional' },
  'azure.network.watcher': { service: 'network', description: 'A Network Watcher instance.', scope: 'regional' },
  'azure.network.virtual-network': { service: 'network', description: 'A virtual network with its subnets.', scope: 'regional' },
  'azure.network.public-ip-address': { service: 'network', description: 'A public IP address.', scope: 'regional' },
  'azure.network.bastion-host': { service: 'network', description: 'An Azure Bastion host.', scope: 'regional' },
  'azure.network.application-gateway': { service: 'network', description: 'An application gateway with its TLS and WAF settings.', scope: 'regional' },
  'azure.network.waf-policy': { service: 'network', description: 'An Application Gateway WAF policy.', scope: 'regional' },
  'azure.network.virtual-network-gateway': { service: 'network', description: 'A VPN or ExpressRoute virtual network gateway.', scope: 'regional' },
  'azure.sql.server': { service: 'sql', description: 'A logical SQL server with auditing, TDE protector, firewall and Entra admin.', scope: 'regional' },
  'azure.sql.database': { service: 'sql', description: 'A SQL database with TDE and auditing.', scope: 'regional' },
  'azure.keyvault.vault': { service: 'keyvault', description: 'A key vault with its keys, secrets, certificates and logging.', scope: 'regional' },
  'azure.databricks.workspace': { service: 'databricks', description: 'An Azure Databricks workspace.', scope: 'regional' },
  'azure.appservice.web-app': { service: 'appservice', description: 'An App Service web or function app.', scope: 'regional' },
} as const satisfies Record<AzureResourceType, ResourceTypeInfo>;
