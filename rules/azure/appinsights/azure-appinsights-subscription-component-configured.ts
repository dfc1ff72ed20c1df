import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-appinsights-subscription-component-configured',
  provider: 'azure',
  service: 'appinsights',
  resourceType: 'azure.subscription',
  severity: 'low',
  title: 'Application Insights is configured',
  description:
    'Checks that the subscription has at least one Application Insights component. Workspace-based components are listed in the evidence; classic components (retired) count but are reported.',
  rationale:
    'Application Insights records application requests, failures, dependencies and traces: the telemetry that shows what an attacker did inside an application, which platform logs cannot see.',
  remediation: {
    summary: 'Create a workspace-based Application Insights component and instrument the applications with it.',
    cli: 'az monitor app-insights component create --app <name> --location <location> --resource-group <resource-group> --workspace <workspace-id> --application-type web',
    console: [
      'Search for Application Insights and choose "+ Create".',
      'Choose the resource group, name and Log Analytics workspace, create it, and connect your applications.',
    ],
  },
  references: ['https://learn.microsoft.com/en-us/azure/azure-monitor/app/app-insights-overview'],
  requires: { 'azure.appinsights.component': 'account' },
  messages: {
    configured: 'Subscription {{name}} has {{count}} Application Insights component(s).',
    missing: 'Subscription {{name}} has no Application Insights component.',
  },
  evaluate(subscription, ctx) {
    const components = ctx.inventory.list('azure.appinsights.component', { account: subscription.account });
    const evidence = { components: components.map((c) => ({ name: c.name, workspaceBased: c.properties.workspaceResourceId !== null })) };
    return components.length > 0
      ? { status: 'PASS', messageId: 'configured', data: { count: components.length }, evidence }
      : { status: 'FAIL', messageId: 'missing', evidence };
  },
});
