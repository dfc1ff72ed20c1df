import { missingData } from '../../../src/engine/helpers/missing-data.js';
import { defineRule } from '../../../src/engine/rule.js';

const MAX_MONTHS = 12;

export default defineRule({
  id: 'azure-keyvault-vault-certificate-validity-12-months',
  provider: 'azure',
  service: 'keyvault',
  resourceType: 'azure.keyvault.vault',
  severity: 'low',
  title: "Key vault certificates are valid for 12 months or less (certificate 'Validity Period (in months)' <= 12)",
  description: `Checks the issuance policy of every enabled certificate in the vault (x509_props.validity_months <= ${MAX_MONTHS}). Disabled certificates do not count.`,
  rationale:
    'Long-lived certificates stay usable long after a key compromise goes unnoticed, and public CAs no longer issue them; a short validity forces regular renewal, ideally automated.',
  remediation: {
    summary: `Set the validity period of each certificate policy to ${MAX_MONTHS} months or less, with auto-renewal.`,
    cli: 'az keyvault certificate set-attributes --vault-name <vault> --name <certificate> --policy @policy.json',
    console: [
      'Open the key vault and choose Objects > Certificates, then the certificate.',
      `Choose "Issuance Policy", set "Validity Period (in months)" to ${MAX_MONTHS} or less and save.`,
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/key-vault/certificates/about-certificates'],
  reads: ['certificates'],
  messages: {
    short: 'Every enabled certificate in vault {{name}} is valid for 12 months or less.',
    long: 'Certificates in vault {{name}} are valid for more than 12 months: {{certificates}}.',
    noCertificates: 'Vault {{name}} has no enabled certificates.',
  },
  evaluate(vault) {
    const certificates = vault.properties.certificates ?? missingData(`the certificates of vault ${vault.name} were not collected`);
    const enabled = certificates.filter((c) => c.enabled);
    const validity = enabled.map((c) => ({
      name: c.name,
      months: c.validityInMonths ?? missingData(`the policy of certificate ${c.name} in vault ${vault.name} was not readable`),
    }));
    const long = validity.filter((c) => c.months > MAX_MONTHS);
    const evidence = { certificates: validity };
    if (enabled.length === 0) return { status: 'NOT_APPLICABLE', messageId: 'noCertificates', evidence };
    if (long.length > 0)
      return { status: 'FAIL', messageId: 'long', data: { certificates: long.map((c) => `${c.name} (${c.months} months)`).join(', ') }, evidence };
    return { status: 'PASS', messageId: 'short', evidence };
  },
});
