import { defineDetector } from '../detector.js';
import { eachEvent } from '../helpers/each-event.js';
import { succeeded } from '../helpers/principal.js';

export default defineDetector({
  id: 'azure-compute-disk-exported',
  provider: 'azure',
  title: 'Disk or snapshot download URL generated',
  severity: 'high',
  attack: [{ tactic: 'exfiltration', technique: 'T1537', name: 'Transfer Data to Cloud Account' }],
  description: 'beginGetAccess generated a SAS URL for a managed disk or snapshot: anyone with the URL can download the whole disk from anywhere.',
  falsePositives: ['Exporting a disk for migration or forensics (planned).'],
  references: ['https://attack.mitre.org/techniques/T1537/', 'https://learn.microsoft.com/azure/virtual-machines/windows/download-vhd'],
  actions: ['microsoft.compute/disks/begingetaccess/action', 'microsoft.compute/snapshots/begingetaccess/action'],
  defaultOptions: {},
  optionDocs: {},
  messages: { exported: '{{principal}} generated a download URL for {{resource}} from {{sourceIp}}.' },
  create: eachEvent((e) =>
    succeeded(e)
      ? { messageId: 'exported', data: { resource: e.resource ?? 'unknown' }, key: `${e.resource ?? e.id}|${Math.floor(e.time / 3_600_000)}` }
      : null,
  ),
});
