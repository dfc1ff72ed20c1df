import { SECURITY_CONTACT_REQUIRES, securityContacts } from '../../../src/engine/helpers/azure-defender.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-security-subscription-alert-notifications-enabled',
  provider: 'azure',
  service: 'security',
  resourceType: 'azure.subscription',
  severity: 'medium',
  title: "Defender for Cloud emails security alerts ('Notify about alerts with the following severity (or higher)' is enabled)",
  description:
    'Checks that an enabled security contact setting has alert notifications on, with any minimal severity (High notifies of the most critical alerts only; Medium and Low notify of more).',
  rationale: 'Without alert emails, a Defender detection waits in the portal until someone happens to look, which during an active attack can be days.',
  remediation: {
    summary: "Turn on 'Notify about alerts with the following severity (or higher)' and choose High (or lower to be told more).",
    cli: 'az rest --method PUT --url "https://management.azure.com/subscriptions/<subscription-id>/providers/Microsoft.Security/securityContacts/default?api-version=2023-12-01-preview" --body @contact.json',
    console: [
      'Open Microsoft Defender for Cloud > Environment settings > the subscription > Email notifications.',
      'Select "Notify about alerts with the following severity (or higher)", choose High and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/defender-for-cloud/configure-email-notifications'],
  requires: SECURITY_CONTACT_REQUIRES,
  messages: {
    enabled: 'Subscription {{name}} emails Defender for Cloud alerts of severity {{severity}} or higher.',
    disabled: 'Subscription {{name}} does not email Defender for Cloud alerts.',
  },
  evaluate(subscription, ctx) {
    const severities = securityContacts(subscription, ctx)
      .map((c) => c.properties.alertMinimalSeverity)
      .filter((s) => s !== null);
    const evidence = { alertMinimalSeverity: severities };
    const severity = severities[0];
    return severity !== undefined
      ? { status: 'PASS', messageId: 'enabled', data: { severity }, evidence }
      : { status: 'FAIL', messageId: 'disabled', evidence };
  },
});
