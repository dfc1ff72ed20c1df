import { defineRule } from '../../../src/engine/rule.js';
import type { ConfigRecorder } from '../../../src/resources/aws/index.js';

function problem(r: ConfigRecorder): string | null {
  if (!r.recording) return 'not recording';
  if (!r.allSupported) return `records only ${r.resourceTypes.length} resource type(s)`;
  if (r.lastStatus === 'FAILURE') return 'its last recording failed';
  return null;
}

export default defineRule({
  id: 'aws-config-region-recorder-enabled',
  provider: 'aws',
  service: 'config',
  resourceType: 'aws.region',
  severity: 'medium',
  title: 'AWS Config records all resource types in every region',
  description:
    'For each scanned region, checks that a configuration recorder is recording all supported resource types and that its last recording did not fail (config:DescribeConfigurationRecorders and DescribeConfigurationRecorderStatus).',
  rationale:
    'Config keeps the history of every resource configuration: without it, nobody can say what changed before an incident or prove what a resource looked like at audit time.',
  remediation: {
    summary: 'Create (or fix) the recorder to record all supported resource types, give it a delivery channel, and start it in every region.',
    cli: 'aws configservice put-configuration-recorder --configuration-recorder name=default,roleARN=<role-arn> --recording-group allSupported=true,includeGlobalResourceTypes=true && aws configservice start-configuration-recorder --configuration-recorder-name default',
    console: [
      'Open the AWS Config console in the region and choose Settings.',
      'Choose "Record all current and future resource types", set the delivery channel, and turn recording on.',
    ],
  },
  references: [
    'https://docs.aws.amazon.com/config/latest/developerguide/stop-start-recorder.html',
    'https://docs.aws.amazon.com/securityhub/latest/userguide/config-controls.html#config-1',
  ],
  requires: { 'aws.config.recorder': 'region' },
  messages: {
    recording: 'Region {{name}} records all resource types with AWS Config recorder {{recorder}}.',
    noRecorder: 'Region {{name}} has no AWS Config recorder.',
    incomplete: 'Region {{name}} has no complete AWS Config recording: {{problems}}.',
  },
  evaluate(region, ctx) {
    const recorders = ctx.inventory.list('aws.config.recorder', { account: region.account, region: region.properties.regionName });
    const assessed = recorders.map((r) => ({
      name: r.name,
      problem: problem(r.properties),
      includeGlobalResourceTypes: r.properties.includeGlobalResourceTypes,
    }));
    const evidence = { recorders: assessed };
    if (recorders.length === 0) return { status: 'FAIL', messageId: 'noRecorder', evidence };
    const good = assessed.find((a) => a.problem === null);
    if (good) return { status: 'PASS', messageId: 'recording', data: { recorder: good.name }, evidence };
    return { status: 'FAIL', messageId: 'incomplete', data: { problems: assessed.map((a) => `${a.name} ${a.problem ?? ''}`).join('; ') }, evidence };
  },
});
