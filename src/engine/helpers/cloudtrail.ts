/**
 * What a CloudTrail trail records, decided from its event selectors. Basic and advanced selectors
 * are both evaluated by simulating the event in question and asking whether some selector admits
 * it, so read-only filters, excluded event sources and ARN prefixes all count.
 */
import type { Resource } from '../../resources/index.js';
import type { AdvancedEventSelector, AdvancedFieldSelector, CloudTrailTrail, EventSelector } from '../../resources/aws/index.js';
import type { Outcome, RuleContext } from '../rule.js';

/** The fields of a simulated CloudTrail event that advanced selectors can test. */
type SimulatedEvent = Readonly<Record<string, string>>;

/** Management events of every kind: read and write, including the sources a trail may exclude. */
const MANAGEMENT_SAMPLES: readonly SimulatedEvent[] = ['iam.amazonaws.com', 'kms.amazonaws.com', 'rdsdata.amazonaws.com'].flatMap((eventSource) =>
  ['true', 'false'].map((readOnly) => ({ eventCategory: 'Management', eventSource, readOnly })),
);

/** The trail's selectors are unknown (not readable from this account): null. */
function selectorsUnknown(trail: CloudTrailTrail): boolean {
  return trail.eventSelectors === null && trail.advancedEventSelectors === null;
}

function usesAdvanced(trail: CloudTrailTrail): boolean {
  return trail.advancedEventSelectors !== null && trail.advancedEventSelectors.length > 0;
}

/**
 * True when the trail records all management events, read and write, with no event source
 * excluded (what CIS asks of the multi-region trail); null when its selectors are unknown.
 */
export function logsAllManagementEvents(trail: CloudTrailTrail): boolean | null {
  if (selectorsUnknown(trail)) return null;
  if (usesAdvanced(trail)) return MANAGEMENT_SAMPLES.every((event) => admittedByAdvanced(trail.advancedEventSelectors ?? [], event));
  return MANAGEMENT_SAMPLES.every((event) => (trail.eventSelectors ?? []).some((s) => basicAdmitsManagement(s, event)));
}

function basicAdmitsManagement(selector: EventSelector, event: SimulatedEvent): boolean {
  if (!selector.includeManagementEvents) return false;
  if (!readWriteAdmits(selector.readWriteType, event['readOnly'] === 'true')) return false;
  return !selector.excludeManagementEventSources.includes(event['eventSource'] ?? '');
}

function readWriteAdmits(readWriteType: string, readOnly: boolean): boolean {
  if (readWriteType === 'All') return true;
  return readOnly ? readWriteType === 'ReadOnly' : readWriteType === 'WriteOnly';
}

/**
 * True when the trail records S3 object-level events of that kind (read: GetObject; write:
 * PutObject) for the bucket; null when its selectors are unknown. `bucketArn` is
 * `arn:<partition>:s3:::<bucket>`.
 */
export function logsS3ObjectEvents(trail: CloudTrailTrail, bucketArn: string, kind: 'read' | 'write'): boolean | null {
  if (selectorsUnknown(trail)) return null;
  const objectArn = `${bucketArn}/any-object-key`;
  if (usesAdvanced(trail)) {
    const event: SimulatedEvent = {
      eventCategory: 'Data',
      'resources.type': 'AWS::S3::Object',
      'resources.ARN': objectArn,
      readOnly: kind === 'read' ? 'true' : 'false',
      eventName: kind === 'read' ? 'GetObject' : 'PutObject',
      eventSource: 's3.amazonaws.com',
    };
    return admittedByAdvanced(trail.advancedEventSelectors ?? [], event);
  }
  const partition = bucketArn.split(':')[1] ?? 'aws';
  return (trail.eventSelectors ?? []).some(
    (s) =>
      readWriteAdmits(s.readWriteType, kind === 'read') &&
      s.dataResources.some(
        (d) =>
          d.type === 'AWS::S3::Object' &&
          d.values.some((v) => v === `arn:${partition}:s3` || v === `arn:${partition}:s3:::` || v === `${bucketArn}/` || v === bucketArn),
      ),
  );
}

/** True when some advanced selector admits the event: every field selector of it must match. */
function admittedByAdvanced(selectors: readonly AdvancedEventSelector[], event: SimulatedEvent): boolean {
  return selectors.some((selector) => selector.fieldSelectors.every((field) => fieldAdmits(field, event[field.field])));
}

/** One field selector: every operator present must hold (values within an operator are alternatives). */
function fieldAdmits(field: AdvancedFieldSelector, value: string | undefined): boolean {
  // A selector on a field the simulated event does not have cannot be shown to admit it.
  if (value === undefined) return false;
  if (field.equals.length > 0 && !field.equals.includes(value)) return false;
  if (field.startsWith.length > 0 && !field.startsWith.some((p) => value.startsWith(p))) return false;
  if (field.endsWith.length > 0 && !field.endsWith.some((p) => value.endsWith(p))) return false;
  if (field.notEquals.includes(value)) return false;
  if (field.notStartsWith.some((p) => value.startsWith(p))) return false;
  if (field.notEndsWith.some((p) => value.endsWith(p))) return false;
  return true;
}

/** True when the trail records events of `region`: multi-region trails cover every region. */
export function trailCoversRegion(trail: CloudTrailTrail, region: string): boolean {
  return trail.isMultiRegionTrail || trail.homeRegion === region;
}

/** Logging is verified only when the trail's status was read and says so; null when unknown. */
export function trailIsLogging(trail: CloudTrailTrail): boolean | null {
  return trail.status === null ? null : trail.status.isLogging;
}

/** The CloudWatch Logs group a trail delivers to: account, region and name parsed from its ARN. */
export function trailLogGroup(trail: CloudTrailTrail): { readonly account: string; readonly region: string; readonly name: string } | null {
  const arn = trail.cloudWatchLogsLogGroupArn;
  if (arn === null) return null;
  const match = /^arn:[^:]+:logs:([^:]+):(\d{12}):log-group:(.+?)(:\*)?$/.exec(arn);
  if (!match) return null;
  return { region: match[1] ?? '', account: match[2] ?? '', name: match[3] ?? '' };
}

export interface ObjectLoggingCoverage {
  /** Trails that are logging and record the bucket's object events of that kind. */
  readonly logging: readonly string[];
  /** An organization trail owned by another account whose status or selectors cannot be read here. */
  readonly unverifiable: { readonly name: string; readonly owner: string } | null;
}

/** Which of the account's trails record S3 object-level events of one kind for a bucket in `region`. */
export function s3ObjectLoggingCoverage(
  trails: readonly { readonly name: string; readonly account: string; readonly properties: CloudTrailTrail }[],
  bucketArn: string,
  region: string,
  kind: 'read' | 'write',
): ObjectLoggingCoverage {
  const inScope = trails.filter((t) => trailCoversRegion(t.properties, region));
  const logging = inScope.filter((t) => trailIsLogging(t.properties) === true && logsS3ObjectEvents(t.properties, bucketArn, kind) === true).map((t) => t.name);
  const unknown = inScope.find(
    (t) => t.properties.ownerAccountId !== t.account && (trailIsLogging(t.properties) === null || logsS3ObjectEvents(t.properties, bucketArn, kind) === null),
  );
  return { logging, unverifiable: unknown ? { name: unknown.name, owner: unknown.properties.ownerAccountId } : null };
}

export type ObjectLoggingMessageId = 'logged' | 'notLogged' | 'elsewhere';

/**
 * The verdict on a bucket's object-level logging of one kind: PASS when a logging trail covering
 * its region records the events; NOT_APPLICABLE when only an organization trail this account cannot
 * read might; FAIL otherwise.
 */
export function s3ObjectLoggingOutcome(bucket: Resource<'aws.s3.bucket'>, ctx: RuleContext, kind: 'read' | 'write'): Outcome<ObjectLoggingMessageId> {
  const arn = bucket.id.startsWith('arn:') ? bucket.id : `arn:aws:s3:::${bucket.properties.name}`;
  const coverage = s3ObjectLoggingCoverage(ctx.inventory.list('aws.cloudtrail.trail', { account: bucket.account }), arn, bucket.region, kind);
  const evidence = { trails: coverage.logging, unverifiable: coverage.unverifiable };
  if (coverage.logging.length > 0) return { status: 'PASS', messageId: 'logged', data: { trails: coverage.logging.join(', ') }, evidence };
  if (coverage.unverifiable) {
    return { status: 'NOT_APPLICABLE', messageId: 'elsewhere', data: { trail: coverage.unverifiable.name, owner: coverage.unverifiable.owner }, evidence };
  }
  return { status: 'FAIL', messageId: 'notLogged', evidence };
}
