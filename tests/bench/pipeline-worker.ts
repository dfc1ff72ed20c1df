/**
 * One measurement in a fresh process (so peak RSS is this pipeline's own): load a saved inventory
 * (read + parse + schema validation), evaluate every rule (or only the rules named by `--rules`),
 * store the scan (in a new SQLite file, or after the scans already in it).
 * Usage: pipeline-worker <inventory.json> <db> [--rules id,id,...]
 * Prints one JSON line: { loadMs, evaluateMs, storeMs, findings, rules, peakRssMiB }.
 */
import { allRules } from '../../rules/index.js';
import { runScan } from '../../src/engine/scan.js';
import { Inventory } from '../../src/inventory/inventory.js';
import { loadInventoryFile } from '../../src/inventory/snapshot.js';
import { openStore } from '../../src/store/db.js';
import { saveScan } from '../../src/store/repos/scans.js';

const USAGE = 'usage: pipeline-worker <inventory.json> <db> [--rules id,id,...]';
const [inventoryPath, dbPath, ...rest] = process.argv.slice(2);
if (!inventoryPath || !dbPath) throw new Error(USAGE);
const ruleIds = parseRuleFilter(rest);
const rules = ruleIds ? allRules.filter((rule) => ruleIds.includes(rule.id)) : allRules;

const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;
const store = await openStore(dbPath);

let t = process.hrtime.bigint();
const data = loadInventoryFile(inventoryPath);
const loadMs = ms(t);

t = process.hrtime.bigint();
const inventory = new Inventory(data);
const result = runScan(inventory, {
  source: 'input',
  rules,
  startedAt: new Date(),
  finishedAt: () => new Date(),
  severity: null,
  checks: ruleIds,
  frameworks: [],
});
const evaluateMs = ms(t);

t = process.hrtime.bigint();
await saveScan(store, result);
const storeMs = ms(t);
await store.close();

console.log(
  JSON.stringify({ loadMs, evaluateMs, storeMs, findings: result.findings.length, rules: rules.length, peakRssMiB: process.resourceUsage().maxRSS / 1024 }),
);

/** `--rules a,b,c`: the ids of the rules to run (null: all); an id that is not a registered rule is an error. */
function parseRuleFilter(args: readonly string[]): string[] | null {
  if (args.length === 0) return null;
  const [flag, list] = args;
  if (flag !== '--rules' || !list || args.length !== 2) throw new Error(USAGE);
  const ids = list.split(',').filter((id) => id !== '');
  const known = new Set(allRules.map((rule) => rule.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (ids.length === 0 || unknown.length > 0) throw new Error(`--rules: not a registered rule id: ${unknown.join(', ') || '(none given)'}`);
  return ids;
}
