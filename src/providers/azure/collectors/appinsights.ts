/** Application Insights components (REST, api-version 2020-02-02; the Node SDK is the retired ms-rest-js one). CIS 6.1.3.1. */
import { makeResource } from '../../../inventory/builders/resource.js';
import type { Resource } from '../../../resources/index.js';
import { armPlacement, nul } from '../arm.js';
import { listAll, subscriptionOf, unitDone, type AzureCollector } from '../context.js';

const ID = 'appinsights';
const API = '2020-02-02';
const READ = 'Microsoft.Insights/Components/Read';

/** Components - List (properties keep the API's own capitalisation). */
export interface RawComponent {
  readonly id?: string;
  readonly name?: string;
  readonly location?: string;
  readonly tags?: Record<string, string> | null;
  readonly properties?: {
    readonly Application_Type?: string;
    readonly WorkspaceResourceId?: string | null;
    readonly IngestionMode?: string | null;
    readonly publicNetworkAccessForIngestion?: string | null;
    readonly publicNetworkAccessForQuery?: string | null;
    readonly DisableLocalAuth?: boolean | null;
    readonly RetentionInDays?: number | null;
  };
}

export function toComponent(subscriptionId: string, raw: RawComponent): Resource<'azure.appinsights.component'> {
  const p = raw.properties ?? {};
  return makeResource('azure.appinsights.component', armPlacement(subscriptionId, raw), {
    applicationType: nul(p.Application_Type),
    workspaceResourceId: nul(p.WorkspaceResourceId),
    ingestionMode: nul(p.IngestionMode),
    publicNetworkAccessForIngestion: nul(p.publicNetworkAccessForIngestion),
    publicNetworkAccessForQuery: nul(p.publicNetworkAccessForQuery),
    disableLocalAuth: nul(p.DisableLocalAuth),
    retentionInDays: nul(p.RetentionInDays),
  });
}

export const appInsightsCollector: AzureCollector = {
  id: ID,
  provider: 'azure',
  scope: 'subscription',
  resourceTypes: ['azure.appinsights.component'],
  permissions: [READ],
  async collect(ctx) {
    const sub = subscriptionOf(ctx).subscriptionId;
    const components = await listAll(ctx, { collector: ID, region: 'global', resourceTypes: ['azure.appinsights.component'] }, READ, () =>
      ctx.clients.arm.list<RawComponent>(`/subscriptions/${sub}/providers/Microsoft.Insights/components`, {
        query: { 'api-version': API },
        abortSignal: ctx.signal,
      }),
    );
    for (const c of components ?? []) ctx.sink.resource(toComponent(sub, c));
    unitDone(ctx, ID);
  },
};
