import { resourcePolicyOutcome } from '../../../src/engine/helpers/iam-policy.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-sns-topic-policy-not-public',
  provider: 'aws',
  service: 'sns',
  resourceType: 'aws.sns.topic',
  severity: 'high',
  title: 'SNS topic policies do not allow access to everyone',
  description:
    'Checks that no statement of the topic access policy allows "Principal": "*" without a condition that restricts the caller (aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID and similar).',
  rationale: 'Anyone who can publish to a topic can spam or phish its subscribers, and anyone who can subscribe can read every message sent to it.',
  remediation: {
    summary:
      'Replace the wildcard principal with the accounts or services that need access, or add a condition such as aws:SourceAccount or aws:PrincipalOrgID.',
    cli: 'aws sns set-topic-attributes --topic-arn <topic-arn> --attribute-name Policy --attribute-value file://policy.json',
    console: [
      'Open the SNS console and choose the topic.',
      'Edit the access policy: replace "Principal": "*" with specific principals or add a restricting condition, and save.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/sns/latest/dg/sns-access-policy-use-cases.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/sns-controls.html',
  ],
  reads: ['policy'],
  messages: {
    noPolicy: 'SNS topic {{name}} has no access policy.',
    restricted: 'SNS topic {{name}} grants access only to named principals or under conditions that restrict the caller.',
    public: 'SNS topic {{name}} allows {{actions}} to any principal.',
  },
  evaluate(resource) {
    return resourcePolicyOutcome(resource.properties.policy);
  },
});
