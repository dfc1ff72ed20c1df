import { alertJson } from './json.js';
import { alertOcsf } from './ocsf.js';
import { alertTable } from './table.js';
import type { AlertFormat } from './formats.js';
import type { AlertReporter } from './types.js';

export { ALERT_FORMATS, type AlertFormat } from './formats.js';

export const alertReporters: Readonly<Record<AlertFormat, AlertReporter>> = Object.freeze({ table: alertTable, json: alertJson, ocsf: alertOcsf });
