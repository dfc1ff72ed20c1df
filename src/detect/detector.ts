import type { Provider, Severity } from '../core/types.js';
import type { MessageData } from '../engine/rule.js';
import type { BaselineView, PrincipalWindow, WindowFeatures } from './baseline.js';
import type { CloudEvent } from './event.js';

/** MITRE ATT&CK enterprise tactics (cloud matrix), by slug. */
export const TACTICS = Object.freeze({
  'initial-access': { id: 'TA0001', name: 'Initial Access' },
  execution: { id: 'TA0002', name: 'Execution' },
  persistence: { id: 'TA0003', name: 'Persistence' },
  'privilege-escalation': { id: 'TA0004', name: 'Privilege Escalation' },
  'defense-evasion': { id: 'TA0005', name: 'Defense Evasion' },
  'credential-access': { id: 'TA0006', name: 'Credential Access' },
  discovery: { id: 'TA0007', name: 'Discovery' },
  'lateral-movement': { id: 'TA0008', name: 'Lateral Movement' },
  collection: { id: 'TA0009', name: 'Collection' },
  exfiltration: { id: 'TA0010', name: 'Exfiltration' },
  impact: { id: 'TA0040', name: 'Impact' },
} as const);
export type Tactic = keyof typeof TACTICS;

/** One ATT&CK mapping: a technique as used for a tactic. A detector may map to several. */
export interface AttackMapping {
  readonly tactic: Tactic;
  /** 'T1562.008' */
  readonly technique: string;
  /** 'Impair Defenses: Disable or Modify Cloud Logs' */
  readonly name: string;
}

/** What a detector says about one suspicious behaviour; the engine turns it into an Alert. */
export interface DetectorReport<M extends string = string> {
  readonly messageId: M;
  /** Placeholder values; principal, account, region, sourceIp and action are filled in from the first event. */
  readonly data?: MessageData;
  /** The events behind the alert (the engine keeps the first few as evidence). */
  readonly events: readonly CloudEvent[];
  /** How many events the behaviour spans, when more than `events` were kept. */
  readonly count?: number;
  /** What makes two reports the same alert (default: the first event's id). */
  readonly key?: string;
  readonly severity?: Severity;
  /** Extra facts for the evidence (the values that decided it). */
  readonly evidence?: Readonly<Record<string, unknown>>;
}

export interface DetectorContext<O, M extends string> {
  readonly options: Readonly<O>;
  /** What each principal normally does (empty until `cspm detect --learn` or earlier runs). */
  readonly baseline: BaselineView;
  /** The anomaly model trained on learned principal-windows; null until enough were learned. */
  readonly model: AnomalyModel | null;
  report(report: DetectorReport<M>): void;
}

export interface DetectorHandlers {
  /** Called for every event whose action the detector listed (all events for '*'). */
  event(event: CloudEvent): void;
  /** Called once after the last event: flush open windows. */
  end?(): void;
  /** Called for each closed principal-window (one principal, one hour), before it is learned. */
  window?(window: PrincipalWindow, features: WindowFeatures): void;
}

/** The unsupervised model over principal-window features. */
export interface AnomalyModel {
  /** In (0, 1): near 1 is anomalous. */
  score(vector: readonly number[]): number;
  readonly trainedOn: number;
}

/** Option documentation is required for every option (typescript-eslint style). */
export type OptionDocs<O> = { readonly [K in keyof O]: string };

export interface DetectorMeta<O extends object = object, M extends string = string> {
  /** `<provider>-<service>-<behaviour>` (or `baseline-<behaviour>` for learned detectors), equal to the file name. */
  readonly id: string;
  /** null for detectors that work on both clouds (the learned baselines). */
  readonly provider: Provider | null;
  readonly title: string;
  readonly severity: Severity;
  /** The first mapping is the primary one. */
  readonly attack: readonly AttackMapping[];
  readonly description: string;
  /** When it fires on legitimate activity, and how to tell. */
  readonly falsePositives: readonly string[];
  readonly references: readonly string[];
  /**
   * The actions read: CloudTrail eventNames, or Azure operations (lower case); '*' for every event.
   * The engine dispatches only these, so a detector costs nothing on other events.
   */
  readonly actions: readonly string[] | '*';
  readonly defaultOptions: Readonly<O>;
  readonly optionDocs: OptionDocs<NoInfer<O>>;
  /** Plain-words explanations: one sentence ending with a period, naming the principal and the evidence. */
  readonly messages: Readonly<Record<M, string>>;
}

export interface Detector<O extends object = object, M extends string = string> extends DetectorMeta<O, M> {
  create(ctx: DetectorContext<O, M>): DetectorHandlers;
}

/** A detector of any options and messages, as the registry holds them. */
export type AnyDetector = Detector;

const ID_PATTERN = /^(aws|azure|baseline)-[a-z0-9]+(-[a-z0-9]+)+$/;
const PLACEHOLDER = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** Declares a detector: validates the metadata once and freezes it, so a typo is a load-time error. */
export function defineDetector<O extends object, M extends string>(detector: Detector<O, M>): Detector<O, M> {
  const problems = validateDetectorMeta(detector);
  if (problems.length > 0) throw new Error(`detector ${detector.id}: ${problems.join('; ')}`);
  return Object.freeze({ ...detector, defaultOptions: Object.freeze({ ...detector.defaultOptions }) });
}

export function validateDetectorMeta(d: DetectorMeta): string[] {
  const problems: string[] = [];
  if (!ID_PATTERN.test(d.id)) problems.push('id must be kebab-case <provider>-<service>-<behaviour>');
  if (d.provider !== null && !d.id.startsWith(`${d.provider}-`)) problems.push(`id must start with '${d.provider}-'`);
  if (d.provider === null && !d.id.startsWith('baseline-')) problems.push("cross-cloud detectors are named 'baseline-...'");
  if (d.title.trim().length === 0 || d.description.trim().length === 0) problems.push('title and description are required');
  if (d.attack.length === 0) problems.push('at least one ATT&CK mapping is required');
  for (const a of d.attack) {
    if (!/^T\d{4}(\.\d{3})?$/.test(a.technique)) problems.push(`technique '${a.technique}' is not an ATT&CK id`);
    if (!Object.hasOwn(TACTICS, a.tactic)) problems.push(`unknown tactic '${a.tactic}'`);
  }
  if (d.falsePositives.length === 0) problems.push('list the known false positives');
  if (d.actions !== '*' && d.actions.length === 0 && d.provider !== null) problems.push('actions is empty');
  if (d.provider === 'azure' && d.actions !== '*' && d.actions.some((a) => a !== a.toLowerCase())) problems.push('Azure actions are lower case');
  for (const key of Object.keys(d.defaultOptions)) {
    if (!(d.optionDocs as Record<string, string>)[key]) problems.push(`option '${key}' is not documented`);
  }
  if (Object.keys(d.messages).length === 0) problems.push('no messages');
  for (const [id, text] of Object.entries<string>(d.messages)) {
    if (!text.trim().endsWith('.')) problems.push(`message '${id}' must be one sentence ending with a period`);
    if (!/\{\{\s*principal\s*\}\}/.test(text)) problems.push(`message '${id}' must name the {{principal}}`);
  }
  for (const ref of d.references) if (!/^https:\/\//.test(ref)) problems.push(`reference '${ref}' must be an https URL`);
  return problems;
}

export function placeholdersOf(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/** Merges user options over the defaults, refusing unknown keys and wrong types. */
export function resolveOptions<O extends object>(detector: DetectorMeta<O>, overrides: Readonly<Record<string, unknown>> | undefined): O {
  const merged: Record<string, unknown> = { ...detector.defaultOptions };
  for (const [key, value] of Object.entries(overrides ?? {})) {
    if (!Object.hasOwn(detector.defaultOptions, key)) throw new Error(`detector ${detector.id} has no option '${key}'`);
    const expected = typeof (detector.defaultOptions as Record<string, unknown>)[key];
    if (typeof value !== expected) throw new Error(`detector ${detector.id} option '${key}' must be a ${expected}`);
    merged[key] = value;
  }
  return Object.freeze(merged) as O;
}
