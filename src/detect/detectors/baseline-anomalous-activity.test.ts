import { ct, identities, learned, series, T0 } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './baseline-anomalous-activity.js';

const dev = identities.user('dev');
const call = (eventName: string, t: number, ip = '198.51.100.10', region = 'eu-west-1') => ct({ eventName, identity: dev, time: t, sourceIp: ip, region });
const profile = learned(call('ListBuckets', T0), {
  activeHours: 400,
  events: 4000,
  actions: { ListBuckets: 2000, GetObject: 2000 },
  regions: { 'eu-west-1': 400 },
  networks: { '198.51.100.0/24': 400 },
  userAgents: { 'aws-cli': 400 },
  hours: Array.from({ length: 24 }, (_, h) => (h >= 8 && h <= 18 ? 36 : 0)),
});
const always = (score: number) => ({ score: () => score, trainedOn: 1000 });
testDetector(detector, {
  valid: [
    { name: 'no model yet', events: [call('CreateUser', T0, '203.0.113.5', 'ap-south-1')], baseline: profile },
    { name: 'a high score but nothing new', events: [call('ListBuckets', T0)], baseline: profile, model: always(0.9) },
    { name: 'something new but an ordinary score', events: [call('CreateUser', T0)], baseline: profile, model: always(0.5) },
  ],
  invalid: [
    {
      name: 'new APIs from a new network and region',
      events: series(6, T0, 1000, (i, t) => call(['CreateUser', 'AttachUserPolicy', 'CreateAccessKey'][i % 3] ?? 'X', t, '203.0.113.5', 'ap-south-1')),
      baseline: profile,
      model: always(0.75),
      messageId: 'anomalous',
      severity: 'medium',
      explains: /3 API\(s\) it never called.*new region\(s\) ap-south-1.*new network\(s\) 203\.0\.113\.0\/24/,
    },
  ],
});
