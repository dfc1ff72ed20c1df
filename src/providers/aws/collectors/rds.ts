/** RDS: DB instances and DB clusters (encryption, public access, minor version upgrades, Multi-AZ). */
import { paginateDescribeDBClusters, paginateDescribeDBInstances, type DBCluster, type DBInstance } from '@aws-sdk/client-rds';
import { makeResource } from '../../../inventory/builders/resource.js';
import type { RdsCluster, RdsInstance } from '../../../resources/aws/index.js';
import { forEachRegion, pages, tagsOf, type AwsCollectContext, type AwsCollector } from '../context.js';

const ID = 'rds';

export const rdsCollector: AwsCollector = {
  id: ID,
  provider: 'aws',
  scope: 'regional',
  resourceTypes: ['aws.rds.instance', 'aws.rds.cluster'],
  permissions: ['rds:DescribeDBInstances', 'rds:DescribeDBClusters'],
  collect: (ctx) =>
    forEachRegion(ctx, ID, async (region) => {
      await Promise.all([instances(ctx, region), clusters(ctx, region)]);
    }),
};

async function instances(ctx: AwsCollectContext, region: string): Promise<void> {
  const scope = { collector: ID, region, resourceTypes: ['aws.rds.instance' as const] };
  await pages(ctx, scope, 'rds:DescribeDBInstances', paginateDescribeDBInstances({ client: ctx.clients.rds(region) }, {}), (page) => {
    for (const raw of page.DBInstances ?? []) {
      if (raw.DBInstanceIdentifier === undefined) continue;
      const id = raw.DBInstanceArn ?? `arn:${ctx.partition}:rds:${region}:${ctx.account}:db:${raw.DBInstanceIdentifier}`;
      ctx.sink.resource(
        makeResource('aws.rds.instance', { id, name: raw.DBInstanceIdentifier, account: ctx.account, region, tags: tagsOf(raw.TagList) }, toDbInstance(raw)),
      );
    }
  });
}

export function toDbInstance(raw: DBInstance): RdsInstance {
  return {
    dbInstanceIdentifier: raw.DBInstanceIdentifier ?? '',
    engine: raw.Engine ?? null,
    engineVersion: raw.EngineVersion ?? null,
    dbInstanceClass: raw.DBInstanceClass ?? null,
    storageEncrypted: raw.StorageEncrypted ?? false,
    kmsKeyId: raw.KmsKeyId ?? null,
    publiclyAccessible: raw.PubliclyAccessible ?? false,
    autoMinorVersionUpgrade: raw.AutoMinorVersionUpgrade ?? false,
    multiAZ: raw.MultiAZ ?? false,
    dbClusterIdentifier: raw.DBClusterIdentifier ?? null,
    vpcSecurityGroupIds: (raw.VpcSecurityGroups ?? []).flatMap((g) => (g.VpcSecurityGroupId ? [g.VpcSecurityGroupId] : [])),
    backupRetentionPeriod: raw.BackupRetentionPeriod ?? null,
    deletionProtection: raw.DeletionProtection ?? false,
  };
}

async function clusters(ctx: AwsCollectContext, region: string): Promise<void> {
  const scope = { collector: ID, region, resourceTypes: ['aws.rds.cluster' as const] };
  await pages(ctx, scope, 'rds:DescribeDBClusters', paginateDescribeDBClusters({ client: ctx.clients.rds(region) }, {}), (page) => {
    for (const raw of page.DBClusters ?? []) {
      if (raw.DBClusterIdentifier === undefined) continue;
      const id = raw.DBClusterArn ?? `arn:${ctx.partition}:rds:${region}:${ctx.account}:cluster:${raw.DBClusterIdentifier}`;
      ctx.sink.resource(
        makeResource('aws.rds.cluster', { id, name: raw.DBClusterIdentifier, account: ctx.account, region, tags: tagsOf(raw.TagList) }, toDbCluster(raw)),
      );
    }
  });
}

export function toDbCluster(raw: DBCluster): RdsCluster {
  return {
    dbClusterIdentifier: raw.DBClusterIdentifier ?? '',
    engine: raw.Engine ?? null,
    storageEncrypted: raw.StorageEncrypted ?? false,
    kmsKeyId: raw.KmsKeyId ?? null,
    multiAZ: raw.MultiAZ ?? false,
    autoMinorVersionUpgrade: raw.AutoMinorVersionUpgrade ?? null,
    deletionProtection: raw.DeletionProtection ?? false,
  };
}
