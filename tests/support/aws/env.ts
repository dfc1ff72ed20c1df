/**
 * process.env for tests that run the real AWS SDK default credential chain: static test keys (or
 * none), no config or credentials files, no instance metadata; and the variables put back after.
 */
const CREDENTIAL_ENV = [
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_PROFILE',
  'AWS_CONFIG_FILE',
  'AWS_SHARED_CREDENTIALS_FILE',
  'AWS_EC2_METADATA_DISABLED',
];

/** Saves the credential variables; the returned function restores them. */
export function saveAwsEnv(): () => void {
  const saved = Object.fromEntries(CREDENTIAL_ENV.map((k) => [k, process.env[k]]));
  return () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) Reflect.deleteProperty(process.env, k);
      else process.env[k] = v;
    }
  };
}

/** Gives the SDK's default chain the static key pair with this secret (null: no keys at all), and no files or IMDS. */
export function useTestAwsEnv(secretAccessKey: string | null): void {
  for (const k of CREDENTIAL_ENV) Reflect.deleteProperty(process.env, k);
  process.env['AWS_CONFIG_FILE'] = '/nonexistent/cspm-test/config';
  process.env['AWS_SHARED_CREDENTIALS_FILE'] = '/nonexistent/cspm-test/credentials';
  process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
  if (secretAccessKey !== null) {
    process.env['AWS_ACCESS_KEY_ID'] = 'AKIAFAKETESTKEY';
    process.env['AWS_SECRET_ACCESS_KEY'] = secretAccessKey;
  }
}
