/**
 * The family of a user agent: coarse enough to be stable across versions, fine enough that a
 * role that only ever calls from Terraform is noticed calling from a script. Families are tools, not
 * attack signatures: no detector keys on a family by itself.
 */
const FAMILIES: readonly (readonly [RegExp, string])[] = [
  [/^(signin|console)\.amazonaws\.com|^AWS Internal|^\[?S3Console|console\.aws/i, 'console'],
  [/\.amazonaws\.com$/i, 'aws-service'],
  [/terraform|HashiCorp/i, 'terraform'],
  [/aws-cli|aws-sdk-python.*cli|^aws-cli/i, 'aws-cli'],
  [/Boto3|botocore/i, 'boto3'],
  [/aws-sdk-go/i, 'aws-sdk-go'],
  [/aws-sdk-js|aws-sdk-nodejs|@aws-sdk|ua\/2\.\d api\/\w+#\d/i, 'aws-sdk-js'],
  [/aws-sdk-java|aws-java-sdk/i, 'aws-sdk-java'],
  [/aws-sdk-dotnet|aws-sdk-net/i, 'aws-sdk-dotnet'],
  [/aws-sdk-ruby/i, 'aws-sdk-ruby'],
  [/aws-sdk-rust/i, 'aws-sdk-rust'],
  [/cloudformation/i, 'cloudformation'],
  [/pulumi/i, 'pulumi'],
  [/cdk/i, 'cdk'],
  [/Mozilla\/|Chrome\/|Safari\//i, 'browser'],
  [/python-requests|curl\/|Wget|Go-http-client|okhttp/i, 'http-library'],
];

const cache = new Map<string, string>();

export function userAgentFamily(ua: string | null): string {
  if (ua === null || ua === '') return 'unknown';
  const hit = cache.get(ua);
  if (hit !== undefined) return hit;
  let family = 'other';
  for (const [pattern, name] of FAMILIES) {
    if (pattern.test(ua)) {
      family = name;
      break;
    }
  }
  if (cache.size >= 10_000) cache.clear();
  cache.set(ua, family);
  return family;
}
