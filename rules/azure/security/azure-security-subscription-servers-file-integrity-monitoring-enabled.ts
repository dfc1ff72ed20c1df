import { DEFENDER_PLAN_REQUIRES, evaluateServersExtension, serversExtensionMessages } from '../../../src/engine/helpers/azure-defender.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-security-subscription-servers-file-integrity-monitoring-enabled',
  provider: 'azure',
  service: 'security',
  resourceType: 'azure.subscription',
  severity: 'low',
  title: "The Defender for Servers 'File Integrity Monitoring' component is On",
  description:
    "Checks that the Defender for Servers plan (VirtualMachines) is On and its 'FileIntegrityMonitoring' extension is enabled. The component needs Defender for Servers Plan 2.",
  rationale: 'File integrity monitoring records changes to critical system files and registry keys, the traces most persistence techniques and rootkits leave.',
  remediation: {
    summary: "Turn on the 'File Integrity Monitoring' component of Defender for Servers (Plan 2).",
    cli: 'az security pricing create --name VirtualMachines --tier Standard --subplan P2 --extensions name=FileIntegrityMonitoring isEnabled=True',
    console: [
      'Open Microsoft Defender for Cloud > Environment settings > the subscription.',
      "On the Servers plan, choose Settings, set 'File Integrity Monitoring' to On and save.",
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/file-integrity-monitoring-overview'],
  requires: DEFENDER_PLAN_REQUIRES,
  messages: serversExtensionMessages('File Integrity Monitoring'),
  evaluate(subscription, ctx) {
    return evaluateServersExtension(subscription, ctx, 'FileIntegrityMonitoring');
  },
});
