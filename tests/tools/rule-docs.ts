/**
 * Renders the documentation generated from metadata, for every provider: one page per rule
 * (docs/rules/<id>.md, with the controls it assesses inverted from the framework data), an index
 * of the rules (docs/rules/README.md), and the coverage of every shipped framework
 * (docs/compliance-coverage.md). Pure: `npm run docs` writes the result, a test compares it.
 */
import { controlsByRuleId } from '../../src/compliance/controls.js';
import type { FrameworkControl, FrameworkData } from '../../src/compliance/framework.js';
import type { AnyRule } from '../../src/engine/rule.js';
import { RESOURCE_TYPES } from '../../src/resources/index.js';

export const RULE_DOCS_DIR = 'docs/rules';
export const COVERAGE_PAGE = 'docs/compliance-coverage.md';
const GENERATED = '<!-- Generated from the rule metadata and rules/frameworks/*.json by `npm run docs`: do not edit. -->';

/** Escapes text for Markdown prose and table cells. */
export function md(text: string): string {
  return text.replace(/([\\`*_[\]<>|])/g, '\\$1').replace(/\n/g, ' ');
}

const ruleLink = (id: string, fromRulesDir: boolean): string => `[\`${id}\`](${fromRulesDir ? '' : 'rules/'}${id}.md)`;

/** Every generated file, keyed by its path relative to the repository root. */
export function renderDocs(rules: readonly AnyRule[], frameworks: readonly FrameworkData[]): Map<string, string> {
  const sorted = [...rules].sort((a, b) => a.id.localeCompare(b.id));
  const files = new Map<string, string>();
  for (const rule of sorted) files.set(`${RULE_DOCS_DIR}/${rule.id}.md`, rulePage(rule, frameworks));
  files.set(`${RULE_DOCS_DIR}/README.md`, ruleIndex(sorted, frameworks));
  files.set(COVERAGE_PAGE, coveragePage(frameworks, new Set(rules.map((r) => r.id))));
  return files;
}

function controlOf(framework: FrameworkData, id: string): FrameworkControl | undefined {
  return framework.controls.find((c) => c.id === id);
}

function rulePage(rule: AnyRule, frameworks: readonly FrameworkData[]): string {
  const refs = controlsByRuleId(frameworks).get(rule.id) ?? [];
  const lines = [
    `# ${md(rule.title)}`,
    '',
    GENERATED,
    '',
    `\`${rule.id}\` · severity **${rule.severity}** · ${rule.provider} · service \`${rule.service}\` · resource type \`${rule.resourceType}\``,
    '',
    md(rule.description),
    '',
    '## Why it matters',
    '',
    md(rule.rationale),
    '',
    '## How to fix it',
    '',
    md(rule.remediation.summary),
  ];
  if (rule.remediation.cli) lines.push('', '### Command line', '', '```sh', rule.remediation.cli, '```');
  if (rule.remediation.console && rule.remediation.console.length > 0)
    lines.push('', '### Console', '', ...rule.remediation.console.map((s, i) => `${i + 1}. ${md(s)}`));
  if (rule.remediation.terraform) lines.push('', '### Terraform', '', '```hcl', rule.remediation.terraform, '```');
  lines.push('', '## Compliance', '');
  if (refs.length === 0) lines.push('Not mapped to a control of the shipped frameworks.');
  else {
    lines.push('| Framework | Control | Title | Level | Type |', '|---|---|---|---|---|');
    for (const ref of refs) {
      const framework = frameworks.find((f) => f.id === ref.framework);
      const control = framework ? controlOf(framework, ref.control) : undefined;
      lines.push(`| ${ref.framework} | ${ref.control} | ${md(control?.title ?? '')} | ${control?.level ?? ''} | ${control?.assessment ?? ''} |`);
    }
  }
  const info = RESOURCE_TYPES[rule.resourceType];
  lines.push('', '## What it reads', '', `- \`${rule.resourceType}\`: ${md(info.description)}`);
  for (const [type, scope] of Object.entries(rule.requires ?? {})) {
    lines.push(
      `- \`${type}\` in the same ${scope === 'region' ? 'account and region' : 'account'}: ${md(RESOURCE_TYPES[type as keyof typeof RESOURCE_TYPES].description)}`,
    );
  }
  lines.push('', 'When the data a rule reads could not be collected, the result is ERROR, never PASS.');
  if (rule.references.length > 0) lines.push('', '## References', '', ...rule.references.map((r) => `- <${r}>`));
  return `${lines.join('\n')}\n`;
}

function ruleIndex(rules: readonly AnyRule[], frameworks: readonly FrameworkData[]): string {
  const refs = controlsByRuleId(frameworks);
  const lines = [
    '# Rules',
    '',
    GENERATED,
    '',
    `${rules.length} rules. Each page says what the rule checks, why, how to fix it and which controls it assesses.`,
    '',
  ];
  for (const provider of [...new Set(rules.map((r) => r.provider))]) {
    lines.push(`## ${provider.toUpperCase()}`, '', '| Rule | Severity | Title | Controls |', '|---|---|---|---|');
    for (const rule of rules.filter((r) => r.provider === provider)) {
      lines.push(`| ${ruleLink(rule.id, true)} | ${rule.severity} | ${md(rule.title)} | ${(refs.get(rule.id) ?? []).length} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** Automated controls of a framework without a rule that exists: must be none. */
export function uncoveredAutomated(framework: FrameworkData, ruleIds: ReadonlySet<string>): FrameworkControl[] {
  return framework.controls.filter((c) => c.assessment === 'automated' && !c.rules.some((r) => ruleIds.has(r)));
}

function coveragePage(frameworks: readonly FrameworkData[], ruleIds: ReadonlySet<string>): string {
  const sorted = [...frameworks].sort((a, b) => a.id.localeCompare(b.id));
  const lines = [
    '# Compliance coverage',
    '',
    GENERATED,
    '',
    'Every control of every shipped framework, with the rules that assess it. Automated controls must all have a rule; manual',
    'controls have rules where an API gives evidence (reported PASS/FAIL for a person to confirm, not scored) and otherwise the reason',
    'they need a person. Statuses and the score are explained in [compliance.md](compliance.md).',
    '',
    '| Framework | Controls | Automated | Automated with a rule | Manual with a rule | Manual, no API evidence |',
    '|---|---|---|---|---|---|',
  ];
  for (const f of sorted) {
    const automated = f.controls.filter((c) => c.assessment === 'automated');
    const manual = f.controls.filter((c) => c.assessment === 'manual');
    const covered = automated.length - uncoveredAutomated(f, ruleIds).length;
    const evidenced = manual.filter((c) => c.rules.length > 0).length;
    lines.push(
      `| [${f.id}](#${f.id.replace(/\./g, '')}) | ${f.controls.length} | ${automated.length} | ${covered}/${automated.length}${covered === automated.length ? ' (all)' : ''} | ${evidenced}/${manual.length} | ${manual.length - evidenced} |`,
    );
  }
  for (const f of sorted) {
    const missing = uncoveredAutomated(f, ruleIds);
    lines.push('', `## ${f.id}`, '', `${md(f.name)} v${f.version} (${f.provider}). ${md(f.source)}`, '');
    lines.push(
      missing.length === 0
        ? 'Every automated control is assessed by at least one rule.'
        : `Automated controls without a rule: ${missing.map((c) => c.id).join(', ')}.`,
    );
    for (const section of f.sections) {
      lines.push('', `### ${section.id} ${md(section.title)}`, '', '| Control | Title | Level | Type | Rules | Notes |', '|---|---|---|---|---|---|');
      for (const c of f.controls.filter((x) => x.section === section.id)) {
        const rules = c.rules.length > 0 ? c.rules.map((r) => ruleLink(r, false)).join('<br>') : 'none (manual)';
        const notes = [c.reason, c.note]
          .filter((t): t is string => t !== undefined)
          .map(md)
          .join(' ');
        lines.push(`| ${c.id} | ${md(c.title)} | ${c.level ?? ''} | ${c.assessment} | ${rules} | ${notes} |`);
      }
    }
  }
  return `${lines.join('\n')}\n`;
}
