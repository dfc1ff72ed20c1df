import { SECURITY_CONTACT_REQUIRES, securityContacts } from '../../../src/engine/helpers/azure-defender.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-security-subscription-attack-path-notifications-enabled',
  provider: 'azure',
  service: 'security',
  resourceType: 'azure.subscription',
  severity: 'low',
  title: "Defender for Cloud emails attack paths ('Notify about attack paths with the following risk level (or higher)' is enabled)",
  description: 'Checks that an enabled security contact setting has attack path notifications on, with any minimal risk level.',
  rationale:
    'Attack paths are chains of weaknesses that lead from the Internet to critical resources; being told when a new one appears lets the team break it before someone walks it.',
  remediation: {
    summary: "Turn on 'Notify about attack paths with the following risk level (or higher)' and choose a risk level (Critical or lower).",
    cli: 'az rest --method PUT --url "https://management.azure.com/subscriptions/<subscription-id>/providers/Microsoft.Security/securityContacts/default?api-version=2023-12-01-preview" --body @contact.json',
    console: [
      'Open Microsoft Defender for Cloud > Environment settings > the subscription > Email notifications.',
      'Select "Notify about attack paths with the following risk level (or higher)", choose a level and save.',
    ],
  },
  references: [
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/configure-email-notifications',
    'https://learn.microsoft.com/en-us/azure/defender-for-cloud/how-to-manage-attack-path',
  ],
  requires: SECURITY_CONTACT_REQUIRES,
  messages: {
    enabled: 'Subscription {{name}} emails attack paths of risk level {{level}} or higher.',
    disabled: 'Subscription {{name}} does not email attack paths.',
  },
  evaluate(subscription, ctx) {
    const levels = securityContacts(subscription, ctx)
      .map((c) => c.properties.attackPathMinimalRiskLevel)
      .filter((l) => l !== null);
    const evidence = { attackPathMinimalRiskLevel: levels };
    const level = levels[0];
    return level !== undefined ? { status: 'PASS', messageId: 'enabled', data: { level }, evidence } : { status: 'FAIL', messageId: 'disabled', evidence };
  },
});
