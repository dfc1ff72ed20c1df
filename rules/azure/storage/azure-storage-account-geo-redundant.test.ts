import { storageAccount } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-storage-account-geo-redundant.js';

testRule(rule, {
  valid: [
    { name: 'GRS', resource: storageAccount('stprod'), messageId: 'geoRedundant' },
    { name: 'read-access GZRS', resource: storageAccount('stgzrs', { skuName: 'Standard_RAGZRS' }) },
  ],
  invalid: [
    { name: 'LRS', resource: storageAccount('stlrs', { skuName: 'Standard_LRS' }), messageId: 'local', evidence: { skuName: 'Standard_LRS' } },
    { name: 'ZRS survives a zone, not a region', resource: storageAccount('stzrs', { skuName: 'Standard_ZRS' }), messageId: 'local' },
    { name: 'premium SKUs cannot be geo-redundant', resource: storageAccount('stpremium', { skuName: 'Premium_LRS' }), messageId: 'local' },
  ],
  error: [{ name: 'no SKU reported', resource: storageAccount('stnosku', { skuName: null }), message: 'reports no SKU' }],
});
