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
  plan: { code: string; activatedBy: string; note: string } | null
  spike: { category: string } | null
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
      ['status=resolved', 'status'],
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
        body: { plan: 'taskForce', note: '<b>旅游投诉工作专班</b> 进驻一线' },
        key: 'plan-1-aaaaaaa',
      }),
    )) as AlertBody
    // Free text stays text, exactly as sent.
    expect(activated.plan).toMatchObject({
      code: 'taskForce',
      activatedBy: '王建国',
      note: '<b>旅游投诉工作专班</b> 进驻一线',
    })
    expect(activated.status).toBe('planActivated')
    await expectMatchesSpec(
      'POST',
      plan,
      409,
      await api.post(`/alerts/${alert.id}/activate-plan`, {
        body: { plan: 'holidayDuty' },
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
        body: { plan: 'holidayDuty' },
        key: 'plan-open-aaaa',
      })
    ).json()) as AlertBody
    expect(body).toMatchObject({ status: 'planActivated', acknowledgedBy: '王建国' })
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
      body: { plan: 'taskForce' },
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
      await api.post(`/alerts/${alert.id}/activate-plan`, { body: { plan: 'panic' }, key: 'k-plan-bad-a' }),
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

describe('the desk records on the API state', () => {
  it('are created on first use and forgotten by reset()', () => {
    const fresh = createApiState({ now: () => NOW })
    fresh.deskRecords.acknowledge('sp-tourism-city-20261127', { at: NOW, by: '王建国', note: '' })
    expect(fresh.deskRecords).toBe(fresh.deskRecords)
    fresh.reset()
    expect(fresh.deskRecords.export().acknowledgements).toEqual({})
  })
})
