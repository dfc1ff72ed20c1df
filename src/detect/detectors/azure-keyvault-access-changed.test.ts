import { az } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './azure-keyvault-access-changed.js';

testDetector(detector, {
  valid: [
    { name: 'reading the vault', events: [az({ operation: 'Microsoft.KeyVault/vaults/read' })] },
    { name: 'a failed policy change', events: [az({ operation: 'Microsoft.KeyVault/vaults/accessPolicies/write', result: 'Failed' })] },
  ],
  invalid: [
    { name: 'access policy changed', events: [az({ operation: 'Microsoft.KeyVault/vaults/accessPolicies/write' })], messageId: 'policy' },
    { name: 'vault deleted', events: [az({ operation: 'Microsoft.KeyVault/vaults/delete' })], messageId: 'deleted', severity: 'high' },
    { name: 'vault purged', events: [az({ operation: 'Microsoft.KeyVault/locations/deletedVaults/purge/action' })], messageId: 'purged', severity: 'high' },
    { name: 'secret recovered', events: [az({ operation: 'Microsoft.KeyVault/vaults/secrets/recover/action' })], messageId: 'secret' },
  ],
});
