/**
 * Canned HTTP for the real SDK clients: a request handler that answers each call from a FakeAws,
 * encoding the answer in the service's own wire protocol (query XML, EC2 XML, REST-XML, JSON) with
 * the SDK's schema serialisers, after an injected latency. Request serialisation, signing, retries
 * and response parsing all run for real; only the network is replaced. A middleware tags each
 * logical call so the handler knows which command and input it answers.
 */
import { XmlShapeSerializer } from '@aws-sdk/core/protocols';
import { NormalizedSchema } from '@smithy/core/schema';
import type { HttpRequest, HttpResponse, Pluggable } from '@smithy/types';
import { Readable } from 'node:stream';
import { AWS_CLIENT_CLASSES, type AwsRequestHandler, type AwsServiceKey } from '../../../src/providers/aws/clients.js';
import type { FakeAws } from './fake-aws.js';

type Protocol = 'query' | 'ec2' | 'restXml' | 'json' | 'restJson';
type Schema = Parameters<typeof NormalizedSchema.of>[0];

interface PendingCall {
  readonly service: AwsServiceKey;
  readonly command: string;
  readonly input: Record<string, unknown>;
  readonly output: Schema;
  attempts: number;
}

export interface TransportOptions {
  /** Latency added to every HTTP attempt, in ms. */
  readonly latencyMs?: number;
  /** Answer the first attempt of the calls it selects with a ThrottlingException (the SDK must retry). */
  readonly throttleFirstAttempt?: (service: AwsServiceKey, command: string) => boolean;
  /**
   * Encoded answers kept across runs (the benchmark): the fake server's own encoding work is then
   * paid once, in a warm-up, and not counted against the client being measured.
   */
  readonly cache?: Map<string, CachedResponse>;
}

export interface CachedResponse {
  readonly statusCode: number;
  readonly headers: Record<string, string>;
  readonly body: Buffer;
}

export interface RecordedRequest {
  readonly hostname: string;
  readonly path: string;
  readonly service: AwsServiceKey;
  readonly command: string;
}

export interface FakeTransport {
  readonly requestHandler: AwsRequestHandler;
  readonly plugins: readonly Pluggable<object, object>[];
  readonly requests: RecordedRequest[];
  readonly attempts: () => number;
}

const CALL_HEADER = 'x-cspm-fake-call';

interface ProtocolLike {
  readonly codec?: { createSerializer(): Serializer };
  readonly deserializer?: { readonly settings?: unknown };
  readonly options?: { readonly xmlNamespace?: string };
}
interface Serializer {
  write(schema: Schema, value: unknown): void;
  flush(): string | Uint8Array;
}

/** Per service: its protocol and a response serialiser built from the client's own protocol settings. */
const codecs = new Map<AwsServiceKey, { protocol: Protocol; serializer: () => Serializer; xmlns: string }>();
function codecOf(service: AwsServiceKey): { protocol: Protocol; serializer: () => Serializer; xmlns: string } {
  let found = codecs.get(service);
  if (!found) {
    const client = new AWS_CLIENT_CLASSES[service]({ region: 'us-east-1' }) as unknown as { config: { protocol: ProtocolLike } };
    const p = client.config.protocol;
    const name = (p as object).constructor.name;
    const protocol: Protocol = /Ec2Query/.test(name)
      ? 'ec2'
      : /Query/.test(name)
        ? 'query'
        : /RestXml/.test(name)
          ? 'restXml'
          : /RestJson/.test(name)
            ? 'restJson'
            : 'json';
    const xmlns = p.options?.xmlNamespace ?? '';
    const serializer =
      protocol === 'query' || protocol === 'ec2'
        ? () => new XmlShapeSerializer(p.deserializer?.settings as ConstructorParameters<typeof XmlShapeSerializer>[0]) as unknown as Serializer
        : () => {
            if (!p.codec) throw new Error(`no codec for ${service}`);
            return p.codec.createSerializer();
          };
    found = { protocol, serializer, xmlns };
    codecs.set(service, found);
  }
  return found;
}

const SERVICE_OF_CLIENT = new Map(Object.entries(AWS_CLIENT_CLASSES).map(([key, Ctor]) => [Ctor.name, key as AwsServiceKey]));

/** The region a request went to, from its hostname (global endpoints count as us-east-1). */
export function regionOfHost(hostname: string): string {
  return /(?:^|\.)([a-z]{2}(?:-gov)?-[a-z]+-\d)\./.exec(hostname)?.[1] ?? 'us-east-1';
}

/** The signing region (SigV4 credential scope), else the hostname's: emulator endpoints carry no region. */
function regionOf(request: HttpRequest): string {
  const scope = /Credential=[^/]+\/\d{8}\/([a-z0-9-]+)\//.exec(request.headers['authorization'] ?? '');
  return scope?.[1] ?? regionOfHost(request.hostname);
}

export function fakeTransport(fake: FakeAws, options: TransportOptions = {}): FakeTransport {
  const pending = new Map<string, PendingCall>();
  const requests: RecordedRequest[] = [];
  let next = 0;
  let attempts = 0;
  const tagger: Pluggable<object, object> = {
    applyToStack(stack) {
      stack.add(
        (handler, context) => async (args) => {
          const ctx = context as { clientName?: string; commandName?: string; __smithy_context?: { operationSchema?: unknown[] } };
          const service = SERVICE_OF_CLIENT.get(ctx.clientName ?? '');
          const op = ctx.__smithy_context?.operationSchema;
          const request = (args as { request?: HttpRequest }).request;
          if (service && op && request) {
            const id = String(++next);
            pending.set(id, {
              service,
              command: (ctx.commandName ?? '').replace(/Command$/, ''),
              input: (args as { input: Record<string, unknown> }).input,
              output: op[5] as Schema,
              attempts: 0,
            });
            request.headers[CALL_HEADER] = id;
          }
          return handler(args);
        },
        { step: 'build', name: 'cspmFakeCallTag' },
      );
    },
  };
  const requestHandler: AwsRequestHandler = {
    async handle(request: HttpRequest) {
      attempts++;
      if (options.latencyMs) await new Promise((r) => setTimeout(r, options.latencyMs));
      const id = request.headers[CALL_HEADER] ?? '';
      const call = pending.get(id);
      if (!call) throw new Error(`fake transport: untagged request to ${request.hostname}${request.path}`);
      call.attempts++;
      requests.push({ hostname: request.hostname, path: request.path, service: call.service, command: call.command });
      const codec = codecOf(call.service);
      if (call.attempts === 1 && options.throttleFirstAttempt?.(call.service, call.command))
        return { response: errorResponse(codec.protocol, codec.xmlns, 'ThrottlingException', 'Rate exceeded', 400) };
      const key = `${call.service}|${call.command}|${regionOf(request)}|${JSON.stringify(call.input)}`;
      const cached = options.cache?.get(key);
      if (cached) {
        pending.delete(id);
        return { response: response(cached.statusCode, cached.headers, cached.body) };
      }
      const remember = async (r: HttpResponse): Promise<{ response: HttpResponse }> => {
        if (!options.cache) return { response: r };
        const chunks: Buffer[] = [];
        for await (const chunk of r.body as AsyncIterable<Buffer>) chunks.push(chunk);
        const entry = { statusCode: r.statusCode, headers: r.headers, body: Buffer.concat(chunks) };
        options.cache.set(key, entry);
        return { response: response(entry.statusCode, entry.headers, entry.body) };
      };
      let output: unknown;
      try {
        output = fake.handle(call.service, call.command, call.input, regionOf(request));
      } catch (error) {
        const e = error as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
        pending.delete(id);
        return remember(errorResponse(codec.protocol, codec.xmlns, e.name ?? 'InternalError', e.message ?? '', e.$metadata?.httpStatusCode ?? 500));
      }
      pending.delete(id);
      return remember(encode(codec.protocol, codec.xmlns, codec.serializer, call, output as Record<string, unknown>));
    },
    updateHttpClientConfig: () => undefined,
    httpHandlerConfigs: () => ({}),
  } as unknown as AwsRequestHandler;
  return { requestHandler, plugins: [tagger], requests, attempts: () => attempts };
}

function response(statusCode: number, headers: Record<string, string>, body: string | Uint8Array): HttpResponse {
  return {
    statusCode,
    headers: { 'x-amzn-requestid': 'fake-request', ...headers },
    body: Readable.from([typeof body === 'string' ? Buffer.from(body) : Buffer.from(body)]),
  };
}

const xmlEscape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function errorResponse(protocol: Protocol, xmlns: string, code: string, message: string, status: number): HttpResponse {
  const m = xmlEscape(message);
  switch (protocol) {
    case 'query':
      return response(
        status,
        { 'content-type': 'text/xml' },
        `<ErrorResponse xmlns="${xmlns}"><Error><Type>Sender</Type><Code>${code}</Code><Message>${m}</Message></Error><RequestId>fake</RequestId></ErrorResponse>`,
      );
    case 'ec2':
      return response(
        status,
        { 'content-type': 'text/xml' },
        `<Response><Errors><Error><Code>${code}</Code><Message>${m}</Message></Error></Errors><RequestID>fake</RequestID></Response>`,
      );
    case 'restXml':
      return response(status, { 'content-type': 'application/xml' }, `<Error><Code>${code}</Code><Message>${m}</Message><RequestId>fake</RequestId></Error>`);
    default:
      return response(status, { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-errortype': code }, JSON.stringify({ __type: code, message }));
  }
}

/** The body (and headers) AWS would send for `output` of this operation. */
function encode(protocol: Protocol, xmlns: string, serializer: () => Serializer, call: PendingCall, output: Record<string, unknown>): HttpResponse {
  const ns = NormalizedSchema.of(call.output);
  const headers: Record<string, string> = {};
  const body: Record<string, unknown> = {};
  let payload: [NormalizedSchema, unknown] | null = null;
  for (const [name, member] of ns.structIterator()) {
    const value = output[name];
    if (value === undefined) continue;
    const traits = member.getMergedTraits();
    if (typeof traits.httpHeader === 'string')
      headers[traits.httpHeader.toLowerCase()] = value instanceof Date ? value.toUTCString() : JSON.stringify(value).replace(/^"|"$/g, '');
    else if (traits.httpPayload) payload = [member, value];
    else if (!traits.httpResponseCode && !traits.httpPrefixHeaders) body[name] = value;
  }
  if (payload) {
    const [member, value] = payload;
    if (typeof value === 'string' || value instanceof Uint8Array) return response(200, headers, value);
    const s = serializer();
    s.write(member.getSchema(), value);
    return response(200, { 'content-type': 'application/xml', ...headers }, s.flush());
  }
  const s = serializer();
  s.write(call.output, body);
  const flushed = s.flush();
  const text = typeof flushed === 'string' ? flushed : new TextDecoder().decode(flushed);
  if (protocol === 'query' || protocol === 'ec2') {
    const inner = text
      .replace(/^<[^>]*?\/>$/, '')
      .replace(/^<[^>]+>/, '')
      .replace(/<\/[^>]+>$/, '');
    const wrapped =
      protocol === 'query'
        ? `<${call.command}Response xmlns="${xmlns}"><${call.command}Result>${inner}</${call.command}Result><ResponseMetadata><RequestId>fake</RequestId></ResponseMetadata></${call.command}Response>`
        : `<${call.command}Response xmlns="${xmlns}"><requestId>fake</requestId>${inner}</${call.command}Response>`;
    return response(200, { 'content-type': 'text/xml' }, wrapped);
  }
  if (protocol === 'restXml') return response(200, { 'content-type': 'application/xml', ...headers }, text);
  return response(200, { 'content-type': 'application/json', ...headers }, text === '' ? '{}' : text);
}
