import type { TextSink } from '../core/logger.js';
import type { AnyRule } from '../engine/rule.js';
import type { AwsClientFactory } from '../providers/aws/clients.js';
import type { AzureClientFactory } from '../providers/azure/clients.js';

export interface OutputStream extends TextSink {
  readonly isTTY?: boolean | undefined;
  /** Terminal width, when stdout is a terminal (read when a report is rendered: the window may have been resized). */
  readonly columns?: number | undefined;
}

/**
 * Everything a command touches outside its arguments. bin/cspm.ts passes the real process; tests
 * pass string sinks, a fixed clock and temporary directories.
 */
export interface CliDeps {
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
  readonly homedir: string;
  readonly now: () => Date;
  /** The checks, or a loader for them (bin/cspm.ts loads the catalogue only when a command needs it, so --help is instant). */
  readonly rules: readonly AnyRule[] | (() => Promise<readonly AnyRule[]>);
  /** Builds the AWS SDK clients for live collection; tests and emulators inject their own (default: the real SDK). */
  readonly awsClientFactory?: AwsClientFactory;
  /** Builds the Azure clients (and credential) for live collection; tests inject fakes (default: DefaultAzureCredential and the real SDKs). */
  readonly azureClientFactory?: AzureClientFactory;
}
