import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { ComplianceDocument } from '../../src/cli/commands/compliance.js';
import { DEMO_AZURE_SUBSCRIPTION } from '../../src/demo/azure.js';
import { cliSandbox, type CliSandbox } from '../support/cli.js';

let box: CliSandbox;
const docs = new Map<string, { code: number; doc: ComplianceDocument }>();

beforeAll(async () => {
  box = cliSandbox();
  const scan = await box.run(['scan', '--demo', '-q', '--format', 'json']);
  expect(scan.stderr).not.toContain('Error');
  for (const framework of ['cis-azure-v5.0.0', 'cis-azure-v6.0.0']) {
    const run = await box.run(['compliance', '--framework', framework, '--format', 'json']);
    docs.set(framework, { code: run.code, doc: JSON.parse(run.stdout) as ComplianceDocument });
  }
});
afterAll(() => box.cleanup());

describe('cspm compliance on the demo Azure subscription', () => {
  it.each([
    ['cis-azure-v6.0.0', 127, 89],
    ['cis-azure-v5.0.0', 155, 93],
  ])('%s reports every control (%i) and assesses every automated one (%i)', (framework, controls, automated) => {
    const { code, doc } = docs.get(framework) ?? { code: -1, doc: null as unknown as ComplianceDocument };
    expect(code).toBe(1);
    expect(doc.scan.scopes.map((s) => s.account)).toContain(DEMO_AZURE_SUBSCRIPTION);
    expect(doc.controls).toHaveLength(controls);
    const auto = doc.controls.filter((c) => c.assessment === 'automated');
    expect(auto).toHaveLength(automated);
    // Assessed: a verdict, or not applicable because nothing in the demo is in scope, never MANUAL or ERROR.
    expect(auto.filter((c) => c.status === 'MANUAL' || c.status === 'ERROR').map((c) => c.id)).toEqual([]);
    for (const c of doc.controls) if (c.status !== 'PASS' && c.status !== 'FAIL') expect(c.reason).not.toBeNull();
  });

  it('has passing and failing controls in every v6.0.0 section with more than one assessable control', () => {
    const { doc } = docs.get('cis-azure-v6.0.0') ?? { doc: null as unknown as ComplianceDocument };
    for (const section of doc.sections) {
      const statuses = doc.controls.filter((c) => c.section === section.id && (c.status === 'PASS' || c.status === 'FAIL')).map((c) => c.status);
      if (statuses.length < 2) continue;
      expect([section.title, statuses.includes('PASS'), statuses.includes('FAIL')]).toEqual([section.title, true, true]);
    }
  });
});
