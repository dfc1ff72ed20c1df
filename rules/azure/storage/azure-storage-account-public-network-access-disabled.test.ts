import { storageAccount } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-storage-account-public-network-access-disabled.js';

testRule(rule, {
  valid: [
    { name: 'disabled', resource: storageAccount('stprod'), messageId: 'disabled' },
    {
      name: 'secured by a network security perimeter',
      resource: storageAccount('stnsp', { publicNetworkAccess: 'SecuredByPerimeter' }),
      messageId: 'perimeter',
    },
  ],
  invalid: [
    { name: 'enabled, even with a Deny firewall', resource: storageAccount('stfw', { publicNetworkAccess: 'Enabled' }), messageId: 'enabled' },
    {
      name: 'unset means enabled',
      resource: storageAccount('stunset', { publicNetworkAccess: null }),
      messageId: 'enabled',
      evidence: { publicNetworkAccess: null },
    },
  ],
});
