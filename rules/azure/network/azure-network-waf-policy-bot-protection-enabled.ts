import { defineRule } from '../../../src/engine/rule.js';

export default defineRule({
  id: 'azure-network-waf-policy-bot-protection-enabled',
  provider: 'azure',
  service: 'network',
  resourceType: 'azure.network.waf-policy',
  severity: 'low',
  title: 'Application Gateway WAF policies have bot protection enabled',
  description: "Checks that the WAF policy's managed rule sets include 'Microsoft_BotManagerRuleSet'.",
  rationale:
    'The bot manager rule set blocks traffic from known-malicious IP addresses and bad bots (scrapers, credential stuffers, vulnerability scanners) that the OWASP core rules do not recognise.',
  remediation: {
    summary: 'Add the Microsoft_BotManagerRuleSet managed rule set to the WAF policy.',
    cli: 'az network application-gateway waf-policy managed-rule rule-set add --policy-name <policy> --resource-group <resource-group> --type Microsoft_BotManagerRuleSet --version 1.0',
    console: ['Open the Web Application Firewall policy and choose Settings > Managed rules.', 'Choose "Assign", add the bot management rule set and save.'],
  },
  references: ['https://learn.microsoft.com/en-us/azure/web-application-firewall/ag/bot-protection-overview'],
  reads: ['managedRuleSets'],
  messages: {
    enabled: 'WAF policy {{name}} has bot protection ({{ruleSet}}).',
    disabled: 'WAF policy {{name}} has no bot protection rule set.',
  },
  evaluate(policy) {
    const sets = policy.properties.managedRuleSets;
    const bot = sets.find((s) => s.ruleSetType.toLowerCase() === 'microsoft_botmanagerruleset');
    const evidence = { managedRuleSets: sets.map((s) => `${s.ruleSetType} ${s.ruleSetVersion}`) };
    return bot
      ? { status: 'PASS', messageId: 'enabled', data: { ruleSet: `${bot.ruleSetType} ${bot.ruleSetVersion}` }, evidence }
      : { status: 'FAIL', messageId: 'disabled', evidence };
  },
});
