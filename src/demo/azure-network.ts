/**
 * Network and compute of the demo subscription: a hub and an app spoke in West Europe, a Databricks
 * network, and a North Europe region someone started using without Network Watcher. The app NSG
 * still opens RDP to the Internet "temporarily", the web tier takes HTTP(S) straight from it.
 */
import type { AnyResource } from '../resources/index.js';
import {
  applicationGateway,
  azureLocation,
  bastionHost,
  defaultNsgRules,
  flowLog,
  networkSecurityGroup,
  networkWatcher,
  nsgRule,
  publicIpAddress,
  subnet,
  virtualMachine,
  virtualNetwork,
  virtualNetworkGateway,
  wafPolicy,
} from '../inventory/builders/azure.js';
import { at, DEMO_AZURE_SUBSCRIPTION, DEMO_LOCATIONS, id, SUB, WORKSPACE } from './azure-placement.js';

const HUB = id('rg-network', 'Microsoft.Network/virtualNetworks', 'vnet-hub');
const APP = id('rg-network', 'Microsoft.Network/virtualNetworks', 'vnet-app');
const DBW = id('rg-analytics', 'Microsoft.Network/virtualNetworks', 'vnet-databricks');
const nsgId = (name: string): string => id('rg-network', 'Microsoft.Network/networkSecurityGroups', name);
const NET = at('rg-network');

function networks(): AnyResource[] {
  return [
    virtualNetwork(
      'vnet-hub',
      {
        addressPrefixes: ['10.0.0.0/22'],
        subnets: [
          subnet(HUB, 'GatewaySubnet', { addressPrefixes: ['10.0.0.0/27'], networkSecurityGroupId: null }),
          subnet(HUB, 'AzureBastionSubnet', { addressPrefixes: ['10.0.0.64/26'], networkSecurityGroupId: nsgId('nsg-bastion') }),
          subnet(HUB, 'snet-appgw', { addressPrefixes: ['10.0.1.0/24'], networkSecurityGroupId: nsgId('nsg-appgw') }),
        ],
        flowLogIds: [],
      },
      NET,
    ),
    virtualNetwork(
      'vnet-app',
      {
        addressPrefixes: ['10.1.0.0/16'],
        subnets: [
          subnet(APP, 'snet-web', { addressPrefixes: ['10.1.1.0/24'], networkSecurityGroupId: nsgId('nsg-web') }),
          subnet(APP, 'snet-app', { addressPrefixes: ['10.1.2.0/24'], networkSecurityGroupId: nsgId('nsg-app') }),
          // Added for a database migration; nobody attached an NSG.
          subnet(APP, 'snet-migration', { addressPrefixes: ['10.1.9.0/24'], networkSecurityGroupId: null }),
        ],
        enableDdosProtection: false,
        ddosProtectionPlanId: null,
      },
      NET,
    ),
    virtualNetwork(
      'vnet-databricks',
      {
        addressPrefixes: ['10.2.0.0/16'],
        subnets: [
          subnet(DBW, 'snet-dbw-host', {
            addressPrefixes: ['10.2.0.0/24'],
            delegations: ['Microsoft.Databricks/workspaces'],
            networkSecurityGroupId: nsgId('nsg-dbw'),
          }),
          subnet(DBW, 'snet-dbw-container', {
            addressPrefixes: ['10.2.1.0/24'],
            delegations: ['Microsoft.Databricks/workspaces'],
            networkSecurityGroupId: null,
          }),
        ],
        flowLogIds: [],
      },
      at('rg-analytics'),
    ),
  ];
}

function securityGroups(): AnyResource[] {
  const rule = nsgRule;
  return [
    networkSecurityGroup(
      'nsg-bastion',
      {
        subnetIds: [`${HUB}/subnets/AzureBastionSubnet`],
        securityRules: [
          rule({ name: 'allow-https-inbound', sourceAddressPrefixes: ['Internet'], destinationPortRanges: ['443'] }),
          rule({ name: 'allow-gateway-manager', priority: 110, sourceAddressPrefixes: ['GatewayManager'], destinationPortRanges: ['443'] }),
        ],
      },
      NET,
    ),
    networkSecurityGroup(
      'nsg-appgw',
      { securityRules: [rule({ name: 'allow-gateway-manager', sourceAddressPrefixes: ['GatewayManager'], destinationPortRanges: ['65200-65535'] })] },
      NET,
    ),
    networkSecurityGroup(
      'nsg-web',
      {
        subnetIds: [`${APP}/subnets/snet-web`],
        securityRules: [
          rule({ name: 'allow-web-from-internet', sourceAddressPrefixes: ['*'], destinationPortRanges: ['80', '443'] }),
          rule({ name: 'allow-ssh-from-bastion', priority: 200, sourceAddressPrefixes: ['10.0.0.64/26'], destinationPortRanges: ['22'] }),
        ],
      },
      NET,
    ),
    networkSecurityGroup(
      'nsg-app',
      {
        subnetIds: [`${APP}/subnets/snet-app`],
        securityRules: [
          rule({ name: 'deny-ssh-internet', priority: 100, access: 'Deny', protocol: '*', sourceAddressPrefixes: ['Internet'], destinationPortRanges: ['22'] }),
          rule({ name: 'allow-ssh-any', priority: 300, sourceAddressPrefixes: ['*'], destinationPortRanges: ['22'] }),
          rule({
            name: 'temp-rdp-vendor',
            priority: 310,
            sourceAddressPrefixes: ['Any'],
            destinationPortRanges: ['3389'],
            description: 'temporary - vendor support',
          }),
        ],
      },
      NET,
    ),
    networkSecurityGroup('nsg-dbw', { securityRules: [], defaultSecurityRules: defaultNsgRules() }, NET),
  ];
}

function edge(): AnyResource[] {
  const policy = id('rg-network', 'Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies', 'waf-contoso');
  return [
    publicIpAddress('pip-agw', { ipAddress: '20.61.14.10' }, NET),
    publicIpAddress('pip-bastion', { ipAddress: '20.61.14.11' }, NET),
    publicIpAddress('pip-vm-jump-old', { ipAddress: '20.61.14.77', ipConfigurationId: null }, NET),
    bastionHost('bas-hub', { subnetIds: [`${HUB}/subnets/AzureBastionSubnet`] }, NET),
    // The 2019 gateway still negotiates TLS 1.0 through its original predefined policy.
    applicationGateway(
      'agw-contoso',
      {
        firewallPolicyId: policy,
        sslPolicy: { policyType: 'Predefined', policyName: 'AppGwSslPolicy20150501', minProtocolVersion: null, disabledSslProtocols: [], cipherSuites: [] },
      },
      NET,
    ),
    wafPolicy(
      'waf-contoso',
      {
        managedRuleSets: [{ ruleSetType: 'OWASP', ruleSetVersion: '3.2' }],
        applicationGatewayIds: [id('rg-network', 'Microsoft.Network/applicationGateways', 'agw-contoso')],
      },
      NET,
    ),
    virtualNetworkGateway(
      'vgw-hub',
      {
        vpnClientConfiguration: {
          vpnAuthenticationTypes: ['Certificate'],
          vpnClientProtocols: ['IkeV2', 'OpenVPN'],
          aadTenant: null,
          addressPrefixes: ['172.16.200.0/24'],
        },
      },
      NET,
    ),
  ];
}

function watchersAndFlowLogs(): AnyResource[] {
  const sub = { account: DEMO_AZURE_SUBSCRIPTION, region: 'westeurope' };
  const ta = { enabled: true, workspaceResourceId: WORKSPACE, workspaceRegion: 'westeurope', intervalInMinutes: 10 };
  return [
    ...DEMO_LOCATIONS.map((l) => azureLocation(l, { resourceCount: l === 'westeurope' ? 41 : 3 }, SUB)),
    // North Europe came with the DR storage account; nobody enabled Network Watcher there.
    networkWatcher({}, sub),
    flowLog('fl-vnet-app', APP, { trafficAnalytics: ta }, sub),
    flowLog('fl-vnet-hub', HUB, { retentionDays: 30, trafficAnalytics: null }, sub),
    flowLog('fl-nsg-web', nsgId('nsg-web'), { targetKind: 'networkSecurityGroup', retentionDays: 90, trafficAnalytics: ta }, sub),
  ];
}

function compute(): AnyResource[] {
  const app = at('rg-app');
  return [
    virtualMachine('vm-app-01', {}, app),
    virtualMachine('vm-app-02', {}, app),
    virtualMachine(
      'vm-legacy-win',
      {
        osType: 'Windows',
        image: 'MicrosoftWindowsServer:WindowsServer:2019-Datacenter:latest',
        securityType: null,
        secureBootEnabled: null,
        vTpmEnabled: null,
        disablePasswordAuthentication: null,
      },
      app,
    ),
  ];
}

export function demoAzureNetwork(): AnyResource[] {
  return [...networks(), ...securityGroups(), ...edge(), ...watchersAndFlowLogs(), ...compute()];
}
