/**
 * Monitoring and Defender for Cloud in the demo subscription: the Activity Log goes to Log
 * Analytics and an archive but without the Policy category; a handful of the CIS alerts exist;
 * Defender covers servers, storage, Key Vault and Resource Manager, not CSPM or containers.
 */
import type { AnyResource } from '../resources/index.js';
import {
  activityLogAlert,
  administrativeAlertConditions,
  appInsightsComponent,
  defenderPlan,
  diagnosticLog,
  policyAssignment,
  securityContact,
  securitySetting,
  subscriptionDiagnosticSetting,
} from '../inventory/builders/azure.js';
import { at, id, SUB, WORKSPACE } from './azure-placement.js';

function activityLog(): AnyResource[] {
  const mon = at('rg-monitoring', 'global');
  const alert = (name: string, operation: string) => activityLogAlert(name, { conditions: administrativeAlertConditions(operation) }, mon);
  return [
    subscriptionDiagnosticSetting(
      'activity-log-export',
      {
        workspaceId: WORKSPACE,
        storageAccountId: id('rg-monitoring', 'Microsoft.Storage/storageAccounts', 'stcontosoactivity'),
        logs: ['Administrative', 'Security', 'ServiceHealth', 'Alert', 'Recommendation'].map((category) => diagnosticLog({ category })),
      },
      SUB,
    ),
    alert('alert-policy-assignment-write', 'Microsoft.Authorization/policyAssignments/write'),
    alert('alert-policy-assignment-delete', 'Microsoft.Authorization/policyAssignments/delete'),
    alert('alert-nsg-write', 'Microsoft.Network/networkSecurityGroups/write'),
    alert('alert-nsg-delete', 'Microsoft.Network/networkSecurityGroups/delete'),
    // Muted during a noisy migration and never turned back on.
    activityLogAlert(
      'alert-sql-firewall-write',
      { enabled: false, conditions: administrativeAlertConditions('Microsoft.Sql/servers/firewallRules/write') },
      mon,
    ),
    activityLogAlert('service-health', { conditions: [{ field: 'category', equals: 'ServiceHealth', containsAny: [], anyOf: [] }] }, mon),
    appInsightsComponent('appi-contoso-web', {}, at('rg-web')),
  ];
}

function defender(): AnyResource[] {
  const on = [
    'VirtualMachines',
    'StorageAccounts',
    'KeyVaults',
    'Arm',
    'AppServices',
    'SqlServers',
    'SqlServerVirtualMachines',
    'OpenSourceRelationalDatabases',
    'CosmosDbs',
  ];
  const off = ['CloudPosture', 'Containers', 'Api'];
  return [
    ...on.map((name) =>
      defenderPlan(
        name,
        name === 'VirtualMachines'
          ? {
              subPlan: 'P2',
              extensions: [
                { name: 'AgentlessVmScanning', isEnabled: true },
                { name: 'FileIntegrityMonitoring', isEnabled: false },
              ],
            }
          : {},
        SUB,
      ),
    ),
    ...off.map((name) => defenderPlan(name, { pricingTier: 'Free', enablementTime: null }, SUB)),
    securityContact('default', { emails: ['secops@contoso.com'], attackPathMinimalRiskLevel: null }, SUB),
    securitySetting('WDATP', {}, SUB),
    securitySetting('MCAS', { enabled: false }, SUB),
    policyAssignment('SecurityCenterBuiltIn', { parameters: { diskEncryptionMonitoringEffect: 'Disabled' } }, SUB),
  ];
}

export function demoAzureMonitoring(): AnyResource[] {
  return [...activityLog(), ...defender()];
}
