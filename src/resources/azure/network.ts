/** Azure networking (Microsoft.Network, @azure/arm-network). region = location for every type here. */

/**
 * One NSG security rule. ARM's singular and plural fields are merged: `sourceAddressPrefixes` is
 * `sourceAddressPrefix` (when set) followed by `sourceAddressPrefixes`, and likewise for the other
 * three pairs, so a rule never has to look in two places.
 */
export interface NsgSecurityRule {
  readonly name: string;
  /** 'Tcp' | 'Udp' | 'Icmp' | 'Esp' | 'Ah' | '*'. */
  readonly protocol: string;
  /** 'Allow' | 'Deny'. */
  readonly access: string;
  /** 'Inbound' | 'Outbound'. */
  readonly direction: string;
  /** 100-4096 for custom rules, 65000+ for default rules. */
  readonly priority: number;
  /** CIDRs, IPs, '*', or service tags ('Internet', 'VirtualNetwork', 'AzureLoadBalancer', ...). */
  readonly sourceAddressPrefixes: readonly string[];
  /** '*', '22', '1000-2000'. */
  readonly sourcePortRanges: readonly string[];
  readonly destinationAddressPrefixes: readonly string[];
  readonly destinationPortRanges: readonly string[];
  /** sourceApplicationSecurityGroups[].id. */
  readonly sourceApplicationSecurityGroupIds: readonly string[];
  readonly destinationApplicationSecurityGroupIds: readonly string[];
  readonly description: string | null;
}

/**
 * A network security group (Network Security Groups - List All,
 * `GET /subscriptions/{id}/providers/Microsoft.Network/networkSecurityGroups`). CIS 7.1-7.4.
 */
export interface NetworkSecurityGroup {
  /** properties.securityRules: the custom rules. */
  readonly securityRules: readonly NsgSecurityRule[];
  /** properties.defaultSecurityRules (AllowVnetInBound, AllowAzureLoadBalancerInBound, DenyAllInBound, ...). */
  readonly defaultSecurityRules: readonly NsgSecurityRule[];
  /** properties.subnets[].id. */
  readonly subnetIds: readonly string[];
  /** properties.networkInterfaces[].id. */
  readonly networkInterfaceIds: readonly string[];
  /** properties.flowLogs[].id (NSG flow logs targeting this group). */
  readonly flowLogIds: readonly string[];
}

/**
 * A flow log (Flow Logs - List, `GET .../networkWatchers/{name}/flowLogs`, for every watcher).
 * Targets an NSG (legacy NSG flow logs) or a virtual network / subnet / NIC (VNet flow logs).
 * CIS 7.5, 7.8 (retention >= 90 days), 6.1.1.5, 6.1.1.6 (sent to Log Analytics).
 */
export interface NetworkFlowLog {
  /** properties.targetResourceId. */
  readonly targetResourceId: string;
  /** Derived from the target id: 'networkSecurityGroup' | 'virtualNetwork' | 'subnet' | 'networkInterface' | 'other'. */
  readonly targetKind: string;
  readonly enabled: boolean;
  /** properties.storageId: the storage account receiving the logs. */
  readonly storageId: string | null;
  /** retentionPolicy.enabled; retention is unlimited when false or days is 0. */
  readonly retentionEnabled: boolean;
  readonly retentionDays: number | null;
  /** format.type ('JSON') and format.version (1 | 2). */
  readonly formatVersion: number | null;
  /** flowAnalyticsConfiguration.networkWatcherFlowAnalyticsConfiguration: Traffic Analytics to a Log Analytics workspace. */
  readonly trafficAnalytics: {
    readonly enabled: boolean;
    readonly workspaceResourceId: string | null;
    readonly workspaceRegion: string | null;
    readonly intervalInMinutes: number | null;
  } | null;
  /** The network watcher the flow log belongs to. */
  readonly networkWatcherId: string;
  readonly provisioningState: string | null;
}

/**
 * A Network Watcher (Network Watchers - List All, `GET /subscriptions/{id}/providers/Microsoft.Network/networkWatchers`).
 * CIS 7.6: one per location in use (`azure.location`).
 */
export interface NetworkWatcher {
  readonly provisioningState: string | null;
}

/** A subnet of a virtual network (`properties.subnets[]`). */
export interface VirtualNetworkSubnet {
  readonly id: string;
  readonly name: string;
  /** addressPrefix and addressPrefixes merged. */
  readonly addressPrefixes: readonly string[];
  /** networkSecurityGroup.id; null when no NSG is associated (CIS 7.11). */
  readonly networkSecurityGroupId: string | null;
  readonly routeTableId: string | null;
  readonly natGatewayId: string | null;
  /** delegations[].serviceName, e.g. 'Microsoft.Databricks/workspaces'. */
  readonly delegations: readonly string[];
  /** privateEndpointNetworkPolicies: 'Enabled' | 'Disabled' | 'NetworkSecurityGroupEnabled' | 'RouteTableEnabled'. */
  readonly privateEndpointNetworkPolicies: string | null;
  /** defaultOutboundAccess: null when unset (true). */
  readonly defaultOutboundAccess: boolean | null;
}

/**
 * A virtual network with its subnets (Virtual Networks - List All,
 * `GET /subscriptions/{id}/providers/Microsoft.Network/virtualNetworks`). CIS 7.11, 8.5.
 */
export interface VirtualNetwork {
  readonly addressPrefixes: readonly string[];
  readonly subnets: readonly VirtualNetworkSubnet[];
  /** enableDdosProtection (CIS 8.5). */
  readonly enableDdosProtection: boolean;
  readonly ddosProtectionPlanId: string | null;
  /** properties.flowLogs[].id (VNet flow logs targeting this network). */
  readonly flowLogIds: readonly string[];
  /** properties.virtualNetworkPeerings[].properties.remoteVirtualNetwork.id. */
  readonly peeredVirtualNetworkIds: readonly string[];
}

/**
 * A public IP address (Public IP Addresses - List All,
 * `GET /subscriptions/{id}/providers/Microsoft.Network/publicIPAddresses`). CIS 7.7 (manual).
 */
export interface PublicIpAddress {
  readonly ipAddress: string | null;
  /** 'IPv4' | 'IPv6'. */
  readonly publicIPAddressVersion: string | null;
  /** 'Static' | 'Dynamic'. */
  readonly publicIPAllocationMethod: string | null;
  /** sku.name: 'Basic' | 'Standard'. */
  readonly skuName: string | null;
  /** ipConfiguration.id: what the address is attached to; null when unassociated. */
  readonly ipConfigurationId: string | null;
  /** dnsSettings.fqdn. */
  readonly fqdn: string | null;
  /** ddosSettings.protectionMode: 'VirtualNetworkInherited' | 'Enabled' | 'Disabled'. */
  readonly ddosProtectionMode: string | null;
}

/**
 * An Azure Bastion host (Bastion Hosts - List, `GET /subscriptions/{id}/providers/Microsoft.Network/bastionHosts`).
 * CIS 8.4.1 (a Bastion host exists).
 */
export interface BastionHost {
  /** sku.name: 'Developer' | 'Basic' | 'Standard' | 'Premium'. */
  readonly skuName: string | null;
  /** ipConfigurations[].properties.subnet.id. */
  readonly subnetIds: readonly string[];
  readonly disableCopyPaste: boolean | null;
  readonly enableTunneling: boolean | null;
  readonly enableShareableLink: boolean | null;
  readonly provisioningState: string | null;
}

/** One HTTP listener of an application gateway. */
export interface AppGatewayListener {
  readonly id: string;
  readonly name: string;
  /** 'Http' | 'Https'. */
  readonly protocol: string | null;
  /** firewallPolicy.id: a per-listener WAF policy; null when none. */
  readonly firewallPolicyId: string | null;
  /** sslProfile.id; null when none. */
  readonly sslProfileId: string | null;
}

/** An application gateway SSL policy (`properties.sslPolicy`, or an SSL profile's policy). */
export interface AppGatewaySslPolicy {
  /** 'Predefined' | 'Custom' | 'CustomV2'. */
  readonly policyType: string | null;
  /** e.g. 'AppGwSslPolicy20220101', 'AppGwSslPolicy20150501'. */
  readonly policyName: string | null;
  /** 'TLSv1_0' | 'TLSv1_1' | 'TLSv1_2' | 'TLSv1_3'; set on Custom policies only. */
  readonly minProtocolVersion: string | null;
  readonly disabledSslProtocols: readonly string[];
  readonly cipherSuites: readonly string[];
}

/**
 * An application gateway (Application Gateways - List All,
 * `GET /subscriptions/{id}/providers/Microsoft.Network/applicationGateways`). CIS 7.10 (WAF), 7.12 (TLS),
 * 7.13 (HTTP/2), 7.14, 7.15 (through its WAF policy).
 */
export interface ApplicationGateway {
  /** sku.name / sku.tier: 'Standard_v2' | 'WAF_v2' | 'Standard' | 'WAF' | 'Basic'. */
  readonly skuName: string | null;
  readonly skuTier: string | null;
  /** properties.operationalState: 'Running' | 'Stopped' | ... */
  readonly operationalState: string | null;
  /** properties.enableHttp2 (CIS 7.13); null when unset (off). */
  readonly enableHttp2: boolean | null;
  /**
   * properties.sslPolicy; null when unset, in which case the default applies: AppGwSslPolicy20220101
   * (TLS 1.2 minimum) for gateways created with API version 2023-02-01 or later, AppGwSslPolicy20150501 (TLS 1.0) before.
   */
  readonly sslPolicy: AppGatewaySslPolicy | null;
  /** sslProfiles[]: per-listener TLS policies. */
  readonly sslProfiles: readonly { readonly id: string; readonly name: string; readonly sslPolicy: AppGatewaySslPolicy | null }[];
  /** properties.firewallPolicy.id: the gateway-level WAF policy; null when none. */
  readonly firewallPolicyId: string | null;
  /** Legacy in-gateway WAF configuration (properties.webApplicationFirewallConfiguration); null when absent. */
  readonly webApplicationFirewallConfiguration: {
    readonly enabled: boolean;
    /** 'Detection' | 'Prevention'. */
    readonly firewallMode: string | null;
    readonly ruleSetType: string | null;
    readonly ruleSetVersion: string | null;
    readonly requestBodyCheck: boolean | null;
  } | null;
  readonly httpListeners: readonly AppGatewayListener[];
}

/**
 * An Application Gateway WAF policy (Web Application Firewall Policies - List All,
 * `GET /subscriptions/{id}/providers/Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies`).
 * CIS 7.14 (request body inspection), 7.15 (bot protection: managed rule set 'Microsoft_BotManagerRuleSet').
 */
export interface WafPolicy {
  /** policySettings.state: 'Enabled' | 'Disabled'. */
  readonly state: string | null;
  /** policySettings.mode: 'Detection' | 'Prevention'. */
  readonly mode: string | null;
  /** policySettings.requestBodyCheck (CIS 7.14). */
  readonly requestBodyCheck: boolean | null;
  readonly requestBodyInspectLimitInKB: number | null;
  /** managedRules.managedRuleSets[]: e.g. { ruleSetType: 'OWASP', ruleSetVersion: '3.2' }, { 'Microsoft_BotManagerRuleSet', '1.0' }. */
  readonly managedRuleSets: readonly { readonly ruleSetType: string; readonly ruleSetVersion: string }[];
  /** customRules[].name. */
  readonly customRuleNames: readonly string[];
  /** applicationGateways[].id. */
  readonly applicationGatewayIds: readonly string[];
  /** httpListeners[].id. */
  readonly httpListenerIds: readonly string[];
}

/**
 * A virtual network gateway (found with Resources - List filtered on
 * `resourceType eq 'Microsoft.Network/virtualNetworkGateways'`, then Virtual Network Gateways - Get;
 * ARM has no subscription-wide list for this type). CIS 7.9 (P2S authentication type Azure AD only).
 */
export interface VirtualNetworkGateway {
  /** gatewayType: 'Vpn' | 'ExpressRoute' | 'LocalGateway'. */
  readonly gatewayType: string | null;
  /** vpnType: 'RouteBased' | 'PolicyBased'. */
  readonly vpnType: string | null;
  readonly skuName: string | null;
  /** vpnClientConfiguration: point-to-site settings; null when P2S is not configured. */
  readonly vpnClientConfiguration: {
    /** vpnAuthenticationTypes: 'Certificate' | 'Radius' | 'AAD'. */
    readonly vpnAuthenticationTypes: readonly string[];
    /** vpnClientProtocols: 'IkeV2' | 'SSTP' | 'OpenVPN'. */
    readonly vpnClientProtocols: readonly string[];
    readonly aadTenant: string | null;
    readonly addressPrefixes: readonly string[];
  } | null;
}
