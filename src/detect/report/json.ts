import type { AlertReporter } from './types.js';

export const ALERTS_JSON_VERSION = 1;

/** Alerts as JSON (versioned): the stored alerts with their ids, status and evidence, and the run summary. */
export const alertJson: AlertReporter = (alerts, summary, ctx) =>
  `${JSON.stringify({ schemaVersion: ALERTS_JSON_VERSION, tool: { name: 'cspm', version: ctx.toolVersion }, generatedAt: ctx.now.toISOString(), summary, alerts }, null, 2)}\n`;
