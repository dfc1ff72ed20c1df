import { entraNamedLocation, entraTenant } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-entra-tenant-trusted-locations-defined.js';

testRule(rule, {
  valid: [{ name: 'a trusted office range', resource: entraTenant(), inventory: [entraNamedLocation('Office')], messageId: 'defined' }],
  invalid: [
    { name: 'no named location', resource: entraTenant(), messageId: 'missing' },
    { name: 'an untrusted IP location', resource: entraTenant(), inventory: [entraNamedLocation('Partners', { isTrusted: false })], messageId: 'missing' },
    {
      name: 'a country location cannot be trusted',
      resource: entraTenant(),
      inventory: [entraNamedLocation('EU', { kind: 'country', isTrusted: false, ipRanges: [], countriesAndRegions: ['DE', 'FR'] })],
      messageId: 'missing',
    },
  ],
});
