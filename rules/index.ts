import type { AnyRule } from '../src/engine/rule.js';
import { awsRules } from './aws/index.js';
import { azureRules } from './azure/index.js';

/** The static rule registry: the filesystem cannot add a rule by accident. */
export const allRules: readonly AnyRule[] = [...awsRules, ...azureRules];
