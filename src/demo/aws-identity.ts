/**
 * The demo account's identities: a member account of the company organization, signing in through
 * IAM Identity Center, with the IAM users nobody cleaned up, a root user with only a virtual MFA
 * device that was used twelve days ago, and the administrator policy on the organization role.
 */
import type { AnyResource } from '../resources/index.js';
import {
  accessAnalyzer,
  alternateContacts,
  credentialReportRow,
  iamAccountSummary,
  iamGroup,
  iamPasswordPolicy,
  iamPolicy,
  iamRole,
  iamRootUser,
  iamServerCertificate,
  iamUser,
  organizationsMembership,
  rootCredentialReportRow,
} from '../inventory/builders/aws.js';
import { DEMO_AWS_ACCOUNT, GLOBAL, US } from './aws-placement.js';

const ADMIN = { arn: 'arn:aws:iam::aws:policy/AdministratorAccess', name: 'AdministratorAccess' };
const SUPPORT = { arn: 'arn:aws:iam::aws:policy/AWSSupportAccess', name: 'AWSSupportAccess' };
const S3_FULL = { arn: 'arn:aws:iam::aws:policy/AmazonS3FullAccess', name: 'AmazonS3FullAccess' };
const arn = (kind: string, name: string): string => `arn:aws:iam::${DEMO_AWS_ACCOUNT}:${kind}/${name}`;

export function demoIdentity(): AnyResource[] {
  return [
    alternateContacts({}, GLOBAL),
    // A member account: only the management account can read the organization's root access features.
    organizationsMembership({ organizationsFeatures: null }, GLOBAL),
    iamAccountSummary({ alias: 'acme-prod', users: 4, mfaDevicesInUse: 3 }, GLOBAL),
    iamPasswordPolicy({ passwordReusePrevention: 5 }, GLOBAL),
    iamRootUser(
      {
        virtualMfaSerial: arn('mfa', 'root-account-mfa-device'),
        credentialReport: rootCredentialReportRow({ passwordLastUsed: '2026-10-20T16:02:00+00:00' }, GLOBAL),
      },
      GLOBAL,
    ),

    // IAM users left from before Identity Center.
    iamUser('alice.ops', { groups: ['admins'] }, { ...GLOBAL, tags: { team: 'platform' } }),
    iamUser(
      'bob.data',
      {
        mfaDevices: [],
        attachedPolicies: [S3_FULL],
        groups: ['analysts'],
        credentialReport: credentialReportRow('bob.data', { mfaActive: 'false', accessKey1Active: 'false' }, GLOBAL),
        accessKeys: [],
      },
      { ...GLOBAL, tags: { team: 'data' } },
    ),
    iamUser(
      'contractor-2025',
      {
        passwordLastUsed: '2026-06-12T10:00:00.000Z',
        groups: ['analysts'],
        accessKeys: [],
        credentialReport: credentialReportRow('contractor-2025', { passwordLastUsed: '2026-06-12T10:00:00+00:00', accessKey1Active: 'false' }, GLOBAL),
      },
      GLOBAL,
    ),
    iamUser(
      'ci-deployer',
      {
        hasConsolePassword: false,
        passwordLastUsed: null,
        mfaDevices: [],
        groups: ['deployers'],
        accessKeys: [
          {
            accessKeyId: 'AKIAEXAMPLECIDEPLOY1',
            status: 'Active',
            createDate: '2026-04-02T09:00:00.000Z',
            lastUsedDate: '2026-10-31T22:10:00.000Z',
            lastUsedService: 'ecr',
          },
        ],
        credentialReport: credentialReportRow(
          'ci-deployer',
          {
            passwordEnabled: 'false',
            passwordLastUsed: 'N/A',
            passwordLastChanged: 'N/A',
            mfaActive: 'false',
            accessKey1LastRotated: '2026-04-02T09:00:00+00:00',
          },
          GLOBAL,
        ),
      },
      GLOBAL,
    ),
    iamGroup('admins', { attachedPolicies: [ADMIN] }, GLOBAL),
    iamGroup('analysts', {}, GLOBAL),
    iamGroup('deployers', { attachedPolicies: [{ arn: arn('policy', 'ecr-push'), name: 'ecr-push' }] }, GLOBAL),
    iamRole('OrganizationAccountAccessRole', { attachedPolicies: [ADMIN], assumeRolePolicy: null }, GLOBAL),
    iamRole('AWSReservedSSO_AdministratorAccess_4f1c2a3b5d6e7f80', { path: '/aws-reserved/sso.amazonaws.com/', attachedPolicies: [ADMIN] }, GLOBAL),
    iamRole('AWSReservedSSO_ReadOnly_9a8b7c6d5e4f3a21', { path: '/aws-reserved/sso.amazonaws.com/' }, GLOBAL),
    iamRole('aws-support', { attachedPolicies: [SUPPORT] }, GLOBAL),
    iamRole('web-app', {}, GLOBAL),
    iamPolicy(
      'AdministratorAccess',
      {
        scope: 'AWS',
        document: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] },
        attachmentCount: 3,
        attachedGroups: ['admins'],
        attachedRoles: ['OrganizationAccountAccessRole', 'AWSReservedSSO_AdministratorAccess_4f1c2a3b5d6e7f80'],
      },
      GLOBAL,
    ),
    iamPolicy('ecr-push', { attachedGroups: ['deployers'] }, GLOBAL),
    iamServerCertificate('legacy-api-2026', { expiration: '2027-02-28T23:59:59.000Z' }, GLOBAL),
    // Access Analyzer was set up in the home region only.
    accessAnalyzer('external-access', {}, US),
  ];
}
