import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-ec2-region-ebs-default-encryption-enabled',
  provider: 'aws',
  service: 'ec2',
  resourceType: 'aws.region',
  severity: 'medium',
  title: 'EBS encryption by default is enabled in every region',
  description:
    'For each scanned region, checks ec2:GetEbsEncryptionByDefault, so every new EBS volume and snapshot copy is encrypted whatever the launch request says.',
  rationale:
    'With encryption by default nobody can forget to encrypt a volume; without it, unencrypted volumes and snapshots (which can be shared) keep appearing.',
  remediation: {
    summary: 'Turn on EBS encryption by default in every region (existing volumes are not changed: re-create them from encrypted snapshots).',
    cli: 'aws ec2 enable-ebs-encryption-by-default --region <region>',
    console: [
      'Open the EC2 console in the region and choose "EBS encryption" under Account attributes (Settings, Data protection and security).',
      'Choose Manage, select "Always encrypt new EBS volumes" and save.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/ec2-controls.html#ec2-7',
  ],
  requires: { 'aws.ec2.ebs-default-encryption': 'region' },
  messages: {
    enabled: 'Region {{name}} encrypts new EBS volumes by default with {{key}}.',
    disabled: 'Region {{name}} does not encrypt new EBS volumes by default.',
  },
  evaluate(region, ctx) {
    const setting = ctx.inventory.list('aws.ec2.ebs-default-encryption', { account: region.account, region: region.properties.regionName })[0];
    const evidence = { enabled: setting?.properties.enabled ?? null, kmsKeyId: setting?.properties.kmsKeyId ?? null };
    if (setting?.properties.enabled !== true) return { status: 'FAIL', messageId: 'disabled', evidence };
    return { status: 'PASS', messageId: 'enabled', data: { key: setting.properties.kmsKeyId ?? 'the AWS managed key' }, evidence };
  },
});
