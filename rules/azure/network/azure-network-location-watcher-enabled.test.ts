import { azureLocation, networkWatcher } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-network-location-watcher-enabled.js';

testRule(rule, {
  valid: [{ name: 'a watcher in the region', resource: azureLocation('westeurope'), inventory: [networkWatcher()], messageId: 'enabled' }],
  invalid: [
    { name: 'no watcher anywhere', resource: azureLocation('westeurope', { resourceCount: 12 }), messageId: 'missing', evidence: { watchers: [] } },
    { name: 'a watcher in another region only', resource: azureLocation('northeurope'), inventory: [networkWatcher()], messageId: 'missing' },
    {
      name: 'a watcher whose provisioning failed',
      resource: azureLocation('westeurope'),
      inventory: [networkWatcher({ provisioningState: 'Failed' })],
      messageId: 'failed',
    },
    {
      name: 'a watcher in the same region of another subscription does not count',
      resource: azureLocation('westeurope'),
      inventory: [networkWatcher({}, { account: '99999999-0000-4000-8000-000000000000' })],
      messageId: 'missing',
    },
  ],
  notApplicable: [{ name: "the 'global' pseudo-location", resource: azureLocation('global'), messageId: 'global' }],
});
