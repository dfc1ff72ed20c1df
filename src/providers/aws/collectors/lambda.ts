/** Lambda: functions with their resource-based policy. */
import { GetPolicyCommand, paginateListFunctions, type FunctionConfiguration } from '@aws-sdk/client-lambda';
import { makeResource } from '../../../inventory/builders/resource.js';
import { call, forEachRegion, mapAll, pages, type AwsCollector } from '../context.js';
import { parsePolicyDocument } from '../policy.js';

const ID = 'lambda';

export const lambdaCollector: AwsCollector = {
  id: ID,
  provider: 'aws',
  scope: 'regional',
  resourceTypes: ['aws.lambda.function'],
  permissions: ['lambda:ListFunctions', 'lambda:GetPolicy'],
  collect: (ctx) =>
    forEachRegion(ctx, ID, async (region) => {
      const client = ctx.clients.lambda(region);
      const scope = { collector: ID, region, resourceTypes: ['aws.lambda.function' as const] };
      const functions: FunctionConfiguration[] = [];
      await pages(ctx, scope, 'lambda:ListFunctions', paginateListFunctions({ client }, {}), (page) => {
        functions.push(...(page.Functions ?? []));
      });
      await mapAll(functions, async (fn) => {
        const FunctionName = fn.FunctionName;
        if (FunctionName === undefined) return;
        const id = fn.FunctionArn ?? `arn:${ctx.partition}:lambda:${region}:${ctx.account}:function:${FunctionName}`;
        // ResourceNotFoundException here means "no resource-based policy" (a named absent code).
        const policy = await call(ctx, { ...scope, resourceId: id, properties: ['policy'] }, 'lambda:GetPolicy', async () => {
          const out = await client.send(new GetPolicyCommand({ FunctionName }));
          return out.Policy === undefined ? null : parsePolicyDocument(out.Policy);
        });
        ctx.sink.resource(
          makeResource(
            'aws.lambda.function',
            { id, name: FunctionName, account: ctx.account, region },
            { functionName: FunctionName, runtime: fn.Runtime ?? null, policy: policy.ok ? policy.value : null },
          ),
        );
      });
    }),
};
