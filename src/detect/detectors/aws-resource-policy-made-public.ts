import { defineDetector } from '../detector.js';
import { eachEvent, field, text } from '../helpers/each-event.js';
import { externalGrants, parsePolicy } from '../helpers/policy.js';
import type { CloudEvent } from '../event.js';

/** Where each API carries the policy it sets, and what the resource is called. */
const POLICY_OF: Readonly<Record<string, (e: CloudEvent) => { policy: unknown; resource: unknown } | null>> = {
  PutKeyPolicy: (e) => ({ policy: field(e.request, 'policy'), resource: field(e.request, 'keyId') }),
  SetQueueAttributes: (e) => ({ policy: field(e.request, 'attributes', 'Policy'), resource: field(e.request, 'queueUrl') }),
  SetTopicAttributes: (e) =>
    field(e.request, 'attributeName') === 'Policy' ? { policy: field(e.request, 'attributeValue'), resource: field(e.request, 'topicArn') } : null,
  SetRepositoryPolicy: (e) => ({ policy: field(e.request, 'policyText'), resource: field(e.request, 'repositoryName') }),
  PutResourcePolicy: (e) => ({
    policy: field(e.request, 'resourcePolicy') ?? field(e.request, 'policyDocument') ?? field(e.request, 'policy'),
    resource: field(e.request, 'secretId') ?? field(e.request, 'policyName') ?? field(e.request, 'resourceArn'),
  }),
  PutFileSystemPolicy: (e) => ({ policy: field(e.request, 'policy'), resource: field(e.request, 'fileSystemId') }),
  SetVaultAccessPolicy: (e) => ({ policy: field(e.request, 'policy', 'policy'), resource: field(e.request, 'vaultName') }),
  UpdateDomainConfig: (e) => ({ policy: field(e.request, 'accessPolicies'), resource: field(e.request, 'domainName') }),
};

export default defineDetector({
  id: 'aws-resource-policy-made-public',
  provider: 'aws',
  title: 'Resource policy opened to anyone',
  severity: 'high',
  attack: [{ tactic: 'exfiltration', technique: 'T1537', name: 'Transfer Data to Cloud Account' }],
  description:
    'A KMS key, SQS queue, SNS topic, ECR repository, secret, EFS file system, Glacier vault or OpenSearch domain got a resource policy that allows everyone ("*") without a pinning condition: anyone with an AWS account can use it.',
  falsePositives: ['Deliberately public resources (public container images, a public SNS topic) — tag and list them.'],
  references: ['https://attack.mitre.org/techniques/T1537/', 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_identity-vs-resource.html'],
  actions: Object.keys(POLICY_OF),
  defaultOptions: {},
  optionDocs: {},
  messages: { public: '{{principal}} set a policy on {{resource}} ({{action}}) that lets anyone in without a condition.' },
  create: eachEvent((e) => {
    if (e.errorCode !== null) return null;
    const found = POLICY_OF[e.action]?.(e);
    if (!found) return null;
    const grants = externalGrants(parsePolicy(found.policy), e.account).filter((g) => g.principal === '*' && !g.conditioned);
    if (grants.length === 0) return null;
    return { messageId: 'public', data: { resource: text(found.resource) }, evidence: { resource: text(found.resource), action: e.action } };
  }),
});
