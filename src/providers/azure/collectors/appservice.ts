/**
 * App Service web and function apps (@azure/arm-appservice): list, then hydrate each app with its
 * configuration, authentication settings (the "without secrets" read, which Reader allows), basic
 * publishing credential policies and diagnostic settings. Deployment slots are not collected.
 */
import type { Site, SiteConfigResource } from '@azure/arm-appservice';
import { makeResource } from '../../../inventory/builders/resource.js';
import type { WebApp, WebAppSiteConfig } from '../../../resources/azure/index.js';
import type { Resource } from '../../../resources/index.js';
import { armPlacement, normaliseLocation, nul, resourceGroupOf, toIdentity } from '../arm.js';
import { call, listAll, subscriptionOf, unitDone, type AzureCallScope, type AzureCollectContext, type AzureCollector } from '../context.js';
import { DIAGNOSTIC_SETTINGS_READ, diagnosticSettingsOf } from './diagnostics.js';

const ID = 'appservice';
const READ = {
  sites: 'Microsoft.Web/sites/Read',
  config: 'Microsoft.Web/sites/config/Read',
  publishing: 'Microsoft.Web/sites/basicPublishingCredentialsPolicies/Read',
} as const;

type Hydrated = Pick<WebApp, 'siteConfig' | 'authEnabled' | 'basicAuth' | 'diagnosticSettings'>;

export function toSiteConfig(raw: SiteConfigResource): WebAppSiteConfig {
  return {
    minTlsVersion: nul(raw.minTlsVersion),
    scmMinTlsVersion: nul(raw.scmMinTlsVersion),
    ftpsState: nul(raw.ftpsState),
    http20Enabled: nul(raw.http20Enabled),
    remoteDebuggingEnabled: nul(raw.remoteDebuggingEnabled),
    httpLoggingEnabled: nul(raw.httpLoggingEnabled),
    linuxFxVersion: nul(raw.linuxFxVersion),
    phpVersion: nul(raw.phpVersion),
    pythonVersion: nul(raw.pythonVersion),
    javaVersion: nul(raw.javaVersion),
    netFrameworkVersion: nul(raw.netFrameworkVersion),
    alwaysOn: nul(raw.alwaysOn),
  };
}

export function toWebApp(subscriptionId: string, raw: Site, hydrated: Hydrated): Resource<'azure.appservice.web-app'> {
  return makeResource('azure.appservice.web-app', armPlacement(subscriptionId, raw), {
    kind: nul(raw.kind),
    state: nul(raw.state),
    defaultHostName: nul(raw.defaultHostName),
    httpsOnly: nul(raw.httpsOnly),
    clientCertEnabled: nul(raw.clientCertEnabled),
    clientCertMode: nul(raw.clientCertMode),
    publicNetworkAccess: nul(raw.publicNetworkAccess),
    identity: toIdentity(raw.identity),
    ...hydrated,
  });
}

async function hydrate(ctx: AzureCollectContext, sub: string, site: Site): Promise<Hydrated> {
  const client = await ctx.clients.appservice(sub);
  const id = site.id ?? '';
  const name = site.name ?? '';
  const group = resourceGroupOf(id);
  const scope = (property: keyof Hydrated): AzureCallScope => ({
    collector: ID,
    region: normaliseLocation(site.location),
    resourceTypes: ['azure.appservice.web-app'],
    resourceId: id,
    properties: [property],
  });
  const [config, auth, ftp, scm, diagnosticSettings] = await Promise.all([
    call(ctx, scope('siteConfig'), READ.config, () => client.webApps.getConfiguration(group, name)),
    call(ctx, scope('authEnabled'), READ.config, () => client.webApps.getAuthSettingsV2WithoutSecrets(group, name)),
    call(ctx, scope('basicAuth'), READ.publishing, () => client.webApps.getFtpAllowed(group, name)),
    call(ctx, scope('basicAuth'), READ.publishing, () => client.webApps.getScmAllowed(group, name)),
    diagnosticSettingsOf(ctx, scope('diagnosticSettings'), id),
  ]);
  return {
    siteConfig: config.ok ? toSiteConfig(config.value) : null,
    authEnabled: auth.ok ? auth.value.platform?.enabled === true : null,
    // The policies default to allowed when never set.
    basicAuth: ftp.ok && scm.ok ? { ftpAllowed: ftp.value.allow !== false, scmAllowed: scm.value.allow !== false } : null,
    diagnosticSettings,
  };
}

export const appServiceCollector: AzureCollector = {
  id: ID,
  provider: 'azure',
  scope: 'subscription',
  resourceTypes: ['azure.appservice.web-app'],
  permissions: [...Object.values(READ), DIAGNOSTIC_SETTINGS_READ],
  async collect(ctx) {
    const sub = subscriptionOf(ctx).subscriptionId;
    const sites = await listAll(ctx, { collector: ID, region: 'global', resourceTypes: ['azure.appservice.web-app'] }, READ.sites, async () =>
      (await ctx.clients.appservice(sub)).webApps.list(),
    );
    await Promise.all((sites ?? []).map(async (site) => ctx.sink.resource(toWebApp(sub, site, await hydrate(ctx, sub, site)))));
    unitDone(ctx, ID);
  },
};
