/**
 * A fake Azure (ARM, Microsoft Graph, Key Vault data plane) behind the HttpClient seam of
 * @azure/core-rest-pipeline. Collectors run with the real SDK clients and the real REST client,
 * so paging (nextLink / @odata.nextLink), 429 Retry-After handling and error deserialisation are
 * the shipped ones; only the wire is fake. Responses follow the shapes the official REST API
 * references document: `{ value: [...], nextLink }` pages, `{ error: { code, message } }` errors.
 *
 *   const azure = new FakeAzure()
 *     .list('GET', '/subscriptions/s1/providers/Microsoft.Storage/storageAccounts', [acct1, acct2], { pageSize: 1 })
 *     .deny('/subscriptions/s1/providers/Microsoft.Sql/servers', 'Microsoft.Sql/servers/read')
 *     .throttleOnce('/subscriptions/s1/providers/Microsoft.KeyVault/vaults');
 */
import type { TokenCredential } from '@azure/core-auth';
import { createHttpHeaders, type HttpClient, type PipelineRequest, type PipelineResponse } from '@azure/core-rest-pipeline';

export interface FakeReply {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

type Handler = (request: PipelineRequest, url: URL) => FakeReply;

interface Route {
  readonly host: string;
  readonly path: string;
  readonly handler: Handler;
}

/** ARM, Graph or a vault: paths without a host are ARM paths. */
function split(target: string): { host: string; path: string } {
  const match = /^https?:\/\/([^/]+)(\/.*)?$/i.exec(target);
  if (match) return { host: (match[1] ?? '').toLowerCase(), path: (match[2] ?? '/').toLowerCase() };
  return { host: 'management.azure.com', path: target.toLowerCase() };
}

export function armError(status: number, code: string, message: string): FakeReply {
  return { status, body: { error: { code, message } } };
}

export interface FakeAzureOptions {
  /** Page size of list() collections that do not set their own (1 makes every listing page). */
  readonly pageSize?: number;
}

export class FakeAzure implements HttpClient {
  readonly #pageSize: number;
  readonly #routes: Route[] = [];
  readonly #interceptors: { readonly test: (host: string, path: string) => boolean; readonly handler: Handler }[] = [];
  constructor(options: FakeAzureOptions = {}) {
    this.#pageSize = options.pageSize ?? 100;
  }

  /** Every request served, as 'GET host/path'. */
  readonly requests: string[] = [];
  /** Requests no route matched (answered 404): a test that expects none can assert this is empty. */
  readonly unmatched: string[] = [];

  /** Serves `handler` for every request to `target` (an ARM path, or a full https URL). Later routes win. */
  route(target: string, handler: Handler): this {
    const { host, path } = split(target);
    this.#routes.unshift({ host, path, handler });
    return this;
  }

  /** A single JSON document. */
  json(target: string, body: unknown, status = 200): this {
    return this.route(target, () => ({ status, body }));
  }

  /**
   * A collection served in pages of `pageSize`, linked by `nextLink` (ARM) or `@odata.nextLink`
   * (Graph hosts) carrying a `$skiptoken`, as the services do.
   */
  list(target: string, items: readonly unknown[], options: { readonly pageSize?: number } = {}): this {
    const size = Math.max(1, options.pageSize ?? this.#pageSize);
    return this.route(target, (_request, url) => {
      const start = Number(url.searchParams.get('$skiptoken') ?? '0');
      const page = items.slice(start, start + size);
      const body: Record<string, unknown> = { value: page };
      if (start + size < items.length) {
        const next = new URL(url.toString());
        next.searchParams.set('$skiptoken', String(start + size));
        body[url.host.startsWith('graph.') ? '@odata.nextLink' : 'nextLink'] = next.toString();
      }
      return { status: 200, body };
    });
  }

  /**
   * Answers 403 AuthorizationFailed for every ARM request in `subscriptionId` that goes through the
   * resource provider `namespace` (e.g. 'Microsoft.Storage'): its listings and each resource's
   * sub-resources. Checked before the routes.
   */
  denyProvider(subscriptionId: string, namespace: string): this {
    const scope = `/subscriptions/${subscriptionId.toLowerCase()}/`;
    const segment = `/providers/${namespace.toLowerCase()}/`;
    return this.intercept(
      (host, path) => host === 'management.azure.com' && path.startsWith(scope) && path.includes(segment),
      (_request, url) =>
        armError(
          403,
          'AuthorizationFailed',
          `The client 'scanner@contoso.com' with object id '00000000-0000-0000-0000-000000000000' does not have authorization to perform action '${namespace}/read' over scope '${url.pathname}' or the scope is invalid.`,
        ),
    );
  }

  /** Answers every request `test` accepts with `handler`, before any route (host and path are lowercase). */
  intercept(test: (host: string, path: string) => boolean, handler: Handler): this {
    this.#interceptors.push({ test, handler });
    return this;
  }

  /** Answers the first request to every distinct URL path with 429 and `Retry-After: 0`, then serves it normally. */
  throttleEveryPathOnce(): this {
    const seen = new Set<string>();
    return this.intercept(
      (host, path) => {
        const key = `${host}${path}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      },
      () => ({ status: 429, headers: { 'Retry-After': '0' }, body: { error: { code: 'TooManyRequests', message: 'Rate limit exceeded.' } } }),
    );
  }

  /** 403 AuthorizationFailed, worded as ARM words it (Graph hosts: Authorization_RequestDenied). */
  deny(target: string, action: string): this {
    const { host } = split(target);
    return this.route(target, () =>
      host.startsWith('graph.')
        ? armError(403, 'Authorization_RequestDenied', 'Insufficient privileges to complete the operation.')
        : armError(
            403,
            'AuthorizationFailed',
            `The client 'scanner@contoso.com' with object id '00000000-0000-0000-0000-000000000000' does not have authorization to perform action '${action}' over scope '${split(target).path}' or the scope is invalid. If access was recently granted, please refresh your credentials.`,
          ),
    );
  }

  /**
   * Answers the next `times` requests to `target` with 429 TooManyRequests and `Retry-After: 0`
   * (seconds; the SDK's throttling strategy honours it), then falls through to the other routes.
   */
  throttle(target: string, times = 1): this {
    let left = times;
    const { host, path } = split(target);
    const route: Route = {
      host,
      path,
      handler: (request, url) => {
        if (left > 0) {
          left--;
          return {
            status: 429,
            headers: { 'Retry-After': '0' },
            body: { error: { code: 'TooManyRequests', message: 'Rate limit exceeded; retry after 0 seconds.' } },
          };
        }
        return this.#dispatch(request, url, route) ?? armError(404, 'ResourceNotFound', `no fake behind the throttle for ${url.pathname}`);
      },
    };
    this.#routes.unshift(route);
    return this;
  }

  #dispatch(request: PipelineRequest, url: URL, skip?: Route): FakeReply | null {
    const host = url.host.toLowerCase();
    const path = url.pathname.toLowerCase().replace(/\/+$/, '') || '/';
    if (skip === undefined) for (const interceptor of this.#interceptors) if (interceptor.test(host, path)) return interceptor.handler(request, url);
    for (const route of this.#routes) {
      if (route === skip) continue;
      if (route.host === host && route.path.replace(/\/+$/, '') === path) return route.handler(request, url);
    }
    return null;
  }

  sendRequest(request: PipelineRequest): Promise<PipelineResponse> {
    const url = new URL(request.url);
    const label = `${request.method} ${url.host}${url.pathname}`;
    this.requests.push(label);
    let reply = this.#dispatch(request, url);
    if (reply === null) {
      this.unmatched.push(label);
      reply = armError(404, 'ResourceNotFound', `no fake for ${label}`);
    }
    const headers = createHttpHeaders({ 'content-type': 'application/json; charset=utf-8', 'x-ms-request-id': 'fake', ...(reply.headers ?? {}) });
    return Promise.resolve({
      request,
      status: reply.status,
      headers,
      bodyAsText: reply.body === undefined ? '' : JSON.stringify(reply.body),
    });
  }
}

/** base64url JSON, for JWT parts. */
function b64(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** A credential that hands out an unsigned JWT naming `tenantId` and `upn` (what the scanner reads from real tokens). */
export function fakeCredential(tenantId: string, upn = 'scanner@contoso.com'): TokenCredential & { readonly scopes: string[] } {
  const scopes: string[] = [];
  return {
    scopes,
    getToken(requested) {
      scopes.push(...(typeof requested === 'string' ? [requested] : requested));
      const token = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ tid: tenantId, upn, oid: '00000000-0000-4000-8000-00000000beef' })}.`;
      return Promise.resolve({ token, expiresOnTimestamp: Date.now() + 3_600_000 });
    },
  };
}

/** A credential like DefaultAzureCredential's when nothing is signed in. */
export function noLoginCredential(): TokenCredential {
  return {
    getToken() {
      const error = new Error(
        "DefaultAzureCredential failed to retrieve a token from the included credentials.\nEnvironmentCredential is unavailable.\nAzureCliCredential: Please run 'az login' to set up an account.",
      );
      error.name = 'AggregateAuthenticationError';
      return Promise.reject(error);
    },
  };
}
