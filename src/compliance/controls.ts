import type { FrameworkData } from './framework.js';

/** A control that a rule assesses, named by framework and control id. */
export interface ControlRef {
  readonly framework: string;
  readonly control: string;
}

/**
 * The controls each rule assesses, inverted from the framework data (rules never repeat it).
 * Pure: the caller loads the frameworks. Order follows the frameworks, then their controls.
 */
export function controlsByRuleId(frameworks: readonly FrameworkData[]): ReadonlyMap<string, readonly ControlRef[]> {
  const map = new Map<string, ControlRef[]>();
  for (const framework of frameworks) {
    for (const control of framework.controls) {
      for (const ruleId of control.rules) {
        const list = map.get(ruleId);
        const ref = { framework: framework.id, control: control.id };
        if (list) list.push(ref);
        else map.set(ruleId, [ref]);
      }
    }
  }
  return map;
}
