import { parseDate } from '../../../src/engine/helpers/dates.js';
import { missingData } from '../../../src/engine/helpers/missing-data.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-iam-server-certificate-not-expired',
  provider: 'aws',
  service: 'iam',
  resourceType: 'aws.iam.server-certificate',
  severity: 'medium',
  title: 'No expired SSL/TLS certificates are stored in IAM',
  description: 'Checks that every server certificate stored in IAM (iam:ListServerCertificates) is still within its validity period.',
  rationale:
    'An expired certificate can be deployed to a load balancer or CloudFront by mistake, breaking the service and training users to click through warnings.',
  remediation: {
    summary: 'Delete expired server certificates; manage certificates with AWS Certificate Manager, which renews them.',
    cli: 'aws iam delete-server-certificate --server-certificate-name <certificate-name>',
    console: ['IAM server certificates have no console page: use the AWS CLI or SDK to list and delete them.'],
  },
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_server-certs.html'],
  reads: ['expiration'],
  messages: {
    valid: 'IAM server certificate {{name}} is valid until {{expiration}}.',
    expired: 'IAM server certificate {{name}} expired on {{expiration}}.',
  },
  evaluate(cert, ctx) {
    const expiration = parseDate(cert.properties.expiration) ?? missingData('the certificate has no expiration date');
    const data = { expiration: expiration.toISOString() };
    const evidence = { expiration: cert.properties.expiration };
    return expiration <= ctx.now ? { status: 'FAIL', messageId: 'expired', data, evidence } : { status: 'PASS', messageId: 'valid', data, evidence };
  },
});
