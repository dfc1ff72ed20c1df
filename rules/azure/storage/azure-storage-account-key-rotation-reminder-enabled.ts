import { defineRule } from '../../../src/engine/rule.js';

const MAX_DAYS = 90;

export default defineRule({
  id: 'azure-storage-account-key-rotation-reminder-enabled',
  provider: 'azure',
  service: 'storage',
  resourceType: 'azure.storage.account',
  severity: 'low',
  title: "Storage accounts have key rotation reminders ('Enable key rotation reminders' is enabled, 90 days or less)",
  description: `Checks that the account has a key expiration policy (keyPolicy.keyExpirationPeriodInDays) of at most ${MAX_DAYS} days. Not applicable when Shared Key access is disabled, as the keys cannot be used.`,
  rationale:
    'Account keys never expire on their own. The key policy makes Azure flag keys older than the period, so a forgotten rotation shows up in the portal and in Azure Policy.',
  remediation: {
    summary: `Set a key expiration period of ${MAX_DAYS} days or less on the storage account.`,
    cli: `az storage account update --name <account> --resource-group <resource-group> --key-exp-days ${MAX_DAYS}`,
    console: [
      'Open the storage account and choose Security + networking > Access keys.',
      `Choose "Set rotation reminder", enable it with a period of ${MAX_DAYS} days and save.`,
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage#create-a-key-expiration-policy'],
  reads: ['keyExpirationPeriodInDays', 'allowSharedKeyAccess'],
  messages: {
    enabled: 'Storage account {{name}} reminds to rotate its keys every {{days}} days.',
    missing: 'Storage account {{name}} has no key rotation reminder.',
    tooLong: 'Storage account {{name}} reminds to rotate its keys only every {{days}} days (more than 90).',
    keysDisabled: 'Storage account {{name}} does not accept Shared Key authorisation, so its keys need no rotation reminder.',
  },
  evaluate(account) {
    const { keyExpirationPeriodInDays: days, allowSharedKeyAccess } = account.properties;
    const evidence = { keyExpirationPeriodInDays: days, allowSharedKeyAccess };
    if (allowSharedKeyAccess === false) return { status: 'NOT_APPLICABLE', messageId: 'keysDisabled', evidence };
    if (days === null) return { status: 'FAIL', messageId: 'missing', evidence };
    return days <= MAX_DAYS
      ? { status: 'PASS', messageId: 'enabled', data: { days }, evidence }
      : { status: 'FAIL', messageId: 'tooLong', data: { days }, evidence };
  },
});
