import { DEFENDER_PLAN_REQUIRES, defenderPlan, isPlanOn } from '../../../src/engine/helpers/azure-defender.js';
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
  messages: {
    enabled: "Defender for Servers 'Agentless scanning for machines' is On in subscription {{name}}.",
    disabled: "Defender for Servers 'Agentless scanning for machines' is Off in subscription {{name}} ({{detail}}).",
  },
  evaluate(subscription, ctx) {
    const plan = defenderPlan(subscription, ctx, 'VirtualMachines');
    const extension = plan?.properties.extensions.find((e) => e.name.toLowerCase() === 'AgentlessVmScanning'.toLowerCase());
    const evidence = { pricingTier: plan?.properties.pricingTier ?? null, subPlan: plan?.properties.subPlan ?? null, extension: extension ?? null };
    if (!plan || !isPlanOn(plan.properties)) return { status: 'FAIL', messageId: 'disabled', data: { detail: 'Defender for Servers is Off' }, evidence };
    if (extension?.isEnabled !== true)
      return {
        status: 'FAIL',
        messageId: 'disabled',
        data: { detail: `extension AgentlessVmScanning ${extension ? 'disabled' : 'not configured'}` },
        evidence,
      };
    return { status: 'PASS', messageId: 'enabled', evidence };
  },
});
