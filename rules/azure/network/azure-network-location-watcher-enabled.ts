import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-network-location-watcher-enabled',
  provider: 'azure',
  service: 'network',
  resourceType: 'azure.location',
  severity: 'low',
  title: "Network Watcher is enabled in every Azure region in use ('Network Watcher' is Enabled)",
  description:
    "Checks that each location holding resources of the subscription has a Network Watcher whose provisioning succeeded. The pseudo-location 'global' needs none.",
  rationale:
    'Network Watcher is what records flow logs and runs connection troubleshooting, packet capture and topology in a region; without it, network activity in that region cannot be logged or investigated.',
  remediation: {
    summary: 'Enable Network Watcher in the region (Azure normally does it automatically when a virtual network is created there).',
    cli: 'az network watcher configure --resource-group NetworkWatcherRG --locations <location> --enabled true',
    console: ['Search for Network Watcher and open it.', 'Choose "Enable Network Watcher" (or Create), select the subscription and the region, and confirm.'],
  },
  references: ['https://learn.microsoft.com/en-us/azure/network-watcher/network-watcher-create'],
  requires: { 'azure.network.watcher': 'account' },
  messages: {
    enabled: 'Network Watcher {{watcher}} is enabled in location {{name}}.',
    missing: 'Location {{name}} has {{count}} resources but no Network Watcher.',
    failed: 'Network Watcher {{watcher}} in location {{name}} is not provisioned (state {{state}}).',
    global: 'Location {{name}} is not a region and needs no Network Watcher.',
  },
  evaluate(location, ctx) {
    const region = location.properties.name.toLowerCase();
    if (region === 'global') return { status: 'NOT_APPLICABLE', messageId: 'global', evidence: { location: region } };
    const watchers = ctx.inventory.list('azure.network.watcher', { account: location.account }).filter((w) => w.region.toLowerCase() === region);
    const evidence = {
      location: region,
      resourceCount: location.properties.resourceCount,
      watchers: watchers.map((w) => ({ name: w.name, provisioningState: w.properties.provisioningState })),
    };
    const ready = watchers.find((w) => (w.properties.provisioningState ?? '').toLowerCase() === 'succeeded');
    if (ready) return { status: 'PASS', messageId: 'enabled', data: { watcher: ready.name }, evidence };
    const first = watchers[0];
    if (first) return { status: 'FAIL', messageId: 'failed', data: { watcher: first.name, state: first.properties.provisioningState ?? 'unknown' }, evidence };
    return { status: 'FAIL', messageId: 'missing', data: { count: location.properties.resourceCount }, evidence };
  },
});
