import type { Provider } from '../core/types.js';
import type { CloudEvent, PrincipalType } from './event.js';
import { networkOf } from './helpers/net.js';
import { userAgentFamily } from './helpers/user-agent.js';
import { mulberry32 } from './model/prng.js';

/**
 * Learned baselines: per principal, what it normally does (APIs, regions, source networks,
 * user-agent families, hours of the day, call and error rates). Events are grouped into
 * principal-windows (one principal, one hour); each closed window is scored against the profile,
 * then folded into it. Profiles are kept in SQLite and updated incrementally.
 */
export const WINDOW_MS = 3_600_000;
/** Caps keep a profile small whatever a principal does. */
const MAX_KEYS = 400;

export interface PrincipalProfile {
  readonly key: string;
  provider: Provider;
  type: PrincipalType;
  display: string;
  firstSeen: number;
  lastSeen: number;
  events: number;
  errors: number;
  /** Principal-windows (hours with activity) folded in. */
  activeHours: number;
  actions: Record<string, number>;
  /** The most calls of each API in one hour. */
  actionPeaks: Record<string, number>;
  regions: Record<string, number>;
  networks: Record<string, number>;
  userAgents: Record<string, number>;
  /** Active hours per hour of day (UTC). */
  hours: number[];
}

/** What detectors may read. */
export interface BaselineView {
  /** Principal-windows learned in total: 0 means nothing was learned yet. */
  readonly learnedWindows: number;
  profile(key: string): PrincipalProfile | undefined;
}

/** One principal's activity within one hour. */
export interface PrincipalWindow {
  readonly key: string;
  readonly provider: Provider;
  readonly type: PrincipalType;
  readonly display: string;
  readonly start: number;
  first: number;
  last: number;
  count: number;
  errors: number;
  writes: number;
  readonly actions: Map<string, ActionStat>;
  readonly regions: Set<string>;
  readonly networks: Set<string>;
  readonly userAgents: Set<string>;
  /** The first events (evidence). */
  readonly sample: CloudEvent[];
}

export interface ActionStat {
  count: number;
  errors: number;
  first: number;
  last: number;
  readonly sample: CloudEvent[];
}

export function emptyProfile(w: Pick<PrincipalWindow, 'key' | 'provider' | 'type' | 'display' | 'start'>): PrincipalProfile {
  return {
    key: w.key,
    provider: w.provider,
    type: w.type,
    display: w.display,
    firstSeen: w.start,
    lastSeen: w.start,
    events: 0,
    errors: 0,
    activeHours: 0,
    actions: {},
    actionPeaks: {},
    regions: {},
    networks: {},
    userAgents: {},
    hours: Array<number>(24).fill(0),
  };
}

/** Folds a closed window into a profile (incremental learning). */
export function mergeWindow(profile: PrincipalProfile, w: PrincipalWindow): void {
  profile.display = w.display;
  profile.firstSeen = Math.min(profile.firstSeen, w.first);
  profile.lastSeen = Math.max(profile.lastSeen, w.last);
  profile.events += w.count;
  profile.errors += w.errors;
  profile.activeHours += 1;
  for (const [action, stat] of w.actions) {
    bump(profile.actions, action, stat.count);
    if (Object.hasOwn(profile.actionPeaks, action) || Object.keys(profile.actionPeaks).length < MAX_KEYS)
      profile.actionPeaks[action] = Math.max(profile.actionPeaks[action] ?? 0, stat.count);
  }
  for (const r of w.regions) bump(profile.regions, r, 1);
  for (const n of w.networks) bump(profile.networks, n, 1);
  for (const u of w.userAgents) bump(profile.userAgents, u, 1);
  const hour = new Date(w.start).getUTCHours();
  profile.hours[hour] = (profile.hours[hour] ?? 0) + 1;
}

function bump(map: Record<string, number>, key: string, by: number): void {
  if (Object.hasOwn(map, key)) map[key] = (map[key] ?? 0) + by;
  else if (Object.keys(map).length < MAX_KEYS) map[key] = by;
}

/** Names of the features the anomaly model sees, in vector order. */
export const FEATURE_NAMES = [
  'log calls',
  'error ratio',
  'log distinct APIs',
  'share of new APIs',
  'new regions',
  'new networks',
  'new user-agent families',
  'hour rarity',
  'log rate ratio',
  'write ratio',
] as const;

export interface WindowFeatures {
  readonly vector: number[];
  readonly newActions: string[];
  readonly newRegions: string[];
  readonly newNetworks: string[];
  readonly newUserAgents: string[];
  /** Calls per active hour in the profile (0 when new). */
  readonly usualRate: number;
  readonly hourRarity: number;
}

/** The window's features relative to the principal's profile (everything is new without one). */
export function windowFeatures(w: PrincipalWindow, p: PrincipalProfile | undefined): WindowFeatures {
  const newActions = [...w.actions.keys()].filter((a) => !p || !Object.hasOwn(p.actions, a));
  const newRegions = [...w.regions].filter((r) => !p || !Object.hasOwn(p.regions, r));
  const newNetworks = [...w.networks].filter((n) => !p || !Object.hasOwn(p.networks, n));
  const newUserAgents = [...w.userAgents].filter((u) => !p || !Object.hasOwn(p.userAgents, u));
  const usualRate = p && p.activeHours > 0 ? p.events / p.activeHours : 0;
  const hour = new Date(w.start).getUTCHours();
  const hourRarity = p ? 1 - ((p.hours[hour] ?? 0) + 1) / (p.activeHours + 24) : 1;
  return {
    vector: [
      Math.log1p(w.count),
      w.errors / w.count,
      Math.log1p(w.actions.size),
      newActions.length / Math.max(1, w.actions.size),
      newRegions.length,
      newNetworks.length,
      newUserAgents.length,
      hourRarity,
      Math.log((w.count + 1) / (usualRate + 1)),
      w.writes / w.count,
    ],
    newActions,
    newRegions,
    newNetworks,
    newUserAgents,
    usualRate,
    hourRarity,
  };
}

/**
 * Groups events into principal-windows and hands each closed window to `onWindow`. Windows close
 * once the stream is `latenessMs` past their end (CloudTrail files are only roughly ordered), or
 * at `end()`. Memory holds only the open windows.
 */
export class WindowAccumulator {
  /** Open windows by hour, then by principal (both in creation order). */
  readonly #open = new Map<number, Map<string, PrincipalWindow>>();
  /** The hour the last event fell in, and its windows: events come roughly in time order. */
  #lastStart = NaN;
  #lastHour: Map<string, PrincipalWindow> | undefined;
  readonly #onWindow: (w: PrincipalWindow) => void;
  readonly #latenessMs: number;
  #watermark = 0;
  #n = 0;

  constructor(onWindow: (w: PrincipalWindow) => void, latenessMs = 15 * 60_000) {
    this.#onWindow = onWindow;
    this.#latenessMs = latenessMs;
  }

  add(e: CloudEvent): void {
    const start = Math.floor(e.time / WINDOW_MS) * WINDOW_MS;
    let hour = start === this.#lastStart ? this.#lastHour : this.#open.get(start);
    if (hour === undefined) {
      hour = new Map();
      this.#open.set(start, hour);
    }
    this.#lastStart = start;
    this.#lastHour = hour;
    let w = hour.get(e.principal.key);
    if (!w) {
      w = {
        key: e.principal.key,
        provider: e.provider,
        type: e.principal.type,
        display: e.principal.display,
        start,
        first: e.time,
        last: e.time,
        count: 0,
        errors: 0,
        writes: 0,
        actions: new Map(),
        regions: new Set(),
        networks: new Set(),
        userAgents: new Set(),
        sample: [],
      };
      hour.set(e.principal.key, w);
    }
    w.count++;
    if (e.time < w.first) w.first = e.time;
    if (e.time > w.last) w.last = e.time;
    if (e.errorCode !== null) w.errors++;
    if (e.readOnly === false) w.writes++;
    let stat = w.actions.get(e.action);
    if (!stat) {
      stat = { count: 0, errors: 0, first: e.time, last: e.time, sample: [] };
      if (w.actions.size < MAX_KEYS) w.actions.set(e.action, stat);
    }
    stat.count++;
    if (e.errorCode !== null) stat.errors++;
    if (e.time < stat.first) stat.first = e.time;
    if (e.time > stat.last) stat.last = e.time;
    if (stat.sample.length < 10) stat.sample.push(e);
    if (e.region !== null && w.regions.size < 50) w.regions.add(e.region);
    if (w.networks.size < 50) w.networks.add(networkOf(e.sourceIp));
    if (w.userAgents.size < 50) w.userAgents.add(e.provider === 'aws' ? userAgentFamily(e.userAgent) : 'n/a');
    if (w.sample.length < 10) w.sample.push(e);
    if (e.time > this.#watermark) this.#watermark = e.time;
    if (++this.#n % 8192 === 0) this.#sweep();
  }

  end(): void {
    const rest: PrincipalWindow[] = [];
    for (const hour of this.#open.values()) for (const w of hour.values()) rest.push(w);
    this.#forget();
    this.#open.clear();
    // Hour order; windows of one hour in the order they opened.
    rest.sort((a, b) => a.start - b.start);
    for (const w of rest) this.#onWindow(w);
  }

  #sweep(): void {
    const closed: PrincipalWindow[] = [];
    for (const [start, hour] of this.#open) {
      if (start + WINDOW_MS + this.#latenessMs < this.#watermark) {
        for (const w of hour.values()) closed.push(w);
        this.#open.delete(start);
        if (start === this.#lastStart) this.#forget();
      }
    }
    closed.sort((a, b) => a.start - b.start);
    for (const w of closed) this.#onWindow(w);
  }

  #forget(): void {
    this.#lastStart = NaN;
    this.#lastHour = undefined;
  }
}

/** A fixed-size uniform sample of feature vectors (reservoir sampling, seeded). */
export class Reservoir {
  readonly capacity: number;
  readonly rows: number[][];
  seen: number;
  readonly #random: () => number;

  constructor(capacity: number, rows: number[][] = [], seen = rows.length, seed = 1) {
    this.capacity = capacity;
    this.rows = rows.slice(0, capacity);
    this.seen = seen;
    this.#random = mulberry32(seed + seen);
  }

  add(row: number[]): void {
    this.seen++;
    if (this.rows.length < this.capacity) this.rows.push(row);
    else {
      const j = Math.floor(this.#random() * this.seen);
      if (j < this.capacity) this.rows[j] = row;
    }
  }
}

/** Poisson upper tail P(X ≥ k) for rate λ, in log space (stable for large k). */
export function poissonTail(k: number, lambda: number): number {
  if (k <= 0) return 1;
  if (lambda <= 0) return 0;
  let logTerm = -lambda + k * Math.log(lambda) - logFactorial(k);
  let sum = 0;
  for (let i = k; i < k + 1000; i++) {
    sum += Math.exp(logTerm);
    logTerm += Math.log(lambda) - Math.log(i + 1);
    if (Math.exp(logTerm) < sum * 1e-12) break;
  }
  return Math.min(1, sum);
}

function logFactorial(n: number): number {
  let s = 0;
  for (let i = 2; i <= n; i++) s += Math.log(i);
  return s;
}
