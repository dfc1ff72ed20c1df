import { DEFENDER_PLAN_REQUIRES, evaluateServersExtension, serversExtensionMessages } from '../../../src/engine/helpers/azure-defender.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-security-subscription-servers-agentless-scanning-enabled',
  provider: 'azure',
  service: 'security',
  resourceType: 'azure.subscription',
  severity: 'low',
  title: "The Defender for Servers 'Agentless scanning for machines' component is On",
  description:
    "Checks that the Defender for Servers plan (VirtualMachines) is On and its 'AgentlessVmScanning' extension is enabled. The component needs Defender for Servers Plan 2.",
  rationale:
    'Agentless scanning reads disk snapshots to find vulnerable software, malware and plain-text secrets on machines without installing anything on them, including machines where the agent is missing.',
  remediation: {
    summary: "Turn on the 'Agentless scanning for machines' component of Defender for Servers (Plan 2).",
    cli: 'az security pricing create --name VirtualMachines --tier Standard --subplan P2 --extensions name=AgentlessVmScanning isEnabled=True',
    console: [
      'Open Microsoft Defender for Cloud > Environment settings > the subscription.',
      "On the Servers plan, choose Settings, set 'Agentless scanning for machines' to On and save.",
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/concept-agentless-data-collection'],
  requires: DEFENDER_PLAN_REQUIRES,
  messages: serversExtensionMessages('Agentless scanning for machines'),
  evaluate(subscription, ctx) {
    return evaluateServersExtension(subscription, ctx, 'AgentlessVmScanning');
  },
});
