/** Defaults of live AWS collection, in a module light enough for the CLI's option help (no SDK import). */

/**
 * AWS API calls in flight at once. Collection is bound by call latency until the SDK's own CPU
 * cost per call (serialisation, signing, parsing) saturates the core; 16 stays close to the latency
 * bound on a modest machine without provoking the per-account rate limits of IAM and friends.
 */
export const DEFAULT_CONCURRENCY = 16;
