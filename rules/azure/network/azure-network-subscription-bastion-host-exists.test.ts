import { azureSubscription, bastionHost, virtualMachine } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-network-subscription-bastion-host-exists.js';

testRule(rule, {
  valid: [
    {
      name: 'a Bastion host next to the VMs',
      resource: azureSubscription(),
      inventory: [virtualMachine('vm-app'), bastionHost('bas-hub')],
      messageId: 'exists',
    },
  ],
  invalid: [
    { name: 'VMs and no Bastion', resource: azureSubscription(), inventory: [virtualMachine('vm-app')], messageId: 'missing', evidence: { bastionHosts: [] } },
    {
      name: 'a Bastion host that failed to provision',
      resource: azureSubscription(),
      inventory: [virtualMachine('vm-app'), bastionHost('bas-hub', { provisioningState: 'Failed' })],
      messageId: 'missing',
    },
    {
      name: 'a Bastion host in another subscription',
      resource: azureSubscription(),
      inventory: [virtualMachine('vm-app'), bastionHost('bas-hub', {}, { account: '99999999-0000-4000-8000-000000000000' })],
      messageId: 'missing',
    },
  ],
  notApplicable: [{ name: 'no virtual machines', resource: azureSubscription(), messageId: 'noVms' }],
});
