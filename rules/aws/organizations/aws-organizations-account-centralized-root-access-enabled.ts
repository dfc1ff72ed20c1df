import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-organizations-account-centralized-root-access-enabled',
  provider: 'aws',
  service: 'organizations',
  resourceType: 'aws.organizations.membership',
  severity: 'medium',
  title: 'Centralized root access is enabled in AWS Organizations',
  description:
    'Checks that the organization has the IAM feature RootCredentialsManagement enabled (iam:ListOrganizationsFeatures), so member accounts need no root credentials. Readable only from the management account or the IAM delegated administrator; elsewhere the result is not applicable.',
  rationale:
    'Member accounts without root passwords, keys or MFA devices cannot have them stolen; privileged root tasks run as short root sessions from the management account.',
  remediation: {
    summary:
      'In the management account, enable trusted access for IAM and turn on root credentials management (and root sessions), then delete member root credentials.',
    cli: 'aws organizations enable-aws-service-access --service-principal iam.amazonaws.com && aws iam enable-organizations-root-credentials-management && aws iam enable-organizations-root-sessions',
    console: [
      'In the management account, open the IAM console and choose "Root access management".',
      'Choose Enable, keep "Root credentials management" and "Privileged root actions in member accounts" selected.',
    ],
  },
  references: ['https://docs.aws.amazon.com/IAM/latest/UserGuide/id_root-user.html#id_root-user-access-management'],
  reads: ['organization', 'organizationsFeatures'],
  messages: {
    enabled: 'Organization {{org}} manages root credentials centrally.',
    disabled: 'Organization {{org}} does not have centralized root credentials management enabled.',
    notInOrganization: 'Account {{account}} is not a member of an AWS organization.',
    notReadable: 'Account {{account}} cannot read the organization features: assess this control in management account {{management}}.',
  },
  evaluate(membership) {
    const { organization, organizationsFeatures } = membership.properties;
    const data = { account: membership.account };
    if (organization === null) return { status: 'NOT_APPLICABLE', messageId: 'notInOrganization', data, evidence: { organization: null } };
    const evidence = { organizationId: organization.id, managementAccount: organization.masterAccountId, organizationsFeatures };
    if (organizationsFeatures === null)
      return { status: 'NOT_APPLICABLE', messageId: 'notReadable', data: { ...data, management: organization.masterAccountId }, evidence };
    return organizationsFeatures.includes('RootCredentialsManagement')
      ? { status: 'PASS', messageId: 'enabled', data: { org: organization.id }, evidence }
      : { status: 'FAIL', messageId: 'disabled', data: { org: organization.id }, evidence };
  },
});
