import { createActionIntent, type ActionIntent } from '@/shared/api/action-intent'

/**
 * Where one item of a bulk action stands:
 * - `idle`: chosen, not sent yet;
 * - `queued`: waiting for a free slot (at most `concurrency` requests go at once);
 * - `sending`: its request is on its way;
 * - `sent`: the API recorded it; it is never sent again by this run;
 * - `refused`: the API answered no (closed, forbidden, not found…): nothing was done, and sending
 *   the same again would be refused the same way, so it is not retried;
 * - `failed`: no answer, or one that cannot say whether it acted (network, 5xx, rate limit): it
 *   may be retried, with the same Idempotency-Key, so a lost answer that had been recorded is
 *   replayed by the API rather than acted on twice.
 */
export type ItemOutcome =
  | { kind: 'idle' }
  | { kind: 'queued' }
  | { kind: 'sending' }
  | { kind: 'sent' }
  | { kind: 'refused'; error: unknown }
  | { kind: 'failed'; error: unknown }

export type OutcomeKind = ItemOutcome['kind']

export interface BulkItem {
  id: string
  outcome: ItemOutcome
}

export interface BulkRunState {
  /** In the order given; a new array (and new items for those changed) on every change. */
  items: readonly BulkItem[]
  /** Some item is queued or on its way. */
  running: boolean
}

export interface BulkRunOptions {
  /** The items, each sent once; duplicates are dropped. */
  ids: readonly string[]
  /** Sends one item's request with that item's own intent (its Idempotency-Key). */
  send: (id: string, intent: ActionIntent) => Promise<unknown>
  /** Whether sending again may help (and cannot act twice); anything else is a refusal. */
  isRetryable: (error: unknown) => boolean
  /**
   * Each item's intent, by id. Given by the caller so that it can outlive the run: the same
   * items sent again later with the same request (the dialog closed and opened again) keep
   * their keys. Fresh intents by default.
   */
  intentFor?: (id: string) => ActionIntent
  /** How many requests may be on their way at once: a few, not a burst of a hundred. */
  concurrency?: number
  /** Every request of a start or a retry has answered: the time to refresh, once. */
  onDrained?: (state: BulkRunState) => void
}

/** Functions, not methods: they are passed around unbound (useSyncExternalStore, event handlers). */
export interface BulkRun {
  /** Sends every item not sent yet. Calling it again (a double click) sends nothing more. */
  start: () => void
  /** Sends again the items that failed, each with its own key as before; nothing else. */
  retryFailed: () => void
  getState: () => BulkRunState
  /** For React's useSyncExternalStore; returns the unsubscribe function. */
  subscribe: (listener: () => void) => () => void
}

export const defaultConcurrency = 3

/** How many items are in each state. */
export function countOutcomes(items: readonly BulkItem[]): Record<OutcomeKind, number> {
  const counts: Record<OutcomeKind, number> = {
    idle: 0,
    queued: 0,
    sending: 0,
    sent: 0,
    refused: 0,
    failed: 0,
  }
  for (const item of items) counts[item.outcome.kind] += 1
  return counts
}

const isActive = (item: BulkItem) => item.outcome.kind === 'queued' || item.outcome.kind === 'sending'

/**
 * One bulk action over many items, with no bulk endpoint: a request per item, a few at a time,
 * each item with its own state and its own intent. Pure (no React, no fetch): the caller gives
 * `send`, so the queue and the states can be tested by themselves.
 */
export function createBulkRun({
  ids,
  send,
  isRetryable,
  intentFor = createIntents(),
  concurrency = defaultConcurrency,
  onDrained,
}: BulkRunOptions): BulkRun {
  const unique = [...new Set(ids)]
  const position = new Map(unique.map((id, index) => [id, index]))
  let state: BulkRunState = {
    items: unique.map((id) => ({ id, outcome: { kind: 'idle' } })),
    running: false,
  }
  const listeners = new Set<() => void>()
  const queue: string[] = []
  let onTheirWay = 0

  const setOutcome = (id: string, outcome: ItemOutcome) => {
    const index = position.get(id)
    if (index === undefined) return
    const items = [...state.items]
    items[index] = { id, outcome }
    state = { items, running: items.some(isActive) }
    for (const listener of listeners) listener()
  }

  const sendOne = (id: string) => {
    onTheirWay += 1
    setOutcome(id, { kind: 'sending' })
    const intent = intentFor(id)
    // A `send` that throws at once fails like one that rejects.
    new Promise((resolve) => resolve(send(id, intent)))
      .then(
        () => {
          // Done: the next reminder of this item, even an identical one, is a new intent.
          intent.reset()
          setOutcome(id, { kind: 'sent' })
        },
        (error: unknown) => {
          const retryable = isRetryable(error)
          // A refusal did nothing: a later attempt is a new intent, not a replay of the refusal.
          // A failure keeps the key: a retry must be recognised if the first one was recorded.
          if (!retryable) intent.reset()
          setOutcome(id, retryable ? { kind: 'failed', error } : { kind: 'refused', error })
        },
      )
      .finally(() => {
        onTheirWay -= 1
        pump()
        if (onTheirWay === 0 && queue.length === 0) onDrained?.(state)
      })
  }

  const pump = () => {
    while (onTheirWay < concurrency) {
      const id = queue.shift()
      if (id === undefined) return
      sendOne(id)
    }
  }

  /** Queues the items in state `from`: an item already queued, on its way or sent is never queued again. */
  const enqueue = (from: OutcomeKind) => {
    const chosen = state.items.filter((item) => item.outcome.kind === from).map((item) => item.id)
    for (const id of chosen) {
      setOutcome(id, { kind: 'queued' })
      queue.push(id)
    }
    pump()
  }

  return {
    start: () => enqueue('idle'),
    retryFailed: () => enqueue('failed'),
    getState: () => state,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}

/** Intents made on first use and kept by id (the default when the caller keeps none). */
export function createIntents(): (id: string) => ActionIntent {
  const intents = new Map<string, ActionIntent>()
  return (id) => {
    let intent = intents.get(id)
    if (intent === undefined) {
      intent = createActionIntent()
      intents.set(id, intent)
    }
    return intent
  }
}
