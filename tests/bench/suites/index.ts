import type { BenchSuite } from '../suite.js';
import { awsCollectionSuite } from './aws-collection.js';
import { detectionSuite } from './detection.js';
import { historySuite } from './history.js';
import { pipelineSuite } from './pipeline.js';
import { startupSuite } from './startup.js';

/** Every benchmark suite, in the order docs/benchmarks.md lists them. Add one line per suite. */
export const suites: readonly BenchSuite[] = [startupSuite, pipelineSuite, awsCollectionSuite, historySuite, detectionSuite];
