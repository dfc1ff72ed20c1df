/** The test tables the Defender for Cloud plan rules share (CIS Azure 3.1.x): same cases, per plan or Servers extension. */
import type { DefenderPlanMessageId, ServersExtensionMessageId } from '../../src/engine/helpers/azure-defender.js';
import { azureSubscription, defenderPlan } from '../fixtures/azure/index.js';
import type { RuleCases } from './rule-tester.js';

const OTHER_SUBSCRIPTION = '99999999-0000-4000-8000-000000000000';

/** The cases every "Defender plan `plan` is On" rule must pass. */
export function defenderPlanCases(plan: string): RuleCases<'azure.subscription', DefenderPlanMessageId> {
  const resource = azureSubscription();
  return {
    valid: [{ name: 'Standard tier', resource, inventory: [defenderPlan(plan)], messageId: 'on' }],
    invalid: [
      {
        name: 'Free tier',
        resource,
        inventory: [defenderPlan(plan, { pricingTier: 'Free', enablementTime: null })],
        messageId: 'off',
        evidence: { pricingTier: 'Free' },
      },
      { name: 'plan not listed', resource, inventory: [defenderPlan('SomeOtherPlan')], messageId: 'missing' },
      { name: 'On in another subscription only', resource, inventory: [defenderPlan(plan, {}, { account: OTHER_SUBSCRIPTION })], messageId: 'missing' },
    ],
  };
}

/** The cases every "Defender for Servers component `extension` is On" rule must pass. */
export function serversExtensionCases(extension: string): RuleCases<'azure.subscription', ServersExtensionMessageId> {
  const resource = azureSubscription();
  const servers = (isEnabled: boolean | null, pricingTier = 'Standard') =>
    defenderPlan('VirtualMachines', { pricingTier, subPlan: 'P2', extensions: isEnabled === null ? [] : [{ name: extension, isEnabled }] });
  return {
    valid: [{ name: 'Plan 2 with the extension on', resource, inventory: [servers(true)], messageId: 'enabled' }],
    invalid: [
      { name: 'extension off', resource, inventory: [servers(false)], messageId: 'disabled', evidence: { extension: { isEnabled: false } } },
      { name: 'extension not configured (Plan 1)', resource, inventory: [servers(null)], messageId: 'disabled' },
      { name: 'Defender for Servers Off', resource, inventory: [servers(true, 'Free')], messageId: 'disabled' },
      { name: 'no Servers plan listed', resource, messageId: 'disabled' },
    ],
  };
}
