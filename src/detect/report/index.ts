import { alertJson } from './json.js';
import { alertOcsf } from './ocsf.js';
import { alertTable } from './table.js';
import type { AlertReporter } from './types.js';

export const ALERT_FORMATS = ['table', 'json', 'ocsf'] as const;
export type AlertFormat = (typeof ALERT_FORMATS)[number];

export const alertReporters: Readonly<Record<AlertFormat, AlertReporter>> = Object.freeze({ table: alertTable, json: alertJson, ocsf: alertOcsf });
