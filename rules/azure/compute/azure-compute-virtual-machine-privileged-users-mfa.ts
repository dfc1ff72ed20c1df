import { coversResource } from '../../../src/engine/helpers/azure-rbac.js';
import { missingData } from '../../../src/engine/helpers/missing-data.js';
import { defineRule } from '../../../src/engine/rule.js';

/** Built-in roles that administer a VM or sign in to it as administrator. */
const PRIVILEGED_VM_ROLES: Readonly<Record<string, string>> = {
  '8e3af657-a8ff-443c-a75c-2fe8c4bcb635': 'Owner',
  'b24988ac-6180-42a0-ab88-20f7382dd24c': 'Contributor',
  '9980e02c-c2be-4d73-94e8-173b1dc7cf3c': 'Virtual Machine Contributor',
  '1c0163c0-47e6-4577-8991-ea5c82e286e4': 'Virtual Machine Administrator Login',
};

export default defineRule({
  id: 'azure-compute-virtual-machine-privileged-users-mfa',
  provider: 'azure',
  service: 'compute',
  resourceType: 'azure.compute.virtual-machine',
  severity: 'high',
  title: 'Only MFA-enabled identities can access privileged virtual machine roles',
  description:
    'For each virtual machine, finds the users holding Owner, Contributor, Virtual Machine Contributor or Virtual Machine Administrator Login over it (at the VM, its resource group, the subscription, a management group or the root) and checks that each has MFA registered. Users missing from the inventory make the result ERROR; groups and service principals are listed in the evidence for review.',
  rationale:
    'Whoever administers a VM can run commands on it, read its disks and pivot into its network; a password-only account with that access is a direct path from phishing to the workload.',
  remediation: {
    summary: 'Make each listed user register MFA (and enforce it with Conditional Access), or remove their privileged role on the VM.',
    cli: 'az role assignment delete --assignee <user-object-id> --role <role> --scope <scope>',
    console: [
      'Open the virtual machine > Access control (IAM) > Role assignments.',
      'For each listed user, require MFA registration or remove the assignment.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/entra/identity/devices/howto-vm-sign-in-azure-ad-windows#enforce-conditional-access-policies',
    'https://learn.microsoft.com/en-us/azure/role-based-access-control/built-in-roles/compute',
  ],
  requires: { 'azure.authorization.role-assignment': 'account' },
  messages: {
    protected: 'Every user with privileged access to virtual machine {{name}} has MFA ({{count}} users).',
    unprotected: 'Users with privileged access to virtual machine {{name}} have no MFA: {{users}}.',
    noUsers: 'No user holds a privileged role on virtual machine {{name}}.',
  },
  evaluate(vm, ctx) {
    const assignments = ctx.inventory
      .list('azure.authorization.role-assignment', { account: vm.account })
      .filter(
        (a) =>
          coversResource(a.properties, vm.id) && Object.keys(PRIVILEGED_VM_ROLES).some((g) => a.properties.roleDefinitionId.toLowerCase().endsWith(`/${g}`)),
      );
    const userIds = [...new Set(assignments.filter((a) => a.properties.principalType?.toLowerCase() === 'user').map((a) => a.properties.principalId))];
    const subscription = ctx.inventory.get(`/subscriptions/${vm.account}`);
    const tenant = subscription?.type === 'azure.subscription' ? subscription.properties.tenantId : null;
    const findUser = (id: string) => {
      const byId = tenant === null ? undefined : ctx.inventory.get(`/tenants/${tenant}/users/${id}`);
      return byId?.type === 'azure.entra.user' ? byId : ctx.inventory.list('azure.entra.user').find((u) => u.properties.objectId === id);
    };
    const users = userIds.map((id) => findUser(id) ?? missingData(`user ${id}, who holds a privileged role on ${vm.name}, is not in the inventory`));
    const withoutMfa = users.filter(
      (u) => !(u.properties.mfaRegistration ?? missingData(`the MFA registration of user ${u.name} was not collected`)).isMfaRegistered,
    );
    const others = assignments
      .filter((a) => a.properties.principalType?.toLowerCase() !== 'user')
      .map((a) => ({ principalId: a.properties.principalId, principalType: a.properties.principalType }));
    const evidence = {
      users: users.map((u) => ({ user: u.name, mfaRegistered: u.properties.mfaRegistration?.isMfaRegistered ?? null })),
      otherPrincipals: others,
    };
    if (users.length === 0) return { status: 'NOT_APPLICABLE', messageId: 'noUsers', evidence };
    if (withoutMfa.length > 0) return { status: 'FAIL', messageId: 'unprotected', data: { users: withoutMfa.map((u) => u.name).join(', ') }, evidence };
    return { status: 'PASS', messageId: 'protected', data: { count: users.length }, evidence };
  },
});
