import { missingData } from '../../../src/engine/helpers/missing-data.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-network-application-gateway-waf-enabled',
  provider: 'azure',
  service: 'network',
  resourceType: 'azure.network.application-gateway',
  severity: 'medium',
  title: 'Application gateways have Azure Web Application Firewall enabled',
  description:
    'Checks that an enabled WAF policy protects the gateway: its own firewall policy, or one on every HTTP listener, in state Enabled; or, on legacy gateways, the in-gateway WAF configuration enabled.',
  rationale:
    'A WAF in front of public web applications blocks the common attacks (SQL injection, cross-site scripting, known CVE exploits, bad bots) before they reach the application.',
  remediation: {
    summary: 'Move the gateway to the WAF_v2 tier and associate an enabled WAF policy in Prevention mode.',
    cli: 'az network application-gateway update --name <gateway> --resource-group <resource-group> --sku WAF_v2 --set firewallPolicy.id=<waf-policy-id>',
    console: [
      'Open the application gateway and choose Settings > Web application firewall.',
      'Upgrade the tier to WAF V2 if needed, associate a WAF policy and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/web-application-firewall/ag/ag-overview'],
  requires: { 'azure.network.waf-policy': 'account' },
  reads: ['firewallPolicyId', 'httpListeners', 'webApplicationFirewallConfiguration', 'skuTier'],
  messages: {
    enabled: 'Application gateway {{name}} is protected by WAF ({{how}}).',
    disabled: 'Application gateway {{name}} has no enabled web application firewall ({{why}}).',
  },
  evaluate(gateway, ctx) {
    const { firewallPolicyId, httpListeners, webApplicationFirewallConfiguration: legacy, skuTier } = gateway.properties;
    const policyState = (id: string): string => {
      const policy = ctx.inventory.get(id);
      if (policy?.type !== 'azure.network.waf-policy') return missingData(`WAF policy ${id} of gateway ${gateway.name} is not in the inventory`);
      return policy.properties.state ?? 'Enabled';
    };
    const evidence = {
      skuTier,
      firewallPolicyId,
      listenerPolicies: httpListeners.map((l) => ({ listener: l.name, firewallPolicyId: l.firewallPolicyId })),
      legacyWafEnabled: legacy?.enabled ?? null,
    };
    if (firewallPolicyId !== null) {
      const state = policyState(firewallPolicyId);
      if (state.toLowerCase() === 'enabled')
        return { status: 'PASS', messageId: 'enabled', data: { how: 'gateway WAF policy' }, evidence: { ...evidence, policyState: state } };
      return { status: 'FAIL', messageId: 'disabled', data: { why: `its WAF policy is ${state}` }, evidence: { ...evidence, policyState: state } };
    }
    if (legacy?.enabled === true)
      return { status: 'PASS', messageId: 'enabled', data: { how: `WAF configuration in ${legacy.firewallMode ?? 'unknown'} mode` }, evidence };
    const uncovered = httpListeners.filter((l) => l.firewallPolicyId === null || policyState(l.firewallPolicyId).toLowerCase() !== 'enabled');
    if (httpListeners.length > 0 && uncovered.length === 0)
      return { status: 'PASS', messageId: 'enabled', data: { how: 'a WAF policy on every listener' }, evidence };
    return {
      status: 'FAIL',
      messageId: 'disabled',
      data: {
        why:
          httpListeners.length > 0 && uncovered.length < httpListeners.length
            ? `listeners without WAF: ${uncovered.map((l) => l.name).join(', ')}`
            : 'no WAF policy',
      },
      evidence,
    };
  },
});
