/** IAM Access Analyzer: analyzers per region. */
import { paginateListAnalyzers } from '@aws-sdk/client-accessanalyzer';
import { makeResource } from '../../../inventory/builders/resource.js';
import { forEachRegion, pages, type AwsCollector } from '../context.js';

const ID = 'accessanalyzer';

export const accessanalyzerCollector: AwsCollector = {
  id: ID,
  provider: 'aws',
  scope: 'regional',
  resourceTypes: ['aws.accessanalyzer.analyzer'],
  permissions: ['access-analyzer:ListAnalyzers'],
  collect: (ctx) =>
    forEachRegion(ctx, ID, async (region) => {
      const scope = { collector: ID, region, resourceTypes: ['aws.accessanalyzer.analyzer' as const] };
      await pages(ctx, scope, 'access-analyzer:ListAnalyzers', paginateListAnalyzers({ client: ctx.clients.accessanalyzer(region) }, {}), (page) => {
        for (const raw of page.analyzers ?? []) {
          if (raw.arn === undefined || raw.name === undefined) continue;
          ctx.sink.resource(
            makeResource(
              'aws.accessanalyzer.analyzer',
              { id: raw.arn, name: raw.name, account: ctx.account, region, tags: raw.tags ?? {} },
              { analyzerName: raw.name, analyzerType: raw.type ?? 'ACCOUNT', status: raw.status ?? 'ACTIVE' },
            ),
          );
        }
      });
    }),
};
