import { virtualNetworkGateway } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-network-virtual-network-gateway-p2s-entra-only.js';

const p2s = (vpnAuthenticationTypes: string[], vpnClientProtocols = ['OpenVPN']) => ({
  vpnClientConfiguration: { vpnAuthenticationTypes, vpnClientProtocols, aadTenant: null, addressPrefixes: ['172.16.0.0/24'] },
});

testRule(rule, {
  valid: [{ name: 'Entra ID only', resource: virtualNetworkGateway('vgw-prod'), messageId: 'entraOnly' }],
  invalid: [
    {
      name: 'certificates only',
      resource: virtualNetworkGateway('vgw-cert', p2s(['Certificate'], ['IkeV2', 'OpenVPN'])),
      messageId: 'otherMethods',
      evidence: { vpnAuthenticationTypes: ['Certificate'] },
    },
    { name: 'Entra ID next to RADIUS', resource: virtualNetworkGateway('vgw-mixed', p2s(['AAD', 'Radius'])), messageId: 'otherMethods' },
    { name: 'no type listed means certificates', resource: virtualNetworkGateway('vgw-legacy', p2s([], ['SSTP'])), messageId: 'otherMethods' },
  ],
  notApplicable: [
    { name: 'site-to-site only', resource: virtualNetworkGateway('vgw-s2s', { vpnClientConfiguration: null }), messageId: 'noPointToSite' },
    { name: 'ExpressRoute gateway', resource: virtualNetworkGateway('ergw', { gatewayType: 'ExpressRoute', vpnType: null, vpnClientConfiguration: null }) },
  ],
});
