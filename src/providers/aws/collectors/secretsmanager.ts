/** Secrets Manager: secrets with their resource policy. */
import { GetResourcePolicyCommand, paginateListSecrets, type SecretListEntry } from '@aws-sdk/client-secrets-manager';
import { makeResource } from '../../../inventory/builders/resource.js';
import { call, forEachRegion, mapAll, pages, tagsOf, type AwsCollector } from '../context.js';
import { parsePolicyDocument } from '../policy.js';

const ID = 'secretsmanager';

export const secretsmanagerCollector: AwsCollector = {
  id: ID,
  provider: 'aws',
  scope: 'regional',
  resourceTypes: ['aws.secretsmanager.secret'],
  permissions: ['secretsmanager:ListSecrets', 'secretsmanager:GetResourcePolicy'],
  collect: (ctx) =>
    forEachRegion(ctx, ID, async (region) => {
      const client = ctx.clients.secretsmanager(region);
      const scope = { collector: ID, region, resourceTypes: ['aws.secretsmanager.secret' as const] };
      const secrets: SecretListEntry[] = [];
      await pages(ctx, scope, 'secretsmanager:ListSecrets', paginateListSecrets({ client }, {}), (page) => {
        secrets.push(...(page.SecretList ?? []));
      });
      await mapAll(secrets, async (secret) => {
        if (secret.ARN === undefined) return;
        const id = secret.ARN;
        const policy = await call(ctx, { ...scope, resourceId: id, properties: ['policy'] }, 'secretsmanager:GetResourcePolicy', async () => {
          const out = await client.send(new GetResourcePolicyCommand({ SecretId: id }));
          return out.ResourcePolicy === undefined ? null : parsePolicyDocument(out.ResourcePolicy);
        });
        const name = secret.Name ?? id;
        ctx.sink.resource(
          makeResource(
            'aws.secretsmanager.secret',
            { id, name, account: ctx.account, region, tags: tagsOf(secret.Tags) },
            { name, policy: policy.ok ? policy.value : null },
          ),
        );
      });
    }),
};
