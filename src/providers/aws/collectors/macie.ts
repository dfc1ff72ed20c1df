/** Macie: the session in each region where Macie is enabled. */
import { GetMacieSessionCommand } from '@aws-sdk/client-macie2';
import { makeResource } from '../../../inventory/builders/resource.js';
import { awsRegionFactId } from '../../../resources/aws/ids.js';
import { call, forEachRegion, type AwsCollector } from '../context.js';

const ID = 'macie';

export const macieCollector: AwsCollector = {
  id: ID,
  provider: 'aws',
  scope: 'regional',
  resourceTypes: ['aws.macie.session'],
  permissions: ['macie2:GetMacieSession'],
  collect: (ctx) =>
    forEachRegion(ctx, ID, async (region) => {
      const scope = { collector: ID, region, resourceTypes: ['aws.macie.session' as const] };
      // "Macie is not enabled" is a named absent answer: no session resource in that region.
      const session = await call(ctx, scope, 'macie2:GetMacieSession', () => ctx.clients.macie2(region).send(new GetMacieSessionCommand({})));
      if (!session.ok) return;
      ctx.sink.resource(
        makeResource(
          'aws.macie.session',
          { id: awsRegionFactId(ctx.account, region, 'macie-session'), name: `Macie (${region})`, account: ctx.account, region },
          { status: session.value.status ?? 'ENABLED' },
        ),
      );
    }),
};
