import { faults } from '@mocks/handlers'
import { server } from '@mocks/node'
import { http } from 'msw'
import { describe, expect, it } from 'vitest'
import { signInAs } from '../../../tests/unit/render-app'
import { createActionIntent } from './action-intent'
import { actionErrorOf } from './action-error'
import { apiFetch } from './api-fetch'
import { getCsrfToken, setCsrfToken } from './csrf-token'
import { sendAction } from './send-action'

/** Signed in as the director, with the session's CSRF token in memory (as `/me` leaves it). */
async function signedIn(): Promise<void> {
  await signInAs('director')
  const me = (await apiFetch('/me')) as { csrfToken: string }
  setCsrfToken(me.csrfToken)
}

async function someOpenOrder(): Promise<string> {
  const page = (await apiFetch('/work-orders', { query: { status: 'open', limit: 1 } })) as {
    items: { id: string }[]
  }
  const id = page.items[0]?.id
  if (!id) throw new Error('expected an open work order')
  return id
}

async function reminderCount(id: string): Promise<number> {
  const detail = (await apiFetch(`/work-orders/${id}`)) as { reminders: unknown[] }
  return detail.reminders.length
}

/** Records each reminder request's Idempotency-Key and CSRF token, then lets the API answer. */
function watchReminders(): { keys: string[]; csrf: (string | null)[] } {
  const seen = { keys: [] as string[], csrf: [] as (string | null)[] }
  server.use(
    http.post('*/api/v1/work-orders/:id/reminders', ({ request }) => {
      seen.keys.push(request.headers.get('Idempotency-Key') ?? '')
      seen.csrf.push(request.headers.get('X-CSRF-Token'))
    }),
  )
  return seen
}

describe('sendAction', { timeout: 30_000 }, () => {
  it('sends the CSRF token and one Idempotency-Key; a double submit makes one request and acts once', async () => {
    await signedIn()
    const id = await someOpenOrder()
    const before = await reminderCount(id)
    const seen = watchReminders()
    const intent = createActionIntent()
    const send = () =>
      sendAction(`/work-orders/${id}/reminders`, {
        method: 'POST',
        body: { method: 'phone', note: '请尽快办理' },
        intent,
      })
    const [first, second] = await Promise.all([send(), send()])
    expect(second).toEqual(first)
    expect(seen.keys).toHaveLength(1)
    expect(seen.keys[0]).toMatch(/^[\x21-\x7E]{8,128}$/)
    expect(seen.csrf).toEqual([getCsrfToken()])
    expect(await reminderCount(id)).toBe(before + 1)
  })

  it('retries after a network failure with the same key, and acts once', async () => {
    await signedIn()
    const id = await someOpenOrder()
    const before = await reminderCount(id)
    const seen = watchReminders()
    faults.set('POST /work-orders/{id}/reminders', { kind: 'network', times: 1 })
    const intent = createActionIntent()
    const request = { method: 'POST' as const, body: { method: 'group', note: '' }, intent }
    const failure = await sendAction(`/work-orders/${id}/reminders`, request).catch((e: unknown) => e)
    expect(actionErrorOf(failure)).toMatchObject({ failure: 'network', retryable: true })
    await sendAction(`/work-orders/${id}/reminders`, request)
    // The replay of a repeat: the same key again answers without acting a second time.
    await sendAction(`/work-orders/${id}/reminders`, request)
    expect(new Set(seen.keys).size).toBe(1)
    expect(await reminderCount(id)).toBe(before + 1)
  })

  it('takes a new key for a changed request and after the intent ends', async () => {
    await signedIn()
    const id = await someOpenOrder()
    const seen = watchReminders()
    const intent = createActionIntent()
    const path = `/work-orders/${id}/reminders`
    faults.set('POST /work-orders/{id}/reminders', { kind: '500', times: 1 })
    await sendAction(path, { method: 'POST', body: { method: 'phone' }, intent }).catch(() => undefined)
    await sendAction(path, { method: 'POST', body: { method: 'platform' }, intent })
    intent.reset()
    await sendAction(path, { method: 'POST', body: { method: 'platform' }, intent })
    expect(new Set(seen.keys).size).toBe(3)
  })

  it('reads a new CSRF token and sends again when the one in memory is refused', async () => {
    await signedIn()
    const id = await someOpenOrder()
    const before = await reminderCount(id)
    const seen = watchReminders()
    const good = getCsrfToken()
    setCsrfToken('stale-token-from-another-sign-in')
    await sendAction(`/work-orders/${id}/reminders`, {
      method: 'POST',
      body: { method: 'phone' },
      intent: createActionIntent(),
    })
    expect(seen.csrf).toEqual(['stale-token-from-another-sign-in', good])
    expect(new Set(seen.keys).size).toBe(1)
    expect(await reminderCount(id)).toBe(before + 1)
  })

  it('turns the API refusals into typed failures', async () => {
    await signedIn()
    const id = await someOpenOrder()
    const closed = (await apiFetch('/work-orders', { query: { status: 'closed', limit: 1 } })) as {
      items: { id: string }[]
    }
    const conflict = await sendAction(`/work-orders/${closed.items[0]?.id ?? ''}/reminders`, {
      method: 'POST',
      body: { method: 'phone' },
      intent: createActionIntent(),
    }).catch((e: unknown) => e)
    expect(actionErrorOf(conflict)).toMatchObject({ failure: 'conflict', retryable: false })

    const invalid = await sendAction('/escalations', {
      method: 'POST',
      body: { workOrderId: id, reason: 'overdue', dueDate: '2020-01-01' },
      intent: createActionIntent(),
    }).catch((e: unknown) => e)
    expect(actionErrorOf(invalid)).toMatchObject({
      failure: 'invalid',
      fields: [{ parameter: '/dueDate', code: 'range' }],
    })

    await signInAs('staff')
    const forbidden = await sendAction('/escalations', {
      method: 'POST',
      body: { workOrderId: id, reason: 'overdue' },
      intent: createActionIntent(),
    }).catch((e: unknown) => e)
    expect(actionErrorOf(forbidden)).toMatchObject({ failure: 'forbidden', retryable: false })
  })
})
