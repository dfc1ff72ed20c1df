/**
 * Azure Monitor diagnostic settings: whether a setting actually delivers a log category somewhere.
 * A setting with no destination (possible through the API) delivers nothing; a log entry counts
 * when it is enabled and names the category, or a category group that contains it ('allLogs'
 * contains every category; 'audit' contains the audit categories the caller names).
 */
import type { DiagnosticLogSetting } from '../../resources/azure/index.js';

/** The destination fields every diagnostic-setting shape shares. */
export interface DiagnosticDestinations {
  readonly storageAccountId: string | null;
  readonly workspaceId: string | null;
  readonly eventHubAuthorizationRuleId: string | null;
  readonly marketplacePartnerId?: string | null;
}

export interface CategoryMatch {
  /** Category names that satisfy the need, e.g. ['AuditEvent']. */
  readonly categories: readonly string[];
  /** Category groups that satisfy it, e.g. ['audit', 'allLogs']. */
  readonly groups?: readonly string[];
}

/** The destinations a setting sends to, by kind: [] when it has none. */
export function destinationsOf(setting: DiagnosticDestinations): string[] {
  const kinds: string[] = [];
  if (setting.workspaceId) kinds.push('Log Analytics');
  if (setting.storageAccountId) kinds.push('storage account');
  if (setting.eventHubAuthorizationRuleId) kinds.push('event hub');
  if (setting.marketplacePartnerId) kinds.push('partner solution');
  return kinds;
}

/** True when an enabled log entry of the setting covers the category (case-insensitive). */
export function logsCover(logs: readonly DiagnosticLogSetting[], match: CategoryMatch): boolean {
  const categories = new Set(match.categories.map((c) => c.toLowerCase()));
  const groups = new Set((match.groups ?? ['allLogs']).map((g) => g.toLowerCase()));
  return logs.some(
    (log) =>
      log.enabled &&
      ((log.category !== null && categories.has(log.category.toLowerCase())) || (log.categoryGroup !== null && groups.has(log.categoryGroup.toLowerCase()))),
  );
}

/** The settings (with a destination) that deliver the category. */
export function settingsDelivering<S extends DiagnosticDestinations & { readonly logs: readonly DiagnosticLogSetting[] }>(
  settings: readonly S[],
  match: CategoryMatch,
): S[] {
  return settings.filter((s) => destinationsOf(s).length > 0 && logsCover(s.logs, match));
}

/** Evidence for a list of settings: name-free shape, so it works for resources and sub-objects alike. */
export function settingsEvidence(
  settings: readonly (DiagnosticDestinations & { readonly logs: readonly DiagnosticLogSetting[]; readonly name?: string })[],
): unknown[] {
  return settings.map((s) => ({
    ...(s.name !== undefined ? { name: s.name } : {}),
    destinations: destinationsOf(s),
    logs: s.logs.filter((l) => l.enabled).map((l) => l.category ?? `group:${l.categoryGroup ?? '?'}`),
  }));
}
