/**
 * The server's "not before" (RFC 9110 Retry-After on a 429 or 503). Until it passes, the client
 * sends the API nothing: every poll, retry, refocus or click would otherwise ask a server that
 * just said it cannot answer, and dozens of dashboards and wall displays doing so keep it down.
 * One gate for the whole API, not per endpoint: a rate limit or an outage rarely spares the
 * other paths, and the server did not say it would.
 */
interface Hold {
  /** Epoch ms before which no request is sent. */
  until: number
  /** The status that asked for the wait, given again to the requests it holds back. */
  status: number
}

let hold: Hold | undefined

/** Records a Retry-After: no request until `seconds` from now (a longer earlier hold stays). */
export function holdRequests(status: number, seconds: number, now = Date.now()): void {
  const until = now + seconds * 1000
  if (hold === undefined || until > hold.until) hold = { until, status }
}

/** The hold in force at `now`, with the milliseconds left; undefined when requests may go. */
export function currentHold(now = Date.now()): { status: number; remainingMs: number } | undefined {
  if (hold === undefined || now >= hold.until) return undefined
  return { status: hold.status, remainingMs: hold.until - now }
}

/** Lifts the hold (tests; a sign-in on another account starts afresh too). */
export function releaseHold(): void {
  hold = undefined
}
