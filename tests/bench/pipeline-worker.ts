/**
 * One measurement in a fresh process (so peak RSS is this pipeline's own): load a saved inventory
 * (read + parse + schema validation), evaluate every rule, store the scan (in a new SQLite file,
 * or after the scans already in it).
 * Prints one JSON line: { loadMs, evaluateMs, storeMs, findings, peakRssMiB }.
 */
import { allRules } from '../../rules/index.js';
import { runScan } from '../../src/engine/scan.js';
import { Inventory } from '../../src/inventory/inventory.js';
import { loadInventoryFile } from '../../src/inventory/snapshot.js';
import { openStore } from '../../src/store/db.js';
import { saveScan } from '../../src/store/repos/scans.js';

const [inventoryPath, dbPath] = process.argv.slice(2);
if (!inventoryPath || !dbPath) throw new Error('usage: pipeline-worker <inventory.json> <db>');

const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;
const store = await openStore(dbPath);

let t = process.hrtime.bigint();
const data = loadInventoryFile(inventoryPath);
const loadMs = ms(t);

t = process.hrtime.bigint();
const inventory = new Inventory(data);
const result = runScan(inventory, {
  source: 'input',
  rules: allRules,
  startedAt: new Date(),
  finishedAt: () => new Date(),
  severity: null,
  checks: null,
  frameworks: [],
});
const evaluateMs = ms(t);

t = process.hrtime.bigint();
await saveScan(store, result);
const storeMs = ms(t);
await store.close();

console.log(
  JSON.stringify({ loadMs, evaluateMs, storeMs, findings: result.findings.length, rules: allRules.length, peakRssMiB: process.resourceUsage().maxRSS / 1024 }),
);
