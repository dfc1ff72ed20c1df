import { resourcePolicyOutcome } from '../../../src/engine/helpers/iam-policy.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-kms-key-policy-not-public',
  provider: 'aws',
  service: 'kms',
  resourceType: 'aws.kms.key',
  severity: 'critical',
  title: 'KMS key policies do not allow access to everyone',
  description:
    'Checks that no statement of the key policy allows "Principal": "*" without a condition that restricts the caller (kms:CallerAccount, aws:PrincipalOrgID and similar). AWS managed key policies use Principal "*" with kms:CallerAccount and pass.',
  rationale: 'A key usable by anyone lets anyone decrypt the data it protects, or encrypt data you then cannot trust.',
  remediation: {
    summary:
      'Edit the key policy so that only the account and the roles that need the key are principals, or add a kms:CallerAccount / aws:PrincipalOrgID condition.',
    cli: 'aws kms put-key-policy --key-id <key-id> --policy-name default --policy file://key-policy.json',
    console: ['Open the KMS console and choose the customer managed key.', 'On "Key policy", switch to policy view, restrict the wildcard principal and save.'],
  },
  references: ['https://docs.aws.amazon.com/kms/latest/developerguide/key-policies.html'],
  reads: ['policy'],
  messages: {
    noPolicy: 'KMS key {{name}} has no key policy.',
    restricted: 'KMS key {{name}} grants access only to named principals or under conditions that restrict the caller.',
    public: 'KMS key {{name}} allows {{actions}} to any principal.',
  },
  evaluate(resource) {
    return resourcePolicyOutcome(resource.properties.policy);
  },
});
