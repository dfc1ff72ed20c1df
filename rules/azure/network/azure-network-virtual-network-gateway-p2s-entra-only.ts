import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-network-virtual-network-gateway-p2s-entra-only',
  provider: 'azure',
  service: 'network',
  resourceType: 'azure.network.virtual-network-gateway',
  severity: 'medium',
  title: "VPN gateways authenticate point-to-site users with Microsoft Entra ID only ('Authentication type' is 'Azure Active Directory')",
  description:
    "Checks that the point-to-site configuration's authentication types are exactly ['AAD']. Certificate or RADIUS authentication, alone or next to Entra ID, fails; a configuration with no type listed uses certificates. Not applicable to gateways without point-to-site and to ExpressRoute gateways.",
  rationale:
    'With Entra ID, every VPN connection is tied to a user who must pass Conditional Access and MFA, and can be revoked centrally; client certificates are copied with laptops and rarely revoked.',
  remediation: {
    summary: 'Configure Microsoft Entra ID authentication (OpenVPN protocol) for point-to-site and remove certificate and RADIUS authentication.',
    cli: 'az network vnet-gateway update --name <gateway> --resource-group <resource-group> --client-protocol OpenVPN --vpn-auth-type AAD --aad-tenant <tenant-url> --aad-audience <audience> --aad-issuer <issuer-url>',
    console: [
      'Open the virtual network gateway and choose Settings > Point-to-site configuration.',
      'Set Tunnel type to OpenVPN and Authentication type to "Azure Active Directory" only, fill in the tenant, audience and issuer, and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/vpn-gateway/point-to-site-entra-gateway'],
  reads: ['gatewayType', 'vpnClientConfiguration'],
  messages: {
    entraOnly: 'VPN gateway {{name}} authenticates point-to-site users with Microsoft Entra ID only.',
    otherMethods: 'VPN gateway {{name}} accepts point-to-site authentication other than Microsoft Entra ID: {{types}}.',
    noPointToSite: 'Gateway {{name}} has no point-to-site configuration.',
  },
  evaluate(gateway) {
    const { gatewayType, vpnClientConfiguration: p2s } = gateway.properties;
    const evidence = { gatewayType, vpnAuthenticationTypes: p2s?.vpnAuthenticationTypes ?? null, vpnClientProtocols: p2s?.vpnClientProtocols ?? null };
    if (p2s === null || gatewayType?.toLowerCase() === 'expressroute') return { status: 'NOT_APPLICABLE', messageId: 'noPointToSite', evidence };
    const types = p2s.vpnAuthenticationTypes.length === 0 ? ['Certificate (default)'] : p2s.vpnAuthenticationTypes;
    const others = types.filter((t) => t.toLowerCase() !== 'aad');
    if (others.length > 0) return { status: 'FAIL', messageId: 'otherMethods', data: { types: others.join(', ') }, evidence };
    return { status: 'PASS', messageId: 'entraOnly', evidence };
  },
});
