import type { ControlRef } from '../compliance/controls.js';
import type { AnyRule } from '../engine/rule.js';

/**
 * A rule's help as plain text and as Markdown (SARIF `help`, shown by GitHub next to each alert):
 * what it checks, why it matters, how to fix it (CLI, console, Terraform), its controls and references.
 * Rule metadata is our own text; nothing here comes from a resource.
 */
export function ruleHelpText(rule: AnyRule, controls: readonly ControlRef[]): string {
  const r = rule.remediation;
  const lines = [rule.description, '', `Why it matters: ${rule.rationale}`, '', `How to fix it: ${r.summary}`];
  if (r.cli) lines.push('', `CLI: ${r.cli}`);
  if (r.console && r.console.length > 0) lines.push('', 'Console:', ...r.console.map((step, i) => `${i + 1}. ${step}`));
  if (r.terraform) lines.push('', 'Terraform:', r.terraform);
  if (controls.length > 0) lines.push('', `Compliance: ${controls.map((c) => `${c.framework} ${c.control}`).join(', ')}`);
  if (rule.references.length > 0) lines.push('', 'References:', ...rule.references);
  return lines.join('\n');
}

export function ruleHelpMarkdown(rule: AnyRule, controls: readonly ControlRef[]): string {
  const r = rule.remediation;
  const lines = [
    `**${rule.title}** · severity **${rule.severity}** · \`${rule.resourceType}\``,
    '',
    rule.description,
    '',
    '## Why it matters',
    '',
    rule.rationale,
    '',
    '## How to fix it',
    '',
    r.summary,
  ];
  if (r.cli) lines.push('', '### CLI', '', fence(r.cli, 'sh'));
  if (r.console && r.console.length > 0) lines.push('', '### Console', '', ...r.console.map((step, i) => `${i + 1}. ${step}`));
  if (r.terraform) lines.push('', '### Terraform', '', fence(r.terraform, 'hcl'));
  if (controls.length > 0) lines.push('', '## Compliance', '', ...controls.map((c) => `- ${c.framework} control ${c.control}`));
  if (rule.references.length > 0) lines.push('', '## References', '', ...rule.references.map((ref) => `- <${ref}>`));
  return lines.join('\n');
}

/** A fenced code block whose fence is longer than any backtick run inside it. */
function fence(code: string, lang: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((m) => m[0].length));
  const ticks = '`'.repeat(longest + 1);
  return `${ticks}${lang}\n${code}\n${ticks}`;
}
