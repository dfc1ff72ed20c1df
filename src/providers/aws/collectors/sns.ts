/** SNS: topics with their access policy and subscriptions (CIS alarms must reach a subscriber). */
import { GetTopicAttributesCommand, paginateListSubscriptionsByTopic, paginateListTopics, type Subscription } from '@aws-sdk/client-sns';
import { makeResource } from '../../../inventory/builders/resource.js';
import type { SnsSubscription } from '../../../resources/aws/index.js';
import { call, forEachRegion, mapAll, pages, type AwsCollectContext, type AwsCollector, type CallScope } from '../context.js';
import { parsePolicyDocument } from '../policy.js';

const ID = 'sns';

export const snsCollector: AwsCollector = {
  id: ID,
  provider: 'aws',
  scope: 'regional',
  resourceTypes: ['aws.sns.topic'],
  permissions: ['sns:ListTopics', 'sns:GetTopicAttributes', 'sns:ListSubscriptionsByTopic'],
  collect: (ctx) =>
    forEachRegion(ctx, ID, async (region) => {
      const arns: string[] = [];
      const scope = { collector: ID, region, resourceTypes: ['aws.sns.topic' as const] };
      await pages(ctx, scope, 'sns:ListTopics', paginateListTopics({ client: ctx.clients.sns(region) }, {}), (page) => {
        for (const topic of page.Topics ?? []) if (topic.TopicArn !== undefined) arns.push(topic.TopicArn);
      });
      await mapAll(arns, (arn) => hydrate(ctx, region, arn));
    }),
};

async function hydrate(ctx: AwsCollectContext, region: string, TopicArn: string): Promise<void> {
  const client = ctx.clients.sns(region);
  const scope = (property: string): CallScope => ({ collector: ID, region, resourceTypes: ['aws.sns.topic'], resourceId: TopicArn, properties: [property] });
  const subscriptions: SnsSubscription[] = [];
  const [attributes] = await Promise.all([
    call(ctx, scope('policy'), 'sns:GetTopicAttributes', async () => {
      const out = await client.send(new GetTopicAttributesCommand({ TopicArn }));
      const policy = out.Attributes?.['Policy'];
      return policy === undefined ? null : parsePolicyDocument(policy);
    }),
    pages(ctx, scope('subscriptions'), 'sns:ListSubscriptionsByTopic', paginateListSubscriptionsByTopic({ client }, { TopicArn }), (page) => {
      subscriptions.push(...(page.Subscriptions ?? []).map(toSubscription));
    }),
  ]);
  const topicName = TopicArn.split(':').pop() ?? TopicArn;
  ctx.sink.resource(
    makeResource(
      'aws.sns.topic',
      { id: TopicArn, name: topicName, account: ctx.account, region },
      { topicName, subscriptions, policy: attributes.ok ? attributes.value : null },
    ),
  );
}

export function toSubscription(raw: Subscription): SnsSubscription {
  return { subscriptionArn: raw.SubscriptionArn ?? '', protocol: raw.Protocol ?? '', endpoint: raw.Endpoint ?? null };
}
