import { wafPolicy } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-network-waf-policy-request-body-inspection-enabled.js';

testRule(rule, {
  valid: [{ name: 'body inspection on', resource: wafPolicy('waf-prod'), messageId: 'inspected' }],
  invalid: [
    {
      name: 'body inspection off',
      resource: wafPolicy('waf-legacy', { requestBodyCheck: false }),
      messageId: 'notInspected',
      evidence: { requestBodyCheck: false },
    },
    { name: 'unset', resource: wafPolicy('waf-unset', { requestBodyCheck: null }), messageId: 'notInspected' },
  ],
});
