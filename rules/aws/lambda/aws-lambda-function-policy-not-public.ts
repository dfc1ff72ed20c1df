import { resourcePolicyOutcome } from '../../../src/engine/helpers/iam-policy.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-lambda-function-policy-not-public',
  provider: 'aws',
  service: 'lambda',
  resourceType: 'aws.lambda.function',
  severity: 'high',
  title: 'Lambda function policies do not allow invocation by everyone',
  description:
    'Checks that no statement of the function resource-based policy allows "Principal": "*" without a condition that restricts the caller (aws:SourceArn, aws:SourceAccount, aws:PrincipalOrgID). A public function URL (AuthType NONE) relies on such a statement and fails.',
  rationale: 'Anyone who can invoke a function runs your code with its role and its network access, and runs up its bill.',
  remediation: {
    summary:
      'Remove the wildcard statement, or scope it with aws:SourceArn / aws:SourceAccount for the service that invokes the function; put public endpoints behind API Gateway with authorisation.',
    cli: 'aws lambda get-policy --function-name <function> && aws lambda remove-permission --function-name <function> --statement-id <statement-id>',
    console: [
      'Open the Lambda console and choose the function.',
      'On Configuration, Permissions, "Resource-based policy statements", delete or restrict statements whose principal is *.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/lambda/latest/dg/access-control-resource-based.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html#lambda-1',
  ],
  reads: ['policy'],
  messages: {
    noPolicy: 'Lambda function {{name}} has no resource-based policy.',
    restricted: 'Lambda function {{name}} grants access only to named principals or under conditions that restrict the caller.',
    public: 'Lambda function {{name}} allows {{actions}} to any principal.',
  },
  evaluate(resource) {
    return resourcePolicyOutcome(resource.properties.policy);
  },
});
