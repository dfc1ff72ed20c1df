import { missingData } from '../../../src/engine/helpers/missing-data.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-ec2-instance-imdsv2-required',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.ec2.instance',
  severity: 'high',
  title: 'EC2 instances require IMDSv2',
  description:
    'Checks that the instance metadata service requires session tokens (MetadataOptions.HttpTokens = required), or is turned off (HttpEndpoint = disabled).',
  rationale:
    'IMDSv1 answers any HTTP GET, so a server-side request forgery in an application leaks the instance role credentials; IMDSv2 session tokens stop that class of attack.',
  remediation: {
    summary: 'Require IMDSv2 on the instance (check that its SDKs and agents are recent enough), and set it as the default for new instances in the account.',
    cli: 'aws ec2 modify-instance-metadata-options --instance-id <instance-id> --http-tokens required --http-endpoint enabled && aws ec2 modify-instance-metadata-defaults --http-tokens required',
    console: [
      'Open the EC2 console and select the instance.',
      'Choose Actions, Instance settings, "Modify instance metadata options", set IMDSv2 to Required and save.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/configuring-IMDS-existing-instances.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-8',
  ],
  reads: ['metadataOptions', 'state'],
  messages: {
    required: 'EC2 instance {{name}} requires IMDSv2.',
    disabled: 'EC2 instance {{name}} has the metadata service turned off.',
    optional: 'EC2 instance {{name}} still accepts IMDSv1 requests (HttpTokens {{tokens}}).',
    terminated: 'EC2 instance {{name}} is terminated.',
  },
  evaluate(instance) {
    const { metadataOptions, state } = instance.properties;
    if (state === 'terminated' || state === 'shutting-down') return { status: 'NOT_APPLICABLE', messageId: 'terminated', evidence: { state } };
    const options = metadataOptions ?? missingData('the instance metadata options were not collected');
    const evidence = { httpTokens: options.httpTokens, httpEndpoint: options.httpEndpoint, state };
    if (options.httpEndpoint === 'disabled') return { status: 'PASS', messageId: 'disabled', evidence };
    if (options.httpTokens === 'required') return { status: 'PASS', messageId: 'required', evidence };
    return { status: 'FAIL', messageId: 'optional', data: { tokens: options.httpTokens ?? 'unset' }, evidence };
  },
});
