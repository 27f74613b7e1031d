import type { z } from 'zod/mini'
import type { ActionIntent } from './action-intent'
import { isApiError } from './api-error'
import { apiFetch } from './api-fetch'
import { setCsrfToken } from './csrf-token'

export const idempotencyKeyHeader = 'Idempotency-Key'

export interface ActionRequest<TSchema extends z.ZodMiniType | undefined> {
  method: 'POST' | 'PATCH'
  /** Sent as JSON; part of what makes two requests the same intent. */
  body?: unknown
  /** The user's intent this request belongs to (see `ActionIntent`). */
  intent: ActionIntent
  /** Validates the answer, as `apiFetch` does. */
  schema?: TSchema
}

type Answer<TSchema extends z.ZodMiniType | undefined> = ReturnType<typeof apiFetch<TSchema>>

/** Requests on their way, by Idempotency-Key: a repeat joins the first instead of racing it. */
const inFlight = new Map<string, Promise<unknown>>()

function isCsrfRefusal(error: unknown): boolean {
  return isApiError(error) && error.status === 403 && error.problem?.type.endsWith('/csrf-missing') === true
}

/**
 * The session's CSRF token again, from `GET /me` (read loosely: only the token is needed here,
 * and the session entity validates the rest when it reads `/me` itself).
 */
async function refreshCsrfToken(): Promise<void> {
  const me = await apiFetch('/me')
  const token = typeof me === 'object' && me !== null ? (me as { csrfToken?: unknown }).csrfToken : undefined
  if (typeof token === 'string') setCsrfToken(token)
}

/**
 * Sends an action (POST or PATCH) with the Idempotency-Key of its intent; `apiFetch` adds the
 * CSRF header as for every unsafe request.
 *
 * - The same request sent again while the first is still on its way (a double click, a retry
 *   pressed during a slow answer) gets the first one's answer, with no second request: the
 *   server replays a key's answer only once it has one, so two at once could both act.
 * - A CSRF refusal means nothing was done and the token in memory is stale (another tab signed
 *   in again): the token is read anew and the request sent once more, with the same key.
 */
export function sendAction<TSchema extends z.ZodMiniType | undefined = undefined>(
  path: string,
  { method, body, intent, schema }: ActionRequest<TSchema>,
): Answer<TSchema> {
  const key = intent.keyFor(`${method} ${path}\n${JSON.stringify(body ?? null)}`)
  const running = inFlight.get(key) as Answer<TSchema> | undefined
  if (running) return running
  const send = () => apiFetch(path, { method, body, schema, headers: { [idempotencyKeyHeader]: key } })
  const request = send()
    .catch(async (error: unknown) => {
      if (!isCsrfRefusal(error)) throw error
      await refreshCsrfToken()
      return send()
    })
    .finally(() => inFlight.delete(key))
  inFlight.set(key, request)
  return request
}
