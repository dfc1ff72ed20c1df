import { defineDetector } from '../detector.js';
import { eachEvent, field, text } from '../helpers/each-event.js';
import { isRecord } from '../event.js';

export default defineDetector({
  id: 'aws-cloudtrail-event-selectors-weakened',
  provider: 'aws',
  title: 'CloudTrail event selectors drop management events',
  severity: 'high',
  attack: [{ tactic: 'defense-evasion', technique: 'T1562.008', name: 'Impair Defenses: Disable or Modify Cloud Logs' }],
  description:
    'PutEventSelectors set the trail to skip management events, to record only reads, or to exclude event sources: the trail keeps "logging" while the API calls an intruder makes are no longer recorded.',
  falsePositives: [
    'A data-events-only trail set up on purpose next to a separate management-events trail.',
    'Excluding noisy KMS or RDS Data API events to cut cost.',
  ],
  references: [
    'https://attack.mitre.org/techniques/T1562/008/',
    'https://docs.aws.amazon.com/awscloudtrail/latest/userguide/logging-management-events-with-cloudtrail.html',
  ],
  actions: ['PutEventSelectors'],
  defaultOptions: {},
  optionDocs: {},
  messages: { weakened: '{{principal}} changed the event selectors of trail {{trail}} so that it {{what}}.' },
  create: eachEvent((e) => {
    if (e.errorCode !== null) return null;
    const what = new Set<string>();
    const selectors = field(e.request, 'eventSelectors');
    for (const s of Array.isArray(selectors) ? selectors : []) {
      if (!isRecord(s)) continue;
      if (s['includeManagementEvents'] === false) what.add('no longer records management events');
      if (s['readWriteType'] === 'ReadOnly') what.add('records only read-only calls');
      const excluded = s['excludeManagementEventSources'];
      if (Array.isArray(excluded) && excluded.length > 0) what.add(`excludes ${excluded.join(', ')}`);
    }
    const advanced = field(e.request, 'advancedEventSelectors');
    for (const s of Array.isArray(advanced) ? advanced : []) {
      const fields = isRecord(s) && Array.isArray(s['fieldSelectors']) ? s['fieldSelectors'] : [];
      for (const f of fields) {
        if (isRecord(f) && f['field'] === 'readOnly' && JSON.stringify(f['equals']) === '["true"]') what.add('records only read-only calls');
        if (isRecord(f) && f['field'] === 'eventSource' && Array.isArray(f['notEquals'])) what.add(`excludes ${f['notEquals'].join(', ')}`);
      }
    }
    if (what.size === 0) return null;
    return { messageId: 'weakened', data: { trail: text(field(e.request, 'trailName')), what: [...what].join(' and ') }, evidence: { changes: [...what] } };
  }),
});
