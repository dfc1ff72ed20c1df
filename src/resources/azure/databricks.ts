/** Azure Databricks (Microsoft.Databricks, @azure/arm-databricks). region = location. */
import type { DiagnosticSetting, PrivateEndpointConnection } from './common.js';

/**
 * A Databricks workspace (Workspaces - List By Subscription,
 * `GET /subscriptions/{id}/providers/Microsoft.Databricks/workspaces`, api-version 2024-05-01),
 * hydrated with its diagnostic settings. CIS section 2.1.
 */
export interface DatabricksWorkspace {
  /** sku.name: 'standard' | 'premium' | 'trial'. */
  readonly skuName: string | null;
  readonly managedResourceGroupId: string | null;
  readonly workspaceUrl: string | null;
  /** parameters.customVirtualNetworkId.value: VNet injection (CIS 2.1.1); null when Databricks manages the VNet. */
  readonly customVirtualNetworkId: string | null;
  /** parameters.customPublicSubnetName.value (the "host" subnet). */
  readonly customPublicSubnetName: string | null;
  /** parameters.customPrivateSubnetName.value (the "container" subnet). */
  readonly customPrivateSubnetName: string | null;
  /** parameters.enableNoPublicIp.value: secure cluster connectivity (CIS 2.1.9). */
  readonly enableNoPublicIp: boolean | null;
  /** parameters.requireInfrastructureEncryption.value. */
  readonly requireInfrastructureEncryption: boolean | null;
  /** publicNetworkAccess: 'Enabled' | 'Disabled' (CIS 2.1.10). */
  readonly publicNetworkAccess: string | null;
  /** requiredNsgRules: 'AllRules' | 'NoAzureDatabricksRules' | 'NoAzureServiceRules'. */
  readonly requiredNsgRules: string | null;
  /** CIS 2.1.11. */
  readonly privateEndpointConnections: readonly PrivateEndpointConnection[];
  /**
   * Customer-managed keys (CIS 2.1.8): keySource per scope, from encryption.entities.managedServices /
   * managedDisk and parameters.encryption (DBFS root): 'Microsoft.Keyvault' means CMK; null when not set.
   */
  readonly cmk: {
    readonly managedServices: string | null;
    readonly managedDisk: string | null;
    readonly dbfsRoot: string | null;
  };
  /** Diagnostic settings (CIS 2.1.7); null when not collected. */
  readonly diagnosticSettings: readonly DiagnosticSetting[] | null;
}
