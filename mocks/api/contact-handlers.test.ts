// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { expectMatchesSpec } from '../../tests/contract/openapi-contract'
import { createHandlers } from '../handlers'
import { server } from '../node'
import { parseIsoInstant } from '../sim/china-time'
import { createApiState } from './api-state'
import { demoUsers } from './session'

/** Revealing a complainant's contact: who may, what they get, and that it is recorded once. */
const now = parseIsoInstant('2026-11-20T10:00:00+08:00')
const state = createApiState({ now: () => now })
const staffUnit = demoUsers.find((user) => user.role === 'staff')?.unit
const orders = state.simulator.ordersInRange('2026-11-16', '2026-11-19')
const ownOrder = orders.find((order) => order.unit === staffUnit)
const otherOrder = orders.find((order) => order.unit !== staffUnit)
let hostCount = 0

async function api(username: 'director' | 'staff' | 'wall') {
  server.use(...createHandlers({ state }))
  hostCount += 1
  const origin = `http://contact-${hostCount}.duban.test`
  const call = (path: string, init: RequestInit = {}) => fetch(`${origin}/api/v1${path}`, init)
  const signedIn = await call('/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'duban-demo' }),
  })
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string }
  const reveal = (id: string, headers: Record<string, string> = {}) =>
    call(`/work-orders/${id}/contact`, {
      method: 'POST',
      headers: { 'X-CSRF-Token': csrfToken, 'Idempotency-Key': `reveal-${hostCount}-${id}`, ...headers },
    })
  return { call, reveal }
}

describe('POST /work-orders/{id}/contact', () => {
  if (!ownOrder || !otherOrder) throw new Error('the simulator gave no orders for both kinds of unit')

  it('gives a director the unmasked contact, which the detail keeps masked, and records who saw it', async () => {
    const { call, reveal } = await api('director')
    const before = state.contactAccess.length
    const response = await reveal(otherOrder.id)
    const contact = (await expectMatchesSpec('POST', '/work-orders/{id}/contact', 200, response)) as {
      name: string
      phone: string
    }
    expect(contact.phone).toMatch(/^1\d{10}$/)
    expect(contact.name).not.toContain('*')

    const detail = (await (await call(`/work-orders/${otherOrder.id}`)).json()) as {
      contact: { masked: boolean; phone: string }
    }
    expect(detail.contact.masked).toBe(true)
    expect(detail.contact.phone).not.toBe(contact.phone)
    expect(state.contactAccess.slice(before)).toEqual([
      { workOrderId: otherOrder.id, by: 'u-director', at: now },
    ])
  })

  it('records a repeated request (same Idempotency-Key) once', async () => {
    const { reveal } = await api('director')
    const before = state.contactAccess.length
    const first: unknown = await (await reveal(ownOrder.id)).json()
    const second: unknown = await (await reveal(ownOrder.id)).json()
    expect(second).toEqual(first)
    expect(state.contactAccess.length).toBe(before + 1)
  })

  it('lets staff reveal their own unit’s contacts only', async () => {
    const { reveal } = await api('staff')
    expect((await reveal(ownOrder.id)).status).toBe(200)
    const refused = await reveal(otherOrder.id)
    await expectMatchesSpec('POST', '/work-orders/{id}/contact', 403, refused)
  })

  it('refuses the wall, a missing CSRF header or key, and names a bad id', async () => {
    const wall = await api('wall')
    await expectMatchesSpec('POST', '/work-orders/{id}/contact', 403, await wall.reveal(ownOrder.id))

    const { call, reveal } = await api('director')
    const before = state.contactAccess.length
    const noCsrf = await call(`/work-orders/${ownOrder.id}/contact`, {
      method: 'POST',
      headers: { 'Idempotency-Key': 'no-csrf' },
    })
    expect(noCsrf.status).toBe(403)
    expect((await reveal(ownOrder.id, { 'Idempotency-Key': '' })).status).toBe(400)
    expect((await reveal('RZ-20261119-9999')).status).toBe(404)
    const badId = await reveal('not an id')
    expect(badId.status).toBe(400)
    expect(state.contactAccess.length).toBe(before)
  })
})
