import Table from 'cli-table3';
import { loadFrameworks } from '../../compliance/frameworks.js';
import { UsageError } from '../../core/errors.js';
import { ExitCode } from '../../core/exit-codes.js';
import { isProvider, type Provider } from '../../core/types.js';
import type { AnyRule } from '../../engine/rule.js';
import { palette, severityStyle } from '../../report/style.js';
import { requireChoice, type CommandContext } from '../context.js';

export interface RulesListOptions {
  readonly provider?: string;
  readonly format?: string;
}

/** Compliance controls per rule, inverted from the framework data (rules never repeat it). */
export function controlsByRule(): Map<string, { framework: string; control: string }[]> {
  const map = new Map<string, { framework: string; control: string }[]>();
  for (const framework of loadFrameworks()) {
    for (const control of framework.controls) {
      for (const ruleId of control.rules) {
        const list = map.get(ruleId) ?? [];
        list.push({ framework: framework.id, control: control.id });
        map.set(ruleId, list);
      }
    }
  }
  return map;
}

/** `cspm rules list`: every check with its severity and resource type. */
export function rulesListCommand(opts: RulesListOptions, ctx: CommandContext): ExitCode {
  const format = requireChoice(opts.format ?? 'table', ['table', 'json'] as const, '--format');
  let provider: Provider | undefined;
  if (opts.provider !== undefined) {
    if (!isProvider(opts.provider)) throw new UsageError(`--provider '${opts.provider}' is not one of: aws, azure`);
    provider = opts.provider;
  }
  const rules = ctx.registry.select({ providers: provider ? [provider] : null });
  if (format === 'json') {
    const controls = controlsByRule();
    ctx.deps.stdout.write(
      `${JSON.stringify(
        rules.map((r) => ({ ...ruleMetadata(r), compliance: controls.get(r.id) ?? [] })),
        null,
        2,
      )}\n`,
    );
    return ExitCode.OK;
  }
  const c = palette(ctx.colorOut);
  const table = new Table({ head: ['Check', 'Severity', 'Resource type', 'Title'], style: { head: [], border: [], compact: true } });
  for (const rule of rules) table.push([rule.id, severityStyle(c, rule.severity)(rule.severity), rule.resourceType, rule.title]);
  ctx.deps.stdout.write(`${table.toString()}\n${rules.length} checks. Details: cspm rules show <check>\n`);
  return ExitCode.OK;
}

/** `cspm rules show ID`: what the check looks at, why it matters and how to fix it. */
export function rulesShowCommand(id: string, opts: { format?: string }, ctx: CommandContext): ExitCode {
  const format = requireChoice(opts.format ?? 'table', ['table', 'json'] as const, '--format');
  const rule = ctx.registry.get(id);
  if (!rule) {
    const close = ctx.registry
      .all()
      .filter((r) => r.id.includes(id) || id.includes(r.id.split('-').slice(0, 3).join('-')))
      .map((r) => r.id);
    throw new UsageError(`no check '${id}'${close.length > 0 ? ` (did you mean ${close.slice(0, 3).join(', ')}?)` : ''}; see 'cspm rules list'`);
  }
  const controls = controlsByRule().get(rule.id) ?? [];
  if (format === 'json') {
    ctx.deps.stdout.write(`${JSON.stringify({ ...ruleMetadata(rule), compliance: controls }, null, 2)}\n`);
    return ExitCode.OK;
  }
  const c = palette(ctx.colorOut);
  const lines = [
    c.bold(rule.title),
    `${rule.id} · ${severityStyle(c, rule.severity)(rule.severity)} · ${rule.resourceType}`,
    '',
    rule.description,
    '',
    c.bold('Why it matters'),
    rule.rationale,
    '',
    c.bold('How to fix it'),
    rule.remediation.summary,
  ];
  if (rule.remediation.cli) lines.push('', c.dim('CLI:'), `  ${rule.remediation.cli}`);
  if (rule.remediation.console) lines.push('', c.dim('Console:'), ...rule.remediation.console.map((step, i) => `  ${i + 1}. ${step}`));
  if (rule.remediation.terraform) lines.push('', c.dim('Terraform:'), rule.remediation.terraform);
  if (controls.length > 0) lines.push('', c.bold('Compliance'), ...controls.map((x) => `  ${x.framework} ${x.control}`));
  if (rule.references.length > 0) lines.push('', c.bold('References'), ...rule.references.map((r) => `  ${r}`));
  ctx.deps.stdout.write(`${lines.join('\n')}\n`);
  return ExitCode.OK;
}

export function ruleMetadata(rule: AnyRule): Record<string, unknown> {
  return {
    id: rule.id,
    provider: rule.provider,
    service: rule.service,
    resourceType: rule.resourceType,
    severity: rule.severity,
    title: rule.title,
    description: rule.description,
    rationale: rule.rationale,
    remediation: rule.remediation,
    references: rule.references,
  };
}
