import { wafPolicy } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-network-waf-policy-bot-protection-enabled.js';

testRule(rule, {
  valid: [{ name: 'OWASP and bot manager', resource: wafPolicy('waf-prod'), messageId: 'enabled' }],
  invalid: [
    {
      name: 'OWASP only',
      resource: wafPolicy('waf-owasp', { managedRuleSets: [{ ruleSetType: 'OWASP', ruleSetVersion: '3.2' }] }),
      messageId: 'disabled',
      evidence: { managedRuleSets: ['OWASP 3.2'] },
    },
    { name: 'no managed rules', resource: wafPolicy('waf-custom', { managedRuleSets: [] }), messageId: 'disabled' },
  ],
});
