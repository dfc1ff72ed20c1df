/** The programmatic API: run the CLI in-process, or use the engine directly. */
export { main } from './cli/main.js';
export type { CliDeps } from './cli/deps.js';
export { evaluate } from './engine/evaluate.js';
export { runScan } from './engine/scan.js';
export { defineRule } from './engine/rule.js';
export type { Rule, RuleMeta, Outcome, RuleContext, AnyRule } from './engine/rule.js';
export type { Finding } from './engine/finding.js';
export type { ScanResult } from './engine/result.js';
export { Inventory } from './inventory/inventory.js';
export type { InventoryData, CollectionError, InventoryScope } from './inventory/types.js';
export type { Resource, ResourceType, ResourceTypes } from './resources/index.js';
export { ExitCode } from './core/exit-codes.js';
