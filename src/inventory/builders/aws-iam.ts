/**
 * Factories for the account-level and IAM resource types, with compliant defaults (evaluated at
 * 2026-11-01, the test and demo clock): a hardware-MFA root user that has not been used for months,
 * a strong password policy, users with MFA and one recently rotated key, all permissions via groups.
 */
import type { Resource } from '../../resources/index.js';
import type {
  AccessAnalyzer,
  AwsAlternateContacts,
  AwsOrganizationMembership,
  Contact,
  CredentialReportRow,
  IamAccountSummary,
  IamGroup,
  IamIdentityProvider,
  IamPasswordPolicy,
  IamPolicy,
  IamRole,
  IamRootUser,
  IamServerCertificate,
  IamUser,
} from '../../resources/aws/index.js';
import { awsAccountFactId } from '../../resources/aws/ids.js';
import { makeResource, placed, type Placement } from './resource.js';

export const SECURITY_CONTACT: Contact = { name: 'Security Operations', title: 'SecOps', emailAddress: 'security@example.com', phoneNumber: '+1-555-0100' };

export function alternateContacts(props: Partial<AwsAlternateContacts> = {}, p: Placement = {}): Resource<'aws.account.alternate-contacts'> {
  const { account } = placed(p);
  return makeResource(
    'aws.account.alternate-contacts',
    { id: awsAccountFactId(account, 'alternate-contacts'), name: `${account} alternate contacts`, account, region: 'global' },
    { security: SECURITY_CONTACT, billing: null, operations: null, ...props },
  );
}

/** An account in an organization (management account 111111111111) with centralized root access visible. */
export function organizationsMembership(props: Partial<AwsOrganizationMembership> = {}, p: Placement = {}): Resource<'aws.organizations.membership'> {
  const { account } = placed(p);
  return makeResource(
    'aws.organizations.membership',
    { id: awsAccountFactId(account, 'organizations-membership'), name: `${account} organization membership`, account, region: 'global' },
    {
      organization: {
        id: 'o-a1b2c3d4e5',
        arn: 'arn:aws:organizations::111111111111:organization/o-a1b2c3d4e5',
        masterAccountId: '111111111111',
        featureSet: 'ALL',
      },
      organizationsFeatures: ['RootCredentialsManagement', 'RootSessions'],
      ...props,
    },
  );
}

export function iamAccountSummary(props: Partial<IamAccountSummary> = {}, p: Placement = {}): Resource<'aws.iam.account-summary'> {
  const { account } = placed(p);
  return makeResource(
    'aws.iam.account-summary',
    { id: awsAccountFactId(account, 'iam-account-summary'), name: `${account} IAM summary`, account, region: 'global' },
    { alias: null, users: 1, mfaDevicesInUse: 1, ...props },
  );
}

export const STRONG_PASSWORD_POLICY: NonNullable<IamPasswordPolicy['policy']> = {
  minimumPasswordLength: 14,
  requireSymbols: true,
  requireNumbers: true,
  requireUppercaseCharacters: true,
  requireLowercaseCharacters: true,
  allowUsersToChangePassword: true,
  expirePasswords: false,
  maxPasswordAge: null,
  passwordReusePrevention: 24,
  hardExpiry: false,
};

/** The account password policy; pass `null` for an account without one (NoSuchEntity). */
export function iamPasswordPolicy(
  policy: Partial<NonNullable<IamPasswordPolicy['policy']>> | null = {},
  p: Placement = {},
): Resource<'aws.iam.password-policy'> {
  const { account } = placed(p);
  return makeResource(
    'aws.iam.password-policy',
    { id: awsAccountFactId(account, 'iam-password-policy'), name: `${account} password policy`, account, region: 'global' },
    { policy: policy === null ? null : { ...STRONG_PASSWORD_POLICY, ...policy } },
  );
}

/** A credential report row for an IAM user: console password with MFA, one active key rotated in September 2026. */
export function credentialReportRow(user: string, props: Partial<CredentialReportRow> = {}, p: Placement = {}): CredentialReportRow {
  const { account } = placed(p);
  return {
    user,
    arn: user === '<root_account>' ? `arn:aws:iam::${account}:root` : `arn:aws:iam::${account}:user/${user}`,
    userCreationTime: '2025-01-10T10:00:00+00:00',
    passwordEnabled: 'true',
    passwordLastUsed: '2026-10-30T08:12:00+00:00',
    passwordLastChanged: '2025-01-10T10:05:00+00:00',
    passwordNextRotation: 'N/A',
    mfaActive: 'true',
    accessKey1Active: 'true',
    accessKey1LastRotated: '2026-09-15T10:00:00+00:00',
    accessKey1LastUsedDate: '2026-10-31T17:40:00+00:00',
    accessKey2Active: 'false',
    accessKey2LastRotated: 'N/A',
    accessKey2LastUsedDate: 'N/A',
    cert1Active: 'false',
    cert2Active: 'false',
    ...props,
  };
}

/** The root user's credential report row: no password rotation data (not_supported), no keys, last used in June 2026. */
export function rootCredentialReportRow(props: Partial<CredentialReportRow> = {}, p: Placement = {}): CredentialReportRow {
  return credentialReportRow(
    '<root_account>',
    {
      userCreationTime: '2019-04-02T09:00:00+00:00',
      passwordEnabled: 'not_supported',
      passwordLastUsed: '2026-06-02T14:21:00+00:00',
      passwordLastChanged: 'not_supported',
      passwordNextRotation: 'not_supported',
      accessKey1Active: 'false',
      accessKey1LastRotated: 'N/A',
      accessKey1LastUsedDate: 'N/A',
      ...props,
    },
    p,
  );
}

/** The root user with hardware MFA, a password, no access keys and no recent use. */
export function iamRootUser(props: Partial<IamRootUser> = {}, p: Placement = {}): Resource<'aws.iam.root-user'> {
  const { account } = placed(p);
  return makeResource(
    'aws.iam.root-user',
    { id: `arn:aws:iam::${account}:root`, name: 'root', account, region: 'global' },
    {
      arn: `arn:aws:iam::${account}:root`,
      mfaEnabled: true,
      accessKeysPresent: false,
      passwordPresent: true,
      virtualMfaSerial: null,
      credentialReport: rootCredentialReportRow({}, p),
      ...props,
    },
  );
}

/** An IAM user with a console password and virtual MFA, one active key, permissions from a group. */
export function iamUser(userName: string, props: Partial<IamUser> = {}, p: Placement = {}): Resource<'aws.iam.user'> {
  const { account, tags } = placed(p);
  const arn = `arn:aws:iam::${account}:user/${userName}`;
  return makeResource(
    'aws.iam.user',
    { id: arn, name: userName, account, region: 'global', tags },
    {
      userName,
      arn,
      userId: `AIDA${userName
        .toUpperCase()
        .replace(/[^A-Z0-9]/g, '')
        .padEnd(17, 'X')
        .slice(0, 17)}`,
      path: '/',
      createDate: '2025-01-10T10:00:00.000Z',
      passwordLastUsed: '2026-10-30T08:12:00.000Z',
      hasConsolePassword: true,
      mfaDevices: [{ serialNumber: `arn:aws:iam::${account}:mfa/${userName}`, enableDate: '2025-01-10T10:10:00.000Z', kind: 'virtual' }],
      accessKeys: [
        {
          accessKeyId: 'AKIAEXAMPLEKEY000001',
          status: 'Active',
          createDate: '2026-09-15T10:00:00.000Z',
          lastUsedDate: '2026-10-31T17:40:00.000Z',
          lastUsedService: 's3',
        },
      ],
      attachedPolicies: [],
      inlinePolicies: [],
      groups: ['developers'],
      credentialReport: credentialReportRow(userName, {}, p),
      ...props,
    },
  );
}

export function iamGroup(groupName: string, props: Partial<IamGroup> = {}, p: Placement = {}): Resource<'aws.iam.group'> {
  const { account } = placed(p);
  const arn = `arn:aws:iam::${account}:group/${groupName}`;
  return makeResource(
    'aws.iam.group',
    { id: arn, name: groupName, account, region: 'global' },
    { groupName, arn, attachedPolicies: [{ arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess', name: 'ReadOnlyAccess' }], inlinePolicies: [], ...props },
  );
}

/** A role that EC2 instances assume. */
export function iamRole(roleName: string, props: Partial<IamRole> = {}, p: Placement = {}): Resource<'aws.iam.role'> {
  const { account, tags } = placed(p);
  const arn = `arn:aws:iam::${account}:role/${roleName}`;
  return makeResource(
    'aws.iam.role',
    { id: arn, name: roleName, account, region: 'global', tags },
    {
      roleName,
      arn,
      path: '/',
      createDate: '2025-02-01T10:00:00.000Z',
      assumeRolePolicy: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      },
      attachedPolicies: [],
      inlinePolicies: [],
      lastUsedDate: '2026-10-31T12:00:00.000Z',
      ...props,
    },
  );
}

/** A customer managed policy granting read access to one bucket, attached to one group. */
export function iamPolicy(policyName: string, props: Partial<IamPolicy> = {}, p: Placement = {}): Resource<'aws.iam.policy'> {
  const { account } = placed(p);
  const scope = props.scope ?? 'Local';
  const arn = props.arn ?? (scope === 'AWS' ? `arn:aws:iam::aws:policy/${policyName}` : `arn:aws:iam::${account}:policy/${policyName}`);
  return makeResource(
    'aws.iam.policy',
    { id: arn, name: policyName, account, region: 'global' },
    {
      policyName,
      arn,
      scope,
      defaultVersionId: 'v1',
      document: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*'] }],
      },
      attachmentCount: 1,
      attachedUsers: [],
      attachedGroups: ['developers'],
      attachedRoles: [],
      ...props,
    },
  );
}

export function iamServerCertificate(name: string, props: Partial<IamServerCertificate> = {}, p: Placement = {}): Resource<'aws.iam.server-certificate'> {
  const { account } = placed(p);
  const arn = `arn:aws:iam::${account}:server-certificate/${name}`;
  return makeResource(
    'aws.iam.server-certificate',
    { id: arn, name, account, region: 'global' },
    { serverCertificateName: name, arn, expiration: '2027-06-30T23:59:59.000Z', uploadDate: '2026-07-01T10:00:00.000Z', ...props },
  );
}

export function iamIdentityProvider(name: string, kind: IamIdentityProvider['kind'] = 'SAML', p: Placement = {}): Resource<'aws.iam.identity-provider'> {
  const { account } = placed(p);
  const arn = kind === 'SAML' ? `arn:aws:iam::${account}:saml-provider/${name}` : `arn:aws:iam::${account}:oidc-provider/${name}`;
  return makeResource('aws.iam.identity-provider', { id: arn, name, account, region: 'global' }, { arn, kind });
}

export function accessAnalyzer(name: string, props: Partial<AccessAnalyzer> = {}, p: Placement = {}): Resource<'aws.accessanalyzer.analyzer'> {
  const { account, region } = placed(p);
  return makeResource(
    'aws.accessanalyzer.analyzer',
    { id: `arn:aws:access-analyzer:${region}:${account}:analyzer/${name}`, name, account, region },
    { analyzerName: name, analyzerType: 'ACCOUNT', status: 'ACTIVE', ...props },
  );
}
