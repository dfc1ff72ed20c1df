/** Virtual machines with their extensions, and managed disks (@azure/arm-compute). */
import type { DataDisk, Disk, OSDisk, VirtualMachine as RawVm, VirtualMachineExtension } from '@azure/arm-compute';
import { makeResource } from '../../../inventory/builders/resource.js';
import type { VirtualMachine, VmDiskReference, VmExtension } from '../../../resources/azure/index.js';
import type { Resource } from '../../../resources/index.js';
import { armPlacement, iso, list, normaliseLocation, nul, resourceGroupOf, toIdentity } from '../arm.js';
import { call, listAll, subscriptionOf, unitDone, type AzureCollector } from '../context.js';

const ID = 'compute';
const READ = {
  vms: 'Microsoft.Compute/virtualMachines/read',
  extensions: 'Microsoft.Compute/virtualMachines/extensions/read',
  disks: 'Microsoft.Compute/disks/read',
} as const;

function toDiskReference(raw: OSDisk | DataDisk | undefined, lun: number | null): VmDiskReference {
  return {
    name: nul(raw?.name),
    lun,
    managedDiskId: nul(raw?.managedDisk?.id),
    diskEncryptionSetId: nul(raw?.managedDisk?.diskEncryptionSet?.id),
    vhdUri: nul(raw?.vhd?.uri),
    encryptionSettingsEnabled: raw !== undefined && 'encryptionSettings' in raw ? nul(raw.encryptionSettings?.enabled) : null,
  };
}

export function toExtension(raw: VirtualMachineExtension): VmExtension {
  return {
    name: raw.name ?? '',
    publisher: nul(raw.publisher),
    extensionType: nul(raw.typePropertiesType),
    typeHandlerVersion: nul(raw.typeHandlerVersion),
    provisioningState: nul(raw.provisioningState),
    autoUpgradeMinorVersion: nul(raw.autoUpgradeMinorVersion),
    enableAutomaticUpgrade: nul(raw.enableAutomaticUpgrade),
  };
}

function imageOf(raw: RawVm): string | null {
  const ref = raw.storageProfile?.imageReference;
  if (ref === undefined) return null;
  if (ref.publisher !== undefined) return [ref.publisher, ref.offer ?? '', ref.sku ?? '', ref.version ?? ''].join(':');
  return ref.id ?? ref.sharedGalleryImageId ?? ref.communityGalleryImageId ?? null;
}

export function toVirtualMachine(
  subscriptionId: string,
  raw: RawVm,
  extensions: readonly VirtualMachineExtension[] | null,
): Resource<'azure.compute.virtual-machine'> {
  const os = raw.osProfile;
  const properties: VirtualMachine = {
    vmId: nul(raw.vmId),
    vmSize: nul(raw.hardwareProfile?.vmSize),
    osType: nul(raw.storageProfile?.osDisk?.osType),
    image: imageOf(raw),
    osDisk: toDiskReference(raw.storageProfile?.osDisk, null),
    dataDisks: list(raw.storageProfile?.dataDisks).map((d) => toDiskReference(d, d.lun)),
    securityType: nul(raw.securityProfile?.securityType),
    secureBootEnabled: nul(raw.securityProfile?.uefiSettings?.secureBootEnabled),
    vTpmEnabled: nul(raw.securityProfile?.uefiSettings?.vTpmEnabled),
    encryptionAtHost: nul(raw.securityProfile?.encryptionAtHost),
    disablePasswordAuthentication: nul(os?.linuxConfiguration?.disablePasswordAuthentication),
    patchMode: os?.linuxConfiguration?.patchSettings?.patchMode ?? os?.windowsConfiguration?.patchSettings?.patchMode ?? null,
    networkInterfaceIds: list(raw.networkProfile?.networkInterfaces).flatMap((n) => (n.id === undefined ? [] : [n.id])),
    bootDiagnosticsEnabled: nul(raw.diagnosticsProfile?.bootDiagnostics?.enabled),
    identity: toIdentity(raw.identity),
    zones: list(raw.zones),
    provisioningState: nul(raw.provisioningState),
    timeCreated: iso(raw.timeCreated),
    extensions: extensions === null ? null : extensions.map(toExtension),
  };
  return makeResource('azure.compute.virtual-machine', armPlacement(subscriptionId, raw), properties);
}

export function toManagedDisk(subscriptionId: string, raw: Disk): Resource<'azure.compute.disk'> {
  return makeResource('azure.compute.disk', armPlacement(subscriptionId, raw), {
    diskState: nul(raw.diskState),
    managedBy: nul(raw.managedBy),
    osType: nul(raw.osType),
    diskSizeGB: nul(raw.diskSizeGB),
    skuName: nul(raw.sku?.name),
    encryptionType: nul(raw.encryption?.type),
    diskEncryptionSetId: nul(raw.encryption?.diskEncryptionSetId),
    adeEnabled: raw.encryptionSettingsCollection?.enabled === true,
    networkAccessPolicy: nul(raw.networkAccessPolicy),
    publicNetworkAccess: nul(raw.publicNetworkAccess),
    diskAccessId: nul(raw.diskAccessId),
    dataAccessAuthMode: nul(raw.dataAccessAuthMode),
    timeCreated: iso(raw.timeCreated),
  });
}

export const computeCollector: AzureCollector = {
  id: ID,
  provider: 'azure',
  scope: 'subscription',
  resourceTypes: ['azure.compute.virtual-machine', 'azure.compute.disk'],
  permissions: Object.values(READ),
  async collect(ctx) {
    const sub = subscriptionOf(ctx).subscriptionId;
    const client = await ctx.clients.compute(sub);
    const [vms, disks] = await Promise.all([
      listAll(ctx, { collector: ID, region: 'global', resourceTypes: ['azure.compute.virtual-machine'] }, READ.vms, () => client.virtualMachines.listAll()),
      listAll(ctx, { collector: ID, region: 'global', resourceTypes: ['azure.compute.disk'] }, READ.disks, () => client.disks.list()),
    ]);
    await Promise.all(
      (vms ?? []).map(async (vm) => {
        const id = vm.id ?? '';
        const extensions = await call(
          ctx,
          {
            collector: ID,
            region: normaliseLocation(vm.location),
            resourceTypes: ['azure.compute.virtual-machine'],
            resourceId: id,
            properties: ['extensions'],
          },
          READ.extensions,
          async () => list((await client.virtualMachineExtensions.list(resourceGroupOf(id), vm.name ?? '')).value),
        );
        ctx.sink.resource(toVirtualMachine(sub, vm, extensions.ok ? extensions.value : null));
      }),
    );
    for (const disk of disks ?? []) ctx.sink.resource(toManagedDisk(sub, disk));
    unitDone(ctx, ID);
  },
};
