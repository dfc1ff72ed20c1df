import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-entra-tenant-m365-group-creation-restricted',
  provider: 'azure',
  service: 'entra',
  resourceType: 'azure.entra.tenant',
  severity: 'low',
  title: "Users cannot create Microsoft 365 groups ('Users can create Microsoft 365 groups in Azure portals, API or PowerShell' is No)",
  description:
    "Checks the 'Group.Unified' directory setting: EnableGroupCreation must be 'false'. Without the setting object, the default (anyone can create groups) applies.",
  rationale:
    'Every Microsoft 365 group creates a mailbox, a SharePoint site and a Team; unrestricted creation spreads data across ungoverned sites with their own owners and sharing settings.',
  remediation: {
    summary: 'Set EnableGroupCreation to false in the Group.Unified directory setting (optionally allowing one security group to create groups).',
    cli: 'az rest --method POST --url https://graph.microsoft.com/v1.0/groupSettings --body @group-unified-setting.json',
    console: ['Open Microsoft Entra ID > Groups > General.', 'Set "Users can create Microsoft 365 groups in Azure portals, API or PowerShell" to No and save.'],
  },
  references: ['https://learn.microsoft.com/en-us/microsoft-365/solutions/manage-creation-of-groups'],
  requires: { 'azure.entra.directory-setting': 'account' },
  messages: {
    restricted: 'Users in tenant {{name}} cannot create Microsoft 365 groups.',
    allowed: 'Users in tenant {{name}} can create Microsoft 365 groups ({{why}}).',
  },
  evaluate(tenant, ctx) {
    const setting = ctx.inventory
      .list('azure.entra.directory-setting', { account: tenant.account })
      .find((s) => s.properties.displayName.toLowerCase() === 'group.unified');
    const value = setting?.properties.values.EnableGroupCreation ?? null;
    const evidence = { groupUnifiedSetting: setting !== undefined, EnableGroupCreation: value };
    if (value?.toLowerCase() === 'false') return { status: 'PASS', messageId: 'restricted', evidence };
    return {
      status: 'FAIL',
      messageId: 'allowed',
      data: { why: setting ? `EnableGroupCreation is ${value ?? 'unset'}` : 'no Group.Unified setting, so the default applies' },
      evidence,
    };
  },
});
