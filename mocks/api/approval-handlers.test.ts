// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { expectMatchesSpec } from '../../tests/contract/openapi-contract'
import { createHandlers } from '../handlers'
import { server } from '../node'
import { parseIsoInstant } from '../sim/china-time'
import { UNIT_CODES } from '../sim/domain-codes'
import { createApiState, type ApiState } from './api-state'

/**
 * Extension requests and returned tickets through the API. At this clock seed 7 has one of each
 * awaiting a decision; tests that decide get a state of their own, so each finds it pending.
 */
const now = parseIsoInstant('2026-11-20T10:00:00+08:00')
const period = { from: '2026-10-01', to: '2026-11-20' }
const shared = createApiState({ seed: 7, now: () => now })
let hostCount = 0

interface ExtensionRequest {
  id: string
  workOrderId: string
  unit: string
  stage: string
  requestedAt: string
  extraWorkingDays: number
  status: 'pending' | 'approved' | 'rejected'
  deadlineAt: string
  deadlineIfApproved: string
  decidedAt: string | null
  decidedBy: string | null
  decisionNote: string | null
}
interface ReturnedTicket {
  id: string
  workOrderId: string
  fromUnit: string
  returnedAt: string
  status: 'pending' | 'approved' | 'rejected'
  toUnit: string | null
  decidedAt: string | null
  decidedBy: string | null
  decisionNote: string | null
}
interface Page<T> {
  items: T[]
  total: number
  nextCursor: string | null
}
interface Detail {
  unit: string
  stages: { code: string; deadlineAt: string | null }[]
  events: {
    id: string
    type: string
    status?: string
    toUnit?: string | null
    redispatchedAt?: string | null
  }[]
}
type Role = 'director' | 'staff' | 'wall'

async function api(username: Role = 'director', state: ApiState = shared) {
  server.use(...createHandlers({ state }))
  hostCount += 1
  const origin = `http://dec-${hostCount}.duban.test`
  const call = (path: string, init: RequestInit = {}) => fetch(`${origin}/api/v1${path}`, init)
  const signedIn = await call('/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'duban-demo' }),
  })
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string }
  const post = (path: string, body: unknown, key: string | null = `k-${hostCount}-${path}`) =>
    call(path, {
      method: 'POST',
      headers: {
        'X-CSRF-Token': csrfToken,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...(key === null ? {} : { 'Idempotency-Key': key.slice(0, 128) }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  const extensions = async (query: Record<string, string>) =>
    (await expectMatchesSpec(
      'GET',
      '/extension-requests',
      200,
      await call(`/extension-requests?${new URLSearchParams(query).toString()}`),
    )) as Page<ExtensionRequest>
  const returns = async (query: Record<string, string>) =>
    (await expectMatchesSpec(
      'GET',
      '/returned-tickets',
      200,
      await call(`/returned-tickets?${new URLSearchParams(query).toString()}`),
    )) as Page<ReturnedTicket>
  const detail = async (id: string) =>
    (await expectMatchesSpec('GET', '/work-orders/{id}', 200, await call(`/work-orders/${id}`))) as Detail
  return { call, post, extensions, returns, detail }
}

async function problemOf(response: Response) {
  expect(response.headers.get('Content-Type')).toBe('application/problem+json')
  return (await response.json()) as { type: string; errors?: { parameter: string }[] }
}
const typeUri = (name: string) => `https://duban.example/problems/${name}`
const fresh = () => createApiState({ seed: 7, now: () => now })

describe('GET /extension-requests and /returned-tickets', () => {
  it('page through the period newest first, split by status', { timeout: 30_000 }, async () => {
    const { extensions, returns } = await api()
    for (const list of [extensions, returns] as const) {
      const all = await list({ ...period, limit: '500' })
      expect(all.total).toBeGreaterThan(20)
      const byStatus = await Promise.all(
        (['pending', 'approved', 'rejected'] as const).map(async (status) => ({
          status,
          page: await list({ ...period, status, limit: '500' }),
        })),
      )
      expect(byStatus.reduce((sum, s) => sum + s.page.total, 0)).toBe(all.total)
      for (const { status, page } of byStatus) for (const item of page.items) expect(item.status).toBe(status)
      expect(byStatus[0]!.page.total).toBeGreaterThan(0)
      const first = await list({ ...period, limit: '10' })
      const second = await list({ ...period, limit: '10', cursor: first.nextCursor! })
      expect([...first.items, ...second.items].map((i) => i.id)).toEqual(
        all.items.slice(0, 20).map((i) => i.id),
      )
    }
    const ext = await extensions({ ...period, limit: '500' })
    for (let i = 1; i < ext.items.length; i++) {
      expect(parseIsoInstant(ext.items[i - 1]!.requestedAt)).toBeGreaterThanOrEqual(
        parseIsoInstant(ext.items[i]!.requestedAt),
      )
    }
    const unit = ext.items[0]!.unit
    expect((await extensions({ ...period, unit, limit: '1' })).total).toBe(
      ext.items.filter((i) => i.unit === unit).length,
    )
    const ret = await returns({ ...period, limit: '500' })
    const fromUnit = ret.items[0]!.fromUnit
    expect((await returns({ ...period, unit: fromUnit, limit: '1' })).total).toBe(
      ret.items.filter((i) => i.fromUnit === fromUnit).length,
    )
  })

  it('answer 400 naming each bad parameter; the wall 403; staff its own unit', async () => {
    const { call } = await api()
    for (const path of ['/extension-requests', '/returned-tickets']) {
      for (const [query, parameter] of [
        ['status=open', 'status'],
        ['to=2026-11-01', 'from'],
        ['from=2026-11-02&to=2026-11-01', 'from'],
        ['unit=mars', 'unit'],
        ['limit=501', 'limit'],
        ['district=371102', 'district'],
      ] as const) {
        const response = await call(`${path}?${query}`)
        expect(response.status, `${path}?${query}`).toBe(400)
        expect((await problemOf(response)).errors?.map((e) => e.parameter)).toContain(parameter)
      }
    }
    const staff = await api('staff')
    const own = await staff.extensions({ ...period, limit: '500' })
    expect(own.total).toBeGreaterThan(0)
    for (const item of own.items) expect(item.unit).toBe('dg-bureau')
    for (const item of (await staff.returns({ ...period, limit: '500' })).items)
      expect(item.fromUnit).toBe('dg-bureau')
    expect((await staff.call('/extension-requests?unit=ls-bureau')).status).toBe(403)
    const wall = await api('wall')
    for (const path of ['/extension-requests', '/returned-tickets']) {
      const refused = await wall.call(path)
      expect(refused.status).toBe(403)
      expect((await problemOf(refused)).type).toBe(typeUri('forbidden'))
    }
  })
})

describe('POST /extension-requests/{id}/approve|reject', () => {
  it('an approval moves the stage deadline in the detail; a replay acts once; deciding twice is 409', async () => {
    const { post, extensions, detail } = await api('director', fresh())
    const pending = (await extensions({ ...period, status: 'pending' })).items[0]!
    const before = await detail(pending.workOrderId)
    expect(before.stages.find((s) => s.code === pending.stage)?.deadlineAt).toBe(pending.deadlineAt)
    const path = `/extension-requests/${pending.id}/approve`
    const approved = await post(path, { note: '同意延期' }, 'approve-ext-0001')
    const body = (await expectMatchesSpec(
      'POST',
      '/extension-requests/{id}/approve',
      200,
      approved,
    )) as ExtensionRequest
    expect(body).toMatchObject({
      id: pending.id,
      status: 'approved',
      deadlineAt: pending.deadlineIfApproved,
      decidedAt: '2026-11-20T10:00:00+08:00',
      decidedBy: '王建国',
      decisionNote: '同意延期',
    })
    const replay = await post(path, { note: '同意延期' }, 'approve-ext-0001')
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true')
    expect(await replay.json()).toEqual(body)
    const after = await detail(pending.workOrderId)
    expect(after.stages.find((s) => s.code === pending.stage)?.deadlineAt).toBe(pending.deadlineIfApproved)
    expect(after.events.find((e) => e.id === pending.id)).toMatchObject({
      status: 'approved',
      decidedBy: '王建国',
    })
    expect((await extensions({ ...period, status: 'pending' })).items.map((i) => i.id)).not.toContain(
      pending.id,
    )
    for (const again of [
      await post(path, {}, 'approve-ext-0002'),
      await post(`/extension-requests/${pending.id}/reject`, { note: '晚了' }, 'reject-ext-0002'),
    ]) {
      expect(again.status).toBe(409)
      expect((await problemOf(again)).type).toBe(typeUri('state-conflict'))
    }
  })

  it('an approval needs no body; a rejection needs a note and keeps the deadline', async () => {
    const first = await api('director', fresh())
    const pending = (await first.extensions({ ...period, status: 'pending' })).items[0]!
    const noBody = await first.post(`/extension-requests/${pending.id}/approve`, undefined, 'approve-no-body')
    expect(noBody.status).toBe(200)

    const second = await api('director', fresh())
    const reject = `/extension-requests/${pending.id}/reject`
    for (const [body, parameter] of [
      [{}, '/note'],
      [{ note: '' }, '/note'],
      [{ note: 'x', extra: 1 }, '/extra'],
    ] as const) {
      const response = await second.post(reject, body, `bad-body-${JSON.stringify(body)}`)
      expect(response.status).toBe(400)
      expect((await problemOf(response)).errors?.map((e) => e.parameter)).toContain(parameter)
    }
    const rejected = await second.post(reject, { note: '理由不充分' }, 'reject-ext-01')
    expect(await expectMatchesSpec('POST', '/extension-requests/{id}/reject', 200, rejected)).toMatchObject({
      status: 'rejected',
      deadlineAt: pending.deadlineAt,
      decisionNote: '理由不充分',
    })
    const detail = await second.detail(pending.workOrderId)
    expect(detail.stages.find((s) => s.code === pending.stage)?.deadlineAt).toBe(pending.deadlineAt)
  })

  it('only a director decides: staff and wall 403, no CSRF 403, no key 400, unknown 404', async () => {
    const state = fresh()
    const director = await api('director', state)
    const pending = (await director.extensions({ ...period, status: 'pending' })).items[0]!
    const path = `/extension-requests/${pending.id}/approve`
    for (const role of ['staff', 'wall'] as const) {
      const other = await api(role, state)
      const refused = await other.post(path, {}, `${role}-decides`)
      expect(refused.status).toBe(403)
      expect((await problemOf(refused)).type).toBe(typeUri('forbidden'))
    }
    const noCsrf = await director.call(path, {
      method: 'POST',
      headers: { 'Idempotency-Key': 'no-csrf-0001' },
    })
    expect((await problemOf(noCsrf)).type).toBe(typeUri('csrf-missing'))
    expect((await director.post(path, {}, null)).status).toBe(400)
    for (const id of ['RZ-20261101-0001-E9', 'nothing', `${pending.workOrderId}-R1`]) {
      const unknown = await director.post(`/extension-requests/${id}/approve`, {}, `unknown-${id}`)
      expect(unknown.status, id).toBe(404)
    }
    expect((await director.post('/extension-requests/%3Cx%3E/approve', {}, 'malformed-01')).status).toBe(400)
    // Nothing above decided it.
    expect((await director.extensions({ ...period, status: 'pending' })).items.map((i) => i.id)).toContain(
      pending.id,
    )
  })
})

describe('POST /returned-tickets/{id}/approve|reject', () => {
  it('an approval re-dispatches: the unit changes in the detail, the lists and the filters', async () => {
    const director = await api('director', fresh())
    const pending = (await director.returns({ ...period, status: 'pending' })).items[0]!
    const before = await director.detail(pending.workOrderId)
    const toUnit = UNIT_CODES.find((u) => u !== pending.fromUnit && u !== before.unit)!
    const path = `/returned-tickets/${pending.id}/approve`
    const same = await director.post(path, { toUnit: pending.fromUnit }, 'approve-same-unit')
    expect(same.status).toBe(400)
    expect((await problemOf(same)).errors?.map((e) => e.parameter)).toContain('/toUnit')
    expect((await director.post(path, {}, 'approve-no-unit')).status).toBe(400)
    const approved = await director.post(path, { toUnit, note: '改派' }, 'approve-return-1')
    expect(await expectMatchesSpec('POST', '/returned-tickets/{id}/approve', 200, approved)).toMatchObject({
      status: 'approved',
      toUnit,
      decidedAt: '2026-11-20T10:00:00+08:00',
      decidedBy: '王建国',
      decisionNote: '改派',
    })
    const after = await director.detail(pending.workOrderId)
    expect(after.unit).toBe(toUnit)
    expect(after.events.find((e) => e.id === pending.id)).toMatchObject({
      toUnit,
      redispatchedAt: '2026-11-20T10:00:00+08:00',
    })
    const day = pending.workOrderId.slice(3, 11).replace(/(\d{4})(\d{2})(\d{2})/, '$1-$2-$3')
    const listed = (await (
      await director.call(`/work-orders?from=${day}&to=${day}&unit=${toUnit}&keyword=${pending.workOrderId}`)
    ).json()) as { items: { id: string; unit: string }[] }
    expect(listed.items).toMatchObject([{ id: pending.workOrderId, unit: toUnit }])
    const twice = await director.post(`/returned-tickets/${pending.id}/reject`, { note: 'x' }, 'reject-after')
    expect(twice.status).toBe(409)
  })

  it('a rejection keeps the item with the returning unit; staff and wall may not decide', async () => {
    const state = fresh()
    const director = await api('director', state)
    const pending = (await director.returns({ ...period, status: 'pending' })).items[0]!
    const path = `/returned-tickets/${pending.id}/reject`
    for (const role of ['staff', 'wall'] as const) {
      const refused = await (await api(role, state)).post(path, { note: 'x' }, `${role}-return`)
      expect(refused.status).toBe(403)
    }
    expect((await director.post(path, {}, 'reject-no-note')).status).toBe(400)
    const rejected = await director.post(path, { note: '属本单位职责，继续办理' }, 'reject-return-1')
    expect(await expectMatchesSpec('POST', '/returned-tickets/{id}/reject', 200, rejected)).toMatchObject({
      status: 'rejected',
      toUnit: null,
      decisionNote: '属本单位职责，继续办理',
    })
    const after = await director.detail(pending.workOrderId)
    expect(after.unit).toBe(pending.fromUnit)
    expect(after.events.find((e) => e.id === pending.id)).toMatchObject({
      toUnit: null,
      redispatchedAt: null,
    })
    expect((await director.returns({ ...period, status: 'rejected' })).items.map((i) => i.id)).toEqual([
      pending.id,
    ])
    const unknown = await director.post(
      '/returned-tickets/RZ-20261101-0001-R1/approve',
      { toUnit: 'dg-bureau' },
      'unknown-return-1',
    )
    expect(unknown.status).toBe(404)
  })
})
