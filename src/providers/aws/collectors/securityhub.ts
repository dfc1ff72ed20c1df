/** Security Hub: the hub in each region where it is enabled, with its enabled standards. */
import { DescribeHubCommand, paginateGetEnabledStandards } from '@aws-sdk/client-securityhub';
import { makeResource } from '../../../inventory/builders/resource.js';
import { call, forEachRegion, pages, type AwsCollector } from '../context.js';

const ID = 'securityhub';

export const securityhubCollector: AwsCollector = {
  id: ID,
  provider: 'aws',
  scope: 'regional',
  resourceTypes: ['aws.securityhub.hub'],
  permissions: ['securityhub:DescribeHub', 'securityhub:GetEnabledStandards'],
  collect: (ctx) =>
    forEachRegion(ctx, ID, async (region) => {
      const client = ctx.clients.securityhub(region);
      const scope = { collector: ID, region, resourceTypes: ['aws.securityhub.hub' as const] };
      // Not subscribed is a named "absent" answer: no hub resource, and the rules see it missing.
      const hub = await call(ctx, scope, 'securityhub:DescribeHub', () => client.send(new DescribeHubCommand({})));
      if (!hub.ok || hub.value.HubArn === undefined) return;
      const id = hub.value.HubArn;
      const standards: string[] = [];
      await pages(
        ctx,
        { ...scope, resourceId: id, properties: ['enabledStandards'] },
        'securityhub:GetEnabledStandards',
        paginateGetEnabledStandards({ client }, {}),
        (page) => {
          for (const s of page.StandardsSubscriptions ?? [])
            if (s.StandardsArn !== undefined && s.StandardsStatus !== 'DELETING' && s.StandardsStatus !== 'FAILED') standards.push(s.StandardsArn);
        },
      );
      ctx.sink.resource(
        makeResource(
          'aws.securityhub.hub',
          { id, name: `Security Hub (${region})`, account: ctx.account, region },
          { hubArn: id, subscribedAt: hub.value.SubscribedAt ?? null, enabledStandards: standards },
        ),
      );
    }),
};
