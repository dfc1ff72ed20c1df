import type { Reporter } from './types.js';

/** The versioned JSON report (schema: docs/schemas/report-v1.schema.json). */
export const jsonReporter: Reporter = (result) => `${JSON.stringify(result, null, 2)}\n`;
