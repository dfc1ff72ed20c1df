import { applicationGateway, armId, DEFAULT_RESOURCE_GROUP, DEFAULT_SUBSCRIPTION, wafPolicy } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-network-application-gateway-waf-enabled.js';

const gwId = armId(DEFAULT_SUBSCRIPTION, DEFAULT_RESOURCE_GROUP, 'Microsoft.Network/applicationGateways', 'agw-prod');
const policyId = (name: string) =>
  armId(DEFAULT_SUBSCRIPTION, DEFAULT_RESOURCE_GROUP, 'Microsoft.Network/ApplicationGatewayWebApplicationFirewallPolicies', name);
const listener = (name: string, firewallPolicyId: string | null) => ({
  id: `${gwId}/httpListeners/${name}`,
  name,
  protocol: 'Https',
  firewallPolicyId,
  sslProfileId: null,
});
const standard = { skuName: 'Standard_v2', skuTier: 'Standard_v2', firewallPolicyId: null };

testRule(rule, {
  valid: [
    { name: 'an enabled gateway WAF policy', resource: applicationGateway('agw-prod'), inventory: [wafPolicy('waf-prod')], messageId: 'enabled' },
    {
      name: 'a WAF policy on every listener',
      resource: applicationGateway('agw-multi', {
        firewallPolicyId: null,
        httpListeners: [listener('a', policyId('waf-prod')), listener('b', policyId('waf-prod'))],
      }),
      inventory: [wafPolicy('waf-prod')],
    },
    {
      name: 'legacy in-gateway WAF configuration',
      resource: applicationGateway('agw-v1', {
        skuTier: 'WAF',
        firewallPolicyId: null,
        webApplicationFirewallConfiguration: { enabled: true, firewallMode: 'Prevention', ruleSetType: 'OWASP', ruleSetVersion: '3.0', requestBodyCheck: true },
      }),
    },
  ],
  invalid: [
    { name: 'Standard_v2 with no WAF', resource: applicationGateway('agw-std', standard), messageId: 'disabled' },
    {
      name: 'the WAF policy is disabled',
      resource: applicationGateway('agw-prod'),
      inventory: [wafPolicy('waf-prod', { state: 'Disabled' })],
      messageId: 'disabled',
      evidence: { policyState: 'Disabled' },
    },
    {
      name: 'one listener left without WAF',
      resource: applicationGateway('agw-partial', { firewallPolicyId: null, httpListeners: [listener('a', policyId('waf-prod')), listener('b', null)] }),
      inventory: [wafPolicy('waf-prod')],
      messageId: 'disabled',
    },
    {
      name: 'legacy WAF configuration turned off',
      resource: applicationGateway('agw-v1off', {
        firewallPolicyId: null,
        webApplicationFirewallConfiguration: { enabled: false, firewallMode: 'Detection', ruleSetType: null, ruleSetVersion: null, requestBodyCheck: null },
      }),
      messageId: 'disabled',
    },
  ],
  error: [{ name: 'the associated WAF policy is not in the inventory', resource: applicationGateway('agw-prod'), message: 'is not in the inventory' }],
});
