import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { ComplianceDocument } from '../../src/cli/commands/compliance.js';
import type { ControlStatus } from '../../src/compliance/evaluate.js';
import { demoInventory } from '../../src/demo/index.js';
import { DEMO_AWS_ACCOUNT } from '../../src/demo/aws.js';
import { saveInventoryFile } from '../../src/inventory/snapshot.js';
import type { InventoryData } from '../../src/inventory/types.js';
import { openStore } from '../../src/store/db.js';
import { cliSandbox, type CliSandbox } from '../support/cli.js';

let box: CliSandbox;
beforeEach(() => {
  box = cliSandbox();
});
afterEach(() => box.cleanup());

async function gradeDemo(framework: string, format: 'table' | 'json' = 'json'): Promise<{ code: number; stdout: string; stderr: string }> {
  await box.run(['scan', '--demo', '-q', '--format', 'json']);
  return box.run(['compliance', '--framework', framework, '--format', format]);
}

describe('cspm compliance on the demo account', () => {
  it('grades every control of CIS v7.0.0, with passing and failing controls in every section, and exits 1', async () => {
    const run = await gradeDemo('cis-aws-v7.0.0');
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout) as ComplianceDocument;
    expect(doc.controls).toHaveLength(70);
    expect(doc.scan).toMatchObject({
      id: 1,
      source: 'demo',
      complete: true,
      scopes: expect.arrayContaining([expect.objectContaining({ account: DEMO_AWS_ACCOUNT })]),
    });
    for (const section of doc.sections) {
      const statuses = new Set(doc.controls.filter((c) => c.section === section.id).map((c) => c.status));
      expect([section.title, statuses.has('PASS'), statuses.has('FAIL')]).toEqual([section.title, true, true]);
    }
    // Every control either has a verdict or says why it has none.
    for (const c of doc.controls) if (c.status !== 'PASS' && c.status !== 'FAIL') expect(c.reason).not.toBeNull();
  });

  it('prints the same numbers in the table as in the JSON form', async () => {
    const doc = JSON.parse((await gradeDemo('cis-aws-v7.0.0')).stdout) as ComplianceDocument;
    const table = (await box.run(['compliance', '--framework', 'cis-aws-v7.0.0'])).stdout;
    expect(table).toContain(`Overall: ${doc.score.percent?.toFixed(1) ?? 'n/a'}% (${doc.score.passed}/${doc.score.assessed} automated controls passed)`);
    for (const s of doc.sections) {
      expect(table).toContain(
        `${s.id} ${s.title}: ${s.percent === null ? 'n/a' : `${s.percent.toFixed(1)}%`} (${s.passed}/${s.assessed} automated controls passed;`,
      );
    }
    for (const c of doc.controls) {
      const row = table.split('\n').find((line) => line.startsWith(`│ ${c.id.padEnd(7)} │`));
      expect(row?.replace(/\s+/g, ' ')).toContain(`│ ${c.status} │ ${c.passed} │ ${c.failed} │ ${c.errors} │ ${c.muted} │`);
    }
    expect(table).toContain('Score = automated controls passed / automated controls assessed');
    expect(table).toContain(`Resources to fix (${doc.counts.FAIL} failing control(s))`);
  });

  it('stores the per-control results with the scan, replacing them when graded again', async () => {
    await gradeDemo('cis-aws-v6.0.0');
    await box.run(['compliance', '--framework', 'cis-aws-v6.0.0', '-f', 'json']);
    const store = await openStore(box.db, { mustExist: true });
    try {
      const rows = await store.db.selectFrom('compliance_result').selectAll().where('framework_id', '=', 'cis-aws-v6.0.0').execute();
      expect(rows).toHaveLength(63);
      const summary = await store.db.selectFrom('compliance_summary').selectAll().where('framework_id', '=', 'cis-aws-v6.0.0').executeTakeFirstOrThrow();
      const failing = rows.filter((r) => r.status === 'FAIL').length;
      expect(failing).toBeGreaterThan(0);
      expect(summary.assessed).toBeGreaterThanOrEqual(summary.passed);
    } finally {
      await store.close();
    }
  });

  it('grades v5.0.0 with the corrected control ids (1.10, not a second 1.1)', async () => {
    const doc = JSON.parse((await gradeDemo('cis-aws-v5.0.0')).stdout) as ComplianceDocument;
    expect(doc.controls.filter((c) => c.id === '1.1')).toHaveLength(1);
    expect(doc.controls.find((c) => c.id === '1.10')).toMatchObject({
      rules: ['aws-iam-user-no-never-used-access-keys'],
      note: expect.stringContaining('1.1 a second time'),
    });
  });

  it('grades the frameworks named by scan --compliance and stores them with the scan', async () => {
    const scan = JSON.parse((await box.run(['scan', '--demo', '--format', 'json', '--compliance', 'cis-aws-v5.0.0,cis-aws-v7.0.0'])).stdout) as {
      compliance: { framework: { id: string } }[];
    };
    expect(scan.compliance.map((c) => c.framework.id)).toEqual(['cis-aws-v5.0.0', 'cis-aws-v7.0.0']);
    const json = JSON.parse((await box.run(['compliance', '--framework', 'cis-aws-v7.0.0', '-f', 'json'])).stdout) as ComplianceDocument;
    expect(json.score).toEqual((scan.compliance[1] as unknown as ComplianceDocument).score);
  });

  it("summarises each framework in the scan's table with automated counts that add up to the score", async () => {
    const table = (await box.run(['scan', '--demo', '--compliance', 'cis-aws-v7.0.0'])).stdout;
    const json = JSON.parse((await box.run(['compliance', '--framework', 'cis-aws-v7.0.0', '-f', 'json'])).stdout) as ComplianceDocument;
    const auto = json.countsByAssessment.automated;
    const manual = Object.values(json.countsByAssessment.manual).reduce((a, b) => a + b, 0);
    expect(json.score.passed + auto.FAIL + auto.ERROR).toBe(json.score.assessed);
    expect(table).toContain(
      `(${json.score.passed}/${json.score.assessed} automated controls passed, ${auto.FAIL} failing, ${auto.ERROR} could not be assessed; ${manual} manual controls, not scored)`,
    );
  });
});

describe('partial scans', () => {
  it('reports controls whose rules did not run as MANUAL (not assessed), never PASS', async () => {
    await box.run(['scan', '--demo', '-q', '--checks', 'aws-rds-*']);
    const doc = JSON.parse((await box.run(['compliance', '--framework', 'cis-aws-v7.0.0', '-f', 'json'])).stdout) as ComplianceDocument;
    expect(doc.controls.find((c) => c.id === '3.2.3')?.status).toBe('PASS');
    const kms = doc.controls.find((c) => c.id === '4.6');
    expect(kms).toMatchObject({ status: 'MANUAL', rulesNotRun: ['aws-kms-key-rotation-enabled'] });
    expect(doc.score.assessed).toBe(3);
  });

  it('turns a failed collection into ERROR controls and exit code 3, keeping known failures', async () => {
    const data: InventoryData = demoInventory();
    const path = join(box.dir, 'partial.json');
    saveInventoryFile(path, {
      ...data,
      errors: [
        {
          provider: 'aws',
          collector: 'efs',
          account: DEMO_AWS_ACCOUNT,
          region: 'us-east-1',
          action: 'elasticfilesystem:DescribeFileSystems',
          code: 'Throttling',
          message: 'Rate exceeded',
          resourceTypes: ['aws.efs.file-system'],
          resourceId: null,
          properties: null,
        },
        {
          provider: 'aws',
          collector: 'config',
          account: DEMO_AWS_ACCOUNT,
          region: 'us-east-1',
          action: 'config:DescribeConfigurationRecorders',
          code: 'AccessDenied',
          message: 'not authorized',
          resourceTypes: ['aws.config.recorder'],
          resourceId: null,
          properties: null,
        },
      ],
    });
    await box.run(['scan', '--input', path, '-q']);
    const run = await box.run(['compliance', '--framework', 'cis-aws-v7.0.0', '-f', 'json']);
    expect(run.code).toBe(3);
    const controls = (JSON.parse(run.stdout) as ComplianceDocument).controls;
    expect(controls.find((c) => c.id === '3.3.1')).toMatchObject({ status: 'ERROR' as ControlStatus, errors: 1 });
    // A known failure is still reported: eu-west-1 has no recorder, us-east-1 could not be read.
    expect(controls.find((c) => c.id === '4.3')).toMatchObject({ status: 'FAIL' as ControlStatus, failed: 1, errors: 1 });
    const table = await box.run(['compliance', '--framework', 'cis-aws-v7.0.0']);
    expect(table.stdout).toContain('PARTIAL RESULTS');
  });
});

describe('bad input', () => {
  it.each([
    [['compliance'], /--framework is required \(one of: .*cis-aws-v7\.0\.0/],
    [['compliance', '--framework', 'cis-aws-v9.9.9'], /unknown framework 'cis-aws-v9\.9\.9' \(known: .*cis-aws-v5\.0\.0/],
    [['compliance', '--framework', 'cis-aws-v7.0.0'], /no cspm database at/],
  ])('%j exits 2 with one line', async (argv, message) => {
    const run = await box.run(argv);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stdout).toBe('');
  });

  it('rejects a scan id that does not exist and a bad format', async () => {
    await box.run(['scan', '--demo', '-q']);
    const missing = await box.run(['compliance', '--framework', 'cis-aws-v7.0.0', '42']);
    expect([missing.code, missing.stderr.trim()]).toEqual([2, expect.stringMatching(/no scan #42/)]);
    expect((await box.run(['compliance', '--framework', 'cis-aws-v7.0.0', '-f', 'xml'])).code).toBe(2);
  });
});
