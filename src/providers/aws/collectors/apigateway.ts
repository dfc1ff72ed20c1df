/** API Gateway: the stages of REST APIs (v1) and of HTTP and WebSocket APIs (v2), with their logging settings. */
import { GetStagesCommand as GetRestStagesCommand, paginateGetRestApis, type RestApi } from '@aws-sdk/client-api-gateway';
import { GetApisCommand, GetStagesCommand, type Api } from '@aws-sdk/client-apigatewayv2';
import { makeResource } from '../../../inventory/builders/resource.js';
import type { ApiGatewayStage } from '../../../resources/aws/index.js';
import { call, forEachRegion, mapAll, pages, recordError, type AwsCollectContext, type AwsCollector, type CallScope } from '../context.js';

const ID = 'apigateway';

export const apigatewayCollector: AwsCollector = {
  id: ID,
  provider: 'aws',
  scope: 'regional',
  resourceTypes: ['aws.apigateway.stage'],
  permissions: ['apigateway:GET'],
  collect: (ctx) =>
    forEachRegion(ctx, ID, async (region) => {
      await Promise.all([restStages(ctx, region), httpStages(ctx, region)]);
    }),
};

const scopeOf = (region: string): CallScope => ({ collector: ID, region, resourceTypes: ['aws.apigateway.stage'] });
const stageArn = (region: string, kind: 'restapis' | 'apis', apiId: string, stage: string): string =>
  `arn:aws:apigateway:${region}::/${kind}/${apiId}/stages/${stage}`;

async function restStages(ctx: AwsCollectContext, region: string): Promise<void> {
  const client = ctx.clients.apigateway(region);
  const apis: RestApi[] = [];
  await pages(ctx, scopeOf(region), 'apigateway:GET', paginateGetRestApis({ client }, {}), (page) => {
    apis.push(...(page.items ?? []));
  });
  await mapAll(apis, async (api) => {
    const restApiId = api.id;
    if (restApiId === undefined) return;
    const stages = await call(ctx, scopeOf(region), 'apigateway:GET', () => client.send(new GetRestStagesCommand({ restApiId })));
    if (!stages.ok) return;
    for (const s of stages.value.item ?? []) {
      if (s.stageName === undefined) continue;
      emit(ctx, region, stageArn(region, 'restapis', restApiId, s.stageName), {
        apiId: restApiId,
        apiName: api.name ?? restApiId,
        protocol: 'REST',
        stageName: s.stageName,
        accessLogDestinationArn: s.accessLogSettings?.destinationArn ?? null,
        executionLoggingLevel: s.methodSettings?.['*/*']?.loggingLevel ?? null,
      });
    }
  });
}

async function httpStages(ctx: AwsCollectContext, region: string): Promise<void> {
  const client = ctx.clients.apigatewayv2(region);
  const apis: Api[] = [];
  // GetApis has no SDK paginator: follow NextToken by hand.
  let NextToken: string | undefined;
  do {
    const page = await call(ctx, scopeOf(region), 'apigateway:GET', () => client.send(new GetApisCommand(NextToken !== undefined ? { NextToken } : {})));
    if (!page.ok) return;
    apis.push(...(page.value.Items ?? []));
    NextToken = page.value.NextToken;
  } while (NextToken !== undefined && NextToken !== '');
  await mapAll(apis, async (api) => {
    const ApiId = api.ApiId;
    if (ApiId === undefined) return;
    const stages = await call(ctx, scopeOf(region), 'apigateway:GET', () => client.send(new GetStagesCommand({ ApiId })));
    if (!stages.ok) return;
    if (stages.value.NextToken)
      recordError(ctx, scopeOf(region), 'apigateway:GET', Object.assign(new Error(`more than one page of stages for API ${ApiId}`), { name: 'Truncated' }));
    for (const s of stages.value.Items ?? []) {
      if (s.StageName === undefined) continue;
      emit(ctx, region, stageArn(region, 'apis', ApiId, s.StageName), {
        apiId: ApiId,
        apiName: api.Name ?? ApiId,
        protocol: api.ProtocolType ?? 'HTTP',
        stageName: s.StageName,
        accessLogDestinationArn: s.AccessLogSettings?.DestinationArn ?? null,
        executionLoggingLevel: s.DefaultRouteSettings?.LoggingLevel ?? null,
      });
    }
  });
}

function emit(ctx: AwsCollectContext, region: string, id: string, properties: ApiGatewayStage): void {
  ctx.sink.resource(
    makeResource('aws.apigateway.stage', { id, name: `${properties.apiName}/${properties.stageName}`, account: ctx.account, region }, properties),
  );
}
