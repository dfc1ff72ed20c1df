/** Organizations: whether the account belongs to an organization, and the organization's centralized root access features. */
import { ListOrganizationsFeaturesCommand } from '@aws-sdk/client-iam';
import { DescribeOrganizationCommand, type Organization } from '@aws-sdk/client-organizations';
import { makeResource } from '../../../inventory/builders/resource.js';
import type { AwsOrganizationMembership } from '../../../resources/aws/index.js';
import { awsAccountFactId } from '../../../resources/aws/ids.js';
import { call, type AwsCollector } from '../context.js';

const ID = 'organizations';

export const organizationsCollector: AwsCollector = {
  id: ID,
  provider: 'aws',
  scope: 'global',
  resourceTypes: ['aws.organizations.membership'],
  permissions: ['organizations:DescribeOrganization', 'iam:ListOrganizationsFeatures'],
  async collect(ctx) {
    const id = awsAccountFactId(ctx.account, 'organizations-membership');
    const scope = { collector: ID, region: 'global', resourceTypes: ['aws.organizations.membership' as const] };
    const org = await call(ctx, scope, 'organizations:DescribeOrganization', () =>
      ctx.clients.organizations(ctx.homeRegion).send(new DescribeOrganizationCommand({})),
    );
    if (org.ok || org.absent) {
      const organization = org.ok ? (org.value.Organization ?? null) : null;
      let features: readonly string[] | null = null;
      if (organization !== null) {
        const result = await call(ctx, { ...scope, resourceId: id, properties: ['organizationsFeatures'] }, 'iam:ListOrganizationsFeatures', () =>
          ctx.clients.iam(ctx.homeRegion).send(new ListOrganizationsFeaturesCommand({})),
        );
        features = result.ok ? (result.value.EnabledFeatures ?? []) : null;
      }
      ctx.sink.resource(
        makeResource(
          'aws.organizations.membership',
          { id, name: `${ctx.account} organization membership`, account: ctx.account, region: 'global' },
          toMembership(organization, features),
        ),
      );
    }
    ctx.progress.done(`${ID} global`, false);
  },
};

export function toMembership(raw: Organization | null, organizationsFeatures: readonly string[] | null): AwsOrganizationMembership {
  return {
    organization:
      raw === null ? null : { id: raw.Id ?? '', arn: raw.Arn ?? '', masterAccountId: raw.MasterAccountId ?? '', featureSet: raw.FeatureSet ?? 'ALL' },
    organizationsFeatures,
  };
}
