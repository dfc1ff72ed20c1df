/**
 * A mutelist (suppression) file, YAML or JSON: findings accepted on purpose, each with a reason
 * and maybe an expiry. Muted findings stay in every report and in the history; they never count
 * toward the exit code. Schema: docs/schemas/mutelist-v1.schema.json (generated from this file).
 */
export interface MutelistFile {
  readonly $schema?: string;
  /** The entries, in order: a finding is muted by the first active entry that matches it. */
  readonly mutes: readonly MutelistEntry[];
}

/** One accepted finding pattern. Every field given must match (globs: `*` any run, `?` one character). */
export interface MutelistEntry {
  /**
   * Rule id or glob, e.g. `aws-s3-bucket-public-access-blocked` or `aws-ec2-*` (`*` for every rule).
   * @minLength 1
   */
  readonly rule: string;
  /**
   * Resource id (ARN or Azure resource id) or resource name, or a glob over either. Default: every resource.
   * @minLength 1
   */
  readonly resource?: string;
  /**
   * AWS account id or Azure subscription id, or a glob (quote account ids in YAML).
   * @minLength 1
   */
  readonly account?: string;
  /**
   * Region or location, or a glob.
   * @minLength 1
   */
  readonly region?: string;
  /** Tags the resource must carry, each with a value matching the given value or glob. */
  readonly tags?: Readonly<Record<string, string>>;
  /**
   * Why the finding is accepted (who decided, ticket, compensating control): at least 10 characters.
   * @minLength 10
   */
  readonly reason: string;
  /**
   * The last day (YYYY-MM-DD, UTC) or the instant (ISO 8601) the entry mutes; after it the findings count again and the entry is reported as expired.
   * @pattern ^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$
   */
  readonly expires?: string;
}
