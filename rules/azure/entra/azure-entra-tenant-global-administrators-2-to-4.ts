import { missingData } from '../../../src/engine/helpers/missing-data.js';
import { defineRule } from '../../../src/engine/rule.js';

const GLOBAL_ADMINISTRATOR = '62e90394-69f5-4237-9190-012177145e10';
const MIN = 2;
const MAX = 4;

export default defineRule({
  id: 'azure-entra-tenant-global-administrators-2-to-4',
  provider: 'azure',
  service: 'entra',
  resourceType: 'azure.entra.tenant',
  severity: 'medium',
  title: 'Fewer than 5 users (and at least 2) hold the Global Administrator role',
  description: `Checks the members of the Global Administrator directory role: between ${MIN} and ${MAX}. Direct members are counted (a role-assignable group counts once).`,
  rationale:
    'Every Global Administrator can take over the tenant; keeping the number small limits the targets, while two or more avoid a lock-out when one account is unavailable.',
  remediation: {
    summary:
      'Move day-to-day administration to least-privileged roles and keep 2 to 4 Global Administrators (plus emergency-access accounts managed separately).',
    cli: 'az rest --method GET --url "https://graph.microsoft.com/v1.0/directoryRoles(roleTemplateId=\'62e90394-69f5-4237-9190-012177145e10\')/members"',
    console: [
      'Open Microsoft Entra ID > Roles and administrators > Global Administrator.',
      'Review the assignments and remove the ones that a narrower role can replace.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/identity/role-based-access-control/best-practices#5-limit-the-number-of-global-administrators-to-less-than-5',
  ],
  requires: { 'azure.entra.directory-role': 'account' },
  messages: {
    balanced: 'Tenant {{name}} has {{count}} Global Administrators.',
    tooMany: 'Tenant {{name}} has {{count}} Global Administrators (5 or more): {{members}}.',
    tooFew: 'Tenant {{name}} has {{count}} Global Administrator, so losing that account locks the tenant out.',
  },
  evaluate(tenant, ctx) {
    const role =
      ctx.inventory.list('azure.entra.directory-role', { account: tenant.account }).find((r) => r.properties.roleTemplateId === GLOBAL_ADMINISTRATOR) ??
      missingData(`the Global Administrator role of tenant ${tenant.name} was not collected`);
    const members = role.properties.members;
    const evidence = { members: members.map((m) => ({ name: m.displayName ?? m.objectId, type: m.type })) };
    const data = { count: members.length, members: members.map((m) => m.displayName ?? m.objectId).join(', ') };
    if (members.length > MAX) return { status: 'FAIL', messageId: 'tooMany', data, evidence };
    if (members.length < MIN) return { status: 'FAIL', messageId: 'tooFew', data, evidence };
    return { status: 'PASS', messageId: 'balanced', data, evidence };
  },
});
