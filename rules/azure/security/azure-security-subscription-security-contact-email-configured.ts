import { SECURITY_CONTACT_REQUIRES, securityContacts } from '../../../src/engine/helpers/azure-defender.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-security-subscription-security-contact-email-configured',
  provider: 'azure',
  service: 'security',
  resourceType: 'azure.subscription',
  severity: 'low',
  title: "Defender for Cloud has a security contact email ('Additional email addresses' is configured)",
  description: 'Checks that an enabled security contact setting lists at least one additional email address.',
  rationale:
    'Owners are not always the people who respond to incidents; a security team mailbox makes sure alerts reach someone whose job is to act on them, including Microsoft’s own notices about compromised resources.',
  remediation: {
    summary: "Add your security team's address under 'Additional email addresses'.",
    cli: 'az rest --method PUT --url "https://management.azure.com/subscriptions/<subscription-id>/providers/Microsoft.Security/securityContacts/default?api-version=2023-12-01-preview" --body @contact.json',
    console: [
      'Open Microsoft Defender for Cloud > Environment settings > the subscription > Email notifications.',
      'Enter the security team address under "Additional email addresses" and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/configure-email-notifications'],
  requires: SECURITY_CONTACT_REQUIRES,
  messages: {
    configured: 'Subscription {{name}} sends Defender for Cloud notifications to {{emails}}.',
    missing: 'Subscription {{name}} has no security contact email address.',
  },
  evaluate(subscription, ctx) {
    const emails = securityContacts(subscription, ctx).flatMap((c) => c.properties.emails.map((e) => e.trim()).filter((e) => e.length > 0));
    const evidence = { emails };
    return emails.length > 0
      ? { status: 'PASS', messageId: 'configured', data: { emails: emails.join(', ') }, evidence }
      : { status: 'FAIL', messageId: 'missing', evidence };
  },
});
