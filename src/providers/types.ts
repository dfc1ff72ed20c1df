/**
 * The provider-neutral collector contract (house style 2.3). A collector gathers one service's
 * resources into the inventory; what it could not read becomes a CollectionError, never a gap.
 * AWS and Azure providers implement it with their own client factories in `Ctx['clients']`.
 */
import type { Logger } from '../core/logger.js';
import type { Provider } from '../core/types.js';
import type { CollectionError } from '../inventory/types.js';
import type { AnyResource, ResourceType } from '../resources/index.js';

/** Where collectors put what they found and what failed. */
export interface CollectorSink {
  resource(resource: AnyResource): void;
  error(error: CollectionError): void;
}

/** Bounds how many cloud calls run at once; queued tasks are rejected once the signal aborts. */
export interface Limiter {
  readonly concurrency: number;
  run<T>(task: () => Promise<T>): Promise<T>;
}

/** Progress of collection units (a service in a region); the CLI renders it on a TTY only. */
export interface ProgressReporter {
  /** Announces units of work before they start, so totals are known. */
  plan(units: number): void;
  /** One unit finished; `label` is e.g. 'ec2 eu-west-1'. */
  done(label: string, failed: boolean): void;
}

export const silentProgress: ProgressReporter = Object.freeze({
  plan: () => undefined,
  done: () => undefined,
});

/** What every collector receives; `clients` is the provider's injected client factory. */
export interface CollectContext<Clients> {
  readonly provider: Provider;
  /** AWS account id or Azure subscription id. */
  readonly account: string;
  /** Regions (or locations) to collect regional resources in. */
  readonly regions: readonly string[];
  readonly clients: Clients;
  readonly sink: CollectorSink;
  readonly limiter: Limiter;
  readonly progress: ProgressReporter;
  readonly signal: AbortSignal;
  readonly logger: Logger;
}

export interface Collector<Ctx extends CollectContext<unknown>> {
  /** Short id, e.g. 's3'; recorded on every CollectionError it produces. */
  readonly id: string;
  readonly provider: Provider;
  /** The resource types this collector produces (and leaves incomplete when it fails). */
  readonly resourceTypes: readonly ResourceType[];
  /** The exact read-only permissions (IAM actions, Azure role actions) it uses; see docs/permissions.md. */
  readonly permissions: readonly string[];
  collect(ctx: Ctx): Promise<void>;
}
