import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-network-waf-policy-request-body-inspection-enabled',
  provider: 'azure',
  service: 'network',
  resourceType: 'azure.network.waf-policy',
  severity: 'medium',
  title: 'Application Gateway WAF policies inspect request bodies',
  description: 'Checks policySettings.requestBodyCheck on the Application Gateway WAF policy.',
  rationale:
    'Most injection payloads arrive in POST bodies (forms, JSON, XML); a WAF that does not inspect bodies only sees the URL and headers and lets them through.',
  remediation: {
    summary: 'Turn on request body inspection in the WAF policy settings.',
    cli: 'az network application-gateway waf-policy policy-setting update --policy-name <policy> --resource-group <resource-group> --request-body-check true',
    console: ['Open the Web Application Firewall policy and choose Settings > Policy settings.', 'Select "Enforce request body inspection" and save.'],
  },
  references: ['https://learn.microsoft.com/en-us/azure/web-application-firewall/ag/application-gateway-waf-request-size-limits#request-body-inspection'],
  reads: ['requestBodyCheck'],
  messages: {
    inspected: 'WAF policy {{name}} inspects request bodies.',
    notInspected: 'WAF policy {{name}} does not inspect request bodies.',
  },
  evaluate(policy) {
    const { requestBodyCheck, requestBodyInspectLimitInKB } = policy.properties;
    const evidence = { requestBodyCheck, requestBodyInspectLimitInKB };
    return requestBodyCheck === true ? { status: 'PASS', messageId: 'inspected', evidence } : { status: 'FAIL', messageId: 'notInspected', evidence };
  },
});
