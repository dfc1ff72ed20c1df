import { defineDetector } from '../detector.js';
import { field, text } from '../helpers/each-event.js';
import { externalGrants, parsePolicy } from '../helpers/policy.js';
import { isRecord } from '../event.js';
import type { CloudEvent } from '../event.js';

const PUBLIC_GROUPS = /AllUsers|AuthenticatedUsers/;

function aclIsPublic(e: CloudEvent): boolean {
  const acl = field(e.request, 'x-amz-acl');
  if ((Array.isArray(acl) ? acl : [acl]).some((a) => a === 'public-read' || a === 'public-read-write' || a === 'authenticated-read')) return true;
  const grants = field(e.request, 'AccessControlPolicy', 'AccessControlList', 'Grant');
  return (Array.isArray(grants) ? grants : [grants]).some((g) => isRecord(g) && PUBLIC_GROUPS.test(JSON.stringify(g['Grantee'] ?? '')));
}

export default defineDetector({
  id: 'aws-s3-bucket-opened-externally',
  provider: 'aws',
  title: 'S3 bucket opened to the public or another account',
  severity: 'high',
  attack: [{ tactic: 'exfiltration', technique: 'T1537', name: 'Transfer Data to Cloud Account' }],
  description:
    "A bucket policy now grants access to everyone or to another account (without a pinning condition), a public ACL was set, or the bucket's public access block was removed: its objects can be read from outside.",
  falsePositives: [
    'Static website buckets and public datasets (tag them and list them as known).',
    'Cross-account log delivery to a central security account (list it as known).',
  ],
  references: ['https://attack.mitre.org/techniques/T1537/', 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/access-control-block-public-access.html'],
  actions: ['PutBucketPolicy', 'PutBucketAcl', 'DeleteBucketPublicAccessBlock', 'DeletePublicAccessBlock'],
  defaultOptions: { knownAccounts: '' },
  optionDocs: { knownAccounts: 'Comma-separated account ids that are your own.' },
  messages: {
    policy: '{{principal}} changed the policy of bucket {{bucket}} to grant {{who}}.',
    acl: '{{principal}} gave bucket {{bucket}} a public ACL.',
    unblocked: '{{principal}} removed the public access block of bucket {{bucket}}.',
  },
  create: (ctx) => {
    const known = ctx.options.knownAccounts
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return {
      event(e) {
        if (e.errorCode !== null) return;
        const bucket = text(field(e.request, 'bucketName'));
        if (e.action === 'PutBucketPolicy') {
          const grants = externalGrants(parsePolicy(field(e.request, 'bucketPolicy')), e.account).filter(
            (g) => !g.conditioned && !known.some((k) => g.principal.includes(k)),
          );
          if (grants.length === 0) return;
          const who = grants.map((g) => (g.principal === '*' ? 'everyone' : g.principal)).join(', ');
          ctx.report({
            messageId: 'policy',
            events: [e],
            data: { bucket, who },
            evidence: { bucket, grants },
            ...(who.includes('everyone') ? { severity: 'critical' as const } : {}),
          });
        } else if (e.action === 'PutBucketAcl') {
          if (aclIsPublic(e)) ctx.report({ messageId: 'acl', events: [e], data: { bucket }, evidence: { bucket } });
        } else if (e.service === 's3' && bucket !== 'unknown') {
          ctx.report({ messageId: 'unblocked', events: [e], data: { bucket }, severity: 'medium', evidence: { bucket } });
        }
      },
    };
  },
});
