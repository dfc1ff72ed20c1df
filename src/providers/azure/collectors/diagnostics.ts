/** Resource-level diagnostic settings (Monitor REST), shared by the collectors that hydrate them. */
import type { DiagnosticSetting } from '../../../resources/azure/index.js';
import { toDiagnosticSetting, type RawDiagnosticSetting } from '../arm.js';
import { listAll, type AzureCallScope, type AzureCollectContext } from '../context.js';

export const DIAGNOSTIC_SETTINGS_API = '2021-05-01-preview';
export const DIAGNOSTIC_SETTINGS_READ = 'Microsoft.Insights/DiagnosticSettings/Read';

/**
 * Diagnostic Settings - List for one resource URI
 * (`GET {resourceUri}/providers/Microsoft.Insights/diagnosticSettings`); null when it failed.
 */
export async function diagnosticSettingsOf(ctx: AzureCollectContext, scope: AzureCallScope, resourceUri: string): Promise<DiagnosticSetting[] | null> {
  const items = await listAll(ctx, scope, DIAGNOSTIC_SETTINGS_READ, () =>
    ctx.clients.arm.list<RawDiagnosticSetting>(`${resourceUri}/providers/Microsoft.Insights/diagnosticSettings`, {
      query: { 'api-version': DIAGNOSTIC_SETTINGS_API },
      abortSignal: ctx.signal,
    }),
  );
  return items === null ? null : items.map(toDiagnosticSetting);
}
