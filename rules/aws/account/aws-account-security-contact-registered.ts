import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'aws-account-security-contact-registered',
  provider: 'aws',
  service: 'account',
  resourceType: 'aws.account.alternate-contacts',
  severity: 'low',
  title: 'A security contact is registered for the account',
  description: 'Checks that the account has a security alternate contact with an e-mail address (account:GetAlternateContact, type SECURITY).',
  rationale:
    'AWS sends security notifications (abuse reports, compromised credentials, incidents affecting the account) to the security contact. Without one they reach only the root e-mail address, which is often an unattended mailbox.',
  remediation: {
    summary: 'Register a security contact that reaches the team handling incidents (a distribution list, not a person).',
    cli: 'aws account put-alternate-contact --alternate-contact-type SECURITY --name "Security Operations" --title "SecOps" --email-address security@example.com --phone-number "+1-555-0100"',
    console: ['Sign in and open the Account page from the account menu.', 'Under "Alternate contacts", choose Edit, fill in the Security contact and save.'],
  },
  references: ['https://docs.aws.amazon.com/accounts/latest/reference/manage-acct-update-contact-alternate.html'],
  reads: ['security'],
  messages: {
    registered: 'Account {{name}} has a security contact ({{email}}).',
    missing: 'Account {{name}} has no security contact registered.',
  },
  evaluate(contacts) {
    const security = contacts.properties.security;
    const email = security?.emailAddress ?? null;
    if (email === null || email.trim() === '') return { status: 'FAIL', messageId: 'missing', evidence: { security } };
    return { status: 'PASS', messageId: 'registered', data: { email }, evidence: { security } };
  },
});
