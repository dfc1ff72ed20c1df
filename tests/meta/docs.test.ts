/** The generated documentation is current: run `npm run docs` after changing rule metadata or framework data. */
import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { allRules } from '../../rules/index.js';
import { loadFrameworks } from '../../src/compliance/frameworks.js';
import { renderDocs, RULE_DOCS_DIR, uncoveredAutomated } from '../tools/rule-docs.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const files = renderDocs(allRules, loadFrameworks());
const read = (path: string): string | null => {
  try {
    return readFileSync(join(root, path), 'utf8');
  } catch {
    return null;
  }
};

describe('generated docs', () => {
  it('are up to date (npm run docs)', () => {
    const stale = [...files].filter(([path, text]) => read(path) !== text).map(([path]) => path);
    expect(stale).toEqual([]);
  });

  it('have no page for a rule that does not exist (npm run docs deletes them)', () => {
    expect(readdirSync(join(root, RULE_DOCS_DIR)).filter((name) => !files.has(`${RULE_DOCS_DIR}/${name}`))).toEqual([]);
  });

  it('say that every automated control of every framework is covered', () => {
    const ids = new Set(allRules.map((r) => r.id));
    const coverage = files.get('docs/compliance-coverage.md') ?? '';
    for (const framework of loadFrameworks()) {
      expect(uncoveredAutomated(framework, ids)).toEqual([]);
      expect(coverage).toContain(`## ${framework.id}\n`);
    }
    expect(coverage).not.toContain('Automated controls without a rule');
  });

  it('escape Markdown in titles', () => {
    expect(files.get(`${RULE_DOCS_DIR}/aws-iam-policy-no-full-admin-attached.md`)).toContain(
      '# No attached IAM policy grants full "\\*:\\*" administrative privileges',
    );
  });
});
