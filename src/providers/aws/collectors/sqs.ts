/** SQS: queues with their access policy. */
import { GetQueueAttributesCommand, paginateListQueues } from '@aws-sdk/client-sqs';
import { makeResource } from '../../../inventory/builders/resource.js';
import { call, forEachRegion, mapAll, pages, type AwsCollector } from '../context.js';
import { parsePolicyDocument } from '../policy.js';

const ID = 'sqs';

export const sqsCollector: AwsCollector = {
  id: ID,
  provider: 'aws',
  scope: 'regional',
  resourceTypes: ['aws.sqs.queue'],
  permissions: ['sqs:ListQueues', 'sqs:GetQueueAttributes'],
  collect: (ctx) =>
    forEachRegion(ctx, ID, async (region) => {
      const client = ctx.clients.sqs(region);
      const scope = { collector: ID, region, resourceTypes: ['aws.sqs.queue' as const] };
      const urls: string[] = [];
      await pages(ctx, scope, 'sqs:ListQueues', paginateListQueues({ client }, {}), (page) => {
        urls.push(...(page.QueueUrls ?? []));
      });
      await mapAll(urls, async (QueueUrl) => {
        const queueName = QueueUrl.split('/').pop() ?? QueueUrl;
        const id = `arn:${ctx.partition}:sqs:${region}:${ctx.account}:${queueName}`;
        const attributes = await call(ctx, { ...scope, resourceId: id, properties: ['policy'] }, 'sqs:GetQueueAttributes', async () => {
          const out = await client.send(new GetQueueAttributesCommand({ QueueUrl, AttributeNames: ['Policy'] }));
          const policy = out.Attributes?.Policy;
          return policy === undefined ? null : parsePolicyDocument(policy);
        });
        ctx.sink.resource(
          makeResource(
            'aws.sqs.queue',
            { id, name: queueName, account: ctx.account, region },
            { queueName, queueUrl: QueueUrl, policy: attributes.ok ? attributes.value : null },
          ),
        );
      });
    }),
};
