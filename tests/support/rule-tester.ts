/**
 * The rule test harness (ESLint RuleTester's shape, our data). Each rule's test file is one call:
 *
 *   testRule(rule, {
 *     valid:         [{ name: 'why it passes', resource: bucket({...}) }],
 *     invalid:       [{ name: 'why it fails', resource: bucket({...}), messageId: 'notBlocked', evidence: {...} }],
 *     notApplicable: [{ name: 'why it does not apply', resource: ... }],
 *     error:         [{ name: 'a needed value is unknown', resource: ..., message: 'why' }],
 *   });
 *
 * It runs every case through the real engine (so messages, severities and fingerprints are the
 * shipped ones) and enforces the rules of testing: at least one valid and one invalid case, unique
 * names, deep-frozen inputs (a rule cannot mutate the inventory), known message ids, no unfilled
 * placeholders, and never an ERROR except in the `error` cases (unknown data the rule refuses to guess).
 */
import { describe, expect, it } from '@jest/globals';
import type { Severity } from '../../src/core/types.js';
import { evaluate } from '../../src/engine/evaluate.js';
import type { Finding } from '../../src/engine/finding.js';
import { validateRuleMeta, type AnyRule, type Rule } from '../../src/engine/rule.js';
import { Inventory } from '../../src/inventory/inventory.js';
import { INVENTORY_FORMAT_VERSION } from '../../src/inventory/types.js';
import type { AnyResource, Resource, ResourceType } from '../../src/resources/index.js';

export interface RuleCase<T extends ResourceType> {
  /** Says why: 'KMS key from another account still passes', not 'test 3'. */
  readonly name: string;
  readonly resource: Resource<T>;
  /** Other resources the rule reads through ctx.inventory. */
  readonly inventory?: readonly AnyResource[];
  /** Evaluation time (default 2026-11-01T09:00:00Z). */
  readonly now?: string;
  readonly only?: boolean;
}

export interface InvalidCase<T extends ResourceType, M extends string> extends RuleCase<T> {
  readonly messageId: M;
  /** Expected evidence (a subset match). */
  readonly evidence?: Readonly<Record<string, unknown>>;
  readonly severity?: Severity;
  readonly findingKey?: string;
  /** How many FAIL findings the resource yields (default: at least one). */
  readonly failures?: number;
}

export interface PassCase<T extends ResourceType, M extends string> extends RuleCase<T> {
  readonly messageId?: M;
  readonly evidence?: Readonly<Record<string, unknown>>;
}

export interface ErrorCase<T extends ResourceType> extends RuleCase<T> {
  /** Text the ERROR message must contain (why the rule could not assess the resource). */
  readonly message: string;
}

export interface RuleCases<T extends ResourceType, M extends string> {
  readonly valid: readonly PassCase<T, M>[];
  readonly invalid: readonly InvalidCase<T, M>[];
  readonly notApplicable?: readonly PassCase<T, M>[];
  /** Data the rule needs is unknown (null) in the inventory: the rule must yield ERROR, never a verdict. */
  readonly error?: readonly ErrorCase<T>[];
}

const DEFAULT_NOW = '2026-11-01T09:00:00.000Z';

export function testRule<T extends ResourceType, M extends string>(rule: Rule<T, M>, cases: RuleCases<T, M>): void {
  describe(rule.id, () => {
    it('has valid metadata and at least one valid and one invalid case with unique names', () => {
      expect(validateRuleMeta(rule)).toEqual([]);
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
      const names = [...cases.valid, ...cases.invalid, ...(cases.notApplicable ?? []), ...(cases.error ?? [])].map((c) => c.name);
      expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
      expect(JSON.stringify([...cases.valid, ...cases.invalid, ...(cases.notApplicable ?? [])]).length).toBeGreaterThan(0);
    });

    for (const c of cases.valid) {
      caseIt(c)(`valid: ${c.name}`, () => {
        const findings = run(rule, c);
        expect(findings.map((f) => f.status)).toEqual(findings.map(() => 'PASS'));
        expect(findings.length).toBeGreaterThan(0);
        if (c.messageId !== undefined) expect(findings[0]?.message).toBe(expectedMessage(rule.messages, c.messageId, findings[0]));
        if (c.evidence !== undefined) expect(findings[0]?.evidence).toMatchObject(c.evidence);
      });
    }

    for (const c of cases.invalid) {
      caseIt(c)(`invalid: ${c.name}`, () => {
        const findings = run(rule, c);
        const failures = findings.filter((f) => f.status === 'FAIL');
        expect(findings.filter((f) => f.status === 'ERROR')).toEqual([]);
        expect(failures.length).toBeGreaterThan(0);
        if (c.failures !== undefined) expect(failures).toHaveLength(c.failures);
        const match = failures.find(
          (f) => (c.findingKey === undefined || f.findingKey === c.findingKey) && f.message === expectedMessage(rule.messages, c.messageId, f),
        );
        expect(
          match
            ? 'found'
            : `no FAIL with messageId '${c.messageId}'${c.findingKey ? ` and key ${c.findingKey}` : ''} in ${JSON.stringify(failures.map((f) => f.message))}`,
        ).toBe('found');
        if (c.evidence !== undefined) expect(match?.evidence).toMatchObject(c.evidence);
        if (c.severity !== undefined) expect(match?.severity).toBe(c.severity);
      });
    }

    for (const c of cases.notApplicable ?? []) {
      caseIt(c)(`not applicable: ${c.name}`, () => {
        const findings = run(rule, c);
        expect(findings.map((f) => f.status)).toEqual(findings.map(() => 'NOT_APPLICABLE'));
        expect(findings.length).toBeGreaterThan(0);
        if (c.messageId !== undefined) expect(findings[0]?.message).toBe(expectedMessage(rule.messages, c.messageId, findings[0]));
        if (c.evidence !== undefined) expect(findings[0]?.evidence).toMatchObject(c.evidence);
      });
    }

    for (const c of cases.error ?? []) {
      caseIt(c)(`error: ${c.name}`, () => {
        const findings = run(rule, c, true);
        expect(findings.length).toBeGreaterThan(0);
        expect(findings.map((f) => f.status)).toEqual(findings.map(() => 'ERROR'));
        expect(findings[0]?.message).toContain(c.message);
      });
    }
  });
}

function caseIt(c: { only?: boolean }): (name: string, fn: () => void) => void {
  return c.only ? it.only : it;
}

function run<T extends ResourceType, M extends string>(rule: Rule<T, M>, c: RuleCase<T>, expectError = false): Finding[] {
  const resources = deepFreeze([c.resource as AnyResource, ...(c.inventory ?? [])]);
  const inventory = new Inventory({
    formatVersion: INVENTORY_FORMAT_VERSION,
    tool: { name: 'cspm', version: 'test' },
    collectedAt: c.now ?? DEFAULT_NOW,
    scopes: [],
    resources,
    errors: [],
  });
  const findings = evaluate(inventory, [rule as unknown as AnyRule]).filter((f) => f.resource.id === c.resource.id);
  for (const f of findings) {
    expect(f.message).not.toMatch(/\{\{/);
    if (!expectError) expect(f.status === 'ERROR' ? f.message : 'no error').toBe('no error');
  }
  return findings;
}

/** The rendered message for a message id, to check the outcome chose it (placeholders aside). */
function expectedMessage<M extends string>(messages: Readonly<Record<M, string>>, messageId: M, finding: Finding | undefined): string {
  const template = messages[messageId] as string | undefined;
  if (template === undefined) throw new Error(`the rule has no message '${messageId}'`);
  if (!finding) return template;
  // Accept any values for placeholders: turn the template into a pattern and compare.
  const pattern = new RegExp(
    `^${template
      .split(/\{\{\s*[A-Za-z0-9_]+\s*\}\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('[\\s\\S]*')}$`,
  );
  return pattern.test(finding.message) ? finding.message : template;
}

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}
