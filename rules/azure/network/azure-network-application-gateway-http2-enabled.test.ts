import { applicationGateway } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-network-application-gateway-http2-enabled.js';

testRule(rule, {
  valid: [{ name: 'HTTP/2 on', resource: applicationGateway('agw-prod'), messageId: 'enabled' }],
  invalid: [
    { name: 'HTTP/2 off', resource: applicationGateway('agw-h1', { enableHttp2: false }), messageId: 'disabled' },
    { name: 'unset means off', resource: applicationGateway('agw-unset', { enableHttp2: null }), messageId: 'disabled', evidence: { enableHttp2: null } },
  ],
});
