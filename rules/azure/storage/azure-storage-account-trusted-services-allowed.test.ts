import { storageAccount } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-storage-account-trusted-services-allowed.js';

const rules = (defaultAction: string, bypass: string[]) => ({ defaultAction, bypass, ipRules: [], virtualNetworkRules: [], resourceAccessRuleIds: [] });

testRule(rule, {
  valid: [
    { name: 'AzureServices in the bypass list', resource: storageAccount('stprod'), messageId: 'allowed' },
    {
      name: 'AzureServices among logging and metrics',
      resource: storageAccount('stlogs', { networkRuleSet: rules('Deny', ['Logging', 'Metrics', 'AzureServices']) }),
    },
  ],
  invalid: [
    {
      name: "bypass 'None'",
      resource: storageAccount('stnone', { networkRuleSet: rules('Deny', ['None']) }),
      messageId: 'notAllowed',
      evidence: { bypass: ['None'] },
    },
    { name: 'logging and metrics only', resource: storageAccount('stlm', { networkRuleSet: rules('Deny', ['Logging', 'Metrics']) }), messageId: 'notAllowed' },
  ],
  notApplicable: [
    { name: 'firewall allows everything', resource: storageAccount('stopen', { networkRuleSet: rules('Allow', []) }), messageId: 'firewallOpen' },
  ],
});
