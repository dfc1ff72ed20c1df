import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-network-application-gateway-http2-enabled',
  provider: 'azure',
  service: 'network',
  resourceType: 'azure.network.application-gateway',
  severity: 'low',
  title: "Application gateways have HTTP/2 enabled ('HTTP2' is Enabled)",
  description: 'Checks that enableHttp2 is true on the gateway. Unset means disabled.',
  rationale:
    'CIS recommends HTTP/2 for its binary framing, header compression and single multiplexed TLS connection per client, which remove classes of HTTP/1.1 request smuggling and reduce connection load.',
  remediation: {
    summary: 'Enable HTTP/2 on the application gateway (clients fall back to HTTP/1.1 when they do not support it).',
    cli: 'az network application-gateway update --name <gateway> --resource-group <resource-group> --http2 Enabled',
    console: ['Open the application gateway and choose Settings > Configuration.', 'Set HTTP2 to Enabled and save.'],
  },
  references: ['https://learn.microsoft.com/en-us/azure/application-gateway/configuration-listeners#http2-support'],
  reads: ['enableHttp2'],
  messages: {
    enabled: 'Application gateway {{name}} supports HTTP/2.',
    disabled: 'Application gateway {{name}} does not support HTTP/2.',
  },
  evaluate(gateway) {
    const { enableHttp2 } = gateway.properties;
    const evidence = { enableHttp2 };
    return enableHttp2 === true ? { status: 'PASS', messageId: 'enabled', evidence } : { status: 'FAIL', messageId: 'disabled', evidence };
  },
});
