import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-databricks-workspace-no-public-ip',
  provider: 'azure',
  service: 'databricks',
  resourceType: 'azure.databricks.workspace',
  severity: 'medium',
  title: "Azure Databricks clusters have no public IP addresses ('No Public IP' is Enabled)",
  description: 'Checks that secure cluster connectivity (enableNoPublicIp) is on for the workspace.',
  rationale:
    'With secure cluster connectivity, cluster nodes get no public IP and no open inbound ports; they reach the control plane through an outbound relay, so they cannot be attacked from the Internet.',
  remediation: {
    summary: "Enable 'No Public IP' (secure cluster connectivity) on the workspace.",
    cli: 'az databricks workspace update --name <workspace> --resource-group <resource-group> --enable-no-public-ip true',
    console: [
      'Open the Azure Databricks workspace > Settings > Networking.',
      'Set "Deploy Azure Databricks workspace with Secure Cluster Connectivity (No Public IP)" to Yes and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/databricks/security/network/classic/secure-cluster-connectivity'],
  reads: ['enableNoPublicIp'],
  messages: {
    enabled: 'Databricks workspace {{name}} clusters have no public IP addresses.',
    disabled: 'Databricks workspace {{name}} clusters get public IP addresses.',
  },
  evaluate(workspace) {
    const { enableNoPublicIp } = workspace.properties;
    const evidence = { enableNoPublicIp };
    return enableNoPublicIp === true ? { status: 'PASS', messageId: 'enabled', evidence } : { status: 'FAIL', messageId: 'disabled', evidence };
  },
});
