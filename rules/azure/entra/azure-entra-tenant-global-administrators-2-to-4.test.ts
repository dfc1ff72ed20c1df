import { entraDirectoryRole, entraTenant } from '../../../tests/fixtures/azure/index.js';
import { testRule } from '../../../tests/support/rule-tester.js';
import rule from './azure-entra-tenant-global-administrators-2-to-4.js';

const admins = (n: number) =>
  entraDirectoryRole('Global Administrator', { members: Array.from({ length: n }, (_, i) => ({ objectId: `u${i}`, type: 'user', displayName: `admin${i}` })) });

testRule(rule, {
  valid: [
    { name: 'two', resource: entraTenant(), inventory: [entraDirectoryRole()], messageId: 'balanced' },
    { name: 'four', resource: entraTenant(), inventory: [admins(4)] },
  ],
  invalid: [
    { name: 'five', resource: entraTenant(), inventory: [admins(5)], messageId: 'tooMany' },
    { name: 'one', resource: entraTenant(), inventory: [admins(1)], messageId: 'tooFew' },
    {
      name: 'many members of another role do not count',
      resource: entraTenant(),
      inventory: [
        admins(1),
        entraDirectoryRole('User Administrator', { roleTemplateId: 'fe930be7-5e62-47db-91af-98c3a49a38b1', members: admins(6).properties.members }),
      ],
      messageId: 'tooFew',
    },
  ],
  error: [{ name: 'the role was not collected', resource: entraTenant(), message: 'was not collected' }],
});
