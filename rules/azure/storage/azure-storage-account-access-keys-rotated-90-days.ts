import { daysBetween, olderThan, parseDate } from '../../../src/engine/helpers/dates.js';
import { missingData } from '../../../src/engine/helpers/missing-data.js';
import { defineRule } from '../../../src/engine/rule.js';

const MAX_DAYS = 90;

export default defineRule({
  id: 'azure-storage-account-access-keys-rotated-90-days',
  provider: 'azure',
  service: 'storage',
  resourceType: 'azure.storage.account',
  severity: 'medium',
  title: 'Storage account access keys are regenerated at least every 90 days',
  description:
    'Checks the last regeneration time of key1 and key2 (keyCreationTime; an account that never regenerated a key reports none, and the account creation time is used). Not applicable when Shared Key access is disabled.',
  rationale:
    'An account key grants full access to the account’s data. Regenerating keys regularly bounds how long a leaked key (in a script, a config file, a laptop) stays useful.',
  remediation: {
    summary:
      'Move clients to the other key (or better, to Entra ID), regenerate the stale key, and repeat for the second one; use Key Vault managed rotation to automate it.',
    cli: 'az storage account keys renew --account-name <account> --resource-group <resource-group> --key primary',
    console: ['Open the storage account and choose Security + networking > Access keys.', 'Choose "Rotate key" for each key that is older than 90 days.'],
  },
  references: ['https://learn.microsoft.com/en-us/azure/storage/common/storage-account-keys-manage#rotate-access-keys'],
  reads: ['keyCreationTime', 'creationTime', 'allowSharedKeyAccess'],
  messages: {
    rotated: 'Both access keys of storage account {{name}} were regenerated in the last 90 days.',
    stale: 'Storage account {{name}} has access keys older than 90 days: {{keys}}.',
    keysDisabled: 'Storage account {{name}} does not accept Shared Key authorisation, so its keys grant nothing.',
  },
  evaluate(account, ctx) {
    const { keyCreationTime, creationTime, allowSharedKeyAccess } = account.properties;
    if (allowSharedKeyAccess === false) return { status: 'NOT_APPLICABLE', messageId: 'keysDisabled', evidence: { allowSharedKeyAccess } };
    const keys = (['key1', 'key2'] as const).map((key) => {
      const date =
        parseDate(keyCreationTime[key]) ?? parseDate(creationTime) ?? missingData(`storage account ${account.name} reports no creation time for ${key}`);
      return { key, since: date.toISOString(), ageDays: daysBetween(date, ctx.now), stale: olderThan(date, MAX_DAYS, ctx.now) };
    });
    const stale = keys.filter((k) => k.stale);
    const evidence = { keys, allowSharedKeyAccess };
    if (stale.length === 0) return { status: 'PASS', messageId: 'rotated', evidence };
    return { status: 'FAIL', messageId: 'stale', data: { keys: stale.map((k) => `${k.key} (${k.ageDays} days)`).join(', ') }, evidence };
  },
});
