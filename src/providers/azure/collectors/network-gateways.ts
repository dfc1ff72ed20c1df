/**
 * Application delivery and VPN (@azure/arm-network): application gateways, their WAF policies, and
 * virtual network gateways (which ARM cannot list per subscription: found through Resources - List
 * filtered on their type, then read one by one).
 */
import type {
  ApplicationGateway as RawGateway,
  ApplicationGatewaySslPolicy,
  VirtualNetworkGateway as RawVnetGateway,
  WebApplicationFirewallPolicy as RawWafPolicy,
} from '@azure/arm-network';
import { makeResource } from '../../../inventory/builders/resource.js';
import type { AppGatewaySslPolicy } from '../../../resources/azure/index.js';
import type { Resource } from '../../../resources/index.js';
import { armPlacement, idsOf, list, normaliseLocation, nul, resourceGroupOf } from '../arm.js';
import { call, listAll, subscriptionOf, unitDone, type AzureCollector } from '../context.js';

const ID = 'network-gateways';
const READ = {
  appGateways: 'Microsoft.Network/applicationGateways/read',
  wafPolicies: 'Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies/read',
  resources: 'Microsoft.Resources/subscriptions/resources/read',
  vnetGateways: 'Microsoft.Network/virtualNetworkGateways/read',
} as const;

export function toSslPolicy(raw: ApplicationGatewaySslPolicy | undefined): AppGatewaySslPolicy | null {
  if (raw === undefined) return null;
  return {
    policyType: nul(raw.policyType),
    policyName: nul(raw.policyName),
    minProtocolVersion: nul(raw.minProtocolVersion),
    disabledSslProtocols: list(raw.disabledSslProtocols),
    cipherSuites: list(raw.cipherSuites),
  };
}

export function toApplicationGateway(subscriptionId: string, raw: RawGateway): Resource<'azure.network.application-gateway'> {
  const waf = raw.webApplicationFirewallConfiguration;
  return makeResource('azure.network.application-gateway', armPlacement(subscriptionId, raw), {
    skuName: nul(raw.sku?.name),
    skuTier: nul(raw.sku?.tier),
    operationalState: nul(raw.operationalState),
    enableHttp2: nul(raw.enableHttp2),
    sslPolicy: toSslPolicy(raw.sslPolicy),
    sslProfiles: list(raw.sslProfiles).map((p) => ({ id: p.id ?? '', name: p.name ?? '', sslPolicy: toSslPolicy(p.sslPolicy) })),
    firewallPolicyId: nul(raw.firewallPolicy?.id),
    webApplicationFirewallConfiguration:
      waf === undefined
        ? null
        : {
            enabled: waf.enabled,
            firewallMode: nul(waf.firewallMode),
            ruleSetType: nul(waf.ruleSetType),
            ruleSetVersion: nul(waf.ruleSetVersion),
            requestBodyCheck: nul(waf.requestBodyCheck),
          },
    httpListeners: list(raw.httpListeners).map((l) => ({
      id: l.id ?? '',
      name: l.name ?? '',
      protocol: nul(l.protocol),
      firewallPolicyId: nul(l.firewallPolicy?.id),
      sslProfileId: nul(l.sslProfile?.id),
    })),
  });
}

export function toWafPolicy(subscriptionId: string, raw: RawWafPolicy): Resource<'azure.network.waf-policy'> {
  const settings = raw.policySettings;
  return makeResource('azure.network.waf-policy', armPlacement(subscriptionId, raw), {
    state: nul(settings?.state),
    mode: nul(settings?.mode),
    requestBodyCheck: nul(settings?.requestBodyCheck),
    requestBodyInspectLimitInKB: nul(settings?.requestBodyInspectLimitInKB),
    managedRuleSets: list(raw.managedRules?.managedRuleSets).map((s) => ({ ruleSetType: s.ruleSetType, ruleSetVersion: s.ruleSetVersion })),
    customRuleNames: list(raw.customRules).flatMap((r) => (r.name === undefined ? [] : [r.name])),
    applicationGatewayIds: idsOf(raw.applicationGateways),
    httpListenerIds: idsOf(raw.httpListeners),
  });
}

export function toVirtualNetworkGateway(subscriptionId: string, raw: RawVnetGateway): Resource<'azure.network.virtual-network-gateway'> {
  const p2s = raw.vpnClientConfiguration;
  return makeResource('azure.network.virtual-network-gateway', armPlacement(subscriptionId, raw), {
    gatewayType: nul(raw.gatewayType),
    vpnType: nul(raw.vpnType),
    skuName: nul(raw.sku?.name),
    vpnClientConfiguration:
      p2s === undefined
        ? null
        : {
            vpnAuthenticationTypes: list(p2s.vpnAuthenticationTypes),
            vpnClientProtocols: list(p2s.vpnClientProtocols),
            aadTenant: nul(p2s.aadTenant),
            addressPrefixes: list(p2s.vpnClientAddressPool?.addressPrefixes),
          },
  });
}

export const networkGatewaysCollector: AzureCollector = {
  id: ID,
  provider: 'azure',
  scope: 'subscription',
  resourceTypes: ['azure.network.application-gateway', 'azure.network.waf-policy', 'azure.network.virtual-network-gateway'],
  permissions: Object.values(READ),
  async collect(ctx) {
    const sub = subscriptionOf(ctx).subscriptionId;
    const client = await ctx.clients.network(sub);
    const [gateways, policies, vpnResources] = await Promise.all([
      listAll(ctx, { collector: ID, region: 'global', resourceTypes: ['azure.network.application-gateway'] }, READ.appGateways, () =>
        client.applicationGateways.listAll(),
      ),
      listAll(ctx, { collector: ID, region: 'global', resourceTypes: ['azure.network.waf-policy'] }, READ.wafPolicies, () =>
        client.webApplicationFirewallPolicies.listAll(),
      ),
      listAll(ctx, { collector: ID, region: 'global', resourceTypes: ['azure.network.virtual-network-gateway'] }, READ.resources, async () =>
        (await ctx.clients.resources(sub)).resources.list({ filter: "resourceType eq 'Microsoft.Network/virtualNetworkGateways'" }),
      ),
    ]);
    for (const r of gateways ?? []) ctx.sink.resource(toApplicationGateway(sub, r));
    for (const r of policies ?? []) ctx.sink.resource(toWafPolicy(sub, r));
    await Promise.all(
      (vpnResources ?? []).map(async (found) => {
        const id = found.id ?? '';
        const region = normaliseLocation(found.location);
        // A gateway that cannot be read leaves the gateways of its location unknown.
        const gateway = await call(ctx, { collector: ID, region, resourceTypes: ['azure.network.virtual-network-gateway'] }, READ.vnetGateways, () =>
          client.virtualNetworkGateways.get(resourceGroupOf(id), found.name ?? ''),
        );
        if (gateway.ok) ctx.sink.resource(toVirtualNetworkGateway(sub, gateway.value));
      }),
    );
    unitDone(ctx, ID);
  },
};
