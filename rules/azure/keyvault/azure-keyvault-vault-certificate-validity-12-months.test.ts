import { keyVault, keyVaultCertificate } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-keyvault-vault-certificate-validity-12-months.js';

testRule(rule, {
  valid: [
    { name: '12-month certificate', resource: keyVault('kv-prod'), messageId: 'short' },
    {
      name: 'a disabled 5-year certificate is ignored',
      resource: keyVault('kv-old', { certificates: [keyVaultCertificate('tls'), keyVaultCertificate('legacy', { enabled: false, validityInMonths: 60 })] }),
    },
  ],
  invalid: [
    {
      name: '24-month certificate',
      resource: keyVault('kv-long', { certificates: [keyVaultCertificate('tls', { validityInMonths: 24 })] }),
      messageId: 'long',
      evidence: { certificates: [{ name: 'tls', months: 24 }] },
    },
  ],
  notApplicable: [{ name: 'no certificates', resource: keyVault('kv-keys', { certificates: [] }), messageId: 'noCertificates' }],
  error: [
    { name: 'certificates not listable (data plane denied)', resource: keyVault('kv-denied', { certificates: null }), message: 'were not collected' },
    {
      name: 'one certificate policy not readable',
      resource: keyVault('kv-policy', { certificates: [keyVaultCertificate('tls', { validityInMonths: null })] }),
      message: 'was not readable',
    },
  ],
});
