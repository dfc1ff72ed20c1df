/**
 * Routes every AWS SDK client's `send` to a FakeAws through aws-sdk-client-mock, so collectors
 * run unchanged (paginators, commands, our error handling) against the fake account. Each call is
 * recorded with its service, command and the region of the client that sent it.
 */
import { mockClient, type AwsStub } from 'aws-sdk-client-mock';
import { AWS_CLIENT_CLASSES, type AwsServiceKey } from '../../../src/providers/aws/clients.js';
import type { FakeAws } from './fake-aws.js';

interface SentCommand {
  readonly input: Record<string, unknown>;
  readonly constructor: { readonly name: string };
}

export interface AwsMocks {
  restore(): void;
}

export function mockAws(fake: FakeAws): AwsMocks {
  const stubs: { restore(): void }[] = [];
  for (const [service, Ctor] of Object.entries(AWS_CLIENT_CLASSES) as [AwsServiceKey, (typeof AWS_CLIENT_CLASSES)[AwsServiceKey]][]) {
    const stub = mockClient(Ctor as unknown as Parameters<typeof mockClient>[0]) as unknown as AwsStub<never, never, never>;
    stub.send.callsFake(async function (this: { config: { region: () => Promise<string> } }, command: unknown) {
      const sent = command as SentCommand;
      const region = await this.config.region();
      return fake.handle(service, sent.constructor.name.replace(/Command$/, ''), sent.input, region) as never;
    });
    stubs.push(stub);
  }
  return {
    restore() {
      for (const stub of stubs) stub.restore();
    },
  };
}
