import { defineDetector } from '../detector.js';
import { eachEvent } from '../helpers/each-event.js';

export default defineDetector({
  id: 'aws-ec2-ebs-default-encryption-disabled',
  provider: 'aws',
  title: 'EBS encryption by default turned off',
  severity: 'medium',
  attack: [
    { tactic: 'defense-evasion', technique: 'T1562.001', name: 'Impair Defenses: Disable or Modify Tools' },
    { tactic: 'impact', technique: 'T1486', name: 'Data Encrypted for Impact' },
  ],
  description:
    'DisableEbsEncryptionByDefault: new volumes and snapshot copies in the region are created unencrypted from now on, so they can be shared or copied out more easily.',
  falsePositives: ['A workload that cannot use encrypted volumes (rare; document it).'],
  references: ['https://docs.aws.amazon.com/ebs/latest/userguide/encryption-by-default.html'],
  actions: ['DisableEbsEncryptionByDefault'],
  defaultOptions: {},
  optionDocs: {},
  messages: { disabled: '{{principal}} turned off EBS encryption by default in {{region}} from {{sourceIp}}.' },
  create: eachEvent((e) => (e.errorCode === null ? { messageId: 'disabled' } : null)),
});
