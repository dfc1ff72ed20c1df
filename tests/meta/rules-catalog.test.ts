/**
 * The catalogue checked as a whole, for every provider: rule ids are unique and equal to their file
 * names, each rule sits in rules/<provider>/<service>/ as its metadata says, every rule file is
 * registered and tested, and the shipped frameworks only name rules that exist, never repeat a
 * control id, and assess every automated control with at least one rule.
 */
import { describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules } from '../../rules/index.js';
import { loadFrameworks } from '../../src/compliance/frameworks.js';
import type { AnyRule } from '../../src/engine/rule.js';
import { PROVIDERS } from '../../src/core/types.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const isDir = (path: string): boolean => existsSync(path) && statSync(path).isDirectory();

interface RuleFile {
  readonly provider: string;
  readonly service: string;
  readonly id: string;
  /** Relative to the repository root, e.g. rules/aws/s3/aws-s3-bucket-public-access-blocked.ts */
  readonly path: string;
}

function ruleFiles(): RuleFile[] {
  const files: RuleFile[] = [];
  for (const provider of PROVIDERS) {
    const providerDir = join(root, 'rules', provider);
    if (!isDir(providerDir)) continue;
    for (const service of readdirSync(providerDir).filter((d) => isDir(join(providerDir, d)))) {
      for (const file of readdirSync(join(providerDir, service))) {
        if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
        files.push({ provider, service, id: file.slice(0, -3), path: `rules/${provider}/${service}/${file}` });
      }
    }
  }
  return files;
}

const files = ruleFiles();
const byId = new Map<string, AnyRule>(allRules.map((r) => [r.id, r]));
const frameworks = loadFrameworks();

describe('the rule catalogue', () => {
  it('has unique rule ids', () => {
    const ids = allRules.map((r) => r.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  it('registers every rule file, and every registered rule has a file', () => {
    expect(files.map((f) => f.id).filter((id) => !byId.has(id))).toEqual([]);
    const fileIds = new Set(files.map((f) => f.id));
    expect(allRules.map((r) => r.id).filter((id) => !fileIds.has(id))).toEqual([]);
  });

  it('lists every rule file in rules/<provider>/index.ts', () => {
    for (const provider of PROVIDERS) {
      const index = join(root, 'rules', provider, 'index.ts');
      if (!existsSync(index)) continue;
      const text = readFileSync(index, 'utf8');
      const missing = files.filter((f) => f.provider === provider && !text.includes(`'./${f.service}/${f.id}.js'`)).map((f) => f.path);
      expect(missing).toEqual([]);
    }
  });

  it('keeps each rule in rules/<provider>/<service>/<id>.ts as its metadata says, with the id as the default export', async () => {
    const wrong: string[] = [];
    for (const file of files) {
      const module = (await import(join(root, file.path))) as { default?: AnyRule };
      const rule = module.default;
      if (rule?.id !== file.id) wrong.push(`${file.path}: default export has id ${rule?.id ?? 'none'}`);
      else if (rule.provider !== file.provider || rule.service !== file.service) wrong.push(`${file.path}: metadata says ${rule.provider}/${rule.service}`);
    }
    expect(wrong).toEqual([]);
  });

  it('has a test file next to every rule', () => {
    expect(files.filter((f) => !existsSync(join(root, f.path.replace(/\.ts$/, '.test.ts')))).map((f) => f.path)).toEqual([]);
  });
});

describe('the shipped frameworks', () => {
  it('ship at least CIS AWS Foundations v5.0.0, v6.0.0 and v7.0.0', () => {
    expect(frameworks.map((f) => f.id)).toEqual(expect.arrayContaining(['cis-aws-v5.0.0', 'cis-aws-v6.0.0', 'cis-aws-v7.0.0']));
  });

  it('ship CIS Microsoft Azure Foundations v5.0.0 (155 controls) and v6.0.0 (127 controls)', () => {
    const count = (id: string): number | undefined => frameworks.find((f) => f.id === id)?.controls.length;
    expect([count('cis-azure-v5.0.0'), count('cis-azure-v6.0.0')]).toEqual([155, 127]);
  });

  describe.each(frameworks.map((f) => [f.id, f] as const))('%s', (_id, framework) => {
    it('names only rules that exist, of its own provider', () => {
      const named = framework.controls.flatMap((c) => c.rules.map((r) => ({ control: c.id, rule: r })));
      expect(named.filter(({ rule }) => !byId.has(rule))).toEqual([]);
      expect(named.filter(({ rule }) => byId.get(rule)?.provider !== framework.provider)).toEqual([]);
    });

    it('has unique control ids, each in a declared section', () => {
      const ids = framework.controls.map((c) => c.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
      const sections = new Set(framework.sections.map((s) => s.id));
      expect(framework.controls.filter((c) => !sections.has(c.section)).map((c) => c.id)).toEqual([]);
    });

    it('assesses every automated control with at least one rule', () => {
      expect(framework.controls.filter((c) => c.assessment === 'automated' && c.rules.length === 0).map((c) => c.id)).toEqual([]);
    });

    it('gives the reason for every control without rules', () => {
      expect(framework.controls.filter((c) => c.rules.length === 0 && (c.reason ?? '').trim() === '').map((c) => c.id)).toEqual([]);
    });
  });
});
