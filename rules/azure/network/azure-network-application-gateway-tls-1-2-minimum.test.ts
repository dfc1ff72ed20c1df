import { applicationGateway } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-network-application-gateway-tls-1-2-minimum.js';

const predefined = (policyName: string) => ({ policyType: 'Predefined', policyName, minProtocolVersion: null, disabledSslProtocols: [], cipherSuites: [] });
const custom = (minProtocolVersion: string) => ({ policyType: 'CustomV2', policyName: null, minProtocolVersion, disabledSslProtocols: [], cipherSuites: [] });

testRule(rule, {
  valid: [
    { name: 'AppGwSslPolicy20220101', resource: applicationGateway('agw-prod'), messageId: 'modern' },
    {
      name: 'a custom policy with TLS 1.3',
      resource: applicationGateway('agw-13', { sslPolicy: custom('TLSv1_3') }),
      evidence: { policies: [{ minimumProtocol: 'TLSv1_3' }] },
    },
    { name: 'AppGwSslPolicy20170401S is TLS 1.2', resource: applicationGateway('agw-17s', { sslPolicy: predefined('AppGwSslPolicy20170401S') }) },
    {
      name: 'legacy disabledSslProtocols removing 1.0 and 1.1',
      resource: applicationGateway('agw-disabled', {
        sslPolicy: { policyType: null, policyName: null, minProtocolVersion: null, disabledSslProtocols: ['TLSv1_0', 'TLSv1_1'], cipherSuites: [] },
      }),
    },
  ],
  invalid: [
    {
      name: 'AppGwSslPolicy20150501 is TLS 1.0',
      resource: applicationGateway('agw-old', { sslPolicy: predefined('AppGwSslPolicy20150501') }),
      messageId: 'legacy',
    },
    { name: 'a custom policy with TLS 1.1', resource: applicationGateway('agw-11', { sslPolicy: custom('TLSv1_1') }), messageId: 'legacy' },
    {
      name: 'no explicit policy falls back to a default that may be TLS 1.0',
      resource: applicationGateway('agw-default', { sslPolicy: null }),
      messageId: 'legacy',
    },
    {
      name: 'an SSL profile on one listener weakens the gateway policy',
      resource: applicationGateway('agw-profile', { sslProfiles: [{ id: 'p', name: 'partners', sslPolicy: predefined('AppGwSslPolicy20170401') }] }),
      messageId: 'legacy',
      evidence: {
        policies: [
          { where: 'gateway SSL policy', minimumProtocol: 'TLSv1_2' },
          { where: 'SSL profile partners', minimumProtocol: 'TLSv1_1' },
        ],
      },
    },
  ],
  notApplicable: [
    {
      name: 'HTTP listeners only',
      resource: applicationGateway('agw-http', {
        sslPolicy: null,
        httpListeners: [{ id: 'l', name: 'http', protocol: 'Http', firewallPolicyId: null, sslProfileId: null }],
      }),
      messageId: 'noHttps',
    },
  ],
  error: [
    {
      name: 'an unknown predefined policy name',
      resource: applicationGateway('agw-new', { sslPolicy: predefined('AppGwSslPolicy20990101') }),
      message: 'unknown predefined SSL policy',
    },
  ],
});
