import { settingsDelivering, settingsEvidence } from '../../../src/engine/helpers/azure-diagnostics.js';
import { missingData } from '../../../src/engine/helpers/missing-data.js';
import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-appservice-web-app-http-logs-enabled',
  provider: 'azure',
  service: 'appservice',
  resourceType: 'azure.appservice.web-app',
  severity: 'low',
  title: "App Service web apps send HTTP logs to a destination (logging for 'HTTP logs' is enabled)",
  description:
    "Checks that a diagnostic setting of the web app sends the 'AppServiceHTTPLogs' category (or the 'allLogs' group) to a destination. Not applicable to function apps, which have no HTTP log category.",
  rationale:
    'HTTP logs record every request to the app (client address, path, status): the basis for spotting scanning, injection attempts and data exfiltration through the application.',
  remediation: {
    summary: "Add a diagnostic setting to the web app that sends 'AppServiceHTTPLogs' to your Log Analytics workspace.",
    cli: 'az monitor diagnostic-settings create --name http-logs --resource <web-app-id> --workspace <workspace-id> --logs \'[{"category":"AppServiceHTTPLogs","enabled":true}]\'',
    console: [
      'Open the web app and choose Monitoring > Diagnostic settings.',
      'Choose "Add diagnostic setting", select "HTTP logs" and a destination, and save.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/app-service/troubleshoot-diagnostic-logs#send-logs-to-azure-monitor'],
  reads: ['diagnosticSettings', 'kind'],
  messages: {
    enabled: 'Web app {{name}} sends its HTTP logs through {{settings}}.',
    disabled: 'Web app {{name}} sends its HTTP logs nowhere.',
    functionApp: 'Function app {{name}} has no HTTP log category.',
  },
  evaluate(app) {
    if ((app.properties.kind ?? '').toLowerCase().includes('functionapp'))
      return { status: 'NOT_APPLICABLE', messageId: 'functionApp', evidence: { kind: app.properties.kind } };
    const settings = app.properties.diagnosticSettings ?? missingData(`the diagnostic settings of web app ${app.name} were not collected`);
    const delivering = settingsDelivering(settings, { categories: ['AppServiceHTTPLogs'] });
    const evidence = { diagnosticSettings: settingsEvidence(settings) };
    if (delivering.length === 0) return { status: 'FAIL', messageId: 'disabled', evidence };
    return { status: 'PASS', messageId: 'enabled', data: { settings: delivering.map((s) => s.name).join(', ') }, evidence };
  },
});
