/**
 * Azure SQL (@azure/arm-sql): logical servers hydrated with auditing, TDE protector, firewall rules,
 * Entra admin, Defender for SQL and vulnerability assessment settings; their databases (except
 * master) hydrated with TDE state and database-level auditing.
 */
import type {
  Database as RawDatabase,
  EncryptionProtector,
  FirewallRule,
  Server as RawServer,
  ServerAzureADAdministrator,
  ServerBlobAuditingPolicy,
  ServerVulnerabilityAssessment,
} from '@azure/arm-sql';
import { makeResource } from '../../../inventory/builders/resource.js';
import type { SqlAuditingPolicy, SqlServer } from '../../../resources/azure/index.js';
import type { Resource } from '../../../resources/index.js';
import { armPlacement, list, normaliseLocation, nul, resourceGroupOf, toPrivateEndpointConnection } from '../arm.js';
import { call, listAll, subscriptionOf, unitDone, type AzureCallScope, type AzureCollectContext, type AzureCollector } from '../context.js';

const ID = 'sql';
const READ = {
  servers: 'Microsoft.Sql/servers/read',
  auditing: 'Microsoft.Sql/servers/auditingSettings/read',
  protector: 'Microsoft.Sql/servers/encryptionProtector/read',
  firewall: 'Microsoft.Sql/servers/firewallRules/read',
  admins: 'Microsoft.Sql/servers/administrators/read',
  alertPolicies: 'Microsoft.Sql/servers/securityAlertPolicies/read',
  assessments: 'Microsoft.Sql/servers/vulnerabilityAssessments/read',
  databases: 'Microsoft.Sql/servers/databases/read',
  tde: 'Microsoft.Sql/servers/databases/transparentDataEncryption/read',
  dbAuditing: 'Microsoft.Sql/servers/databases/auditingSettings/read',
} as const;

type ServerParts = Pick<
  SqlServer,
  'auditing' | 'encryptionProtector' | 'firewallRules' | 'entraAdmin' | 'securityAlertPolicyState' | 'vulnerabilityAssessment'
>;

export function toAuditing(
  raw: Pick<ServerBlobAuditingPolicy, 'state' | 'retentionDays' | 'isAzureMonitorTargetEnabled' | 'storageEndpoint' | 'auditActionsAndGroups'>,
): SqlAuditingPolicy {
  return {
    state: raw.state ?? 'Disabled',
    retentionDays: nul(raw.retentionDays),
    isAzureMonitorTargetEnabled: nul(raw.isAzureMonitorTargetEnabled),
    storageEndpoint: raw.storageEndpoint === '' ? null : nul(raw.storageEndpoint),
    auditActionsAndGroups: list(raw.auditActionsAndGroups),
  };
}

export function toEntraAdmin(admins: readonly ServerAzureADAdministrator[]): SqlServer['entraAdmin'] {
  const admin = admins[0];
  if (admin === undefined) return { configured: false, login: null, sid: null, principalType: null, azureADOnlyAuthentication: null };
  return {
    configured: true,
    login: nul(admin.login),
    sid: nul(admin.sid),
    principalType: nul(admin.administratorType),
    azureADOnlyAuthentication: nul(admin.azureADOnlyAuthentication),
  };
}

export function toVulnerabilityAssessment(raw: ServerVulnerabilityAssessment | undefined): SqlServer['vulnerabilityAssessment'] {
  if (raw === undefined || (raw.storageContainerPath ?? '') === '') return null;
  return {
    storageContainerPath: nul(raw.storageContainerPath),
    recurringScansEnabled: raw.recurringScans?.isEnabled === true,
    emailSubscriptionAdmins: raw.recurringScans?.emailSubscriptionAdmins === true,
    emails: list(raw.recurringScans?.emails),
  };
}

export function toSqlServer(subscriptionId: string, raw: RawServer, parts: ServerParts): Resource<'azure.sql.server'> {
  return makeResource('azure.sql.server', armPlacement(subscriptionId, raw), {
    version: nul(raw.version),
    administratorLogin: nul(raw.administratorLogin),
    fullyQualifiedDomainName: nul(raw.fullyQualifiedDomainName),
    publicNetworkAccess: nul(raw.publicNetworkAccess),
    minimalTlsVersion: nul(raw.minimalTlsVersion),
    restrictOutboundNetworkAccess: nul(raw.restrictOutboundNetworkAccess),
    privateEndpointConnections: list(raw.privateEndpointConnections).map(toPrivateEndpointConnection),
    ...parts,
  });
}

export function toSqlDatabase(
  subscriptionId: string,
  server: RawServer,
  raw: RawDatabase,
  tdeState: string | null,
  auditing: SqlAuditingPolicy | null,
): Resource<'azure.sql.database'> {
  return makeResource('azure.sql.database', armPlacement(subscriptionId, raw), {
    serverId: server.id ?? '',
    serverName: server.name ?? '',
    status: nul(raw.status),
    skuName: nul(raw.sku?.name),
    skuTier: nul(raw.sku?.tier),
    zoneRedundant: nul(raw.zoneRedundant),
    tdeState,
    auditing,
  });
}

async function collectServer(ctx: AzureCollectContext, sub: string, server: RawServer): Promise<void> {
  const client = await ctx.clients.sql(sub);
  const id = server.id ?? '';
  const name = server.name ?? '';
  const group = resourceGroupOf(id);
  const region = normaliseLocation(server.location);
  const part = (property: keyof ServerParts): AzureCallScope => ({
    collector: ID,
    region,
    resourceTypes: ['azure.sql.server'],
    resourceId: id,
    properties: [property],
  });
  const all = <T>(iterable: AsyncIterable<T>): Promise<T[]> =>
    (async () => {
      const items: T[] = [];
      for await (const item of iterable) items.push(item);
      return items;
    })();
  const [auditing, protector, firewall, admins, alertPolicy, assessments, databases] = await Promise.all([
    call(ctx, part('auditing'), READ.auditing, () => client.serverBlobAuditingPolicies.get(group, name)),
    call(ctx, part('encryptionProtector'), READ.protector, () => client.encryptionProtectors.get(group, name, 'current')),
    call(ctx, part('firewallRules'), READ.firewall, () => all<FirewallRule>(client.firewallRules.listByServer(group, name))),
    call(ctx, part('entraAdmin'), READ.admins, () => all(client.serverAzureADAdministrators.listByServer(group, name))),
    call(ctx, part('securityAlertPolicyState'), READ.alertPolicies, () => client.serverSecurityAlertPolicies.get(group, name, 'Default')),
    call(ctx, part('vulnerabilityAssessment'), READ.assessments, () => all(client.serverVulnerabilityAssessments.listByServer(group, name))),
    // A server whose databases cannot be listed leaves the databases of its location unknown.
    listAll(ctx, { collector: ID, region, resourceTypes: ['azure.sql.database'] }, READ.databases, () => client.databases.listByServer(group, name)),
  ]);
  const protectorValue: EncryptionProtector | null = protector.ok ? protector.value : null;
  ctx.sink.resource(
    toSqlServer(sub, server, {
      auditing: auditing.ok ? toAuditing(auditing.value) : null,
      encryptionProtector:
        protectorValue === null
          ? null
          : {
              serverKeyType: protectorValue.serverKeyType ?? 'ServiceManaged',
              serverKeyName: nul(protectorValue.serverKeyName),
              uri: nul(protectorValue.uri),
              autoRotationEnabled: nul(protectorValue.autoRotationEnabled),
            },
      firewallRules: firewall.ok
        ? firewall.value.map((r) => ({ name: r.name ?? '', startIpAddress: r.startIpAddress ?? '', endIpAddress: r.endIpAddress ?? '' }))
        : null,
      entraAdmin: admins.ok ? toEntraAdmin(admins.value) : null,
      securityAlertPolicyState: alertPolicy.ok ? (alertPolicy.value.state ?? null) : null,
      vulnerabilityAssessment: assessments.ok ? toVulnerabilityAssessment(assessments.value[0]) : null,
    }),
  );
  await Promise.all(
    (databases ?? [])
      .filter((db) => db.name?.toLowerCase() !== 'master')
      .map(async (db) => {
        const dbId = db.id ?? '';
        const dbPart = (property: string): AzureCallScope => ({
          collector: ID,
          region,
          resourceTypes: ['azure.sql.database'],
          resourceId: dbId,
          properties: [property],
        });
        const [tde, dbAuditing] = await Promise.all([
          call(ctx, dbPart('tdeState'), READ.tde, () => client.transparentDataEncryptions.get(group, name, db.name ?? '', 'current')),
          call(ctx, dbPart('auditing'), READ.dbAuditing, () => client.databaseBlobAuditingPolicies.get(group, name, db.name ?? '')),
        ]);
        ctx.sink.resource(toSqlDatabase(sub, server, db, tde.ok ? (tde.value.state ?? null) : null, dbAuditing.ok ? toAuditing(dbAuditing.value) : null));
      }),
  );
}

export const sqlCollector: AzureCollector = {
  id: ID,
  provider: 'azure',
  scope: 'subscription',
  resourceTypes: ['azure.sql.server', 'azure.sql.database'],
  permissions: Object.values(READ),
  async collect(ctx) {
    const sub = subscriptionOf(ctx).subscriptionId;
    // Without the servers, their databases are unknown too.
    const servers = await listAll(ctx, { collector: ID, region: 'global', resourceTypes: ['azure.sql.server', 'azure.sql.database'] }, READ.servers, async () =>
      (await ctx.clients.sql(sub)).servers.list(),
    );
    await Promise.all((servers ?? []).map((server) => collectServer(ctx, sub, server)));
    unitDone(ctx, ID);
  },
};
