import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { awsCollectors } from '../../../src/providers/aws/collectors/index.js';
import { actionOfCommand, awsReadOnlyActions, isReadOnlyAction, READ_ONLY_EXCEPTIONS } from '../../../src/providers/aws/permissions.js';
import { AWS_POLICY_JSON, PERMISSIONS_MD, renderAwsPolicy, renderPermissionsMd } from '../../tools/permissions-docs.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('AWS permissions', () => {
  it('docs/permissions.md and the policy JSON are current (npm run permissions)', () => {
    expect(readFileSync(root + PERMISSIONS_MD, 'utf8')).toBe(renderPermissionsMd());
    expect(readFileSync(root + AWS_POLICY_JSON, 'utf8')).toBe(renderAwsPolicy());
  });

  it('declares only read-only actions; every exception is justified and used', () => {
    const actions = awsReadOnlyActions();
    expect(actions.filter((a) => !isReadOnlyAction(a))).toEqual([]);
    for (const [action, why] of Object.entries(READ_ONLY_EXCEPTIONS)) {
      expect(actions).toContain(action);
      expect(why.length).toBeGreaterThan(20);
    }
    expect(isReadOnlyAction('s3:PutBucketPolicy')).toBe(false);
    expect(isReadOnlyAction('iam:CreateUser')).toBe(false);
  });

  it('collector ids are unique and every declared action is well formed', () => {
    expect(new Set(awsCollectors.map((c) => c.id)).size).toBe(awsCollectors.length);
    for (const c of awsCollectors) for (const p of c.permissions) expect(p).toMatch(/^[a-z0-9-]+:[A-Z][A-Za-z0-9]+$/);
  });

  it('maps SDK commands to the IAM actions that authorise them', () => {
    expect(actionOfCommand('s3', 'ListBuckets')).toBe('s3:ListAllMyBuckets');
    expect(actionOfCommand('s3control', 'GetPublicAccessBlock')).toBe('s3:GetAccountPublicAccessBlock');
    expect(actionOfCommand('efs', 'DescribeFileSystems')).toBe('elasticfilesystem:DescribeFileSystems');
    expect(actionOfCommand('ec2', 'DescribeVpcs')).toBe('ec2:DescribeVpcs');
  });
});
