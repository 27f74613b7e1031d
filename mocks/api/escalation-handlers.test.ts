// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { expectMatchesSpec } from '../../tests/contract/openapi-contract'
import { createHandlers } from '../handlers'
import { server } from '../node'
import { parseIsoInstant } from '../sim/china-time'
import { hasOpenEscalation } from '../sim/escalations'
import { matchesMetric, openState, RED_CARD_AFTER_MS } from '../sim/kpis'
import type { WorkOrder } from '../sim/work-order'
import { createApiState } from './api-state'

/**
 * Supervision (督办) through the API, in the backlog scenario (a unit falling behind: overdue
 * items, supervisions open). One state serves the file; each test signs in at a host of its own
 * (MSW keeps one cookie jar per host).
 */
const now = parseIsoInstant('2026-11-20T10:00:00+08:00')
const state = createApiState({ seed: 7, now: () => now, scenario: 'backlog' })
const sim = state.simulator
const period = { from: '2026-10-01', to: '2026-11-20' }
let hostCount = 0

interface Escalation {
  id: string
  workOrderId: string
  unit: string
  reason: string
  level: string
  openedById: string | null
  status: 'open' | 'closed'
  openedAt: string
  openedBy: string
  dueDate: string | null
  note: string
  closedAt: string | null
  closedBy: string | null
  progress: { at: string; by: string; note: string }[]
}
interface Page {
  items: Escalation[]
  total: number
  nextCursor: string | null
}
type Role = 'director' | 'staff' | 'wall'

async function api(username: Role = 'director') {
  server.use(...createHandlers({ state }))
  hostCount += 1
  const origin = `http://esc-${hostCount}.duban.test`
  const call = (path: string, init: RequestInit = {}) => fetch(`${origin}/api/v1${path}`, init)
  const signedIn = await call('/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'duban-demo' }),
  })
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string }
  const send = (method: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
    call(path, {
      method,
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrfToken, ...headers },
      body: JSON.stringify(body),
    })
  const list = async (query: Record<string, string>): Promise<Page> => {
    const response = await call(`/escalations?${new URLSearchParams(query).toString()}`)
    return (await expectMatchesSpec('GET', '/escalations', 200, response)) as Page
  }
  const key = (name: string) => ({ 'Idempotency-Key': `${name}-${hostCount}-key` })
  return { call, send, list, key }
}

async function problemOf(response: Response) {
  expect(response.headers.get('Content-Type')).toBe('application/problem+json')
  return (await response.json()) as { type: string; errors?: { parameter: string }[] }
}
const typeUri = (name: string) => `https://duban.example/problems/${name}`

/** Overdue items whose supervision window still runs, not under supervision: a director's work. */
function unsupervisedOverdue(): WorkOrder[] {
  const ctx = sim.kpiContext()
  const filters = { from: '2026-08-01', to: '2026-11-20' }
  return sim
    .candidateOrders(filters)
    .filter(
      (o) =>
        openState(o, ctx) === 'overdue' &&
        !hasOpenEscalation(o, ctx) &&
        !matchesMetric(o, 'supervision', 'due', filters, ctx),
    )
}

function openOrder(predicate: (o: WorkOrder) => boolean): WorkOrder {
  const ctx = sim.kpiContext()
  const order = sim
    .ordersInRange('2026-11-10', '2026-11-19')
    .find(
      (o) => o.kind !== 'consultation' && !sim.view(o).closed && !hasOpenEscalation(o, ctx) && predicate(o),
    )
  if (!order) throw new Error('no such order in the fixture')
  return order
}

describe('GET /escalations', () => {
  it(
    'pages through the supervisions of a period, newest first, filtered as asked',
    { timeout: 30_000 },
    async () => {
      const { list } = await api()
      const all = await list({ ...period, limit: '500' })
      expect(all.total).toBeGreaterThan(20)
      // The model city's own supervisions (for overdue items) are general ones, opened by no user.
      expect(new Set(all.items.map((i) => i.level))).toEqual(new Set(['general']))
      expect(new Set(all.items.map((i) => i.openedById))).toEqual(new Set([null]))
      const items: Escalation[] = []
      let cursor: string | null = null
      do {
        const page: Page = await list({ ...period, limit: '7', ...(cursor ? { cursor } : {}) })
        expect(page.total).toBe(all.total)
        items.push(...page.items)
        cursor = page.nextCursor
      } while (cursor !== null)
      expect(items.map((i) => i.id)).toEqual(all.items.map((i) => i.id))
      for (let i = 1; i < items.length; i++) {
        expect(parseIsoInstant(items[i - 1]!.openedAt)).toBeGreaterThanOrEqual(
          parseIsoInstant(items[i]!.openedAt),
        )
      }
      const open = await list({ ...period, status: 'open', limit: '500' })
      const closed = await list({ ...period, status: 'closed', limit: '1' })
      expect(open.total + closed.total).toBe(all.total)
      for (const item of open.items) expect(item).toMatchObject({ status: 'open', closedAt: null })
      const unit = all.items[0]!.unit
      const ofUnit = await list({ ...period, unit, limit: '500' })
      expect(ofUnit.total).toBe(all.items.filter((i) => i.unit === unit).length)
      const district = await list({ ...period, district: '371122', limit: '1' })
      expect(district.total).toBeGreaterThan(0)
    },
  )

  it('answers 400 naming each bad parameter', async () => {
    const { call } = await api()
    const cases: [string, string][] = [
      ['status=pending', 'status'],
      ['from=2026-11-01', 'to'],
      ['from=2026-11-10&to=2026-11-01', 'from'],
      ['unit=nowhere', 'unit'],
      ['district=beijing', 'district'],
      ['limit=0', 'limit'],
      ['cursor=garbage!', 'cursor'],
      ['kind=complaint', 'kind'],
    ]
    for (const [query, parameter] of cases) {
      const response = await call(`/escalations?${query}`)
      expect(response.status, query).toBe(400)
      const body = await problemOf(response)
      expect(body.type).toBe(typeUri('invalid-parameter'))
      expect(body.errors?.map((e) => e.parameter)).toContain(parameter)
    }
  })

  it("staff sees its own unit's supervisions only; the wall none", async () => {
    const director = await api()
    const order = openOrder((o) => o.unit === 'dg-bureau')
    const opened = await director.send(
      'POST',
      '/escalations',
      { workOrderId: order.id, reason: 'leaderAttention', note: '局长关注' },
      director.key('staff-visible'),
    )
    expect(opened.status).toBe(201)
    const staff = await api('staff')
    const page = await staff.list({ ...period, limit: '500' })
    expect(page.items.map((i) => i.workOrderId)).toContain(order.id)
    for (const item of page.items) expect(item.unit).toBe('dg-bureau')
    expect((await staff.call(`/escalations?unit=jx-chengyang`)).status).toBe(403)
    const wall = await api('wall')
    const refused = await wall.call('/escalations')
    expect(refused.status).toBe(403)
    expect((await problemOf(refused)).type).toBe(typeUri('forbidden'))
  })
})

describe('POST /escalations', () => {
  it(
    'opens a supervision that every later answer shows; a replay acts once',
    { timeout: 30_000 },
    async () => {
      const { call, send, list, key } = await api()
      const filters = { from: '2026-08-01', to: '2026-11-20' }
      const candidates = unsupervisedOverdue()
      // The one whose opening counts for timely supervision: red card out, the window still running.
      const ctx = sim.kpiContext()
      const order =
        candidates.find((o) =>
          sim
            .view(o)
            .stages.some(
              (stage) =>
                ['accepted', 'verified', 'closed'].includes(stage.code) &&
                stage.deadlineAt !== null &&
                stage.completedAt === null &&
                now >= stage.deadlineAt + RED_CARD_AFTER_MS &&
                now < ctx.afterWorkingDays(stage.deadlineAt, ctx.supervisionAfterOverdue),
            ),
        ) ?? candidates[0]!
      const summaryBefore = (await (await call(`/kpis/summary?${new URLSearchParams(filters)}`)).json()) as {
        open: { supervised: number }
      }
      const sixBefore = (await (await call(`/kpis/six-timely?${new URLSearchParams(filters)}`)).json()) as {
        items: { code: string; numerator: number; denominator: number }[]
      }
      const body = {
        workOrderId: order.id,
        reason: 'overdue',
        level: 'key',
        dueDate: '2026-11-25',
        note: '请于11月25日前办结',
      }
      const created = await send('POST', '/escalations', body, key('open'))
      const escalation = (await expectMatchesSpec('POST', '/escalations', 201, created)) as Escalation
      expect(created.headers.get('Location')).toBe(`/api/v1/escalations/${escalation.id}`)
      expect(escalation).toMatchObject({
        workOrderId: order.id,
        unit: order.unit,
        reason: 'overdue',
        level: 'key',
        status: 'open',
        openedAt: '2026-11-20T10:00:00+08:00',
        openedBy: '王建国',
        openedById: 'u-director',
        dueDate: '2026-11-25',
        note: '请于11月25日前办结',
        closedAt: null,
        progress: [],
      })
      const replay = await send('POST', '/escalations', body, key('open'))
      expect(replay.status).toBe(201)
      expect(replay.headers.get('Idempotent-Replayed')).toBe('true')
      expect(await replay.json()).toEqual(escalation)

      // The detail's supervision history, the supervised list, the summary and six-timely see it.
      const detail = (await expectMatchesSpec(
        'GET',
        '/work-orders/{id}',
        200,
        await call(`/work-orders/${order.id}`),
      )) as { supervised: boolean; supervisions: Escalation[] }
      expect(detail.supervised).toBe(true)
      expect(detail.supervisions.filter((s) => s.id === escalation.id)).toEqual([escalation])
      const supervised = (await (
        await call(`/work-orders?status=supervised&keyword=${order.id}`)
      ).json()) as {
        items: { id: string }[]
      }
      expect(supervised.items.map((i) => i.id)).toEqual([order.id])
      const summaryAfter = (await (await call(`/kpis/summary?${new URLSearchParams(filters)}`)).json()) as {
        open: { supervised: number }
      }
      expect(summaryAfter.open.supervised).toBe(summaryBefore.open.supervised + 1)
      const sixAfter = (await (await call(`/kpis/six-timely?${new URLSearchParams(filters)}`)).json()) as {
        items: { code: string; numerator: number; denominator: number }[]
      }
      const rate = (six: typeof sixAfter) => six.items.find((i) => i.code === 'supervision')!
      expect(rate(sixAfter).numerator).toBe(rate(sixBefore).numerator + 1)
      expect(rate(sixAfter).denominator).toBe(rate(sixBefore).denominator + 1)
      const listed = await list({ from: '2026-11-20', to: '2026-11-20', status: 'open', limit: '500' })
      expect(listed.items.filter((i) => i.id === escalation.id)).toEqual([escalation])

      // Already under an open supervision: a second one is a conflict.
      const again = await send('POST', '/escalations', { ...body, note: 'again' }, key('again'))
      expect(again.status).toBe(409)
      expect((await problemOf(again)).type).toBe(typeUri('state-conflict'))
    },
  )

  it('refuses bad bodies, closed or unknown orders, other roles, no CSRF token, no key', async () => {
    const director = await api()
    const order = openOrder(() => true)
    const post = (body: unknown, name: string) =>
      director.send('POST', '/escalations', body, director.key(name))
    const cases: [unknown, string][] = [
      [{ workOrderId: order.id, reason: 'bored' }, '/reason'],
      [{ workOrderId: order.id }, '/reason'],
      [{ workOrderId: order.id, reason: 'overdue', dueDate: '2026-02-30' }, '/dueDate'],
      [{ workOrderId: order.id, reason: 'overdue', urgent: true }, '/urgent'],
      [{ workOrderId: order.id, reason: 'overdue', level: 'top' }, '/level'],
    ]
    for (const [i, [body, parameter]] of cases.entries()) {
      const response = await post(body, `bad-${i}`)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect((await problemOf(response)).errors?.map((e) => e.parameter)).toContain(parameter)
    }
    // A well-formed day that is past (China time): a rule of the domain, not a malformed field.
    const past = await post({ workOrderId: order.id, reason: 'overdue', dueDate: '2026-11-19' }, 'past')
    expect(past.status).toBe(422)
    expect(await expectMatchesSpec('POST', '/escalations', 422, past)).toMatchObject({
      type: typeUri('rule-violation'),
      errors: [{ in: 'body', parameter: '/dueDate', code: 'range' }],
    })
    const closed = sim.ordersInRange('2026-10-01', '2026-10-02').find((o) => sim.view(o).closed)!
    expect((await post({ workOrderId: closed.id, reason: 'overdue' }, 'closed')).status).toBe(409)
    const unknown = await post({ workOrderId: 'RZ-20261001-9999', reason: 'overdue' }, 'unknown')
    expect(unknown.status).toBe(404)
    expect((await problemOf(unknown)).type).toBe(typeUri('not-found'))
    const noKey = await director.send('POST', '/escalations', { workOrderId: order.id, reason: 'overdue' })
    expect(noKey.status).toBe(400)
    const noCsrf = await director.call('/escalations', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Idempotency-Key': 'no-csrf-token-1' },
      body: JSON.stringify({ workOrderId: order.id, reason: 'overdue' }),
    })
    expect(noCsrf.status).toBe(403)
    expect((await problemOf(noCsrf)).type).toBe(typeUri('csrf-missing'))
    for (const role of ['staff', 'wall'] as const) {
      const other = await api(role)
      const refused = await other.send(
        'POST',
        '/escalations',
        { workOrderId: order.id, reason: 'overdue' },
        other.key(role),
      )
      expect(refused.status, role).toBe(403)
      expect((await problemOf(refused)).type).toBe(typeUri('forbidden'))
    }
    // Nothing above opened a supervision.
    expect(hasOpenEscalation(order, sim.kpiContext())).toBe(false)
  })
})

describe('PATCH /escalations/{id}', () => {
  it('moves the report-by day, takes progress notes from the unit and closes', async () => {
    const director = await api()
    const order = openOrder((o) => o.unit === 'dg-bureau')
    const created = (await (
      await director.send(
        'POST',
        '/escalations',
        { workOrderId: order.id, reason: 'dissatisfied', dueDate: '2026-11-24' },
        director.key('patch-open'),
      )
    ).json()) as Escalation
    const path = `/escalations/${created.id}`
    const moved = await director.send('PATCH', path, { dueDate: '2026-11-27' })
    expect(await expectMatchesSpec('PATCH', '/escalations/{id}', 200, moved)).toMatchObject({
      dueDate: '2026-11-27',
    })

    const staff = await api('staff')
    const note = { note: '已约谈商家，预计周五前办结' }
    const noted = await staff.send('PATCH', path, note, staff.key('note'))
    const withNote = (await expectMatchesSpec('PATCH', '/escalations/{id}', 200, noted)) as Escalation
    expect(withNote.progress).toEqual([{ at: '2026-11-20T10:00:00+08:00', by: '李秀英', note: note.note }])
    const replay = await staff.send('PATCH', path, note, staff.key('note'))
    expect(replay.headers.get('Idempotent-Replayed')).toBe('true')
    expect(((await replay.json()) as Escalation).progress).toHaveLength(1)
    for (const body of [{ status: 'closed' }, { dueDate: '2026-11-30' }]) {
      const refused = await staff.send('PATCH', path, body)
      expect(refused.status).toBe(403)
      expect((await problemOf(refused)).type).toBe(typeUri('forbidden'))
    }

    const closed = await director.send('PATCH', path, { status: 'closed', note: '已办结，消费者满意' })
    expect(await expectMatchesSpec('PATCH', '/escalations/{id}', 200, closed)).toMatchObject({
      status: 'closed',
      closedAt: '2026-11-20T10:00:00+08:00',
      closedBy: '王建国',
      dueDate: '2026-11-27',
    })
    const detail = (await (await director.call(`/work-orders/${order.id}`)).json()) as {
      supervised: boolean
      supervisions: Escalation[]
    }
    expect(detail.supervised).toBe(false)
    expect(detail.supervisions.find((s) => s.id === created.id)?.progress.map((p) => p.note)).toEqual([
      note.note,
      '已办结，消费者满意',
    ])
    const supervised = (await (
      await director.call(`/work-orders?status=supervised&keyword=${order.id}`)
    ).json()) as { total: number }
    expect(supervised.total).toBe(0)
    const twice = await director.send('PATCH', path, { status: 'closed' })
    expect(twice.status).toBe(409)
    expect((await problemOf(twice)).type).toBe(typeUri('state-conflict'))
  })

  it('refuses empty or bad bodies, unknown ids, other units, the wall and no CSRF token', async () => {
    const director = await api()
    const open = (await director.list({ ...period, status: 'open', unit: 'jx-chengyang', limit: '1' }))
      .items[0]!
    const path = `/escalations/${open.id}`
    for (const [body, parameter] of [
      [{}, '/'],
      [{ status: 'open' }, '/status'],
      [{ note: '' }, '/note'],
      [{ colour: 'red' }, '/colour'],
    ] as const) {
      const response = await director.send('PATCH', path, body)
      expect(response.status, JSON.stringify(body)).toBe(400)
      expect((await problemOf(response)).errors?.map((e) => e.parameter)).toContain(parameter)
    }
    const past = await director.send('PATCH', path, { dueDate: '2026-11-01' })
    expect(await expectMatchesSpec('PATCH', '/escalations/{id}', 422, past)).toMatchObject({
      type: typeUri('rule-violation'),
      errors: [{ parameter: '/dueDate', code: 'range' }],
    })
    expect((await director.send('PATCH', '/escalations/RZ-20261101-0001-UD999', { note: 'x' })).status).toBe(
      404,
    )
    expect((await director.send('PATCH', '/escalations/nothing', { note: 'x' })).status).toBe(404)
    expect((await director.send('PATCH', '/escalations/%3Cb%3E', { note: 'x' })).status).toBe(400)
    const noCsrf = await director.call(path, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ note: 'x' }),
    })
    expect(noCsrf.status).toBe(403)
    expect((await problemOf(noCsrf)).type).toBe(typeUri('csrf-missing'))
    const staff = await api('staff')
    expect((await staff.send('PATCH', path, { note: '不是本单位' })).status).toBe(403)
    const wall = await api('wall')
    expect((await wall.send('PATCH', path, { note: 'x' })).status).toBe(403)
    // A supervision the model opened closes with its overdue stage.
    if (open.id.includes('-D')) {
      const conflict = await director.send('PATCH', path, { status: 'closed' })
      expect(conflict.status).toBe(409)
    }
  })
})
