/** AWS Config: configuration recorders and their recording status, per region. */
import {
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  type ConfigurationRecorder,
  type ConfigurationRecorderStatus,
} from '@aws-sdk/client-config-service';
import { makeResource } from '../../../inventory/builders/resource.js';
import type { ConfigRecorder } from '../../../resources/aws/index.js';
import { awsRegionFactId } from '../../../resources/aws/ids.js';
import { call, forEachRegion, recordError, type AwsCollector } from '../context.js';

const ID = 'config';

export const configCollector: AwsCollector = {
  id: ID,
  provider: 'aws',
  scope: 'regional',
  resourceTypes: ['aws.config.recorder'],
  permissions: ['config:DescribeConfigurationRecorders', 'config:DescribeConfigurationRecorderStatus'],
  collect: (ctx) =>
    forEachRegion(ctx, ID, async (region) => {
      const client = ctx.clients.config(region);
      const scope = { collector: ID, region, resourceTypes: ['aws.config.recorder' as const] };
      const [recorders, statuses] = await Promise.all([
        call(ctx, scope, 'config:DescribeConfigurationRecorders', () => client.send(new DescribeConfigurationRecordersCommand({}))),
        // Scoped per recorder below, so only their status fields are marked unknown.
        client.send(new DescribeConfigurationRecorderStatusCommand({})).then(
          (value) => ({ ok: true as const, value }),
          (error: unknown) => ({ ok: false as const, error }),
        ),
      ]);
      if (!recorders.ok) return;
      for (const raw of recorders.value.ConfigurationRecorders ?? []) {
        if (raw.name === undefined) continue;
        const id = raw.arn ?? awsRegionFactId(ctx.account, region, `config-recorder/${raw.name}`);
        if (!statuses.ok)
          recordError(ctx, { ...scope, resourceId: id, properties: ['recording', 'lastStatus'] }, 'config:DescribeConfigurationRecorderStatus', statuses.error);
        const status = statuses.ok ? statuses.value.ConfigurationRecordersStatus?.find((s) => s.name === raw.name) : undefined;
        ctx.sink.resource(makeResource('aws.config.recorder', { id, name: raw.name, account: ctx.account, region }, toRecorder(raw, status)));
      }
    }),
};

export function toRecorder(raw: ConfigurationRecorder, status: ConfigurationRecorderStatus | undefined): ConfigRecorder {
  return {
    name: raw.name ?? '',
    roleArn: raw.roleARN ?? null,
    allSupported: raw.recordingGroup?.allSupported ?? false,
    includeGlobalResourceTypes: raw.recordingGroup?.includeGlobalResourceTypes ?? false,
    resourceTypes: raw.recordingGroup?.resourceTypes ?? [],
    recording: status?.recording ?? false,
    lastStatus: status?.lastStatus ?? null,
  };
}
