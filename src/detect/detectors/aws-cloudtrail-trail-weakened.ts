import { defineDetector } from '../detector.js';
import { eachEvent, field, text } from '../helpers/each-event.js';

/** UpdateTrail settings whose change reduces what is logged or who can trust it. */
const WEAKENING: readonly (readonly [string, unknown, string])[] = [
  ['isMultiRegionTrail', false, 'made single-region'],
  ['includeGlobalServiceEvents', false, 'stopped recording global service events (IAM, STS)'],
  ['enableLogFileValidation', false, 'disabled log file validation'],
  ['kmsKeyId', '', 'removed log encryption'],
];

export default defineDetector({
  id: 'aws-cloudtrail-trail-weakened',
  provider: 'aws',
  title: 'CloudTrail trail coverage reduced',
  severity: 'medium',
  attack: [{ tactic: 'defense-evasion', technique: 'T1562.008', name: 'Impair Defenses: Disable or Modify Cloud Logs' }],
  description:
    'UpdateTrail turned a multi-region trail into a single-region one, dropped global service events, disabled log validation or encryption, or sent the logs to another bucket: quieter ways to blind CloudTrail than stopping it.',
  falsePositives: ['Consolidating trails into an organisation trail.', 'Moving logs to a new central bucket (verify the bucket owner).'],
  references: ['https://attack.mitre.org/techniques/T1562/008/', 'https://docs.aws.amazon.com/awscloudtrail/latest/APIReference/API_UpdateTrail.html'],
  actions: ['UpdateTrail'],
  defaultOptions: { alertOnBucketChange: true },
  optionDocs: { alertOnBucketChange: 'Also alert when the trail is pointed at a different S3 bucket.' },
  messages: { weakened: '{{principal}} changed CloudTrail trail {{trail}}: {{changes}}.' },
  create: eachEvent((e, ctx) => {
    if (e.errorCode !== null) return null;
    const changes = WEAKENING.filter(([key, value]) => field(e.request, key) === value).map(([, , what]) => what);
    const bucket = field(e.request, 's3BucketName');
    if (ctx.options.alertOnBucketChange && typeof bucket === 'string') changes.push(`sent its logs to bucket ${bucket}`);
    if (changes.length === 0) return null;
    return { messageId: 'weakened', data: { trail: text(field(e.request, 'name')), changes: changes.join(', ') }, evidence: { changes } };
  }),
});
