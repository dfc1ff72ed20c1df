/** Elastic Load Balancing v2: load balancers with their access-log attributes. */
import { DescribeLoadBalancerAttributesCommand, paginateDescribeLoadBalancers, type LoadBalancer } from '@aws-sdk/client-elastic-load-balancing-v2';
import { makeResource } from '../../../inventory/builders/resource.js';
import { call, forEachRegion, mapAll, pages, type AwsCollector } from '../context.js';

const ID = 'elbv2';

export const elbv2Collector: AwsCollector = {
  id: ID,
  provider: 'aws',
  scope: 'regional',
  resourceTypes: ['aws.elbv2.load-balancer'],
  permissions: ['elasticloadbalancing:DescribeLoadBalancers', 'elasticloadbalancing:DescribeLoadBalancerAttributes'],
  collect: (ctx) =>
    forEachRegion(ctx, ID, async (region) => {
      const client = ctx.clients.elbv2(region);
      const scope = { collector: ID, region, resourceTypes: ['aws.elbv2.load-balancer' as const] };
      const found: LoadBalancer[] = [];
      await pages(ctx, scope, 'elasticloadbalancing:DescribeLoadBalancers', paginateDescribeLoadBalancers({ client }, {}), (page) => {
        found.push(...(page.LoadBalancers ?? []));
      });
      await mapAll(found, async (lb) => {
        const LoadBalancerArn = lb.LoadBalancerArn;
        if (LoadBalancerArn === undefined) return;
        const attributes = await call(
          ctx,
          { ...scope, resourceId: LoadBalancerArn, properties: ['accessLogsEnabled', 'accessLogsBucket'] },
          'elasticloadbalancing:DescribeLoadBalancerAttributes',
          () => client.send(new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn })),
        );
        const attr = (key: string): string | undefined => (attributes.ok ? attributes.value.Attributes?.find((a) => a.Key === key)?.Value : undefined);
        const enabled = attr('access_logs.s3.enabled') === 'true';
        const bucket = attr('access_logs.s3.bucket');
        const name = lb.LoadBalancerName ?? LoadBalancerArn;
        ctx.sink.resource(
          makeResource(
            'aws.elbv2.load-balancer',
            { id: LoadBalancerArn, name, account: ctx.account, region },
            {
              loadBalancerName: name,
              type: lb.Type ?? 'application',
              scheme: lb.Scheme ?? null,
              accessLogsEnabled: enabled,
              accessLogsBucket: enabled && bucket ? bucket : null,
            },
          ),
        );
      });
    }),
};
