// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { expectMatchesSpec } from '../../tests/contract/openapi-contract'
import { createHandlers } from '../handlers'
import { server } from '../node'
import { parseIsoInstant } from '../sim/china-time'
import { DISTRICT_CODES, KIND_CODES, type DistrictCode, type KindCode } from '../sim/domain-codes'
import { STAGES_BY_KIND, type WorkOrder } from '../sim/work-order'
import { createApiState } from './api-state'
import { kpiSummaryOf } from './kpi-handlers'

/**
 * The work-order endpoints against a fixed clock and seed. One state (one simulator, its days
 * memoized) serves every test; each test signs in at a host of its own, since MSW keeps one
 * cookie jar per host for the whole process.
 */
const now = Date.parse('2026-11-20T10:00:00+08:00')
const state = createApiState({ seed: 7, now: () => now })
const sim = state.simulator
let hostCount = 0

type Json = Record<string, unknown>
interface Summary {
  id: string
  kind: string
  district: string
  unit: string
  receivedAt: string
  dueAt: string | null
  overdueSince: string | null
  closed: boolean
  overdue: boolean
  atRisk: boolean
  supervised: boolean
  recoveredFen: number
  reminderCount: number
  stage: string
  summary: string
  businessName: string
}
interface Page {
  items: Summary[]
  total: number
  nextCursor: string | null
  recoveredFen: number
  asOf: string
}

async function api(username: 'director' | 'staff' | 'wall' = 'director') {
  server.use(...createHandlers({ state }))
  hostCount += 1
  const origin = `http://wo-${hostCount}.duban.test`
  const call = (path: string, init: RequestInit = {}) => fetch(`${origin}/api/v1${path}`, init)
  const signedIn = await call('/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'duban-demo' }),
  })
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string }
  const list = async (query: Record<string, string>): Promise<Page> => {
    const response = await call(`/work-orders?${new URLSearchParams(query).toString()}`)
    return (await expectMatchesSpec('GET', '/work-orders', 200, response)) as Page
  }
  const remind = (id: string, body: unknown, headers: Record<string, string> = {}) =>
    call(`/work-orders/${id}/reminders`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken, ...headers },
      body: JSON.stringify(body),
    })
  return { call, list, remind, csrfToken }
}

async function problemOf(response: Response) {
  expect(response.headers.get('Content-Type')).toBe('application/problem+json')
  return (await response.json()) as { type: string; errors?: { parameter: string; code: string }[] }
}

const typeUri = (name: string) => `https://duban.example/problems/${name}`
const week = { from: '2026-11-09', to: '2026-11-15' }

/** Every page of a query, with a small page size. */
async function walk(
  list: (q: Record<string, string>) => Promise<Page>,
  query: Record<string, string>,
  limit: number,
) {
  const items: Summary[] = []
  let cursor: string | null = null
  let total = -1
  let pages = 0
  do {
    const page: Page = await list({ ...query, limit: String(limit), ...(cursor ? { cursor } : {}) })
    if (total === -1) total = page.total
    expect(page.total).toBe(total)
    expect(page.items.length).toBeLessThanOrEqual(limit)
    items.push(...page.items)
    cursor = page.nextCursor
    pages++
  } while (cursor !== null && pages < 1000)
  return { items, total }
}

describe('GET /work-orders', () => {
  it('walks every page: no duplicates, no gaps, total consistent', async () => {
    const { list } = await api()
    const { items, total } = await walk(list, week, 137)
    const ids = items.map((i) => i.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids.length).toBe(total)
    const expected = sim.listOrders({ from: week.from, to: week.to }).map((o) => o.id)
    expect([...ids].sort()).toEqual([...expected].sort())
    // The default sort is -receivedAt, ties by id.
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1]!, items[i]!]
      const order = parseIsoInstant(b.receivedAt) - parseIsoInstant(a.receivedAt)
      expect(order < 0 || (order === 0 && a.id < b.id)).toBe(true)
    }
  })

  it.each(['dueAt', '-dueAt', 'receivedAt', 'overdueDuration', '-overdueDuration'])(
    'sorts by %s',
    async (sort) => {
      const { list } = await api()
      const { items } = await walk(list, { ...week, sort }, 500)
      const descending = sort.startsWith('-')
      const key = (s: Summary): number | null => {
        if (sort.endsWith('receivedAt')) return parseIsoInstant(s.receivedAt)
        if (sort.endsWith('overdueDuration'))
          return s.overdueSince === null ? 0 : now - parseIsoInstant(s.overdueSince)
        return s.dueAt === null ? null : parseIsoInstant(s.dueAt)
      }
      for (let i = 1; i < items.length; i++) {
        const [a, b] = [key(items[i - 1]!), key(items[i]!)]
        // dueAt null (closed items) sort by their closure deadline, which the row does not show.
        if (a === null || b === null) continue
        if (a !== b) expect(descending ? a > b : a < b).toBe(true)
      }
    },
  )

  it('filters by status, kind, district, consumerAssociation and keyword', async () => {
    const { list } = await api()
    const overdue = await list({ ...week, status: 'overdue', limit: '500' })
    for (const item of overdue.items) expect(item).toMatchObject({ overdue: true, closed: false })
    const closed = await list({ ...week, status: 'closed', limit: '500' })
    for (const item of closed.items) expect(item.closed).toBe(true)
    const open = await list({ ...week, status: 'open', limit: '1' })
    const all = await list({ ...week, limit: '1' })
    expect(open.total + closed.total).toBe(all.total)
    const atRisk = await list({ ...week, status: 'atRisk', limit: '500' })
    for (const item of atRisk.items)
      expect(item).toMatchObject({ atRisk: true, overdue: false, closed: false })
    const supervised = await list({ ...week, status: 'supervised', limit: '500' })
    for (const item of supervised.items) expect(item.supervised).toBe(true)

    const reports = await list({ ...week, kind: 'report', district: '371102', limit: '500' })
    expect(reports.total).toBeGreaterThan(0)
    for (const item of reports.items) expect(item).toMatchObject({ kind: 'report', district: '371102' })

    const ca = await list({ ...week, consumerAssociation: 'true', limit: '1' })
    const notCa = await list({ ...week, consumerAssociation: 'false', limit: '1' })
    expect(ca.total + notCa.total).toBe(all.total)

    const word = all.items[0]!.businessName.slice(-4)
    const found = await list({ ...week, keyword: word, limit: '500' })
    expect(found.total).toBeGreaterThan(0)
    for (const item of found.items) expect(`${item.id}${item.summary}${item.businessName}`).toContain(word)
    const byId = await list({ ...week, keyword: all.items[0]!.id.toLowerCase() })
    expect(byId.items.map((i) => i.id)).toEqual([all.items[0]!.id])
  })

  it('metric + outcome totals equal the KPI figures (random filters)', async () => {
    const { list } = await api()
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 20 }),
        fc.option(fc.constantFrom(...DISTRICT_CODES), { nil: undefined }),
        fc.option(fc.constantFrom(...KIND_CODES), { nil: undefined }),
        async (startOffset, length, district?: DistrictCode, kind?: KindCode) => {
          const day = (n: number) => new Date(Date.UTC(2026, 9, 1 + n)).toISOString().slice(0, 10)
          const filters = { from: day(startOffset), to: day(startOffset + length), district, kind }
          const query: Record<string, string> = { from: filters.from, to: filters.to, limit: '1' }
          if (district) query.district = district
          if (kind) query.kind = kind
          const total = async (metric: string, outcome?: string, extra: Record<string, string> = {}) =>
            (await list({ ...query, metric, ...(outcome ? { outcome } : {}), ...extra })).total
          const summary = sim.summary(filters)
          expect(await total('received')).toBe(summary.received.total)
          expect(await total('initialCheck')).toBe(summary.initialCheck.due)
          expect(await total('initialCheck', 'onTime')).toBe(summary.initialCheck.onTime)
          expect(await total('initialCheck', 'late')).toBe(
            summary.initialCheck.due - summary.initialCheck.onTime,
          )
          expect(await total('reportCheck', 'onTime')).toBe(summary.reportCheck.onTime)
          expect(await total('closure')).toBe(summary.closure.due)
          expect(await total('closure', 'onTime')).toBe(summary.closure.onTime)
          expect((await list({ ...query, metric: 'recovered' })).recoveredFen).toBe(summary.recoveredFen)
          expect(await total('complaintToCase')).toBe(summary.complaintToCase)
          expect(await total('satisfaction')).toBe(summary.satisfaction.surveyed)
          expect(await total('satisfaction', 'satisfied')).toBe(summary.satisfaction.satisfied)
          expect(await total('consumerAssociation')).toBe(summary.consumerAssociation.received)
          // The contract's figures beyond kpis.ts's summary, as GET /kpis/summary gives them.
          const extra = kpiSummaryOf(sim, filters, undefined)
          expect(await total('resolution')).toBe(extra.resolution.due)
          expect(await total('resolution', 'resolved')).toBe(extra.resolution.resolved)
          expect(await total('resolution', 'unresolved')).toBe(
            extra.resolution.due - extra.resolution.resolved,
          )
          expect(await total('mediation')).toBe(extra.mediation.concluded)
          expect(await total('mediation', 'succeeded')).toBe(extra.mediation.succeeded)
          expect(await total('mediation', 'failed')).toBe(
            extra.mediation.concluded - extra.mediation.succeeded,
          )
          expect(await total('reportCheck', 'late')).toBe(
            summary.reportCheck.due - summary.reportCheck.onTime,
          )
          expect(await total('closure', 'late')).toBe(summary.closure.due - summary.closure.onTime)
          expect(await total('satisfaction', 'dissatisfied')).toBe(
            summary.satisfaction.surveyed - summary.satisfaction.satisfied,
          )
          // The association's block: `due` and `resolved` are the resolution lists of its intake.
          const association = { consumerAssociation: 'true' }
          expect(await total('resolution', 'all', association)).toBe(extra.consumerAssociation.due)
          expect(await total('resolution', 'resolved', association)).toBe(extra.consumerAssociation.resolved)
          expect((await list({ ...query, metric: 'recovered', ...association })).recoveredFen).toBe(
            extra.consumerAssociation.recoveredFen,
          )
          // The open states at `asOf`, whatever the period: the lists without from/to.
          const dims = { ...(district ? { district } : {}), ...(kind ? { kind } : {}), limit: '1' }
          for (const [status, figure] of [
            ['open', extra.open.total],
            ['overdue', extra.open.overdue],
            ['atRisk', extra.open.atRisk],
            ['supervised', extra.open.supervised],
          ] as const) {
            expect([status, (await list({ ...dims, status })).total]).toEqual([status, figure])
          }
          const six = sim.sixTimely(filters)
          const codes = {
            acceptance: 'timelyAcceptance',
            dispatch: 'timelyDispatch',
            handling: 'timelyHandling',
            supervision: 'timelySupervision',
            reply: 'timelyReply',
          } as const
          for (const rate of six.rates) {
            if (rate.code === 'analysis') continue
            expect(await total(codes[rate.code])).toBe(rate.denominator)
            expect(await total(codes[rate.code], 'onTime')).toBe(rate.numerator)
            expect(await total(codes[rate.code], 'late')).toBe(rate.denominator - rate.numerator)
          }
        },
      ),
      { numRuns: 8 },
    )
  }, 120_000)

  it('filters by the current stage and the day the current deadline ends', async () => {
    const { list } = await api()
    const open = await walk(list, { status: 'open' }, 500)
    const byStage = new Map<string, Summary[]>()
    for (const item of open.items) byStage.set(item.stage, [...(byStage.get(item.stage) ?? []), item])
    expect(byStage.size).toBeGreaterThan(2)
    for (const [stage, items] of byStage) {
      const page = await list({ status: 'open', stage, limit: '500' })
      expect(page.total, stage).toBe(items.length)
      for (const item of page.items) expect(item.stage).toBe(stage)
    }
    // The deadline's China day: a deadline at 24:00 ends the day before midnight.
    const dueDay = (item: Summary) =>
      item.dueAt === null
        ? null
        : new Date(parseIsoInstant(item.dueAt) - 1 + 8 * 3_600_000).toISOString().slice(0, 10)
    const days = [...new Set(open.items.map(dueDay))].filter((d) => d !== null).sort()
    const day = days.find((d) => d >= '2026-11-20')!
    const dueThatDay = await walk(list, { status: 'open', dueFrom: day, dueTo: day }, 500)
    expect(dueThatDay.total).toBe(open.items.filter((item) => dueDay(item) === day).length)
    expect(dueThatDay.total).toBeGreaterThan(0)
    const fromDay = await list({ status: 'open', dueFrom: day, limit: '1' })
    expect(fromDay.total).toBe(open.items.filter((item) => (dueDay(item) ?? '') >= day).length)
    const toDay = await list({ status: 'open', dueTo: day, limit: '1' })
    expect(toDay.total).toBe(
      open.items.filter((item) => dueDay(item) !== null && dueDay(item)! <= day).length,
    )
  })

  it("counts each row's reminders as its detail lists them, users' included", async () => {
    const { call, list, remind } = await api()
    const order = firstOrder((o) => o.reminders.some((r) => r.at <= now) && !sim.view(o).closed)
    const reminded = (await list({ keyword: order.id })).items[0]
    expect(reminded?.reminderCount).toBeGreaterThan(0)
    const detail = (await (await call(`/work-orders/${reminded!.id}`)).json()) as { reminders: Json[] }
    expect(detail.reminders).toHaveLength(reminded!.reminderCount)
    expect(detail).not.toHaveProperty('reminderCount')
    const created = await remind(
      reminded!.id,
      { method: 'platform' },
      { 'Idempotency-Key': `count-${hostCount}-0001` },
    )
    expect(created.status).toBe(201)
    const after = await list({ keyword: reminded!.id })
    expect(after.items[0]?.reminderCount).toBe(reminded!.reminderCount + 1)
  })

  it('answers 400 naming each bad parameter', async () => {
    const { call } = await api()
    const cases: [string, string][] = [
      ['distrct=371102', 'distrct'],
      ['from=2026-11-10&to=2026-11-01', 'from'],
      ['from=2026-02-30&to=2026-03-01', 'from'],
      ['from=2026-11-01', 'to'],
      ['status=late', 'status'],
      ['unit=nowhere', 'unit'],
      ['limit=501', 'limit'],
      ['limit=0', 'limit'],
      ['cursor=garbage!', 'cursor'],
      ['outcome=onTime', 'outcome'],
      ['metric=closure&outcome=satisfied&from=2026-11-01&to=2026-11-02', 'outcome'],
      ['metric=closure', 'from'],
      ['sort=urgency', 'sort'],
      ['consumerAssociation=yes', 'consumerAssociation'],
      ['from=2020-01-01&to=2026-11-01', 'to'],
      ['stage=waiting', 'stage'],
      ['dueFrom=2026-11-31', 'dueFrom'],
      ['dueFrom=2026-11-21&dueTo=2026-11-20', 'dueFrom'],
    ]
    for (const [query, parameter] of cases) {
      const response = await call(`/work-orders?${query}`)
      expect(response.status, query).toBe(400)
      const body = await problemOf(response)
      expect(body.type).toBe(typeUri('invalid-parameter'))
      expect(
        body.errors?.map((e) => e.parameter),
        query,
      ).toContain(parameter)
    }
    // A cursor of another query is refused, not silently restarted.
    const first = (await (await call(`/work-orders?from=${week.from}&to=${week.to}&limit=5`)).json()) as Page
    const other = await call(
      `/work-orders?from=${week.from}&to=${week.to}&kind=report&cursor=${first.nextCursor ?? ''}`,
    )
    expect(other.status).toBe(400)
  })
})

function firstOrder(predicate: (o: WorkOrder) => boolean): WorkOrder {
  const order = sim.ordersInRange('2026-08-01', '2026-11-20').find(predicate)
  if (!order) throw new Error('no such order in the fixture')
  return order
}

describe('GET /work-orders/{id}', () => {
  it('holds the closed-loop timeline, events, reminders and a masked contact', async () => {
    const { call } = await api()
    const order = firstOrder(
      (o) => o.kind === 'complaint' && o.events.length > 0 && o.receivedAt < now - 60 * 86_400_000,
    )
    const detail = (await expectMatchesSpec(
      'GET',
      '/work-orders/{id}',
      200,
      await call(`/work-orders/${order.id}`),
    )) as Json & {
      stages: {
        code: string
        deadlineAt: string | null
        completedAt: string | null
        onTime: boolean | null
      }[]
      events: { type: string }[]
      contact: { masked: boolean; name: string; phone: string }
    }
    expect(detail.id).toBe(order.id)
    expect(detail.stages.map((s) => s.code)).toEqual(STAGES_BY_KIND.complaint)
    expect(detail.stages[0]?.completedAt).toBe(detail.receivedAt)
    expect(detail.events.length).toBeGreaterThan(0)
    expect(detail.contact.masked).toBe(true)
    expect(detail.contact.phone).toMatch(/^\d{3}\*{4}\d{4}$/)
    expect(detail.contact.name).toMatch(/^.\*\*$/u)
    for (const stage of detail.stages) {
      if (stage.deadlineAt) expect(stage.deadlineAt).toMatch(/T00:00:00\+08:00$/)
    }
  })

  it('answers 404 for an unknown id and 400 for a malformed one', async () => {
    const { call } = await api()
    const unknown = await call('/work-orders/RZ-20261001-9999')
    expect(unknown.status).toBe(404)
    expect((await problemOf(unknown)).type).toBe(typeUri('not-found'))
    const future = await call('/work-orders/RZ-20261201-0001')
    expect(future.status).toBe(404)
    const malformed = await call('/work-orders/%3Cscript%3E')
    expect(malformed.status).toBe(400)
    expect((await problemOf(malformed)).errors?.[0]?.parameter).toBe('id')
  })
})

describe('roles', () => {
  it('wall gets 403 on lists, details and reminders', async () => {
    const { call, remind } = await api('wall')
    const order = firstOrder(() => true)
    for (const response of [
      await call(`/work-orders?from=${week.from}&to=${week.to}`),
      await call(`/work-orders/${order.id}`),
      await remind(order.id, { method: 'phone' }, { 'Idempotency-Key': 'wall-key-0001' }),
    ]) {
      expect(response.status).toBe(403)
      expect((await problemOf(response)).type).toBe(typeUri('forbidden'))
    }
  })

  it("staff sees its own unit's orders only", async () => {
    const { call, list } = await api('staff')
    const page = await list({ from: '2026-10-01', to: '2026-10-31', limit: '500' })
    expect(page.total).toBeGreaterThan(0)
    for (const item of page.items) expect(item.unit).toBe('dg-bureau')
    expect((await call('/work-orders?unit=ls-bureau')).status).toBe(403)
    const own = firstOrder((o) => o.unit === 'dg-bureau')
    const other = firstOrder((o) => o.unit !== 'dg-bureau')
    expect((await call(`/work-orders/${own.id}`)).status).toBe(200)
    const refused = await call(`/work-orders/${other.id}`)
    expect(refused.status).toBe(403)
    expect((await problemOf(refused)).type).toBe(typeUri('forbidden'))
  })

  it('not signed in: 401', async () => {
    server.use(...createHandlers({ state }))
    const response = await fetch('http://wo-anonymous.duban.test/api/v1/work-orders')
    expect(response.status).toBe(401)
  })
})

describe('POST /work-orders/{id}/reminders', () => {
  const openOrder = () =>
    firstOrder((o) => o.receivedAt > now - 3 * 86_400_000 && o.kind !== 'consultation' && !sim.view(o).closed)

  it('records a reminder that the detail shows afterwards; a replay acts once', async () => {
    const { call, remind } = await api()
    const order = openOrder()
    const note = `已电话提醒承办人 ${hostCount}`
    const headers = { 'Idempotency-Key': `remind-${hostCount}-0001` }
    const created = await remind(order.id, { method: 'phone', note }, headers)
    const reminder = (await expectMatchesSpec('POST', '/work-orders/{id}/reminders', 201, created)) as Json
    expect(reminder).toMatchObject({ workOrderId: order.id, method: 'phone', note, by: '王建国' })
    expect(reminder.at).toBe('2026-11-20T10:00:00+08:00')
    const replay = await remind(order.id, { method: 'phone', note }, headers)
    expect(replay.status).toBe(201)
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true')
    expect(await replay.json()).toEqual(reminder)
    const detail = (await (await call(`/work-orders/${order.id}`)).json()) as { reminders: Json[] }
    expect(detail.reminders.filter((r) => r.note === note)).toEqual([reminder])
  })

  it('refuses a missing CSRF token, a missing key, a bad body, a closed order, an unknown id', async () => {
    const { call, remind } = await api()
    const order = openOrder()
    const remindersOf = async () =>
      ((await (await call(`/work-orders/${order.id}`)).json()) as { reminders: unknown[] }).reminders.length
    const before = await remindersOf()
    const noCsrf = await call(`/work-orders/${order.id}/reminders`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'no-csrf-00001' },
      body: JSON.stringify({ method: 'phone' }),
    })
    expect(noCsrf.status).toBe(403)
    expect((await problemOf(noCsrf)).type).toBe(typeUri('csrf-missing'))
    const noKey = await remind(order.id, { method: 'phone' })
    expect(noKey.status).toBe(400)
    expect((await problemOf(noKey)).errors?.[0]?.parameter).toBe('Idempotency-Key')
    const badMethod = await remind(order.id, { method: 'fax' }, { 'Idempotency-Key': 'bad-method-001' })
    expect(badMethod.status).toBe(400)
    expect((await problemOf(badMethod)).errors?.[0]?.parameter).toBe('/method')
    const extra = await remind(
      order.id,
      { method: 'phone', urgent: true },
      { 'Idempotency-Key': 'extra-field-01' },
    )
    expect(extra.status).toBe(400)
    const closed = firstOrder((o) => sim.view(o).closed)
    const conflict = await remind(closed.id, { method: 'group' }, { 'Idempotency-Key': 'closed-order-1' })
    expect(conflict.status).toBe(409)
    expect((await problemOf(conflict)).type).toBe(typeUri('state-conflict'))
    const unknown = await remind(
      'RZ-20261001-9999',
      { method: 'group' },
      { 'Idempotency-Key': 'unknown-id-01' },
    )
    expect(unknown.status).toBe(404)
    // Nothing above recorded a reminder.
    expect(await remindersOf()).toBe(before)
  })

  it("staff may remind on its own unit's orders only", async () => {
    const { remind } = await api('staff')
    const own = firstOrder((o) => o.unit === 'dg-bureau' && !sim.view(o).closed)
    const other = firstOrder((o) => o.unit !== 'dg-bureau' && !sim.view(o).closed)
    const ok = await remind(own.id, { method: 'platform' }, { 'Idempotency-Key': 'staff-own-0001' })
    expect(ok.status).toBe(201)
    expect(((await ok.json()) as Json).by).toBe('李秀英')
    const refused = await remind(other.id, { method: 'platform' }, { 'Idempotency-Key': 'staff-other-01' })
    expect(refused.status).toBe(403)
  })
})

describe('scenario hostile-text', () => {
  it('keeps free text plain and inside the contract (rows and details validate)', async () => {
    const hostile = createApiState({ seed: 7, now: () => now, scenario: 'hostile-text' })
    server.use(...createHandlers({ state: hostile }))
    hostCount += 1
    const origin = `http://wo-${hostCount}.duban.test`
    await fetch(`${origin}/api/v1/session`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'director', password: 'duban-demo' }),
    })
    const response = await fetch(`${origin}/api/v1/work-orders?from=2026-11-16&to=2026-11-17&limit=500`)
    const page = (await expectMatchesSpec('GET', '/work-orders', 200, response)) as Page
    const hostileIds = hostile.simulator
      .ordersInRange('2026-11-16', '2026-11-17')
      .filter((o) => o.hostileText > 0)
      .map((o) => o.id)
    expect(hostileIds.length).toBeGreaterThan(0)
    expect(page.items.some((i) => i.summary.includes('<script>') || i.summary.length >= 2000)).toBe(true)
    for (const id of hostileIds.slice(0, 20)) {
      await expectMatchesSpec(
        'GET',
        '/work-orders/{id}',
        200,
        await fetch(`${origin}/api/v1/work-orders/${id}`),
      )
    }
  })
})
