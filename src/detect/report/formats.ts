/** The alert report formats: light enough for the CLI's option help (no reporter is loaded). */
export const ALERT_FORMATS = ['table', 'json', 'ocsf'] as const;
export type AlertFormat = (typeof ALERT_FORMATS)[number];
