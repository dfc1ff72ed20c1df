import { storageAccount } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-storage-account-key-rotation-reminder-enabled.js';

const keysOn = { allowSharedKeyAccess: true };

testRule(rule, {
  valid: [
    { name: '90-day reminder', resource: storageAccount('stkeys', keysOn), messageId: 'enabled' },
    { name: '30-day reminder', resource: storageAccount('st30', { ...keysOn, keyExpirationPeriodInDays: 30 }), messageId: 'enabled' },
  ],
  invalid: [
    { name: 'no key policy', resource: storageAccount('stnone', { ...keysOn, keyExpirationPeriodInDays: null }), messageId: 'missing' },
    {
      name: 'a one-year reminder is too long',
      resource: storageAccount('styear', { ...keysOn, keyExpirationPeriodInDays: 365 }),
      messageId: 'tooLong',
      evidence: { keyExpirationPeriodInDays: 365 },
    },
    {
      name: 'unset Shared Key access means keys are usable',
      resource: storageAccount('stunset', { allowSharedKeyAccess: null, keyExpirationPeriodInDays: null }),
      messageId: 'missing',
    },
  ],
  notApplicable: [{ name: 'Shared Key disabled', resource: storageAccount('stentra', { keyExpirationPeriodInDays: null }), messageId: 'keysDisabled' }],
});
