import { storageAccount } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-storage-account-minimum-tls-1-2.js';

testRule(rule, {
  valid: [
    { name: 'TLS 1.2', resource: storageAccount('stprod'), messageId: 'modern' },
    { name: 'TLS 1.3 is stricter still', resource: storageAccount('stnew', { minimumTlsVersion: 'TLS1_3' }), messageId: 'modern' },
  ],
  invalid: [
    { name: 'TLS 1.0', resource: storageAccount('stold', { minimumTlsVersion: 'TLS1_0' }), messageId: 'legacy', evidence: { minimumTlsVersion: 'TLS1_0' } },
    { name: 'TLS 1.1', resource: storageAccount('stold11', { minimumTlsVersion: 'TLS1_1' }), messageId: 'legacy' },
    { name: 'unset means TLS 1.0', resource: storageAccount('stunset', { minimumTlsVersion: null }), messageId: 'unset' },
  ],
});
