import type { CloudEvent } from '../event.js';
import { isRecord } from '../event.js';
import { failureOf, timeSlices, type SourceFailure } from './failures.js';
import { normalizeRecord, type SourceStats } from './normalize.js';

/** What the Activity Log source needs: a bearer token for ARM and a fetch (injected in tests). */
export interface AzureLogClient {
  token(): Promise<string>;
  fetch(url: string, init: { headers: Record<string, string> }): Promise<{ ok: boolean; status: number; json(): Promise<unknown>; text(): Promise<string> }>;
}

const ARM = 'https://management.azure.com';
const API_VERSION = '2015-04-01';

/** The default client: DefaultAzureCredential (az login, environment, managed identity) and global fetch. */
export async function defaultAzureLogClient(): Promise<AzureLogClient> {
  const { DefaultAzureCredential } = await import('@azure/identity');
  const credential = new DefaultAzureCredential();
  return {
    async token() {
      const t = await credential.getToken(`${ARM}/.default`);
      return t.token;
    },
    fetch: (url, init) => fetch(url, init),
  };
}

class HttpError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The subscription's Activity Log through the Azure Monitor REST API, in hour slices oldest first
 * (the API pages newest first), following nextLink. A failed page is recorded and its slice skipped.
 */
export async function* azureActivityEvents(
  subscription: string,
  window: { since: number; until: number },
  client: AzureLogClient,
  stats: SourceStats,
  failures: SourceFailure[],
): AsyncGenerator<CloudEvent[]> {
  let token: string;
  try {
    token = await client.token();
  } catch (error) {
    failures.push(failureOf('identity:GetToken', subscription, error));
    return;
  }
  for (const [start, end] of timeSlices(window.since, window.until)) {
    const filter = `eventTimestamp ge '${new Date(start).toISOString()}' and eventTimestamp le '${new Date(end - 1).toISOString()}'`;
    let url: string | null =
      `${ARM}/subscriptions/${encodeURIComponent(subscription)}/providers/Microsoft.Insights/eventtypes/management/values?api-version=${API_VERSION}&$filter=${encodeURIComponent(filter)}`;
    const batch: CloudEvent[] = [];
    try {
      while (url !== null) {
        const res = await client.fetch(url, { headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' } });
        if (!res.ok) {
          const body = await res.text().catch(() => '');
          const code = /"code"\s*:\s*"([^"]+)"/.exec(body)?.[1] ?? `HTTP${res.status}`;
          throw new HttpError(code, `Azure Monitor answered ${res.status}: ${body.slice(0, 200)}`);
        }
        const page = await res.json();
        const values = isRecord(page) && Array.isArray(page['value']) ? page['value'] : [];
        for (const record of values) {
          stats.records++;
          const e = normalizeRecord(record);
          if (e === null) stats.skipped++;
          else {
            stats.events++;
            batch.push(e);
          }
        }
        url = isRecord(page) && typeof page['nextLink'] === 'string' ? page['nextLink'] : null;
      }
    } catch (error) {
      failures.push(failureOf('monitor:ActivityLogs', `subscription ${subscription}`, error));
      continue;
    }
    batch.sort((a, b) => a.time - b.time);
    if (batch.length > 0) yield batch;
  }
}
