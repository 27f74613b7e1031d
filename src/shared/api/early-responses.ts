/**
 * Requests started before the app has loaded: a small script of their own asks for the first
 * page's data while the browser still downloads and runs the app, and `apiFetch` takes the
 * answer instead of asking again. Only a plain GET made the way `apiFetch` makes it (same
 * headers, same credentials) may be taken, once, and only while it is fresh: a page that asks
 * for the same URL minutes later gets a new answer.
 */

/** How long an early answer may stand in for a request of the app's. */
export const earlyResponseMaxAgeMs = 10_000

/** The headers of every `apiFetch` GET, which an early request must share. */
export const apiAcceptHeader = 'application/json, application/problem+json'

interface EarlyRequest {
  startedAt: number
  response: Promise<Response>
}

const early = new Map<string, EarlyRequest>()

/** Starts a GET of `url` now, unless one is already under way. */
export function startEarlyRequest(url: URL): void {
  const href = url.toString()
  if (early.has(href)) return
  const response = fetch(url, { credentials: 'same-origin', headers: { Accept: apiAcceptHeader } })
  // Nobody may ever take it: its failure must not surface as an unhandled rejection.
  response.catch(() => undefined)
  early.set(href, { startedAt: Date.now(), response })
}

/** The early answer for `href`, if one was started and is fresh; it is handed out once. */
export function takeEarlyResponse(href: string): Promise<Response> | undefined {
  const request = early.get(href)
  if (request === undefined) return undefined
  early.delete(href)
  return Date.now() - request.startedAt <= earlyResponseMaxAgeMs ? request.response : undefined
}

/** Tests: forget every early request. */
export function clearEarlyResponses(): void {
  early.clear()
}
