import { az, learned } from '../../../tests/fixtures/events/index.js';
import { testDetector } from '../../../tests/support/detector-tester.js';
import detector from './azure-compute-command-run.js';

const run = () =>
  az({
    operation: 'Microsoft.Compute/virtualMachines/runCommand/action',
    resourceId: '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Compute/virtualMachines/vm1',
  });
testDetector(detector, {
  valid: [
    { name: 'a VM written', events: [az({ operation: 'Microsoft.Compute/virtualMachines/write' })] },
    {
      name: 'configuration management that runs commands daily',
      events: [run()],
      baseline: learned(run(), { actions: { 'microsoft.compute/virtualmachines/runcommand/action': 50 } }),
    },
  ],
  invalid: [
    { name: 'run command on a VM', events: [run()], messageId: 'ran', explains: 'virtualMachines/vm1' },
    { name: 'serial console connection', events: [az({ operation: 'Microsoft.SerialConsole/serialPorts/connect/action' })], messageId: 'ran' },
  ],
});
