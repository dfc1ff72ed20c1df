import { storageAccount } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-storage-account-default-network-access-denied.js';

const rules = (defaultAction: string, bypass: string[]) => ({ defaultAction, bypass, ipRules: [], virtualNetworkRules: [], resourceAccessRuleIds: [] });

testRule(rule, {
  valid: [
    { name: 'Deny with the trusted-services bypass', resource: storageAccount('stprod'), messageId: 'denied' },
    { name: 'Deny with no bypass at all', resource: storageAccount('stlocked', { networkRuleSet: rules('Deny', ['None']) }), messageId: 'denied' },
    {
      name: 'Allow is moot when public network access is disabled',
      resource: storageAccount('stprivate', { networkRuleSet: rules('Allow', ['AzureServices']), publicNetworkAccess: 'Disabled' }),
      messageId: 'publicDisabled',
    },
  ],
  invalid: [
    {
      name: 'Allow with public network access enabled',
      resource: storageAccount('stopen', { networkRuleSet: rules('Allow', ['AzureServices']), publicNetworkAccess: 'Enabled' }),
      messageId: 'allowed',
      evidence: { defaultAction: 'Allow' },
    },
    {
      name: 'Allow with public network access unset',
      resource: storageAccount('stunset', { networkRuleSet: rules('Allow', []), publicNetworkAccess: null }),
      messageId: 'allowed',
    },
  ],
});
