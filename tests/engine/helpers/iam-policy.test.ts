import { describe, expect, it } from '@jest/globals';
import {
  coversAction,
  coversResource,
  deniesInsecureTransport,
  fullAdminStatements,
  hasRestrictingCondition,
  publicStatements,
  wildcardMatch,
} from '../../../src/engine/helpers/iam-policy.js';
import type { PolicyDocument, PolicyStatement } from '../../../src/resources/aws/index.js';

const doc = (...Statement: PolicyStatement[]): PolicyDocument => ({ Version: '2012-10-17', Statement });
const BUCKET = 'arn:aws:s3:::reports';
const DENY_HTTP: PolicyStatement = {
  Effect: 'Deny',
  Principal: '*',
  Action: 's3:*',
  Resource: [BUCKET, `${BUCKET}/*`],
  Condition: { Bool: { 'aws:SecureTransport': 'false' } },
};

describe('wildcards', () => {
  it('matches IAM wildcards, actions case-insensitively and resources case-sensitively', () => {
    expect(wildcardMatch('s3:Get*', 's3:GetObject')).toBe(true);
    expect(wildcardMatch('s3:?etObject', 's3:GetObject')).toBe(true);
    expect(wildcardMatch('S3:GETOBJECT', 's3:GetObject', true)).toBe(true);
    expect(wildcardMatch('arn:aws:s3:::Reports/*', `${BUCKET}/x`)).toBe(false);
    expect(wildcardMatch('arn:aws:s3:::reports.*', 'arn:aws:s3:::reportsX')).toBe(false);
  });

  it('reads NotAction and NotResource as everything but the listed', () => {
    expect(coversAction({ Effect: 'Allow', NotAction: 'iam:*' }, 's3:GetObject')).toBe(true);
    expect(coversAction({ Effect: 'Allow', NotAction: 'iam:*' }, 'iam:CreateUser')).toBe(false);
    expect(coversResource({ Effect: 'Allow', NotResource: `${BUCKET}/*` }, BUCKET)).toBe(true);
  });
});

describe('fullAdminStatements', () => {
  it.each<[string, PolicyDocument, number]>([
    ['Action * on Resource *', doc({ Effect: 'Allow', Action: '*', Resource: '*' }), 1],
    [
      'Action *:* in a list, among other statements',
      doc({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }, { Effect: 'Allow', Action: ['*:*'], Resource: ['*'] }),
      1,
    ],
    [
      'a condition still grants everything when it holds',
      doc({ Effect: 'Allow', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }),
      1,
    ],
    [
      'a Deny on specific resources leaves it administrative',
      doc({ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', Action: 's3:*', Resource: `${BUCKET}/*` }),
      1,
    ],
    [
      'an unconditional Deny on every resource takes something back',
      doc({ Effect: 'Allow', Action: '*', Resource: '*' }, { Effect: 'Deny', Action: 'iam:*', Resource: '*' }),
      0,
    ],
    ['NotAction leaves something out (PowerUserAccess)', doc({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }), 0],
    ['Action * on one bucket only', doc({ Effect: 'Allow', Action: '*', Resource: BUCKET }), 0],
    ['service wildcard s3:* is not *:*', doc({ Effect: 'Allow', Action: 's3:*', Resource: '*' }), 0],
    ['a Deny * * is not a grant', doc({ Effect: 'Deny', Action: '*', Resource: '*' }), 0],
  ])('%s', (_name, policy, count) => {
    expect(fullAdminStatements(policy)).toHaveLength(count);
  });

  it('returns nothing for a missing document', () => {
    expect(fullAdminStatements(null)).toEqual([]);
  });
});

describe('deniesInsecureTransport', () => {
  it.each<[string, PolicyDocument | null, boolean]>([
    ['the CIS statement', doc(DENY_HTTP), true],
    [
      'Action * and a boolean false, split over two statements',
      doc({ ...DENY_HTTP, Action: '*', Resource: BUCKET, Condition: { Bool: { 'aws:SecureTransport': false } } }, { ...DENY_HTTP, Resource: `${BUCKET}/*` }),
      true,
    ],
    ['BoolIfExists', doc({ ...DENY_HTTP, Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } } }), true],
    ['no policy', null, false],
    ['objects only, not the bucket', doc({ ...DENY_HTTP, Resource: `${BUCKET}/*` }), false],
    ['a named principal instead of everyone', doc({ ...DENY_HTTP, Principal: { AWS: 'arn:aws:iam::123456789012:root' } }), false],
    ['only s3:GetObject denied', doc({ ...DENY_HTTP, Action: 's3:GetObject' }), false],
    ['an Allow with SecureTransport true is not a deny', doc({ ...DENY_HTTP, Effect: 'Allow', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }), false],
    ['a TLS-version condition does not stop HTTP', doc({ ...DENY_HTTP, Condition: { NumericLessThan: { 's3:TlsVersion': '1.2' } } }), false],
    [
      'an extra condition narrows the deny',
      doc({ ...DENY_HTTP, Condition: { Bool: { 'aws:SecureTransport': 'false' }, StringEquals: { 'aws:SourceVpc': 'vpc-1' } } }),
      false,
    ],
    ['another bucket', doc({ ...DENY_HTTP, Resource: ['arn:aws:s3:::other', 'arn:aws:s3:::other/*'] }), false],
  ])('%s', (_name, policy, expected) => {
    expect(deniesInsecureTransport(policy, BUCKET)).toBe(expected);
  });
});

describe('publicStatements and restricting conditions', () => {
  const open: PolicyStatement = { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sqs:SendMessage', Resource: '*' };
  it('finds Allow statements for everyone without a restricting condition', () => {
    expect(publicStatements(doc(open))).toHaveLength(1);
    expect(publicStatements(doc({ ...open, Principal: { AWS: ['arn:aws:iam::111111111111:root', '*'] } }))).toHaveLength(1);
    expect(publicStatements(doc({ ...open, Principal: { AWS: 'arn:aws:iam::111111111111:root' } }))).toHaveLength(0);
  });

  it.each<[string, PolicyStatement['Condition'], boolean]>([
    ['aws:SourceAccount', { StringEquals: { 'aws:SourceAccount': '123456789012' } }, true],
    ['aws:PrincipalOrgID', { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3' } }, true],
    [
      'kms:CallerAccount (AWS managed key policies)',
      { StringEquals: { 'kms:CallerAccount': '123456789012', 'kms:ViaService': 'ec2.us-east-1.amazonaws.com' } },
      true,
    ],
    ['a wildcard value restricts nothing', { StringLike: { 'aws:SourceAccount': '*' } }, false],
    ['a negated operator restricts nothing', { StringNotEquals: { 'aws:SourceAccount': '123456789012' } }, false],
    ['an IfExists operator restricts nothing', { StringEqualsIfExists: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:t' } }, false],
    ['an unrelated key restricts nothing', { Bool: { 'aws:SecureTransport': 'true' } }, false],
  ])('%s', (_name, Condition, restricting) => {
    expect(hasRestrictingCondition({ ...open, ...(Condition ? { Condition } : {}) })).toBe(restricting);
  });
});
