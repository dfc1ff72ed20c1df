import { missingData } from '../../../src/engine/helpers/missing-data.js';
import { defineRule } from '../../../src/engine/rule.js';

const INACTIVE_STATES = new Set(['PendingDeletion', 'PendingReplicaDeletion', 'Disabled', 'PendingImport', 'Unavailable']);

export default defineRule({
  id: 'aws-kms-key-rotation-enabled',
  provider: 'aws',
  service: 'kms',
  resourceType: 'aws.kms.key',
  severity: 'medium',
  title: 'Customer managed symmetric KMS keys rotate automatically',
  description:
    'Checks that automatic key rotation is enabled (kms:GetKeyRotationStatus) on each enabled, customer managed, symmetric encryption key with AWS-generated key material. AWS managed keys rotate on their own; asymmetric, HMAC and imported keys cannot rotate automatically; disabled keys and keys pending deletion are out of scope.',
  rationale: 'Rotation limits how much data one key version protects and how long compromised key material stays useful, without re-encrypting anything.',
  remediation: {
    summary: 'Enable automatic rotation on the key (yearly by default; a period of 90 to 2560 days can be set).',
    cli: 'aws kms enable-key-rotation --key-id <key-id>',
    console: ['Open the KMS console, choose "Customer managed keys" and the key.', 'On "Key rotation", select "Automatically rotate this KMS key" and save.'],
  },
  references: [
    'https://docs.aws.amazon.com/kms/latest/developerguide/rotate-keys.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/kms-controls.html#kms-4',
  ],
  reads: ['keyManager', 'keyState', 'keySpec', 'origin', 'rotationEnabled'],
  messages: {
    enabled: 'KMS key {{name}} rotates automatically.',
    disabled: 'KMS key {{name}} does not rotate automatically.',
    awsManaged: 'KMS key {{name}} is AWS managed and rotated by AWS.',
    inactive: 'KMS key {{name}} is {{state}}.',
    notRotatable: 'KMS key {{name}} cannot rotate automatically ({{why}}).',
  },
  evaluate(key) {
    const { keyManager, keyState, keySpec, origin, rotationEnabled } = key.properties;
    const evidence = { keyManager, keyState, keySpec, origin, rotationEnabled };
    if (keyManager === 'AWS') return { status: 'NOT_APPLICABLE', messageId: 'awsManaged', evidence };
    if (INACTIVE_STATES.has(keyState)) return { status: 'NOT_APPLICABLE', messageId: 'inactive', data: { state: keyState }, evidence };
    if (keySpec !== 'SYMMETRIC_DEFAULT')
      return { status: 'NOT_APPLICABLE', messageId: 'notRotatable', data: { why: `key spec ${keySpec ?? 'unknown'}` }, evidence };
    if (origin !== 'AWS_KMS')
      return { status: 'NOT_APPLICABLE', messageId: 'notRotatable', data: { why: `key material from ${origin ?? 'unknown'}` }, evidence };
    const enabled = rotationEnabled ?? missingData('the rotation status of this customer managed key was not collected');
    return enabled ? { status: 'PASS', messageId: 'enabled', evidence } : { status: 'FAIL', messageId: 'disabled', evidence };
  },
});
