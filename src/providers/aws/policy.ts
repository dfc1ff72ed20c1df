import type { PolicyDocument, PolicyStatement } from '../../resources/aws/index.js';

/**
 * Parses an IAM-style policy document as AWS returns it: IAM's query API URL-encodes documents,
 * S3, KMS and SNS return plain JSON. A single Statement object is normalised to a list. Throws a
 * SyntaxError on a malformed document (the caller records it as an InvalidResponse).
 */
export function parsePolicyDocument(text: string): PolicyDocument {
  const trimmed = text.trim();
  const json = trimmed.startsWith('{') ? trimmed : decodeURIComponent(trimmed);
  const parsed = JSON.parse(json) as unknown;
  if (typeof parsed !== 'object' || parsed === null || !('Statement' in parsed)) throw new SyntaxError('policy document has no Statement');
  const doc = parsed as { Statement: unknown } & Record<string, unknown>;
  const statements: unknown[] = Array.isArray(doc.Statement) ? (doc.Statement as unknown[]) : [doc.Statement];
  if (!statements.every((s) => typeof s === 'object' && s !== null)) throw new SyntaxError('policy document has a malformed Statement');
  const list = statements as PolicyStatement[];
  return { ...doc, Statement: list };
}
