import type { AnyRule } from '../../src/engine/rule.js';

/** Every Azure rule, sorted by id. */
export const azureRules: readonly AnyRule[] = [];
