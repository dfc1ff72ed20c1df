/**
 * A child process for the durability test (tests/store/concurrency.test.ts):
 *   node --import tsx tests/support/store-writer.ts <db> <resources>
 * stores the demo scan, prints "saved <id>", then stores a scan of <resources> extra buckets and,
 * once every finding row is written but before the commit, prints "mid-write" and blocks, so the
 * parent can kill it in the middle of its write transaction.
 */
import type { KyselyPlugin } from 'kysely';
import { allRules } from '../../rules/index.js';
import { demoInventory } from '../../src/demo/index.js';
import { runScan } from '../../src/engine/scan.js';
import { Inventory } from '../../src/inventory/inventory.js';
import type { InventoryData } from '../../src/inventory/types.js';
import { openStore } from '../../src/store/db.js';
import { recordScan } from '../../src/store/repos/scans.js';
import { s3Bucket } from '../fixtures/aws/index.js';

const [path, extra] = process.argv.slice(2);
if (path === undefined || extra === undefined) throw new Error('usage: store-writer.ts <db> <resources>');

function scan(data: InventoryData) {
  return runScan(new Inventory(data), {
    source: 'input',
    rules: allRules.filter((r) => r.id === 'aws-s3-bucket-public-access-blocked'),
    startedAt: new Date(),
    finishedAt: () => new Date(),
    severity: null,
    checks: null,
    frameworks: [],
  });
}

const store = await openStore(path);
const first = await recordScan(store, scan(demoInventory()));
process.stdout.write(`saved ${String(first.scan.id)}\n`);

const blockBeforeCommit: KyselyPlugin = {
  transformQuery(args) {
    // The last statement before COMMIT: the scan row gets its change counts.
    if (args.node.kind === 'UpdateQueryNode') {
      process.stdout.write('mid-write\n');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 60_000);
    }
    return args.node;
  },
  transformResult: (args) => Promise.resolve(args.result),
};
const data = demoInventory();
const account = data.scopes[0]?.account ?? '';
const buckets = Array.from({ length: Number(extra) }, (_, i) => s3Bucket(`bulk-${i}`, { publicAccessBlock: null }, { account }));
await recordScan({ ...store, db: store.db.withPlugin(blockBeforeCommit) }, scan({ ...data, resources: [...data.resources, ...buckets] }));
process.stdout.write('committed (the parent should have killed this process)\n');
await store.close();
