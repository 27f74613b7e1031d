// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { expectMatchesSpec } from '../../tests/contract/openapi-contract'
import { parseIsoInstant } from '../sim/china-time'
import { createApiState, type ApiState } from './api-state'
import { deskTestApi } from './desk-test-api'

const NOW = parseIsoInstant('2026-11-28T20:00:00+08:00')

interface AlertBody {
  id: string
  type: string
  status: string
  unit: string | null
  workOrderIds: string[]
  itemCount: number
  acknowledgedAt: string | null
  acknowledgedBy: string | null
  plan: { code: string; activatedBy: string; note: string; lead: string; startsAt: string } | null
  spike: { category: string; count: number } | null
  resolvedAt: string | null
  resolvedBy: string | null
  resolution: string | null
  history: { action: string; at: string; by: string | null; note: string | null }[]
}
interface AlertPageBody {
  items: AlertBody[]
  total: number
  nextCursor: string | null
}

/** One surge city for the whole file (its days are memoized); the desk records reset per test. */
const state: ApiState = createApiState({ now: () => NOW, scenario: 'tourism-surge' })
beforeEach(() => state.deskRecords.clear())

async function director() {
  const api = deskTestApi(state)
  await api.signIn('director')
  return api
}

async function firstOpenSpike(api: Awaited<ReturnType<typeof director>>): Promise<AlertBody> {
  const page = (await (await api.call('/alerts?type=spike&status=open')).json()) as AlertPageBody
  const alert = page.items[0]
  if (!alert) throw new Error('the surge raised no open spike')
  return alert
}

describe('GET /alerts', () => {
  it('lists the surge as an open spike for the director, newest first, as the spec says', async () => {
    const api = await director()
    const page = (await expectMatchesSpec('GET', '/alerts', 200, await api.call('/alerts'))) as AlertPageBody
    expect(page.total).toBe(page.items.length)
    const spikes = page.items.filter((a) => a.type === 'spike' && a.status === 'open')
    expect(spikes.length).toBeGreaterThanOrEqual(1)
    expect(spikes.map((a) => a.spike?.category)).toContain('tourism')
  })

  it('pages with a cursor that belongs to its query', async () => {
    const api = await director()
    const first = (await (await api.call('/alerts?limit=2')).json()) as AlertPageBody
    expect(first.items).toHaveLength(2)
    const second = (await (
      await api.call(`/alerts?limit=2&cursor=${encodeURIComponent(first.nextCursor ?? '')}`)
    ).json()) as AlertPageBody
    expect(second.items[0]?.id).not.toBe(first.items[0]?.id)
    const wrong = await api.call(`/alerts?type=spike&cursor=${encodeURIComponent(first.nextCursor ?? '')}`)
    expect(wrong.status).toBe(400)
  })

  it('shows staff the cards of their own unit and every spike; another unit is 403', async () => {
    const api = deskTestApi(state)
    await api.signIn('staff')
    const page = (await expectMatchesSpec('GET', '/alerts', 200, await api.call('/alerts'))) as AlertPageBody
    for (const alert of page.items) expect(alert.type === 'spike' || alert.unit === 'dg-bureau').toBe(true)
    await expectMatchesSpec('GET', '/alerts', 403, await api.call('/alerts?unit=jx-chengyang'))
  })

  it('refuses the wall (403) and anyone signed out (401)', async () => {
    const api = deskTestApi(state)
    await expectMatchesSpec('GET', '/alerts', 401, await api.call('/alerts'))
    await api.signIn('wall')
    await expectMatchesSpec('GET', '/alerts', 403, await api.call('/alerts'))
  })

  it('names a bad parameter', async () => {
    const api = await director()
    for (const [query, parameter] of [
      ['status=closed', 'status'],
      ['active=yes', 'active'],
      ['type=pinkCard', 'type'],
      ['from=2026-11-30&to=2026-11-01', 'from'],
      ['colour=red', 'colour'],
    ] as const) {
      const problem = (await expectMatchesSpec(
        'GET',
        '/alerts',
        400,
        await api.call(`/alerts?${query}`),
      )) as {
        errors: { parameter: string }[]
      }
      expect(problem.errors.map((e) => e.parameter)).toContain(parameter)
    }
  })
})

describe('POST /alerts/{id}/acknowledge and /activate-plan', () => {
  it('runs the lifecycle open → acknowledged → planActivated, refusing invalid steps with 409', async () => {
    const api = await director()
    const alert = await firstOpenSpike(api)
    const ack = '/alerts/{id}/acknowledge'
    const plan = '/alerts/{id}/activate-plan'
    const acknowledged = (await expectMatchesSpec(
      'POST',
      ack,
      200,
      await api.post(`/alerts/${alert.id}/acknowledge`, { body: { note: '已阅' }, key: 'ack-1-aaaaaaaa' }),
    )) as AlertBody
    expect(acknowledged).toMatchObject({ status: 'acknowledged', acknowledgedBy: '王建国' })
    // A second acknowledgement (another key) is a conflict.
    await expectMatchesSpec(
      'POST',
      ack,
      409,
      await api.post(`/alerts/${alert.id}/acknowledge`, { key: 'ack-2-aaaaaaaa' }),
    )
    const activated = (await expectMatchesSpec(
      'POST',
      plan,
      200,
      await api.post(`/alerts/${alert.id}/activate-plan`, {
        body: {
          plan: 'taskForce',
          lead: '李海燕',
          startsAt: '2026-11-29T09:00:00+08:00',
          note: '<b>旅游投诉工作专班</b> 进驻一线',
        },
        key: 'plan-1-aaaaaaa',
      }),
    )) as AlertBody
    // Free text stays text, exactly as sent.
    expect(activated.plan).toMatchObject({
      code: 'taskForce',
      activatedBy: '王建国',
      lead: '李海燕',
      startsAt: '2026-11-29T09:00:00+08:00',
      note: '<b>旅游投诉工作专班</b> 进驻一线',
    })
    expect(activated.status).toBe('planActivated')
    await expectMatchesSpec(
      'POST',
      plan,
      409,
      await api.post(`/alerts/${alert.id}/activate-plan`, {
        body: { plan: 'holidayDuty', lead: '赵强' },
        key: 'plan-2-aaaaaaa',
      }),
    )
    // The list shows what was done, by whom.
    const page = (await (await api.call('/alerts?status=planActivated')).json()) as AlertPageBody
    expect(page.items.map((a) => a.id)).toEqual([alert.id])
  })

  it('activates a plan on an open alert directly (it counts as acknowledged)', async () => {
    const api = await director()
    const alert = await firstOpenSpike(api)
    const body = (await (
      await api.post(`/alerts/${alert.id}/activate-plan`, {
        body: { plan: 'holidayDuty', lead: '赵强' },
        key: 'plan-open-aaaa',
      })
    ).json()) as AlertBody
    expect(body).toMatchObject({ status: 'planActivated', acknowledgedBy: '王建国' })
    // Without a start, the plan starts now (the clock).
    expect(body.plan?.startsAt).toBe('2026-11-28T20:00:00+08:00')
  })

  it('refuses a plan without a lead (400) or starting far ahead or before the alert (422)', async () => {
    const api = await director()
    const alert = await firstOpenSpike(api)
    const path = `/alerts/${alert.id}/activate-plan`
    const template = '/alerts/{id}/activate-plan'
    const noLead = (await expectMatchesSpec(
      'POST',
      template,
      400,
      await api.post(path, { body: { plan: 'taskForce', lead: '' }, key: 'k-nolead-aaa' }),
    )) as { errors: { parameter: string }[] }
    expect(noLead.errors.map((e) => e.parameter)).toContain('/lead')
    for (const [startsAt, key] of [
      ['2027-01-05T09:00:00+08:00', 'k-far-aaaaaa'],
      ['2026-01-01T09:00:00+08:00', 'k-early-aaaa'],
    ] as const) {
      const refused = (await expectMatchesSpec(
        'POST',
        template,
        422,
        await api.post(path, { body: { plan: 'taskForce', lead: '李海燕', startsAt }, key }),
      )) as { type: string; errors: { parameter: string }[] }
      expect(refused.type).toMatch(/rule-violation$/)
      expect(refused.errors.map((e) => e.parameter)).toEqual(['/startsAt'])
    }
    expect(state.deskRecords.planOf(alert.id)).toBeUndefined()
  })

  it('replays a repeated Idempotency-Key: the action happens once', async () => {
    const api = await director()
    const alert = await firstOpenSpike(api)
    const first = await api.post(`/alerts/${alert.id}/acknowledge`, { key: 'same-key-123' })
    const again = await api.post(`/alerts/${alert.id}/acknowledge`, { key: 'same-key-123' })
    expect(first.status).toBe(200)
    expect(again.status).toBe(200)
    expect(again.headers.get('Idempotent-Replayed')).toBe('true')
    expect(await again.json()).toEqual(await first.json())
    expect(state.deskRecords.export().acknowledgements).toHaveProperty(alert.id)
    // The same key for another request is refused.
    const other = await api.post(`/alerts/${alert.id}/activate-plan`, {
      body: { plan: 'taskForce', lead: '李海燕' },
      key: 'same-key-123',
    })
    expect(other.status).toBe(422)
  })

  it('needs the CSRF token, the Idempotency-Key and a director', async () => {
    const api = await director()
    const alert = await firstOpenSpike(api)
    const path = `/alerts/${alert.id}/acknowledge`
    const template = '/alerts/{id}/acknowledge'
    const csrf = (await expectMatchesSpec(
      'POST',
      template,
      403,
      await api.post(path, { key: 'k-csrf-aaaa', csrf: false }),
    )) as {
      type: string
    }
    expect(csrf.type).toMatch(/csrf-missing$/)
    await expectMatchesSpec('POST', template, 400, await api.post(path))
    for (const role of ['staff', 'wall'] as const) {
      const other = deskTestApi(state)
      await other.signIn(role)
      const refused = (await expectMatchesSpec(
        'POST',
        template,
        403,
        await other.post(path, { key: `k-${role}-aaaa` }),
      )) as {
        requiredPermission: string
      }
      expect(refused.requiredPermission).toBe('manageAlerts')
    }
    expect(state.deskRecords.export().acknowledgements).toEqual({})
  })

  it('answers 404 for an unknown alert and 400 for a malformed id or body', async () => {
    const api = await director()
    await expectMatchesSpec(
      'POST',
      '/alerts/{id}/acknowledge',
      404,
      await api.post('/alerts/sp-tourism-city-20000101/acknowledge', { key: 'k-404-aaaa' }),
    )
    await expectMatchesSpec(
      'POST',
      '/alerts/{id}/acknowledge',
      400,
      await api.post('/alerts/%3Cx%3E/acknowledge', { key: 'k-400-aaaa' }),
    )
    const alert = await firstOpenSpike(api)
    const bad = (await expectMatchesSpec(
      'POST',
      '/alerts/{id}/activate-plan',
      400,
      await api.post(`/alerts/${alert.id}/activate-plan`, {
        body: { plan: 'panic', lead: '李海燕' },
        key: 'k-plan-bad-a',
      }),
    )) as { errors: { parameter: string }[] }
    expect(bad.errors.map((e) => e.parameter)).toContain('/plan')
    await expectMatchesSpec(
      'POST',
      '/alerts/{id}/acknowledge',
      400,
      await api.post(`/alerts/${alert.id}/acknowledge`, {
        body: { note: 'x', extra: 1 },
        key: 'k-extra-aaa',
      }),
    )
  })
})

describe('POST /alerts/{id}/resolve and the history', () => {
  const resolve = '/alerts/{id}/resolve'

  it('resolves an acknowledged alert with what was done, and the history tells who did what', async () => {
    const api = await director()
    const alert = await firstOpenSpike(api)
    // An open alert cannot be resolved: someone must take it on first.
    await expectMatchesSpec(
      'POST',
      resolve,
      409,
      await api.post(`/alerts/${alert.id}/resolve`, { body: { note: '已处置' }, key: 'res-open-aaaa' }),
    )
    await api.post(`/alerts/${alert.id}/acknowledge`, { body: { note: '收到' }, key: 'res-ack-aaaaa' })
    await api.post(`/alerts/${alert.id}/activate-plan`, {
      body: { plan: 'taskForce', lead: '李海燕', note: '进驻景区' },
      key: 'res-plan-aaaa',
    })
    const resolved = (await expectMatchesSpec(
      'POST',
      resolve,
      200,
      await api.post(`/alerts/${alert.id}/resolve`, {
        body: { note: '约谈 3 家旅行社，退款 42 起' },
        key: 'res-done-aaaa',
      }),
    )) as AlertBody
    expect(resolved).toMatchObject({
      status: 'resolved',
      resolvedBy: '王建国',
      resolution: '约谈 3 家旅行社，退款 42 起',
    })
    expect(resolved.history.map((e) => [e.action, e.by, e.note])).toEqual([
      ['raised', null, null],
      ['acknowledged', '王建国', '收到'],
      ['planActivated', '王建国', '进驻景区'],
      ['resolved', '王建国', '约谈 3 家旅行社，退款 42 起'],
    ])
    expect(resolved.history[0]?.at).toBe(alert.history[0]?.at)
    // Resolved is final: no second resolution, acknowledgement or plan.
    await expectMatchesSpec(
      'POST',
      resolve,
      409,
      await api.post(`/alerts/${alert.id}/resolve`, { body: { note: '再次' }, key: 'res-again-aaa' }),
    )
    const page = (await (await api.call('/alerts?status=resolved')).json()) as AlertPageBody
    expect(page.items.map((a) => a.id)).toEqual([alert.id])
    const active = (await (await api.call('/alerts?active=true')).json()) as AlertPageBody
    expect(active.items.map((a) => a.id)).not.toContain(alert.id)
    const closed = (await (await api.call('/alerts?active=false')).json()) as AlertPageBody
    expect(closed.items.map((a) => a.id)).toContain(alert.id)
  })

  it('lets a director resolve a cleared alert, recording the clearing in the history', async () => {
    const api = await director()
    const page = (await (await api.call('/alerts?status=cleared')).json()) as AlertPageBody
    const cleared = page.items[0]
    if (!cleared) throw new Error('the surge city has no cleared alert')
    expect(cleared.history.map((e) => e.action)).toEqual(['raised', 'cleared'])
    const resolved = (await (
      await api.post(`/alerts/${cleared.id}/resolve`, {
        body: { note: '已自然回落，复盘完毕' },
        key: 'res-clr-aaaaa',
      })
    ).json()) as AlertBody
    expect(resolved.status).toBe('resolved')
    expect(resolved.history.map((e) => e.action)).toEqual(['raised', 'cleared', 'resolved'])
    // A cleared alert takes no acknowledgement.
    const other = page.items[1]
    if (other) {
      const ack = await api.post(`/alerts/${other.id}/acknowledge`, { key: 'res-clr-ack-a' })
      expect(ack.status).toBe(409)
    }
  })

  it('needs a note, a director, the CSRF token and a key; a key replays and a reused key is 422', async () => {
    const api = await director()
    const alert = await firstOpenSpike(api)
    const path = `/alerts/${alert.id}/resolve`
    await api.post(`/alerts/${alert.id}/acknowledge`, { key: 'res-k-ack-aaa' })
    for (const body of [{}, { note: '' }, { note: '   ' }]) {
      const bad = (await expectMatchesSpec(
        'POST',
        resolve,
        400,
        await api.post(path, { body, key: `res-bad-${JSON.stringify(body).length}-aaaa` }),
      )) as { errors: { parameter: string }[] }
      expect(bad.errors.map((e) => e.parameter)).toContain('/note')
    }
    await expectMatchesSpec('POST', resolve, 400, await api.post(path, { body: { note: 'x' } }))
    const csrf = (await expectMatchesSpec(
      'POST',
      resolve,
      403,
      await api.post(path, { body: { note: 'x' }, key: 'res-csrf-aaaa', csrf: false }),
    )) as { type: string }
    expect(csrf.type).toMatch(/csrf-missing$/)
    const staff = deskTestApi(state)
    await staff.signIn('staff')
    const refused = (await expectMatchesSpec(
      'POST',
      resolve,
      403,
      await staff.post(path, { body: { note: 'x' }, key: 'res-staff-aaa' }),
    )) as { requiredPermission: string }
    expect(refused.requiredPermission).toBe('manageAlerts')
    expect(state.deskRecords.resolutionOf(alert.id)).toBeUndefined()

    const first = await api.post(path, { body: { note: '处置完毕' }, key: 'res-same-key1' })
    const again = await api.post(path, { body: { note: '处置完毕' }, key: 'res-same-key1' })
    expect(again.status).toBe(200)
    expect(again.headers.get('Idempotent-Replayed')).toBe('true')
    expect(await again.json()).toEqual(await first.json())
    await expectMatchesSpec(
      'POST',
      resolve,
      422,
      await api.post(path, { body: { note: '另一说法' }, key: 'res-same-key1' }),
    )
    expect(state.deskRecords.resolutionOf(alert.id)?.note).toBe('处置完毕')
  })
})

describe('GET /work-orders?alert=', () => {
  interface WorkOrderPage {
    items: { id: string; category: string; district: string; receivedAt: string; unit: string }[]
    total: number
    nextCursor: string | null
  }
  const list = async (api: Awaited<ReturnType<typeof director>>, query: string) =>
    (await expectMatchesSpec(
      'GET',
      '/work-orders',
      200,
      await api.call(`/work-orders?${query}`),
    )) as WorkOrderPage

  it("lists a spike's items: its category (and district) in its latest window; total is its count", async () => {
    const api = await director()
    const alert = await firstOpenSpike(api)
    const spike = alert.spike as unknown as {
      category: string
      district: string | null
      windowFrom: string
      windowTo: string
      count: number
    }
    expect(alert.itemCount).toBe(spike.count)
    const page = await list(api, `alert=${alert.id}&limit=500`)
    expect(page.total).toBe(alert.itemCount)
    for (const item of page.items) {
      expect(item.category).toBe(spike.category)
      if (spike.district !== null) expect(item.district).toBe(spike.district)
      const day = item.receivedAt.slice(0, 10)
      expect(day >= spike.windowFrom && day <= spike.windowTo).toBe(true)
    }
    // Another filter narrows it further.
    const open = await list(api, `alert=${alert.id}&status=closed`)
    expect(open.total).toBeLessThanOrEqual(page.total)
  })

  it("lists a card's items: exactly its workOrderIds", async () => {
    const backlog = createApiState({ now: () => NOW, scenario: 'backlog' })
    const api = deskTestApi(backlog)
    await api.signIn('director')
    const alerts = (await (await api.call('/alerts?type=redCard')).json()) as AlertPageBody
    const card = alerts.items.find((a) => a.itemCount > 1) ?? alerts.items[0]
    if (!card) throw new Error('the backlog city has no red card')
    const page = (await (await api.call(`/work-orders?alert=${card.id}&limit=500`)).json()) as WorkOrderPage
    expect(page.total).toBe(card.itemCount)
    expect(page.items.map((o) => o.id).sort()).toEqual([...card.workOrderIds].sort())
  })

  it("shows staff a spike's items of their own unit only, and no other unit's card", async () => {
    const api = await director()
    const alert = await firstOpenSpike(api)
    const staff = deskTestApi(state)
    await staff.signIn('staff')
    const own = (await (await staff.call(`/work-orders?alert=${alert.id}&limit=500`)).json()) as WorkOrderPage
    expect(own.total).toBeLessThanOrEqual(alert.itemCount)
    for (const item of own.items) expect(item.unit).toBe('dg-bureau')
    const cards = (await (await api.call('/alerts?type=redCard')).json()) as AlertPageBody
    const other = cards.items.find((a) => a.unit !== 'dg-bureau')
    if (other) {
      await expectMatchesSpec('GET', '/work-orders', 404, await staff.call(`/work-orders?alert=${other.id}`))
    }
  })

  it('refuses an unknown alert (404), a malformed id or metric with it (400)', async () => {
    const api = await director()
    await expectMatchesSpec(
      'GET',
      '/work-orders',
      404,
      await api.call('/work-orders?alert=sp-none-city-20000101'),
    )
    await expectMatchesSpec('GET', '/work-orders', 400, await api.call('/work-orders?alert=%3Cx%3E'))
    const alert = await firstOpenSpike(api)
    const combined = (await expectMatchesSpec(
      'GET',
      '/work-orders',
      400,
      await api.call(`/work-orders?alert=${alert.id}&metric=received&from=2026-11-01&to=2026-11-28`),
    )) as { errors: { parameter: string }[] }
    expect(combined.errors.map((e) => e.parameter)).toContain('alert')
  })
})

describe('the desk records on the API state', () => {
  it('are created on first use and forgotten by reset()', () => {
    const fresh = createApiState({ now: () => NOW })
    fresh.deskRecords.acknowledge('sp-tourism-city-20261127', { at: NOW, by: '王建国', note: '' })
    expect(fresh.deskRecords).toBe(fresh.deskRecords)
    fresh.reset()
    expect(fresh.deskRecords.export().acknowledgements).toEqual({})
  })
})
