import { describe, expect, it } from '@jest/globals';
import { csvCell, CSV_COLUMNS, csvReporter } from '../../src/report/csv.js';
import { OCSF_VERSION, ocsfReporter, type OcsfDetectionFinding } from '../../src/report/ocsf.js';
import { demoInventory } from '../../src/demo/index.js';
import { HOSTILE_NAMES, hostileInventory, inventoryWithErrors, reportContext, scanFixture } from '../support/report-fixtures.js';

/** A small RFC 4180 parser (quoted fields, doubled quotes, CRLF records) to read the output back. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (quoted) {
      if (ch === '"' && text.charAt(i + 1) === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"' && cell === '') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text.charAt(i + 1) === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length > 0) throw new Error('CSV does not end with CRLF');
  return rows;
}

describe('CSV report', () => {
  it('escapes per RFC 4180 and neutralises spreadsheet formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+cmd')).toBe("'+cmd");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\t=1')).toBe("'\t=1");
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell('')).toBe('');
  });

  it('has a header and one row per finding, with hostile names intact but inert', () => {
    const result = scanFixture({ inventory: hostileInventory() });
    const text = csvReporter(result, reportContext());
    expect(text.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(text);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(result.findings.length + 1);
    for (const row of rows) expect(row).toHaveLength(CSV_COLUMNS.length);
    const col = (name: (typeof CSV_COLUMNS)[number]): number => CSV_COLUMNS.indexOf(name);
    const names = rows.slice(1).map((r) => r[col('resource_name')] ?? '');
    for (const name of HOSTILE_NAMES) {
      const expected = /^[=+\-@\t\r]/.test(name) ? `'${name}` : name;
      expect(names).toContain(expected);
    }
    // No cell that a spreadsheet would evaluate.
    for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    const first = rows[1] ?? [];
    expect(first[col('status')]).toBe('FAIL');
    expect(first[col('severity')]).toBe('critical');
    expect(first[col('remediation')]?.length).toBeGreaterThan(0);
    expect(() => JSON.parse(first[col('evidence')] ?? '') as unknown).not.toThrow();
  });
});

describe('OCSF report', () => {
  const REQUIRED = ['activity_id', 'category_uid', 'class_uid', 'type_uid', 'severity_id', 'time', 'metadata', 'finding_info'] as const;

  it('emits one Detection Finding (class 2004) per assessed finding with the required attributes', () => {
    const result = scanFixture();
    const events = JSON.parse(ocsfReporter(result, reportContext())) as OcsfDetectionFinding[];
    expect(events).toHaveLength(result.findings.filter((f) => f.status !== 'NOT_APPLICABLE').length);
    for (const e of events) {
      for (const key of REQUIRED) expect(e[key]).toBeDefined();
      expect(e).toMatchObject({
        class_uid: 2004,
        category_uid: 2,
        activity_id: 1,
        type_uid: 200401,
        class_name: 'Detection Finding',
        category_name: 'Findings',
      });
      expect(Number.isInteger(e.time)).toBe(true);
      expect([1, 2, 3, 4, 5]).toContain(e.severity_id);
      expect(e.metadata).toMatchObject({ version: OCSF_VERSION, product: { name: 'cspm', vendor_name: 'cspm' } });
      expect(e.finding_info).toMatchObject({ uid: expect.stringMatching(/^[0-9a-f]{32}$/), title: expect.any(String) });
      expect(e.cloud).toMatchObject({ provider: 'AWS', account: { uid: '210987654321', type_id: 10 } });
      expect(e.resources[0]).toMatchObject({ uid: expect.any(String), type: expect.stringMatching(/^aws\./) });
      expect(['PASS', 'FAIL', 'ERROR']).toContain(e.status_code);
    }
    const failing = events.filter((e) => e.status_code === 'FAIL');
    expect(failing.every((e) => e.status_id === 1 && e.status === 'New')).toBe(true);
    expect(events.filter((e) => e.status_code === 'PASS').every((e) => e.status_id === 4)).toBe(true);
    const critical = events.find((e) => e.severity === 'Critical');
    expect(critical?.severity_id).toBe(5);
    expect(critical?.remediation).toMatchObject({ desc: expect.any(String) });
  });

  it('marks muted failures Suppressed and errors as Other, keeping the reason', () => {
    const result = scanFixture({
      inventory: inventoryWithErrors(),
      mute: (f) => (f.ruleId === 'aws-ec2-instance-no-public-ip' ? { reason: 'Accepted risk.', expires: null, source: 'm.yaml:1' } : null),
    });
    const events = JSON.parse(ocsfReporter(result, reportContext())) as OcsfDetectionFinding[];
    const muted = events.filter((e) => e.status_id === 3);
    expect(muted.length).toBeGreaterThan(0);
    expect(muted.every((e) => e.status === 'Suppressed' && (e.unmapped['muted'] as { reason: string }).reason === 'Accepted risk.')).toBe(true);
    const errors = events.filter((e) => e.status_code === 'ERROR');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((e) => e.status_id === 99 && e.status === 'Error')).toBe(true);
  });

  it('names the cloud of every provider in the bundled demo', () => {
    const result = scanFixture({ inventory: demoInventory() });
    const events = JSON.parse(ocsfReporter(result, reportContext())) as OcsfDetectionFinding[];
    const expected = { aws: { provider: 'AWS', type_id: 10 }, azure: { provider: 'Azure', type_id: 13 } } as const;
    for (const e of events) {
      const provider = (e.resources[0]?.['type'] as string).split('.')[0] as keyof typeof expected;
      expect(e.cloud).toMatchObject({ provider: expected[provider].provider, account: { type_id: expected[provider].type_id } });
    }
  });

  it('keeps finding uids stable across scans', () => {
    const uids = (): string[] =>
      (JSON.parse(ocsfReporter(scanFixture(), reportContext())) as OcsfDetectionFinding[]).map((e) => e.finding_info['uid'] as string).sort();
    expect(uids()).toEqual(uids());
  });
});
