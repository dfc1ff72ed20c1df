/** Azure Compute (Microsoft.Compute, @azure/arm-compute). */
import type { ManagedIdentity } from './common.js';

/** An OS or data disk as the VM's storageProfile describes it. */
export interface VmDiskReference {
  readonly name: string | null;
  /** Data disks only; null for the OS disk. */
  readonly lun: number | null;
  /** managedDisk.id; null for an unmanaged (VHD) disk. */
  readonly managedDiskId: string | null;
  /** managedDisk.diskEncryptionSet.id; null when none. */
  readonly diskEncryptionSetId: string | null;
  /** vhd.uri for unmanaged disks; null for managed disks. */
  readonly vhdUri: string | null;
  /** encryptionSettings.enabled (Azure Disk Encryption on the OS disk); null when not reported. */
  readonly encryptionSettingsEnabled: boolean | null;
}

/**
 * A VM extension (Virtual Machine Extensions - List,
 * `GET .../virtualMachines/{name}/extensions`). CIS 'only approved extensions' (manual).
 */
export interface VmExtension {
  readonly name: string;
  readonly publisher: string | null;
  /** properties.type, e.g. 'MDE.Linux', 'AzureMonitorWindowsAgent', 'CustomScript'. */
  readonly extensionType: string | null;
  readonly typeHandlerVersion: string | null;
  readonly provisioningState: string | null;
  readonly autoUpgradeMinorVersion: boolean | null;
  readonly enableAutomaticUpgrade: boolean | null;
}

/**
 * A virtual machine (Virtual Machines - List All, `GET /subscriptions/{id}/providers/Microsoft.Compute/virtualMachines`,
 * api-version 2024-07-01), hydrated with its extensions. region = location.
 */
export interface VirtualMachine {
  /** properties.vmId (the VM's unique GUID). */
  readonly vmId: string | null;
  readonly vmSize: string | null;
  /** storageProfile.osDisk.osType: 'Windows' | 'Linux'. */
  readonly osType: string | null;
  /** storageProfile.imageReference: publisher:offer:sku:version, or the image id; null when attached from a disk. */
  readonly image: string | null;
  readonly osDisk: VmDiskReference;
  readonly dataDisks: readonly VmDiskReference[];
  /** securityProfile.securityType: 'TrustedLaunch' | 'ConfidentialVM' | 'Standard'; null when unset (Standard). */
  readonly securityType: string | null;
  /** securityProfile.uefiSettings.secureBootEnabled. */
  readonly secureBootEnabled: boolean | null;
  /** securityProfile.uefiSettings.vTpmEnabled. */
  readonly vTpmEnabled: boolean | null;
  /** securityProfile.encryptionAtHost. */
  readonly encryptionAtHost: boolean | null;
  /** osProfile.linuxConfiguration.disablePasswordAuthentication; null for Windows or unknown. */
  readonly disablePasswordAuthentication: boolean | null;
  /** osProfile.windowsConfiguration.enableAutomaticUpdates / linux patchSettings.patchMode; null when unknown. */
  readonly patchMode: string | null;
  /** networkProfile.networkInterfaces[].id. */
  readonly networkInterfaceIds: readonly string[];
  readonly bootDiagnosticsEnabled: boolean | null;
  readonly identity: ManagedIdentity | null;
  readonly zones: readonly string[];
  readonly provisioningState: string | null;
  readonly timeCreated: string | null;
  /** Extensions; null when they could not be listed. */
  readonly extensions: readonly VmExtension[] | null;
}

/**
 * A managed disk (Disks - List, `GET /subscriptions/{id}/providers/Microsoft.Compute/disks`,
 * api-version 2024-03-02). region = location.
 */
export interface ManagedDisk {
  /** diskState: 'Attached' | 'Unattached' | 'Reserved' | 'ActiveSAS' | 'ReadyToUpload' | ... */
  readonly diskState: string | null;
  /** managedBy: the VM using the disk; null when unattached. */
  readonly managedBy: string | null;
  readonly osType: string | null;
  readonly diskSizeGB: number | null;
  readonly skuName: string | null;
  /**
   * encryption.type: 'EncryptionAtRestWithPlatformKey' | 'EncryptionAtRestWithCustomerKey' |
   * 'EncryptionAtRestWithPlatformAndCustomerKeys'.
   */
  readonly encryptionType: string | null;
  readonly diskEncryptionSetId: string | null;
  /** encryptionSettingsCollection.enabled: Azure Disk Encryption (BitLocker / dm-crypt). */
  readonly adeEnabled: boolean;
  /** networkAccessPolicy: 'AllowAll' | 'AllowPrivate' | 'DenyAll'. */
  readonly networkAccessPolicy: string | null;
  /** publicNetworkAccess: 'Enabled' | 'Disabled'. */
  readonly publicNetworkAccess: string | null;
  readonly diskAccessId: string | null;
  /** dataAccessAuthMode: 'AzureActiveDirectory' | 'None'. */
  readonly dataAccessAuthMode: string | null;
  readonly timeCreated: string | null;
}
