import { azureSubscription, defenderPlan } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-security-subscription-servers-file-integrity-monitoring-enabled.js';

const servers = (isEnabled: boolean | null, pricingTier = 'Standard') =>
  defenderPlan('VirtualMachines', { pricingTier, subPlan: 'P2', extensions: isEnabled === null ? [] : [{ name: 'FileIntegrityMonitoring', isEnabled }] });

testRule(rule, {
  valid: [{ name: 'Plan 2 with the extension on', resource: azureSubscription(), inventory: [servers(true)], messageId: 'enabled' }],
  invalid: [
    { name: 'extension off', resource: azureSubscription(), inventory: [servers(false)], messageId: 'disabled', evidence: { extension: { isEnabled: false } } },
    { name: 'extension not configured (Plan 1)', resource: azureSubscription(), inventory: [servers(null)], messageId: 'disabled' },
    { name: 'Defender for Servers Off', resource: azureSubscription(), inventory: [servers(true, 'Free')], messageId: 'disabled' },
    { name: 'no Servers plan listed', resource: azureSubscription(), messageId: 'disabled' },
  ],
});
