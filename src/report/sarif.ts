import { gzipSync } from 'node:zlib';
import type { Invocation, Log, Notification, ReportingDescriptor, Result, Run } from 'sarif';
import { controlsByRuleId, type ControlRef } from '../compliance/controls.js';
import type { Provider, Severity } from '../core/types.js';
import type { Finding } from '../engine/finding.js';
import type { ScanResult } from '../engine/result.js';
import type { AnyRule } from '../engine/rule.js';
import type { CollectionError } from '../inventory/types.js';
import { PROJECT_URL, ruleDocsUrl } from './links.js';
import { ruleHelpMarkdown, ruleHelpText } from './rule-help.js';
import { byPriority } from './order.js';
import { cloudPath } from './sarif-location.js';
import type { ReportContext, Reporter } from './types.js';

/** The final OASIS schema, as CodeQL references it (the multitool's SARIF1011 wants a final schema). */
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** What GitHub code scanning accepts in one upload ("SARIF support for code scanning"). */
export interface SarifLimits {
  readonly maxRuns: number;
  readonly maxResultsPerRun: number;
  readonly maxRulesPerRun: number;
  readonly maxTagsPerRule: number;
  /** Upload size after gzip. */
  readonly maxGzipBytes: number;
  /** GitHub's display limits for rule texts. */
  readonly maxDescriptionChars: number;
}

export const GITHUB_LIMITS: SarifLimits = Object.freeze({
  maxRuns: 20,
  maxResultsPerRun: 25_000,
  maxRulesPerRun: 25_000,
  maxTagsPerRule: 20,
  // "10 MB" gzipped; counted in decimal megabytes to keep a margin.
  maxGzipBytes: 10_000_000,
  maxDescriptionChars: 1024,
});

/** GitHub maps > 9.0 critical, 7.0–8.9 high, 4.0–6.9 medium, 0.1–3.9 low; 0.0 means no security severity. */
export const SECURITY_SEVERITY: Readonly<Record<Severity, string>> = Object.freeze({
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '2.0',
  info: '0.0',
});

const LEVEL: Readonly<Record<Severity, Result.level>> = Object.freeze({
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
});

/** Notification descriptors: why a run is incomplete. */
const NOTIFICATIONS = [
  {
    id: 'CSPM1001',
    name: 'CollectionError',
    text: 'An API call failed while collecting the inventory; the checks that need its data report ERROR.',
    help: 'Grant the permission named in the notification (see docs/permissions.md) or retry a throttled call, then scan again. The scan exits 3 while data is missing.',
  },
  {
    id: 'CSPM1002',
    name: 'AssessmentError',
    text: 'A check could not assess some resources (missing data or a rule error).',
    help: 'Fix the collection errors of the same run; if there are none, the check itself failed: report it with the notification text.',
  },
  {
    id: 'CSPM1003',
    name: 'ResultsTruncated',
    text: 'Results were left out to stay within GitHub code scanning limits; the most severe were kept.',
    help: 'Narrow the scan (--checks, --severity) or read every finding in the JSON report (--format json).',
  },
] as const;
type NotificationId = (typeof NOTIFICATIONS)[number]['id'];

/** `--format sarif`: SARIF 2.1.0 that GitHub code scanning accepts, one run per provider account. */
export const sarifReporter: Reporter = (result, ctx) => renderSarif(result, ctx, GITHUB_LIMITS);

export function renderSarif(result: ScanResult, ctx: ReportContext, limits: SarifLimits): string {
  const log = buildSarif(result, ctx, limits);
  return `${JSON.stringify(log, null, 2)}\n`;
}

interface RunGroup {
  readonly provider: Provider;
  /** null when several accounts share one run (more accounts than GitHub's runs per file). */
  readonly account: string | null;
  readonly displayName: string | null;
  readonly regions: readonly string[];
}

/** Builds the SARIF log, then drops the least severe results until it fits GitHub's limits. */
export function buildSarif(result: ScanResult, ctx: ReportContext, limits: SarifLimits): Log {
  const groups = runGroups(result, limits);
  const failing = (result.findings ?? []).filter((f) => f.status === 'FAIL').sort(byPriority);
  const total = failing.length;

  // Cap each run at the results-per-run limit, keeping the most severe.
  const perRun = new Map<RunGroup, Finding[]>(groups.map((g) => [g, []]));
  for (const finding of failing) {
    const group = groupOf(groups, finding.resource.provider, finding.resource.account);
    const list = perRun.get(group);
    if (list && list.length < limits.maxResultsPerRun) list.push(finding);
  }
  let kept = new Set(groups.flatMap((g) => perRun.get(g) ?? []));

  let log = assemble(result, ctx, limits, groups, kept, total);
  // Then shrink the whole file until its gzipped size fits, dropping the least severe results first.
  for (let attempt = 0; attempt < 20; attempt++) {
    const size = gzipSync(JSON.stringify(log)).length;
    if (size <= limits.maxGzipBytes || kept.size === 0) break;
    const target = Math.floor(kept.size * Math.min(0.95, (limits.maxGzipBytes / size) * 0.95));
    kept = new Set(failing.filter((f) => kept.has(f)).slice(0, target));
    log = assemble(result, ctx, limits, groups, kept, total);
  }
  if (kept.size < total) {
    ctx.warn?.(
      `SARIF: kept the ${kept.size} most severe of ${total} failing findings to stay within GitHub code scanning limits ` +
        `(${limits.maxResultsPerRun} results per run, ${limits.maxGzipBytes} bytes gzipped); use --format json for all of them.`,
    );
  }
  return log;
}

function assemble(result: ScanResult, ctx: ReportContext, limits: SarifLimits, groups: readonly RunGroup[], kept: ReadonlySet<Finding>, total: number): Log {
  const controls = controlsByRuleId(ctx.frameworks ?? []);
  const ruleIds = [...new Set(result.scan?.rules ?? [])].sort();
  const failing = (result.findings ?? []).filter((f) => f.status === 'FAIL').sort(byPriority);
  const runs = groups.map((group) => {
    const inGroup = (provider: Provider, account: string): boolean => groupOf(groups, provider, account) === group;
    const all = failing.filter((f) => inGroup(f.resource.provider, f.resource.account));
    const results = all.filter((f) => kept.has(f));
    const errors = (result.errors ?? []).filter((e) => inGroup(e.provider, e.account));
    const errored = (result.findings ?? []).filter((f) => f.status === 'ERROR' && inGroup(f.resource.provider, f.resource.account));
    return buildRun(result, ctx, limits, {
      group,
      ruleIds: rulesForRun(
        ruleIds.filter((id) => (ctx.rules.get(id)?.provider ?? id.split('-')[0]) === group.provider),
        results,
        limits,
      ),
      controls,
      results,
      omitted: all.length - results.length,
      errors,
      errored,
    });
  });
  const log: Log = { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs };
  if (kept.size < total) log.properties = { truncated: { kept: kept.size, total } };
  return log;
}

interface RunInput {
  readonly group: RunGroup;
  readonly ruleIds: readonly string[];
  readonly controls: ReadonlyMap<string, readonly ControlRef[]>;
  readonly results: readonly Finding[];
  readonly omitted: number;
  readonly errors: readonly CollectionError[];
  readonly errored: readonly Finding[];
}

function buildRun(result: ScanResult, ctx: ReportContext, limits: SarifLimits, input: RunInput): Run {
  const { group } = input;
  const ruleIndex = new Map(input.ruleIds.map((id, i) => [id, i]));
  const version = result.scan?.toolVersion ?? '0.0.0';
  const notifications = executionNotifications(input, ruleIndex);
  const incomplete = input.errors.length > 0 || input.errored.length > 0;
  const invocation: Invocation = {
    executionSuccessful: !incomplete,
    ...(result.scan?.startedAt ? { startTimeUtc: result.scan.startedAt } : {}),
    ...(result.scan?.finishedAt ? { endTimeUtc: result.scan.finishedAt } : {}),
    ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}),
  };
  return {
    tool: {
      driver: {
        name: 'cspm',
        fullName: 'cspm cloud security posture scanner',
        version,
        ...(/^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.+-]+)?$/.test(version) ? { semanticVersion: version } : {}),
        informationUri: PROJECT_URL,
        rules: input.ruleIds.map((id) => descriptor(id, ctx.rules.get(id), input.controls.get(id) ?? [], limits)),
        notifications: NOTIFICATIONS.map((n) => ({
          id: n.id,
          name: n.name,
          shortDescription: { text: n.text },
          fullDescription: { text: n.text },
          help: { text: n.help },
          helpUri: `${PROJECT_URL}/blob/main/docs/ci.md`,
        })),
      },
    },
    automationDetails: {
      id: `cspm/${group.provider}/${group.account === null ? 'all-accounts' : safeId(group.account)}/`,
      description: { text: `cspm ${group.provider.toUpperCase()} ${group.account ?? 'accounts'} posture scan.` },
    },
    invocations: [invocation],
    originalUriBaseIds: {
      '%SRCROOT%': { description: { text: 'The root of the repository the analysis is uploaded to.' } },
    },
    results: input.results.map((f) => sarifResult(f, ruleIndex, ctx)),
    columnKind: 'utf16CodeUnits',
    properties: {
      provider: group.provider,
      account: group.account,
      accountName: group.displayName,
      regions: group.regions,
      scanId: result.scan?.id ?? null,
      collectedAt: result.scan?.collectedAt ?? null,
      complete: !incomplete,
      ...(input.omitted > 0 ? { omittedResults: input.omitted } : {}),
    },
  };
}

function descriptor(id: string, rule: AnyRule | undefined, controls: readonly ControlRef[], limits: SarifLimits): ReportingDescriptor {
  const clip = (text: string): string => (text.length <= limits.maxDescriptionChars ? text : `${text.slice(0, limits.maxDescriptionChars - 1)}…`);
  if (!rule) {
    // A stored scan can name a rule this version no longer ships: describe it minimally.
    const text = `Check ${id} (not in this version of cspm).`;
    return { id, name: pascalName(id), shortDescription: { text }, fullDescription: { text }, help: { text }, helpUri: ruleDocsUrl(id) };
  }
  const tags = ['security', 'cloud', rule.provider, `${rule.provider}/${rule.service}`, ...controls.map((c) => `${c.framework}/${c.control}`)];
  return {
    id,
    name: pascalName(id),
    shortDescription: { text: clip(rule.title) },
    fullDescription: { text: clip(`${rule.description} ${rule.rationale}`.trim()) },
    help: { text: ruleHelpText(rule, controls), markdown: ruleHelpMarkdown(rule, controls) },
    helpUri: ruleDocsUrl(id),
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: {
      tags: [...new Set(tags)].slice(0, limits.maxTagsPerRule),
      precision: 'very-high',
      'security-severity': SECURITY_SEVERITY[rule.severity],
      severity: rule.severity,
      resourceType: rule.resourceType,
    },
  };
}

function sarifResult(f: Finding, ruleIndex: ReadonlyMap<string, number>, ctx: ReportContext): Result {
  const path = cloudPath(f.resource);
  const index = ruleIndex.get(f.ruleId);
  const result: Result = {
    ruleId: f.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: ctx.sarifAnchor ?? path, uriBaseId: '%SRCROOT%' },
          region: { startLine: 1 },
        },
        logicalLocations: [{ name: f.resource.name, fullyQualifiedName: f.resource.id, kind: 'resource' }],
      },
    ],
    partialFingerprints: {
      // GitHub matches alerts across runs on this hash; derived from rule + resource + finding key only.
      primaryLocationLineHash: `${f.fingerprint}:1`,
      'cspmFingerprint/v1': f.fingerprint,
    },
    properties: {
      resourceId: f.resource.id,
      resourceName: f.resource.name,
      resourceType: f.resource.type,
      provider: f.resource.provider,
      account: f.resource.account,
      region: f.resource.region,
      cloudPath: path,
      severity: f.severity,
      'security-severity': SECURITY_SEVERITY[f.severity],
      findingKey: f.findingKey ?? null,
      evidence: f.evidence ?? {},
    },
  };
  if (f.muted) {
    result.suppressions = [
      {
        kind: 'external',
        status: 'accepted',
        justification: f.muted.reason,
        properties: { expires: f.muted.expires ?? null, source: f.muted.source ?? null },
      },
    ];
  }
  return result;
}

function executionNotifications(input: RunInput, ruleIndex: ReadonlyMap<string, number>): Notification[] {
  const out: Notification[] = [];
  const ref = (id: NotificationId) => ({ id, index: NOTIFICATIONS.findIndex((n) => n.id === id) });
  for (const e of input.errors) {
    const types = e.resourceTypes.length > 0 ? e.resourceTypes.join(', ') : 'its data';
    out.push({
      level: 'error',
      descriptor: ref('CSPM1001'),
      message: { text: `${e.action} failed in ${e.account}/${e.region} (${e.code}): ${endSentence(e.message)} Checks that need ${types} report ERROR.` },
      properties: {
        collector: e.collector,
        account: e.account,
        region: e.region,
        action: e.action,
        code: e.code,
        resourceTypes: e.resourceTypes,
        resourceId: e.resourceId,
      },
    });
  }
  const byRule = new Map<string, Finding[]>();
  for (const f of input.errored) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
  for (const [ruleId, findings] of [...byRule].sort(([a], [b]) => a.localeCompare(b))) {
    const first = findings[0];
    const index = ruleIndex.get(ruleId);
    out.push({
      level: 'error',
      descriptor: ref('CSPM1002'),
      ...(index === undefined ? {} : { associatedRule: { id: ruleId, index } }),
      message: { text: `${ruleId} could not assess ${findings.length} resource(s); first: ${endSentence(first?.message ?? 'no detail')}` },
      properties: { ruleId, resources: findings.map((f) => f.resource.id) },
    });
  }
  if (input.omitted > 0) {
    out.push({
      level: 'warning',
      descriptor: ref('CSPM1003'),
      message: {
        text: `${input.omitted} of ${input.omitted + input.results.length} failing findings were left out to stay within GitHub code scanning limits; the most severe were kept.`,
      },
    });
  }
  return out;
}

/**
 * One run per provider account (each its own code scanning category), even for accounts without
 * failures, so GitHub closes alerts that were fixed. Past GitHub's runs-per-file limit, one run
 * per provider.
 */
function runGroups(result: ScanResult, limits: SarifLimits): RunGroup[] {
  const scopes = new Map<string, RunGroup>();
  const add = (provider: Provider, account: string, displayName: string | null, regions: readonly string[]): void => {
    const key = `${provider}\u001f${account}`;
    if (!scopes.has(key)) scopes.set(key, { provider, account, displayName, regions });
  };
  for (const s of result.scan?.scopes ?? []) add(s.provider, s.account, s.displayName ?? null, s.regions ?? []);
  for (const f of result.findings ?? []) add(f.resource.provider, f.resource.account, null, []);
  for (const e of result.errors ?? []) add(e.provider, e.account, null, []);
  const groups = [...scopes.values()].sort((a, b) => a.provider.localeCompare(b.provider) || (a.account ?? '').localeCompare(b.account ?? ''));
  if (groups.length <= limits.maxRuns) return groups;
  const providers = [...new Set(groups.map((g) => g.provider))];
  return providers.map((provider) => ({
    provider,
    account: null,
    displayName: null,
    regions: [...new Set(groups.filter((g) => g.provider === provider).flatMap((g) => g.regions))].sort(),
  }));
}

function groupOf(groups: readonly RunGroup[], provider: Provider, account: string): RunGroup {
  const found = groups.find((g) => g.provider === provider && (g.account === null || g.account === account));
  if (!found) throw new Error(`no SARIF run for ${provider} ${account}`);
  return found;
}

/** Rules that ran, capped at GitHub's limit: the rules that have results first. */
function rulesForRun(ruleIds: readonly string[], results: readonly Finding[], limits: SarifLimits): string[] {
  const all = [...new Set([...ruleIds, ...results.map((f) => f.ruleId)])].sort();
  if (all.length <= limits.maxRulesPerRun) return all;
  const used = new Set(results.map((f) => f.ruleId));
  return [...all.filter((id) => used.has(id)), ...all.filter((id) => !used.has(id))].slice(0, limits.maxRulesPerRun).sort();
}

/** `aws-s3-bucket-public-access-blocked` → `AwsS3BucketPublicAccessBlocked`. */
function pascalName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((p) => p.length > 0)
    .map((p) => `${p.charAt(0).toUpperCase()}${p.slice(1)}`)
    .join('');
}

function safeId(account: string): string {
  return account.replace(/[^A-Za-z0-9._-]/g, '-');
}

function endSentence(text: string): string {
  const t = text.trim();
  return /[.!?]$/.test(t) ? t : `${t}.`;
}
