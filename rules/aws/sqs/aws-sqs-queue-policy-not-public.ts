import { resourcePolicyOutcome } from '../../../src/engine/helpers/iam-policy.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-sqs-queue-policy-not-public',
  provider: 'aws',
  service: 'sqs',
  resourceType: 'aws.sqs.queue',
  severity: 'high',
  title: 'SQS queue policies do not allow access to everyone',
  description: 'Checks that no statement of the queue policy allows "Principal": "*" without a condition that restricts the caller.',
  rationale: 'A public queue lets anyone inject messages into the consumers that trust it, or read and delete the messages it carries.',
  remediation: {
    summary:
      'Replace the wildcard principal with the accounts or services that need access, or add aws:SourceArn / aws:SourceAccount / aws:PrincipalOrgID conditions.',
    cli: 'aws sqs set-queue-attributes --queue-url <queue-url> --attributes file://policy-attributes.json',
    console: ['Open the SQS console and choose the queue.', 'On "Access policy", choose Edit, restrict the principal or add a condition, and save.'],
  },
  references: ['https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-basic-examples-of-sqs-policies.html'],
  reads: ['policy'],
  messages: {
    noPolicy: 'SQS queue {{name}} has no access policy.',
    restricted: 'SQS queue {{name}} grants access only to named principals or under conditions that restrict the caller.',
    public: 'SQS queue {{name}} allows {{actions}} to any principal.',
  },
  evaluate(resource) {
    return resourcePolicyOutcome(resource.properties.policy);
  },
});
