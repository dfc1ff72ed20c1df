import { entraDirectorySetting, entraTenant } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-entra-tenant-m365-group-creation-restricted.js';

testRule(rule, {
  valid: [{ name: 'group creation disabled', resource: entraTenant(), inventory: [entraDirectorySetting()], messageId: 'restricted' }],
  invalid: [
    {
      name: 'no Group.Unified setting means the default',
      resource: entraTenant(),
      inventory: [entraDirectorySetting('Password Rule Settings')],
      messageId: 'allowed',
      evidence: { groupUnifiedSetting: false },
    },
    {
      name: 'explicitly enabled',
      resource: entraTenant(),
      inventory: [entraDirectorySetting('Group.Unified', { values: { EnableGroupCreation: 'true' } })],
      messageId: 'allowed',
    },
  ],
});
