import { missingData } from '../../../src/engine/helpers/missing-data.js';
import { defineRule } from '../../../src/engine/rule.js';
import type { AppGatewaySslPolicy } from '../../../src/resources/azure/index.js';

const ORDER = ['TLSv1_0', 'TLSv1_1', 'TLSv1_2', 'TLSv1_3'];
/** Minimum protocol of each predefined policy (learn.microsoft.com application-gateway-ssl-policy-overview). */
const PREDEFINED: Readonly<Record<string, string>> = {
  appgwsslpolicy20150501: 'TLSv1_0',
  appgwsslpolicy20170401: 'TLSv1_1',
  appgwsslpolicy20170401s: 'TLSv1_2',
  appgwsslpolicy20220101: 'TLSv1_2',
  appgwsslpolicy20220101s: 'TLSv1_2',
};

/** The lowest TLS version a policy admits; null when the gateway relies on the default. */
function minimumOf(policy: AppGatewaySslPolicy | null, where: string): string | null {
  if (policy === null) return null;
  if (policy.minProtocolVersion !== null) return policy.minProtocolVersion;
  if (policy.policyName !== null)
    return PREDEFINED[policy.policyName.toLowerCase()] ?? missingData(`${where} uses unknown predefined SSL policy ${policy.policyName}`);
  if (policy.disabledSslProtocols.length > 0) return ORDER.find((v) => !policy.disabledSslProtocols.includes(v)) ?? 'TLSv1_3';
  return null;
}

export default defineRule({
  id: 'azure-network-application-gateway-tls-1-2-minimum',
  provider: 'azure',
  service: 'network',
  resourceType: 'azure.network.application-gateway',
  severity: 'medium',
  title: "Application gateways require TLS 1.2 or later (SSL policy 'Min protocol version' is TLSv1_2 or higher)",
  description:
    'Checks the minimum TLS version of the gateway SSL policy and of every SSL profile: a custom policy’s minProtocolVersion, or the minimum of the predefined policy it names. A gateway with no explicit SSL policy fails, as the default is TLS 1.0 on gateways created before API version 2023-02-01. Not applicable to gateways without HTTPS listeners.',
  rationale:
    'TLS 1.0 and 1.1 are deprecated and have known weaknesses; a gateway that still negotiates them exposes the traffic of any client that can be pushed to use them.',
  remediation: {
    summary: 'Set the gateway SSL policy (and every SSL profile) to AppGwSslPolicy20220101S or a custom policy with minimum protocol TLSv1_2.',
    cli: 'az network application-gateway ssl-policy set --gateway-name <gateway> --resource-group <resource-group> --policy-type Predefined --name AppGwSslPolicy20220101S',
    console: [
      'Open the application gateway and choose Settings > Listeners > SSL settings.',
      'Choose a predefined policy with minimum protocol TLS 1.2 (20220101 or 20220101S) and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/application-gateway/application-gateway-ssl-policy-overview'],
  reads: ['sslPolicy', 'sslProfiles', 'httpListeners'],
  messages: {
    modern: 'Application gateway {{name}} requires {{minimum}} or later.',
    legacy: 'Application gateway {{name}} accepts TLS below 1.2: {{where}}.',
    noHttps: 'Application gateway {{name}} has no HTTPS listener.',
  },
  evaluate(gateway) {
    const { sslPolicy, sslProfiles, httpListeners } = gateway.properties;
    if (!httpListeners.some((l) => l.protocol?.toLowerCase() === 'https'))
      return { status: 'NOT_APPLICABLE', messageId: 'noHttps', evidence: { listeners: httpListeners.map((l) => l.protocol) } };
    const policies = [
      { where: 'gateway SSL policy', minimum: minimumOf(sslPolicy, `gateway ${gateway.name}`) },
      ...sslProfiles.map((p) => ({ where: `SSL profile ${p.name}`, minimum: minimumOf(p.sslPolicy ?? sslPolicy, `SSL profile ${p.name}`) })),
    ];
    const weak = policies.filter((p) => p.minimum === null || ORDER.indexOf(p.minimum) < ORDER.indexOf('TLSv1_2'));
    const evidence = { policies: policies.map((p) => ({ where: p.where, minimumProtocol: p.minimum ?? 'default (TLS 1.0 on older gateways)' })) };
    if (weak.length > 0)
      return {
        status: 'FAIL',
        messageId: 'legacy',
        data: { where: weak.map((p) => `${p.where} (${p.minimum ?? 'no explicit policy'})`).join(', ') },
        evidence,
      };
    const minimum = policies.map((p) => p.minimum ?? 'TLSv1_0').sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))[0] ?? 'TLSv1_2';
    return { status: 'PASS', messageId: 'modern', data: { minimum }, evidence };
  },
});
