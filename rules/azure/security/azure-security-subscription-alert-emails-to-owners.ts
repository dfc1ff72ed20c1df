import { SECURITY_CONTACT_REQUIRES, securityContacts } from '../../../src/engine/helpers/azure-defender.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-security-subscription-alert-emails-to-owners',
  provider: 'azure',
  service: 'security',
  resourceType: 'azure.subscription',
  severity: 'low',
  title: "Defender for Cloud emails security alerts to subscription owners ('All users with the following roles' is Owner)",
  description: "Checks that an enabled security contact setting notifies by role (notificationsByRole.state On) with 'Owner' among the roles.",
  rationale: 'Subscription owners can act on an alert immediately; notifying them by role keeps working as people join and leave, unlike a list of addresses.',
  remediation: {
    summary: "Set 'All users with the following roles' to Owner in the Defender for Cloud email notifications.",
    cli: 'az rest --method PUT --url "https://management.azure.com/subscriptions/<subscription-id>/providers/Microsoft.Security/securityContacts/default?api-version=2023-12-01-preview" --body @contact.json',
    console: [
      'Open Microsoft Defender for Cloud > Environment settings > the subscription > Email notifications.',
      'Under "All users with the following roles", select Owner and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/configure-email-notifications'],
  requires: SECURITY_CONTACT_REQUIRES,
  messages: {
    notified: 'Defender for Cloud emails subscription {{name}} owners about alerts.',
    notNotified: 'Defender for Cloud does not email the owners of subscription {{name}} ({{detail}}).',
  },
  evaluate(subscription, ctx) {
    const contacts = securityContacts(subscription, ctx);
    const evidence = {
      contacts: contacts.map((c) => ({ name: c.name, state: c.properties.notificationsByRoleState, roles: c.properties.notificationsByRoleRoles })),
    };
    const owners = contacts.some(
      (c) => c.properties.notificationsByRoleState?.toLowerCase() === 'on' && c.properties.notificationsByRoleRoles.some((r) => r.toLowerCase() === 'owner'),
    );
    if (owners) return { status: 'PASS', messageId: 'notified', evidence };
    const detail =
      contacts.length === 0
        ? 'no email notification settings'
        : `roles notified: ${contacts.flatMap((c) => (c.properties.notificationsByRoleState?.toLowerCase() === 'on' ? c.properties.notificationsByRoleRoles : [])).join(', ') || 'none'}`;
    return { status: 'FAIL', messageId: 'notNotified', data: { detail }, evidence };
  },
});
