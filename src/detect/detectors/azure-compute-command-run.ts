import { defineDetector } from '../detector.js';
import { eachEvent, usualFor } from '../helpers/each-event.js';
import { succeeded } from '../helpers/principal.js';

export default defineDetector({
  id: 'azure-compute-command-run',
  provider: 'azure',
  title: 'Command run on a VM or cluster through the control plane',
  severity: 'medium',
  attack: [{ tactic: 'execution', technique: 'T1651', name: 'Cloud Administration Command' }],
  description:
    'Run Command, a custom-script extension, a serial console connection or an AKS command invoke by a principal whose baseline does not do it: code runs as SYSTEM/root on the machine without touching the network path.',
  falsePositives: ['Configuration management that pushes extensions (learns it and stays quiet).'],
  references: ['https://attack.mitre.org/techniques/T1651/', 'https://learn.microsoft.com/azure/virtual-machines/run-command-overview'],
  actions: [
    'microsoft.compute/virtualmachines/runcommand/action',
    'microsoft.compute/virtualmachines/runcommands/write',
    'microsoft.compute/virtualmachines/extensions/write',
    'microsoft.compute/virtualmachinescalesets/virtualmachines/runcommand/action',
    'microsoft.containerservice/managedclusters/runcommand/action',
    'microsoft.serialconsole/serialports/connect/action',
    'microsoft.compute/galleries/applications/versions/write',
  ],
  defaultOptions: { usualAfter: 5 },
  optionDocs: { usualAfter: 'Stay quiet when the principal made the same call at least this many times in its learned baseline.' },
  messages: { ran: '{{principal}} ran code on {{resource}} ({{action}}) from {{sourceIp}}.' },
  create: eachEvent((e, ctx) => {
    if (!succeeded(e) || usualFor(ctx, e, ctx.options.usualAfter)) return null;
    return { messageId: 'ran', data: { resource: e.resource ?? 'unknown' }, key: `${e.resource ?? e.id}|${e.action}|${Math.floor(e.time / 3_600_000)}` };
  }),
});
