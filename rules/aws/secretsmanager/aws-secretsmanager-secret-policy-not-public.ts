import { resourcePolicyOutcome } from '../../../src/engine/helpers/iam-policy.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-secretsmanager-secret-policy-not-public',
  provider: 'aws',
  service: 'secretsmanager',
  resourceType: 'aws.secretsmanager.secret',
  severity: 'critical',
  title: 'Secrets Manager resource policies do not allow access to everyone',
  description: 'Checks that no statement of the secret resource policy allows "Principal": "*" without a condition that restricts the caller.',
  rationale: 'A secret readable by anyone is no longer a secret: database passwords and API keys in it are exposed to every AWS account.',
  remediation: {
    summary:
      'Remove the wildcard statement or restrict it with aws:PrincipalOrgID or aws:PrincipalAccount; Secrets Manager can block public policies with BlockPublicPolicy.',
    cli: 'aws secretsmanager put-resource-policy --secret-id <secret> --resource-policy file://policy.json --block-public-policy',
    console: [
      'Open the Secrets Manager console and choose the secret.',
      'Under "Resource permissions", edit the policy to remove or restrict the wildcard principal and save.',
    ],
  },
  references: ['https://docs.aws.amazon.com/secretsmanager/latest/userguide/auth-and-access_resource-policies.html'],
  reads: ['policy'],
  messages: {
    noPolicy: 'Secret {{name}} has no resource policy.',
    restricted: 'Secret {{name}} grants access only to named principals or under conditions that restrict the caller.',
    public: 'Secret {{name}} allows {{actions}} to any principal.',
  },
  evaluate(resource) {
    return resourcePolicyOutcome(resource.properties.policy);
  },
});
