import { defineDetector } from '../detector.js';
import { field, text } from '../helpers/each-event.js';
import { isRecord } from '../event.js';
import type { CloudEvent } from '../event.js';

function expirationDays(e: CloudEvent): number | null {
  const rules = field(e.request, 'LifecycleConfiguration', 'Rule');
  let min: number | null = null;
  for (const r of Array.isArray(rules) ? rules : [rules]) {
    if (!isRecord(r) || r['Status'] === 'Disabled') continue;
    const days = Number(field(r, 'Expiration', 'Days') ?? NaN);
    if (Number.isFinite(days)) min = min === null ? days : Math.min(min, days);
  }
  return min;
}

function bucketOf(e: CloudEvent): string {
  const name = field(e.request, 'bucketName');
  if (typeof name === 'string') return name;
  const host = text(field(e.request, 'Host'), '');
  return /^(.+)\.s3[.-]/.exec(host)?.[1] ?? 'unknown';
}

export default defineDetector({
  id: 'aws-s3-log-bucket-lifecycle-shortened',
  provider: 'aws',
  title: 'Short expiration set on a log bucket',
  severity: 'medium',
  attack: [{ tactic: 'defense-evasion', technique: 'T1562.008', name: 'Impair Defenses: Disable or Modify Cloud Logs' }],
  description:
    'A lifecycle rule makes objects in a CloudTrail (or other log) bucket expire within days: the evidence deletes itself. Log buckets are those a trail was seen writing to, or whose name says they hold logs.',
  falsePositives: ['Short retention on a staging copy of the logs when a longer-lived copy exists elsewhere.'],
  references: ['https://attack.mitre.org/techniques/T1562/008/', 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html'],
  actions: ['PutBucketLifecycle', 'PutBucketLifecycleConfiguration', 'CreateTrail', 'UpdateTrail'],
  defaultOptions: { maxDays: 30, logBucketPattern: 'cloudtrail|trail|audit|logs?([-_.]|$)' },
  optionDocs: {
    maxDays: 'Alert when objects expire within this many days.',
    logBucketPattern: 'Regular expression for bucket names that hold logs (case-insensitive).',
  },
  messages: { shortened: '{{principal}} set objects in log bucket {{bucket}} to expire after {{days}} day(s).' },
  create: (ctx) => {
    const trailBuckets = new Set<string>();
    const pattern = new RegExp(ctx.options.logBucketPattern, 'i');
    return {
      event(e) {
        if (e.errorCode !== null) return;
        if (e.action === 'CreateTrail' || e.action === 'UpdateTrail') {
          const b = field(e.request, 's3BucketName');
          if (typeof b === 'string' && trailBuckets.size < 10_000) trailBuckets.add(b);
          return;
        }
        const days = expirationDays(e);
        const bucket = bucketOf(e);
        if (days === null || days > ctx.options.maxDays) return;
        if (!trailBuckets.has(bucket) && !pattern.test(bucket)) return;
        ctx.report({
          messageId: 'shortened',
          events: [e],
          data: { bucket, days },
          evidence: { bucket, expirationDays: days, knownTrailBucket: trailBuckets.has(bucket) },
        });
      },
    };
  },
});
