import { defineRule } from '../../../src/engine/rule.js';

const CMK = 'microsoft.keyvault';

export default defineRule({
  id: 'azure-databricks-workspace-cmk-encrypted',
  provider: 'azure',
  service: 'databricks',
  resourceType: 'azure.databricks.workspace',
  severity: 'low',
  title: 'Critical data in Azure Databricks is encrypted with customer-managed keys',
  description:
    'Checks that the workspace uses customer-managed keys (key source Microsoft.Keyvault) for managed services (notebooks, secrets, queries), managed disks and the DBFS root. CIS leaves this control manual: mute the finding on workspaces that hold no critical data.',
  rationale:
    'Customer-managed keys let you rotate, audit and revoke access to the workspace’s data yourself, a requirement of many compliance regimes for sensitive data.',
  remediation: {
    summary: 'Configure customer-managed keys for managed services, managed disks and DBFS (Premium tier; a key in Key Vault or Managed HSM).',
    cli: 'az databricks workspace update --name <workspace> --resource-group <resource-group> --key-source Microsoft.Keyvault --key-name <key> --key-vault <vault-uri> --key-version <version>',
    console: [
      'Open the Azure Databricks workspace > Settings > Encryption.',
      'Enable customer-managed keys for managed services, managed disks and DBFS root, select the keys and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/databricks/security/keys/customer-managed-keys'],
  reads: ['cmk'],
  messages: {
    encrypted: 'Databricks workspace {{name}} encrypts managed services, managed disks and DBFS with customer-managed keys.',
    notEncrypted: 'Databricks workspace {{name}} does not use customer-managed keys for: {{scopes}}.',
  },
  evaluate(workspace) {
    const { cmk } = workspace.properties;
    const missing = (['managedServices', 'managedDisk', 'dbfsRoot'] as const).filter((scope) => cmk[scope]?.toLowerCase() !== CMK);
    const evidence = { cmk };
    return missing.length === 0
      ? { status: 'PASS', messageId: 'encrypted', evidence }
      : { status: 'FAIL', messageId: 'notEncrypted', data: { scopes: missing.join(', ') }, evidence };
  },
});
