/** EFS: file systems and their encryption at rest. */
import { paginateDescribeFileSystems } from '@aws-sdk/client-efs';
import { makeResource } from '../../../inventory/builders/resource.js';
import { forEachRegion, pages, tagsOf, type AwsCollector } from '../context.js';

const ID = 'efs';

export const efsCollector: AwsCollector = {
  id: ID,
  provider: 'aws',
  scope: 'regional',
  resourceTypes: ['aws.efs.file-system'],
  permissions: ['elasticfilesystem:DescribeFileSystems'],
  collect: (ctx) =>
    forEachRegion(ctx, ID, async (region) => {
      const scope = { collector: ID, region, resourceTypes: ['aws.efs.file-system' as const] };
      await pages(ctx, scope, 'elasticfilesystem:DescribeFileSystems', paginateDescribeFileSystems({ client: ctx.clients.efs(region) }, {}), (page) => {
        for (const raw of page.FileSystems ?? []) {
          if (raw.FileSystemId === undefined) continue;
          const id = raw.FileSystemArn ?? `arn:${ctx.partition}:elasticfilesystem:${region}:${ctx.account}:file-system/${raw.FileSystemId}`;
          ctx.sink.resource(
            makeResource(
              'aws.efs.file-system',
              { id, name: raw.Name ?? raw.FileSystemId, account: ctx.account, region, tags: tagsOf(raw.Tags) },
              { fileSystemId: raw.FileSystemId, encrypted: raw.Encrypted ?? false, kmsKeyId: raw.KmsKeyId ?? null },
            ),
          );
        }
      });
    }),
};
