/**
 * A small JSON REST client on @azure/core-rest-pipeline, for the APIs the collectors call without
 * an SDK: Microsoft Graph, the Key Vault data plane, and ARM APIs whose Node-20 SDKs pin outdated
 * api-versions (Monitor, Defender, Application Insights, tenant-level endpoints). It shares the SDK
 * clients' behaviour: bearer tokens from the same credential, retries that honour 429 Retry-After,
 * a per-attempt timeout and the scan-wide concurrency limiter (see pipelinePolicies()).
 */
import {
  bearerTokenAuthenticationPolicy,
  createDefaultHttpClient,
  createPipelineFromOptions,
  createPipelineRequest,
  RestError,
  type HttpClient,
  type Pipeline,
  type PipelinePolicy,
} from '@azure/core-rest-pipeline';
import type { TokenCredential } from '@azure/core-auth';
import type { Limiter } from '../types.js';

export interface RetrySettings {
  /** Retries after the first attempt (429, 5xx, transport errors). */
  readonly maxRetries: number;
  /** Base delay for exponential backoff; 429 waits follow Retry-After instead. */
  readonly retryDelayInMs: number;
  readonly maxRetryDelayInMs: number;
}

export const DEFAULT_RETRY: RetrySettings = Object.freeze({ maxRetries: 4, retryDelayInMs: 800, maxRetryDelayInMs: 60_000 });
export const DEFAULT_TIMEOUT_MS = 60_000;

export interface PipelineSettings {
  readonly limiter?: Limiter | undefined;
  readonly timeoutMs?: number | undefined;
}

/** Holds each HTTP attempt (not the waits between retries) to a limiter slot. */
export function limiterPolicy(limiter: Limiter): PipelinePolicy {
  return { name: 'cspmConcurrencyLimiter', sendRequest: (request, next) => limiter.run(() => next(request)) };
}

/** Bounds every attempt that has no timeout of its own. */
export function timeoutPolicy(timeoutMs: number): PipelinePolicy {
  return {
    name: 'cspmRequestTimeout',
    sendRequest: (request, next) => {
      if (!request.timeout) request.timeout = timeoutMs;
      return next(request);
    },
  };
}

/** The per-attempt policies every Azure client gets (SDK clients through additionalPolicies). */
export function pipelinePolicies(settings: PipelineSettings): PipelinePolicy[] {
  return [timeoutPolicy(settings.timeoutMs ?? DEFAULT_TIMEOUT_MS), ...(settings.limiter ? [limiterPolicy(settings.limiter)] : [])];
}

export interface RestClientSettings extends PipelineSettings {
  /** Base URL, e.g. 'https://management.azure.com', 'https://graph.microsoft.com/v1.0', a vault URI. */
  readonly baseUrl: string;
  /** Token scopes, e.g. 'https://management.azure.com/.default'. */
  readonly scopes: string | readonly string[];
  readonly credential: TokenCredential;
  readonly httpClient?: HttpClient | undefined;
  readonly retry?: RetrySettings | undefined;
  readonly userAgentPrefix?: string | undefined;
}

export interface RequestOptions {
  /** Query parameters (api-version, $filter, $select, ...). */
  readonly query?: Readonly<Record<string, string>>;
  readonly headers?: Readonly<Record<string, string>>;
  readonly abortSignal?: AbortSignal | undefined;
}

/** A JSON-over-HTTP client with ARM/Graph paging. Paths are relative to the base URL, or absolute URLs (nextLink). */
export interface RestClient {
  readonly baseUrl: string;
  /** GET one JSON document; throws a RestError on any non-2xx answer. */
  get<T>(path: string, options?: RequestOptions): Promise<T>;
  /** GET a collection and yield its items page by page, following `nextLink` / `@odata.nextLink`. */
  list<T>(path: string, options?: RequestOptions): AsyncIterable<T>;
}

interface Page<T> {
  readonly value?: readonly T[];
  readonly nextLink?: string | null;
  readonly '@odata.nextLink'?: string | null;
}

/** Builds the URL of `path` under `baseUrl` with `query`; absolute URLs (next links) are kept as they are. */
export function resolveUrl(baseUrl: string, path: string, query: Readonly<Record<string, string>> = {}): string {
  const url = /^https?:\/\//i.test(path) ? new URL(path) : new URL(baseUrl.replace(/\/+$/, '') + (path.startsWith('/') ? path : `/${path}`));
  for (const [key, value] of Object.entries(query)) if (!url.searchParams.has(key)) url.searchParams.set(key, value);
  return url.toString();
}

export function createRestClient(settings: RestClientSettings): RestClient {
  const pipeline: Pipeline = createPipelineFromOptions({
    retryOptions: settings.retry ?? DEFAULT_RETRY,
    userAgentOptions: { userAgentPrefix: settings.userAgentPrefix ?? 'cspm' },
  });
  const scopes = typeof settings.scopes === 'string' ? [settings.scopes] : [...settings.scopes];
  pipeline.addPolicy(bearerTokenAuthenticationPolicy({ credential: settings.credential, scopes }), { phase: 'Sign' });
  // After signing, i.e. once per attempt (what core-client calls position 'perRetry').
  for (const policy of pipelinePolicies(settings)) pipeline.addPolicy(policy, { afterPhase: 'Sign' });
  const httpClient = settings.httpClient ?? createDefaultHttpClient();

  async function get<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const request = createPipelineRequest({
      url: resolveUrl(settings.baseUrl, path, options.query),
      method: 'GET',
      ...(options.abortSignal ? { abortSignal: options.abortSignal } : {}),
    });
    request.headers.set('Accept', 'application/json');
    for (const [name, value] of Object.entries(options.headers ?? {})) request.headers.set(name, value);
    const response = await pipeline.sendRequest(httpClient, request);
    const text = response.bodyAsText ?? '';
    let body: unknown = undefined;
    if (text.trim() !== '') {
      try {
        body = JSON.parse(text);
      } catch {
        if (response.status < 300)
          throw new RestError(`response from ${redactUrl(request.url)} is not JSON`, {
            code: 'InvalidResponse',
            statusCode: response.status,
            request,
            response,
          });
      }
    }
    if (response.status >= 300) {
      const error = (body as { error?: { code?: unknown; message?: unknown } } | undefined)?.error;
      const code = typeof error?.code === 'string' ? error.code : `HTTP${response.status}`;
      const message = typeof error?.message === 'string' && error.message !== '' ? error.message : `GET ${redactUrl(request.url)} answered ${response.status}`;
      throw new RestError(message, { code, statusCode: response.status, request, response });
    }
    return body as T;
  }

  async function* list<T>(path: string, options: RequestOptions = {}): AsyncIterable<T> {
    let next: string | null = path;
    let query = options.query;
    const seen = new Set<string>();
    while (next !== null) {
      const page: Page<T> | undefined = await get<Page<T>>(next, { ...options, ...(query ? { query } : {}) });
      for (const item of page?.value ?? []) yield item;
      const link: string | null = page?.['@odata.nextLink'] ?? page?.nextLink ?? null;
      // The next link carries its own query; a repeated link would loop forever.
      if (link === null || link === '' || seen.has(link)) break;
      seen.add(link);
      next = link;
      query = undefined;
    }
  }

  return { baseUrl: settings.baseUrl, get, list };
}

/** A URL for messages: no query string (it may carry skip tokens), never credentials. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return url.split('?')[0] ?? url;
  }
}
