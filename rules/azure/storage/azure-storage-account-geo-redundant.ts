import { isGeoRedundant } from '../../../src/engine/helpers/azure-storage.js';
import { missingData } from '../../../src/engine/helpers/missing-data.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-storage-account-geo-redundant',
  provider: 'azure',
  service: 'storage',
  resourceType: 'azure.storage.account',
  severity: 'low',
  title: 'Storage accounts replicate to a second region (redundancy is geo-redundant storage, GRS)',
  description:
    'Checks the SKU: Standard_GRS, Standard_RAGRS, Standard_GZRS and Standard_RAGZRS pass; LRS, ZRS and premium SKUs (which cannot be geo-redundant) fail. CIS asks for it on critical accounts: mute the finding with a reason on accounts that hold only reproducible data.',
  rationale:
    'Locally or zone-redundant storage survives disk and datacentre failures but not the loss of a region; geo-redundancy keeps a copy hundreds of miles away and allows a failover.',
  remediation: {
    summary: 'Change the redundancy of the account to GRS or GZRS (RA- variants for read access to the secondary).',
    cli: 'az storage account update --name <account> --resource-group <resource-group> --sku Standard_GRS',
    console: [
      'Open the storage account and choose Data management > Redundancy.',
      'Choose "Geo-redundant storage (GRS)" or "Geo-zone-redundant storage (GZRS)" and save.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/storage/common/storage-redundancy',
    'https://learn.microsoft.com/en-us/azure/storage/common/redundancy-migration',
  ],
  reads: ['skuName'],
  messages: {
    geoRedundant: 'Storage account {{name}} is geo-redundant ({{sku}}).',
    local: 'Storage account {{name}} is not geo-redundant ({{sku}}).',
  },
  evaluate(account) {
    const sku = account.properties.skuName ?? missingData(`storage account ${account.name} reports no SKU`);
    const evidence = { skuName: sku };
    return isGeoRedundant(sku)
      ? { status: 'PASS', messageId: 'geoRedundant', data: { sku }, evidence }
      : { status: 'FAIL', messageId: 'local', data: { sku }, evidence };
  },
});
