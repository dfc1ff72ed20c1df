/** Where the project lives; reports link to it (SARIF informationUri and helpUri, HTML footer). */
export const PROJECT_URL = 'https://github.com/cspm-dev/cspm';

/** The generated documentation page of a rule (docs/rules/<id>.md). */
export function ruleDocsUrl(ruleId: string): string {
  return `${PROJECT_URL}/blob/main/docs/rules/${encodeURIComponent(ruleId)}.md`;
}
