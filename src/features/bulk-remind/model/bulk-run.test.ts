// @vitest-environment node
import { describe, expect, it, vi } from 'vitest'
import type { ActionIntent } from '@/shared/api/action-intent'
import {
  countOutcomes,
  createBulkRun,
  createIntents,
  type BulkRunOptions,
  type BulkRunState,
} from './bulk-run'

/** A failure a retry may mend (no answer, a 5xx). */
class Retryable extends Error {
  readonly retryable = true
}
/** An answer that said no (409, 403, 404). */
class Refusal extends Error {
  readonly retryable = false
}

/** A request the test answers when it chooses. */
interface Pending {
  id: string
  key: string
  resolve: () => void
  reject: (error: Error) => void
}

/** A `send` that records each request (the item and its Idempotency-Key) and waits for the test. */
function controlledSend() {
  const pending: Pending[] = []
  const sent: { id: string; key: string }[] = []
  let onTheirWay = 0
  let most = 0
  const send = (id: string, intent: ActionIntent) => {
    // The same fingerprint each time for an item, as sendAction computes it for the same request.
    const key = intent.keyFor(`POST /work-orders/${id}/reminders`)
    sent.push({ id, key })
    onTheirWay += 1
    most = Math.max(most, onTheirWay)
    return new Promise<void>((resolve, reject) => {
      const done = () => (onTheirWay -= 1)
      pending.push({
        id,
        key,
        resolve: () => {
          done()
          resolve()
        },
        reject: (error) => {
          done()
          reject(error)
        },
      })
    })
  }
  /** Answers the oldest request still waiting, for item `id` if given. */
  const answer = async (outcome: 'ok' | Error, id?: string) => {
    const index = id === undefined ? 0 : pending.findIndex((request) => request.id === id)
    const [request] = pending.splice(index, 1)
    if (!request) throw new Error(`no request waiting${id ? ` for ${id}` : ''}`)
    if (outcome === 'ok') request.resolve()
    else request.reject(outcome)
    // Let the run's promise callbacks (and the next requests they start) run.
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  return { send, answer, pending, sent, most: () => most }
}

const ids = (count: number) =>
  Array.from({ length: count }, (_, i) => `RZ-20261205-${String(i).padStart(4, '0')}`)

function run(options: Partial<BulkRunOptions> & Pick<BulkRunOptions, 'ids' | 'send'>) {
  return createBulkRun({ isRetryable: (error) => error instanceof Retryable, ...options })
}

describe('a bulk run', () => {
  it('sends every item once, at most three at a time, and says where each stands', async () => {
    const requests = controlledSend()
    const bulk = run({ ids: ids(10), send: requests.send })
    expect(countOutcomes(bulk.getState().items).idle).toBe(10)

    bulk.start()
    expect(requests.pending).toHaveLength(3)
    expect(countOutcomes(bulk.getState().items)).toMatchObject({ sending: 3, queued: 7 })
    expect(bulk.getState().running).toBe(true)

    while (requests.pending.length > 0) await requests.answer('ok')
    expect(requests.most()).toBe(3)
    expect(requests.sent.map((request) => request.id)).toEqual(ids(10))
    expect(countOutcomes(bulk.getState().items).sent).toBe(10)
    expect(bulk.getState().running).toBe(false)
  })

  it('keeps each item its own result: sent, refused, failed', async () => {
    const requests = controlledSend()
    const [a, b, c] = ids(3) as [string, string, string]
    const bulk = run({ ids: [a, b, c], send: requests.send })
    bulk.start()
    const refusal = new Refusal('409 closed')
    const failure = new Retryable('network')
    await requests.answer(refusal, b)
    await requests.answer('ok', a)
    await requests.answer(failure, c)

    expect(bulk.getState().items).toEqual([
      { id: a, outcome: { kind: 'sent' } },
      { id: b, outcome: { kind: 'refused', error: refusal } },
      { id: c, outcome: { kind: 'failed', error: failure } },
    ])
  })

  it('retries only the failed items, each with the key it had, never the sent or refused ones', async () => {
    const requests = controlledSend()
    const all = ids(5)
    const bulk = run({ ids: all, send: requests.send })
    bulk.start()
    await requests.answer('ok', all[0])
    await requests.answer(new Retryable('network'), all[1])
    await requests.answer(new Refusal('403'), all[2])
    await requests.answer(new Retryable('503'), all[3])
    await requests.answer('ok', all[4])
    const firstKeys = new Map(requests.sent.map((request) => [request.id, request.key]))
    requests.sent.length = 0

    bulk.retryFailed()
    expect(requests.sent).toEqual([
      { id: all[1], key: firstKeys.get(all[1]!) },
      { id: all[3], key: firstKeys.get(all[3]!) },
    ])
    await requests.answer('ok')
    await requests.answer('ok')
    expect(countOutcomes(bulk.getState().items)).toMatchObject({ sent: 4, refused: 1, failed: 0 })
    // Each item had a key of its own.
    expect(new Set(firstKeys.values()).size).toBe(5)
  })

  it('sends nothing twice for a double click, nor for a retry pressed while retrying', async () => {
    const requests = controlledSend()
    const all = ids(4)
    const bulk = run({ ids: [...all, all[0]!], send: requests.send })
    bulk.start()
    bulk.start()
    while (requests.pending.length > 0) {
      await requests.answer(requests.pending[0]!.id === all[2] ? new Retryable('network') : 'ok')
    }
    expect(requests.sent.map((request) => request.id)).toEqual(all)

    bulk.retryFailed()
    bulk.retryFailed()
    bulk.start()
    expect(requests.sent.map((request) => request.id)).toEqual([...all, all[2]])
  })

  it('calls back once when all the requests of a start or a retry have answered', async () => {
    const requests = controlledSend()
    const onDrained = vi.fn<(state: BulkRunState) => void>()
    const bulk = run({ ids: ids(7), send: requests.send, onDrained })
    bulk.start()
    while (requests.pending.length > 1) await requests.answer('ok')
    expect(onDrained).not.toHaveBeenCalled()
    await requests.answer(new Retryable('network'))
    expect(onDrained).toHaveBeenCalledTimes(1)
    expect(countOutcomes(onDrained.mock.calls[0]![0].items)).toMatchObject({ sent: 6, failed: 1 })

    bulk.retryFailed()
    await requests.answer('ok')
    expect(onDrained).toHaveBeenCalledTimes(2)
  })

  it('ends the intent of a sent or refused item and keeps that of a failed one', async () => {
    const requests = controlledSend()
    const intentFor = createIntents()
    const [sent, refused, failed] = ids(3) as [string, string, string]
    const bulk = run({ ids: [sent, refused, failed], send: requests.send, intentFor })
    bulk.start()
    await requests.answer('ok', sent)
    await requests.answer(new Refusal('404'), refused)
    await requests.answer(new Retryable('500'), failed)
    const keyNow = (id: string) => intentFor(id).keyFor(`POST /work-orders/${id}/reminders`)
    const keyThen = (id: string) => requests.sent.find((request) => request.id === id)?.key

    // A later reminder of a sent item is a new one; a failed one's retry is the same request.
    expect(keyNow(sent)).not.toBe(keyThen(sent))
    expect(keyNow(refused)).not.toBe(keyThen(refused))
    expect(keyNow(failed)).toBe(keyThen(failed))
  })

  it('keeps the keys of the caller, so a new run of the same failed items reuses them', async () => {
    const requests = controlledSend()
    const intentFor = createIntents()
    const [a] = ids(1) as [string]
    const first = run({ ids: [a], send: requests.send, intentFor })
    first.start()
    await requests.answer(new Retryable('network'))
    const second = run({ ids: [a], send: requests.send, intentFor })
    second.start()
    await requests.answer('ok')
    expect(requests.sent[1]?.key).toBe(requests.sent[0]?.key)
  })

  it('counts a send that throws at once as that item failing, and goes on with the others', async () => {
    const sent: string[] = []
    const bulk = run({
      ids: ids(2),
      send: (id) => {
        if (id === ids(2)[0]) throw new Refusal('bad')
        sent.push(id)
        return Promise.resolve()
      },
    })
    bulk.start()
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(bulk.getState().items.map((item) => item.outcome.kind)).toEqual(['refused', 'sent'])
  })

  it('tells its subscribers of each change, and stops when they unsubscribe', async () => {
    const requests = controlledSend()
    const bulk = run({ ids: ids(1), send: requests.send })
    const listener = vi.fn()
    const unsubscribe = bulk.subscribe(listener)
    bulk.start()
    // queued, then sending
    expect(listener).toHaveBeenCalledTimes(2)
    unsubscribe()
    await requests.answer('ok')
    expect(listener).toHaveBeenCalledTimes(2)
    expect(bulk.getState().items[0]?.outcome.kind).toBe('sent')
  })
})
