import { iamServerCertificate } from '../../../tests/fixtures/aws/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './aws-iam-server-certificate-not-expired.js';

testRule(rule, {
  valid: [
    { name: 'valid until mid-2027', resource: iamServerCertificate('www-2027'), messageId: 'valid' },
    { name: 'expires in an hour', resource: iamServerCertificate('www-today', { expiration: '2026-11-01T10:00:00.000Z' }) },
  ],
  invalid: [
    {
      name: 'expired last year',
      resource: iamServerCertificate('www-2025', { expiration: '2025-12-31T23:59:59.000Z' }),
      messageId: 'expired',
      evidence: { expiration: '2025-12-31T23:59:59.000Z' },
    },
    { name: 'expired an hour ago', resource: iamServerCertificate('www-stale', { expiration: '2026-11-01T08:00:00.000Z' }), messageId: 'expired' },
  ],
  error: [{ name: 'no expiration date collected', resource: iamServerCertificate('odd', { expiration: null }), message: 'no expiration date' }],
});
