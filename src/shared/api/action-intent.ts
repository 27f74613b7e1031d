/**
 * One user intent (a reminder typed and sent, a supervision opened) and the Idempotency-Key that
 * stands for it. The key is made when the intent is first sent and kept while the same request
 * is sent again (a retry after a lost answer, a second click): the API then replays its first
 * answer instead of acting twice. A changed request is a new intent with a new key, because the
 * API refuses a key reused for another request (`idempotency-conflict`).
 */
export interface ActionIntent {
  /** The key for this request: the same as last time while the request is the same. */
  keyFor(fingerprint: string): string
  /** Done (or abandoned): the next request, even an identical one, is a new intent. */
  reset(): void
}

export function createActionIntent(): ActionIntent {
  let current: { fingerprint: string; key: string } | undefined
  return {
    keyFor(fingerprint) {
      if (current?.fingerprint !== fingerprint) current = { fingerprint, key: newIdempotencyKey() }
      return current.key
    },
    reset() {
      current = undefined
    },
  }
}

/** A fresh random key; `randomUUID` exists only in secure contexts (not plain http on a LAN). */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')
}
