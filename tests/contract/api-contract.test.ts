// @vitest-environment node
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createApiState } from '@mocks/api/api-state'
import { CHANNEL_CODES, DISTRICT_CODES, KIND_CODES } from '@mocks/sim/domain-codes'
import { SCENARIO_NAMES, type ScenarioName } from '@mocks/sim/scenarios'
import { demoPassword, demoUsers } from '@mocks/api/session'
import { createFaultRegistry } from '@mocks/api/faults'
import { createHandlers } from '@mocks/handlers'
import { server } from '@mocks/node'
import { expectMatchesSpec, expectProblem, type HttpMethod } from './openapi-contract'

/**
 * Every endpoint's answers against public/openapi.yaml, through the MSW handlers in Node.
 * Each test gets a fresh API (its own state, a fixed clock) at a host of its own: MSW keeps one
 * cookie jar per process, and a host per API keeps one test's session out of the next test.
 */

/** The simulator's clock in these tests: a fixed instant, China time. */
const NOW = Date.parse('2026-11-28T20:00:00+08:00')

type Role = 'director' | 'staff' | 'wall'

let hostCount = 0

function freshApi(scenario: ScenarioName = 'calibrated') {
  const faults = createFaultRegistry()
  server.use(...createHandlers({ state: createApiState({ now: () => NOW, scenario }), faults }))
  hostCount += 1
  const origin = `http://contract-${hostCount}.duban.test`
  let csrfToken = ''
  const call = (path: string, init: RequestInit = {}) => fetch(`${origin}/api/v1${path}`, init)
  const signIn = async (role: Role) => {
    const response = await call('/session', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: role, password: demoPassword }),
    })
    expect(response.status).toBe(200)
    csrfToken = ((await response.json()) as { csrfToken: string }).csrfToken
  }
  /** Unsafe methods carry the session's CSRF token, as the app's apiFetch does. */
  const request = (method: HttpMethod, path: string, body?: unknown, headers: Record<string, string> = {}) =>
    call(path, {
      method,
      headers: {
        ...(method === 'GET' ? {} : { 'X-CSRF-Token': csrfToken }),
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  return { call, signIn, request, faults }
}

/**
 * One line per endpoint and case: the request, who makes it, the status it must answer with.
 * The answer must match the spec's declared response for that status.
 */
interface ContractCase {
  method: HttpMethod
  /** The spec's path template. */
  template: string
  /** The request path (with query) below /api/v1. */
  path: string
  /** Signed in as; anonymous when absent. */
  as?: Role
  body?: unknown
  status: number
}

const cases: ContractCase[] = [
  // Session
  { method: 'GET', template: '/session/demo-accounts', path: '/session/demo-accounts', status: 200 },
  { method: 'GET', template: '/session/demo-accounts', path: '/session/demo-accounts?x=1', status: 400 },
  {
    method: 'POST',
    template: '/session',
    path: '/session',
    body: { username: 'staff', password: demoPassword },
    status: 200,
  },
  {
    method: 'POST',
    template: '/session',
    path: '/session',
    body: { username: 'staff', password: 'no' },
    status: 401,
  },
  { method: 'POST', template: '/session', path: '/session', body: { username: 'staff' }, status: 400 },
  {
    method: 'POST',
    template: '/session',
    path: '/session?lang=en',
    body: { username: 'staff', password: 'x' },
    status: 400,
  },
  { method: 'GET', template: '/me', path: '/me', as: 'director', status: 200 },
  { method: 'GET', template: '/me', path: '/me', as: 'staff', status: 200 },
  { method: 'GET', template: '/me', path: '/me', as: 'wall', status: 200 },
  { method: 'GET', template: '/me', path: '/me', status: 401 },
  { method: 'DELETE', template: '/session', path: '/session', as: 'director', status: 204 },
  { method: 'DELETE', template: '/session', path: '/session', status: 401 },
  { method: 'POST', template: '/session/renewal', path: '/session/renewal', as: 'wall', status: 200 },
  { method: 'POST', template: '/session/renewal', path: '/session/renewal', as: 'director', status: 403 },
  { method: 'POST', template: '/session/renewal', path: '/session/renewal', status: 401 },
  { method: 'POST', template: '/session/renewal', path: '/session/renewal?x=1', as: 'wall', status: 400 },
  // KPIs
  {
    method: 'GET',
    template: '/kpis/summary',
    path: '/kpis/summary?from=2026-11-01&to=2026-11-28',
    as: 'director',
    status: 200,
  },
  {
    method: 'GET',
    template: '/kpis/summary',
    path: '/kpis/summary?from=2026-11-01&to=2026-11-28&compare=previous',
    as: 'wall',
    status: 200,
  },
  {
    method: 'GET',
    template: '/kpis/summary',
    path: '/kpis/summary?from=2026-11-01&to=2026-11-28&compare=yearAgo&kind=complaint',
    as: 'staff',
    status: 200,
  },
  {
    method: 'GET',
    template: '/kpis/summary',
    path: '/kpis/summary?from=2026-11-28&to=2026-11-01',
    as: 'director',
    status: 400,
  },
  {
    method: 'GET',
    template: '/kpis/summary',
    path: '/kpis/summary?from=2026-11-01&to=2026-11-28&distrct=x',
    as: 'director',
    status: 400,
  },
  {
    method: 'GET',
    template: '/kpis/summary',
    path: '/kpis/summary?from=2026-11-01&to=2026-11-28',
    status: 401,
  },
  {
    method: 'GET',
    template: '/kpis/six-timely',
    path: '/kpis/six-timely?from=2026-11-01&to=2026-11-28',
    as: 'wall',
    status: 200,
  },
  {
    method: 'GET',
    template: '/kpis/timeseries',
    path: '/kpis/timeseries?metric=received&from=2026-11-01&to=2026-11-28&interval=day',
    as: 'director',
    status: 200,
  },
  {
    method: 'GET',
    template: '/kpis/timeseries',
    path: '/kpis/timeseries?metric=received&from=2026-11-01&to=2026-11-28&interval=fortnight',
    as: 'director',
    status: 400,
  },
  {
    method: 'GET',
    template: '/breakdowns/{dimension}',
    path: '/breakdowns/district?metric=received&from=2026-11-01&to=2026-11-28',
    as: 'director',
    status: 200,
  },
  {
    method: 'GET',
    template: '/breakdowns/{dimension}',
    path: '/breakdowns/unit?metric=received&from=2026-11-01&to=2026-11-28&compare=previous',
    as: 'director',
    status: 200,
  },
  {
    method: 'GET',
    template: '/breakdowns/{dimension}',
    path: '/breakdowns/planet?metric=received&from=2026-11-01&to=2026-11-28',
    as: 'director',
    status: 400,
  },
  // Calendar
  { method: 'GET', template: '/calendar/{year}', path: '/calendar/2026', as: 'director', status: 200 },
  { method: 'GET', template: '/calendar/{year}', path: '/calendar/2027', as: 'director', status: 200 },
  // Work orders
  {
    method: 'GET',
    template: '/work-orders',
    path: '/work-orders?from=2026-11-01&to=2026-11-28&limit=50',
    as: 'director',
    status: 200,
  },
  {
    method: 'GET',
    template: '/work-orders',
    path: '/work-orders?from=2026-11-01&to=2026-11-28&metric=closure&outcome=late',
    as: 'director',
    status: 200,
  },
  {
    method: 'GET',
    template: '/work-orders',
    path: '/work-orders?from=2026-11-01&to=2026-11-28&limit=20',
    as: 'staff',
    status: 200,
  },
  { method: 'GET', template: '/work-orders', path: '/work-orders?limit=501', as: 'director', status: 400 },
  { method: 'GET', template: '/work-orders', path: '/work-orders', as: 'wall', status: 403 },
  {
    method: 'GET',
    template: '/work-orders/{id}',
    path: '/work-orders/RZ-20261127-0001',
    as: 'director',
    status: 200,
  },
  {
    method: 'GET',
    template: '/work-orders/{id}',
    path: '/work-orders/RZ-20990101-0001',
    as: 'director',
    status: 404,
  },
  // POST /work-orders/{id}/reminders and /contact: their own tests below.
  // Supervision (督办) and decisions (the actions' 2xx and 409: their own test below)
  {
    method: 'GET',
    template: '/escalations',
    path: '/escalations?from=2026-11-01&to=2026-11-28',
    as: 'director',
    status: 200,
  },
  {
    method: 'GET',
    template: '/escalations',
    path: '/escalations?from=2026-11-01&to=2026-11-28&status=open&district=371122&limit=5',
    as: 'director',
    status: 200,
  },
  { method: 'GET', template: '/escalations', path: '/escalations?status=closed', as: 'staff', status: 200 },
  {
    method: 'GET',
    template: '/escalations',
    path: '/escalations?status=pending',
    as: 'director',
    status: 400,
  },
  {
    method: 'GET',
    template: '/escalations',
    path: '/escalations?from=2026-11-01&to=2026-11-28&unit=ls-bureau',
    as: 'staff',
    status: 403,
  },
  { method: 'GET', template: '/escalations', path: '/escalations', as: 'wall', status: 403 },
  { method: 'GET', template: '/escalations', path: '/escalations', status: 401 },
  {
    method: 'POST',
    template: '/escalations',
    path: '/escalations',
    as: 'director',
    body: { workOrderId: 'RZ-20261127-0001', reason: 'overdue' },
    status: 400,
  },
  {
    method: 'PATCH',
    template: '/escalations/{id}',
    path: '/escalations/RZ-20261101-0001-UD9',
    as: 'director',
    body: { note: '请加快' },
    status: 404,
  },
  {
    method: 'PATCH',
    template: '/escalations/{id}',
    path: '/escalations/RZ-20261101-0001-UD9',
    as: 'wall',
    body: { note: '请加快' },
    status: 403,
  },
  {
    method: 'PATCH',
    template: '/escalations/{id}',
    path: '/escalations/%3Cx%3E',
    as: 'director',
    body: { note: '请加快' },
    status: 400,
  },
  {
    method: 'GET',
    template: '/extension-requests',
    path: '/extension-requests?from=2026-11-01&to=2026-11-28',
    as: 'director',
    status: 200,
  },
  {
    method: 'GET',
    template: '/extension-requests',
    path: '/extension-requests?from=2026-11-01&to=2026-11-28&status=approved&limit=3',
    as: 'staff',
    status: 200,
  },
  {
    method: 'GET',
    template: '/extension-requests',
    path: '/extension-requests?status=open',
    as: 'director',
    status: 400,
  },
  { method: 'GET', template: '/extension-requests', path: '/extension-requests', as: 'wall', status: 403 },
  {
    method: 'POST',
    template: '/extension-requests/{id}/approve',
    path: '/extension-requests/RZ-20261101-0001-E1/approve',
    as: 'director',
    body: {},
    status: 400,
  },
  {
    method: 'POST',
    template: '/extension-requests/{id}/reject',
    path: '/extension-requests/RZ-20261101-0001-E1/reject',
    as: 'director',
    body: {},
    status: 400,
  },
  {
    method: 'GET',
    template: '/returned-tickets',
    path: '/returned-tickets?from=2026-11-01&to=2026-11-28',
    as: 'director',
    status: 200,
  },
  {
    method: 'GET',
    template: '/returned-tickets',
    path: '/returned-tickets?from=2026-11-01&to=2026-11-28&status=pending&unit=dg-bureau',
    as: 'staff',
    status: 200,
  },
  {
    method: 'GET',
    template: '/returned-tickets',
    path: '/returned-tickets?from=2026-11-28',
    as: 'director',
    status: 400,
  },
  { method: 'GET', template: '/returned-tickets', path: '/returned-tickets', status: 401 },
  {
    method: 'POST',
    template: '/returned-tickets/{id}/approve',
    path: '/returned-tickets/RZ-20261101-0001-R1/approve',
    as: 'director',
    body: { toUnit: 'dg-bureau' },
    status: 400,
  },
  {
    method: 'POST',
    template: '/returned-tickets/{id}/reject',
    path: '/returned-tickets/RZ-20261101-0001-R1/reject',
    as: 'director',
    body: {},
    status: 400,
  },
  // Alerts (the actions: their own test below)
  { method: 'GET', template: '/alerts', path: '/alerts', as: 'director', status: 200 },
  {
    method: 'GET',
    template: '/alerts',
    path: '/alerts?type=spike&status=open&limit=5',
    as: 'director',
    status: 200,
  },
  {
    method: 'GET',
    template: '/alerts',
    path: '/alerts?from=2026-11-20&to=2026-11-28&district=371102',
    as: 'staff',
    status: 200,
  },
  { method: 'GET', template: '/alerts', path: '/alerts?unit=jx-chengyang', as: 'staff', status: 403 },
  { method: 'GET', template: '/alerts', path: '/alerts', as: 'wall', status: 403 },
  { method: 'GET', template: '/alerts', path: '/alerts', status: 401 },
  { method: 'GET', template: '/alerts', path: '/alerts?status=closed', as: 'director', status: 400 },
  { method: 'GET', template: '/alert-summaries', path: '/alert-summaries', as: 'wall', status: 200 },
  {
    method: 'GET',
    template: '/alert-summaries',
    path: '/alert-summaries?status=open&limit=8',
    as: 'director',
    status: 200,
  },
  { method: 'GET', template: '/alert-summaries', path: '/alert-summaries', as: 'staff', status: 200 },
  {
    method: 'GET',
    template: '/alert-summaries',
    path: '/alert-summaries?unit=jx-chengyang',
    as: 'staff',
    status: 403,
  },
  { method: 'GET', template: '/alert-summaries', path: '/alert-summaries', status: 401 },
  {
    method: 'GET',
    template: '/alert-summaries',
    path: '/alert-summaries?status=closed',
    as: 'wall',
    status: 400,
  },
  {
    method: 'POST',
    template: '/alerts/{id}/acknowledge',
    path: '/alerts/sp-none-city-20261101/acknowledge',
    as: 'director',
    status: 400,
  },
  // Hotspots and reports (publish: its own test below)
  {
    method: 'GET',
    template: '/hotspots',
    path: '/hotspots?from=2026-11-22&to=2026-11-28',
    as: 'director',
    status: 200,
  },
  {
    method: 'GET',
    template: '/hotspots',
    path: '/hotspots?from=2026-11-01&to=2026-11-28&kind=complaint',
    as: 'wall',
    status: 200,
  },
  {
    method: 'GET',
    template: '/hotspots',
    path: '/hotspots?from=2026-11-22&to=2026-11-28&category=tourism&district=rz-shanhaitian',
    as: 'staff',
    status: 200,
  },
  { method: 'GET', template: '/hotspots', path: '/hotspots?from=2026-11-22', as: 'director', status: 400 },
  {
    method: 'GET',
    template: '/hotspots',
    path: '/hotspots?from=2026-01-01&to=2026-11-28',
    as: 'director',
    status: 400,
  },
  { method: 'GET', template: '/hotspots', path: '/hotspots?from=2026-11-22&to=2026-11-28', status: 401 },
  {
    method: 'GET',
    template: '/reports/{reportType}/{period}',
    path: '/reports/monthly/2026-10',
    as: 'director',
    status: 200,
  },
  {
    method: 'GET',
    template: '/reports/{reportType}/{period}',
    path: '/reports/quarterly/2026-Q3',
    as: 'wall',
    status: 200,
  },
  {
    method: 'GET',
    template: '/reports/{reportType}/{period}',
    path: '/reports/daily/2026-11-27',
    as: 'staff',
    status: 200,
  },
  {
    method: 'GET',
    template: '/reports/{reportType}/{period}',
    path: '/reports/monthly/2026-11',
    as: 'director',
    status: 200,
  },
  {
    method: 'GET',
    template: '/reports/{reportType}/{period}',
    path: '/reports/monthly/2026-13',
    as: 'director',
    status: 400,
  },
  {
    method: 'GET',
    template: '/reports/{reportType}/{period}',
    path: '/reports/weekly/2026-10',
    as: 'director',
    status: 400,
  },
  {
    method: 'GET',
    template: '/reports/{reportType}/{period}',
    path: '/reports/monthly/2027-01',
    as: 'director',
    status: 404,
  },
  {
    method: 'GET',
    template: '/reports/{reportType}/{period}',
    path: '/reports/monthly/2026-10',
    status: 401,
  },
  {
    method: 'POST',
    template: '/reports/{reportType}/{period}/publish',
    path: '/reports/daily/2026-11-27/publish',
    as: 'director',
    status: 400,
  },
  { method: 'GET', template: '/reports/{reportType}', path: '/reports/monthly', as: 'wall', status: 200 },
  {
    method: 'GET',
    template: '/reports/{reportType}',
    path: '/reports/daily?from=2026-11-01&to=2026-11-30',
    as: 'staff',
    status: 200,
  },
  { method: 'GET', template: '/reports/{reportType}', path: '/reports/weekly', as: 'director', status: 400 },
  { method: 'GET', template: '/reports/{reportType}', path: '/reports/monthly', status: 401 },
  // Reference
  { method: 'GET', template: '/units', path: '/units', as: 'wall', status: 200 },
  { method: 'GET', template: '/units', path: '/units?district=371102', as: 'director', status: 400 },
  { method: 'GET', template: '/units', path: '/units', status: 401 },
  {
    method: 'GET',
    template: '/duty-roster',
    path: '/duty-roster?from=2026-11-01&to=2026-12-31',
    as: 'director',
    status: 200,
  },
  {
    method: 'GET',
    template: '/duty-roster',
    path: '/duty-roster?from=2026-11-28&to=2026-11-28',
    as: 'staff',
    status: 200,
  },
  {
    method: 'GET',
    template: '/duty-roster',
    path: '/duty-roster?from=2026-11-01&to=2026-11-28',
    as: 'wall',
    status: 200,
  },
  {
    method: 'GET',
    template: '/duty-roster',
    path: '/duty-roster?from=2026-01-01&to=2026-11-28',
    as: 'director',
    status: 400,
  },
  { method: 'GET', template: '/ticker', path: '/ticker', as: 'wall', status: 200 },
  { method: 'GET', template: '/ticker', path: '/ticker?limit=50', as: 'staff', status: 200 },
  { method: 'GET', template: '/ticker', path: '/ticker?limit=51', as: 'director', status: 400 },
  { method: 'GET', template: '/ticker', path: '/ticker', status: 401 },
]

describe('the API matches its contract (public/openapi.yaml)', () => {
  it.each(cases.map((c) => [`${c.method} ${c.path}${c.as ? ` as ${c.as}` : ''} → ${c.status}`, c] as const))(
    '%s',
    async (_, { method, template, path, as, body, status }) => {
      const api = freshApi()
      if (as) await api.signIn(as)
      await expectMatchesSpec(method, template, status, await api.request(method, path, body))
    },
  )

  it('POST /work-orders/{id}/reminders: 201 on an open order, 400 on a bad method, 403 for the wall', async () => {
    const api = freshApi()
    await api.signIn('director')
    const list = (await expectMatchesSpec(
      'GET',
      '/work-orders',
      200,
      await api.request('GET', '/work-orders?from=2026-11-01&to=2026-11-28&status=open&limit=1'),
    )) as { items: { id: string }[] }
    const id = list.items[0]?.id ?? 'none'
    const remind = (body: unknown, key: string) =>
      api.request('POST', `/work-orders/${id}/reminders`, body, { 'Idempotency-Key': key })
    const template = '/work-orders/{id}/reminders'
    await expectMatchesSpec(
      'POST',
      template,
      201,
      await remind({ method: 'phone', note: '请尽快办理' }, 'contract-reminder-1'),
    )
    await expectMatchesSpec('POST', template, 400, await remind({ method: 'pigeon' }, 'contract-reminder-2'))
    const wall = freshApi()
    await wall.signIn('wall')
    const refused = await wall.request(
      'POST',
      `/work-orders/${id}/reminders`,
      { method: 'phone' },
      { 'Idempotency-Key': 'contract-reminder-3' },
    )
    await expectMatchesSpec('POST', template, 403, refused)
  })

  it('POST /work-orders/{id}/contact: 200 unmasked for the director, 404 unknown, 403 for the wall', async () => {
    const api = freshApi()
    await api.signIn('director')
    const template = '/work-orders/{id}/contact'
    const reveal = (client: typeof api, id: string, key: string) =>
      client.request('POST', `/work-orders/${id}/contact`, undefined, { 'Idempotency-Key': key })
    await expectMatchesSpec(
      'POST',
      template,
      200,
      await reveal(api, 'RZ-20261127-0001', 'contract-contact-1'),
    )
    await expectMatchesSpec(
      'POST',
      template,
      404,
      await reveal(api, 'RZ-20990101-0001', 'contract-contact-2'),
    )
    const wall = freshApi()
    await wall.signIn('wall')
    await expectMatchesSpec(
      'POST',
      template,
      403,
      await reveal(wall, 'RZ-20261127-0001', 'contract-contact-3'),
    )
  })

  it('the alert actions and publishing answer as the spec declares', { timeout: 60_000 }, async () => {
    const api = freshApi('tourism-surge')
    await api.signIn('director')
    const page = (await expectMatchesSpec(
      'GET',
      '/alerts',
      200,
      await api.request('GET', '/alerts?type=spike&status=open'),
    )) as { items: { id: string }[] }
    const id = page.items[0]?.id ?? 'none'
    const act = (action: string, body: unknown, key: string) =>
      api.request('POST', `/alerts/${id}/${action}`, body, { 'Idempotency-Key': key })
    await expectMatchesSpec(
      'POST',
      '/alerts/{id}/acknowledge',
      200,
      await act('acknowledge', { note: '收到' }, 'contract-ack-1'),
    )
    await expectMatchesSpec(
      'POST',
      '/alerts/{id}/acknowledge',
      409,
      await act('acknowledge', undefined, 'contract-ack-2'),
    )
    await expectMatchesSpec(
      'POST',
      '/alerts/{id}/activate-plan',
      200,
      await act('activate-plan', { plan: 'taskForce', lead: '李海燕', note: '工作专班' }, 'contract-plan-1'),
    )
    await expectMatchesSpec(
      'POST',
      '/alerts/{id}/resolve',
      200,
      await act('resolve', { note: '专班处置完毕' }, 'contract-resolve-1'),
    )
    await expectMatchesSpec(
      'POST',
      '/alerts/{id}/resolve',
      409,
      await act('resolve', { note: '再次' }, 'contract-resolve-2'),
    )
    await expectMatchesSpec(
      'POST',
      '/alerts/{id}/activate-plan',
      400,
      await act('activate-plan', {}, 'contract-plan-2'),
    )
    await expectMatchesSpec(
      'POST',
      '/alerts/{id}/acknowledge',
      404,
      await api.request('POST', '/alerts/sp-none-city-20000101/acknowledge', undefined, {
        'Idempotency-Key': 'contract-ack-3',
      }),
    )
    const publish = (period: string, key: string) =>
      api.request('POST', `/reports/daily/${period}/publish`, undefined, { 'Idempotency-Key': key })
    await expectMatchesSpec(
      'POST',
      '/reports/{reportType}/{period}/publish',
      200,
      await publish('2026-11-27', 'contract-pub-1'),
    )
    await expectMatchesSpec(
      'POST',
      '/reports/{reportType}/{period}/publish',
      409,
      await publish('2026-11-28', 'contract-pub-2'),
    )
    await expectMatchesSpec(
      'POST',
      '/reports/{reportType}/{period}/publish',
      404,
      await publish('2026-12-01', 'contract-pub-3'),
    )
    const wall = freshApi()
    await wall.signIn('wall')
    await expectMatchesSpec(
      'POST',
      '/alerts/{id}/acknowledge',
      403,
      await wall.request('POST', `/alerts/${id}/acknowledge`, undefined, {
        'Idempotency-Key': 'contract-ack-4',
      }),
    )
  })

  it.each(SCENARIO_NAMES)(
    'the %s scenario answers as the spec declares',
    { timeout: 60_000 },
    async (scenario) => {
      const api = freshApi(scenario)
      await api.signIn('director')
      const when = 'from=2026-10-29&to=2026-11-28'
      const summary = (await expectMatchesSpec(
        'GET',
        '/kpis/summary',
        200,
        await api.request('GET', `/kpis/summary?${when}&compare=previous`),
      )) as { received: { total: number } }
      expect(summary.received.total > 0).toBe(scenario !== 'empty')
      await expectMatchesSpec(
        'GET',
        '/kpis/six-timely',
        200,
        await api.request('GET', `/kpis/six-timely?${when}`),
      )
      await expectMatchesSpec(
        'GET',
        '/breakdowns/{dimension}',
        200,
        await api.request('GET', `/breakdowns/unit?metric=received&${when}`),
      )
      await expectMatchesSpec(
        'GET',
        '/work-orders',
        200,
        await api.request('GET', `/work-orders?${when}&limit=500`),
      )
      await expectMatchesSpec('GET', '/alerts', 200, await api.request('GET', '/alerts'))
      await expectMatchesSpec(
        'GET',
        '/hotspots',
        200,
        await api.request('GET', '/hotspots?from=2026-11-22&to=2026-11-28'),
      )
      await expectMatchesSpec(
        'GET',
        '/reports/{reportType}/{period}',
        200,
        await api.request('GET', '/reports/daily/2026-11-27'),
      )
      await expectMatchesSpec('GET', '/ticker', 200, await api.request('GET', '/ticker?limit=50'))
    },
  )

  it.each(['500', '503', '429'] as const)(
    'an injected %s fault still answers as the spec declares',
    async (kind) => {
      const api = freshApi()
      await api.signIn('director')
      api.faults.set('GET /kpis/summary', { kind })
      const response = await api.request('GET', '/kpis/summary?from=2026-11-01&to=2026-11-28')
      if (kind !== '500') expect(response.headers.get('Retry-After')).toBe('30')
      await expectMatchesSpec('GET', '/kpis/summary', Number(kind), response)
    },
  )

  it(
    'supervision and decisions: 201, 200, 403, 404 and 409 as the spec declares',
    { timeout: 30_000 },
    async () => {
      // A clock at which seed 7 has an extension request and a returned ticket awaiting a decision.
      const state = createApiState({ seed: 7, now: () => Date.parse('2026-11-20T10:00:00+08:00') })
      const signedIn = async (role: Role) => {
        server.use(...createHandlers({ state }))
        hostCount += 1
        const origin = `http://contract-${hostCount}.duban.test`
        const call = (path: string, init: RequestInit = {}) => fetch(`${origin}/api/v1${path}`, init)
        const { csrfToken } = (await (
          await call('/session', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ username: role, password: demoPassword }),
          })
        ).json()) as { csrfToken: string }
        return (method: HttpMethod, path: string, body?: unknown, key?: string) =>
          call(path, {
            method,
            headers: {
              ...(method === 'GET' ? {} : { 'X-CSRF-Token': csrfToken }),
              ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
              ...(key === undefined ? {} : { 'Idempotency-Key': key }),
            },
            body: body === undefined ? undefined : JSON.stringify(body),
          })
      }
      const director = await signedIn('director')
      const staff = await signedIn('staff')
      const period = 'from=2026-10-01&to=2026-11-20'
      const orders = (await expectMatchesSpec(
        'GET',
        '/work-orders',
        200,
        await director(
          'GET',
          '/work-orders?from=2026-11-16&to=2026-11-19&status=open&kind=complaint&limit=1',
        ),
      )) as { items: { id: string }[] }
      const workOrderId = orders.items[0]?.id ?? 'none'
      const opened = (await expectMatchesSpec(
        'POST',
        '/escalations',
        201,
        await director(
          'POST',
          '/escalations',
          { workOrderId, reason: 'leaderAttention', dueDate: '2026-11-27' },
          'contract-esc-1',
        ),
      )) as { id: string }
      await expectMatchesSpec(
        'POST',
        '/escalations',
        409,
        await director('POST', '/escalations', { workOrderId, reason: 'overdue' }, 'contract-esc-2'),
      )
      await expectMatchesSpec(
        'POST',
        '/escalations',
        404,
        await director(
          'POST',
          '/escalations',
          { workOrderId: 'RZ-20261101-9999', reason: 'overdue' },
          'contract-esc-3',
        ),
      )
      await expectMatchesSpec(
        'POST',
        '/escalations',
        403,
        await staff('POST', '/escalations', { workOrderId, reason: 'overdue' }, 'contract-esc-4'),
      )
      const patch = (body: unknown) => director('PATCH', `/escalations/${opened.id}`, body)
      await expectMatchesSpec(
        'PATCH',
        '/escalations/{id}',
        200,
        await patch({ dueDate: '2026-11-30', note: '请加快' }),
      )
      await expectMatchesSpec('PATCH', '/escalations/{id}', 200, await patch({ status: 'closed' }))
      await expectMatchesSpec('PATCH', '/escalations/{id}', 409, await patch({ status: 'closed' }))
      await expectMatchesSpec('PATCH', '/escalations/{id}', 400, await patch({}))

      for (const [list, template] of [
        ['/extension-requests', '/extension-requests/{id}'],
        ['/returned-tickets', '/returned-tickets/{id}'],
      ] as const) {
        const pending = (await expectMatchesSpec(
          'GET',
          list,
          200,
          await director('GET', `${list}?${period}&status=pending`),
        )) as { items: { id: string; fromUnit?: string }[] }
        const id = pending.items[0]?.id ?? 'none'
        const approval =
          list === '/returned-tickets'
            ? { toUnit: pending.items[0]?.fromUnit === 'dg-bureau' ? 'ls-bureau' : 'dg-bureau' }
            : {}
        const approve = (role: typeof director, key: string) =>
          role('POST', `${list}/${id}/approve`, approval, key)
        await expectMatchesSpec('POST', `${template}/approve`, 403, await approve(staff, `${list}-staff`))
        await expectMatchesSpec(
          'POST',
          `${template}/approve`,
          200,
          await approve(director, `${list}-approve`),
        )
        await expectMatchesSpec(
          'POST',
          `${template}/reject`,
          409,
          await director('POST', `${list}/${id}/reject`, { note: '晚了' }, `${list}-reject`),
        )
        await expectMatchesSpec(
          'POST',
          `${template}/approve`,
          404,
          await director('POST', `${list}/RZ-20261101-0001-X9/approve`, approval, `${list}-unknown`),
        )
      }
    },
  )

  it('refuses an unsafe request without the CSRF header: 403 csrf-missing', async () => {
    const api = freshApi()
    await api.signIn('director')
    const response = await api.call('/session', { method: 'DELETE' })
    const problem = (await expectMatchesSpec('DELETE', '/session', 403, response)) as { type: string }
    expect(problem.type).toBe('https://duban.example/problems/csrf-missing')
  })

  it('answers an unknown API path with a 404 problem, whatever the method', async () => {
    const api = freshApi()
    await expectProblem(await api.call('/no-such-thing'), 404, 'not-found')
    await api.signIn('director')
    await expectProblem(await api.request('POST', '/no/such/thing', {}), 404, 'not-found')
  })

  it('names every demo account in the spec', async () => {
    const api = freshApi()
    const body = (await expectMatchesSpec(
      'GET',
      '/session/demo-accounts',
      200,
      await api.call('/session/demo-accounts'),
    )) as { items: { username: string }[] }
    expect(body.items.map((item) => item.username)).toEqual(demoUsers.map((user) => user.username))
  })
})

describe('the contract over a spread of inputs (fast-check)', () => {
  const username = fc.oneof(fc.constantFrom('director', 'staff', 'wall'), fc.string({ maxLength: 70 }))
  const password = fc.oneof(fc.constant(demoPassword), fc.string({ maxLength: 300 }))

  it('POST /session answers 200, 400 or 401 as the spec says, for any credentials', async () => {
    await fc.assert(
      fc.asyncProperty(username, password, async (user, pass) => {
        const api = freshApi()
        const response = await api.call('/session', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ username: user, password: pass }),
        })
        const valid = user.length >= 1 && user.length <= 64 && pass.length >= 1
        const known = pass === demoPassword && ['director', 'staff', 'wall'].includes(user)
        await expectMatchesSpec('POST', '/session', !valid ? 400 : known ? 200 : 401, response)
      }),
      { numRuns: 40 },
    )
  })

  it('POST /session answers any JSON body that is not credentials with a 400 problem', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc
          .jsonValue()
          .filter((value) => !(typeof value === 'object' && value !== null && 'password' in value)),
        async (value) => {
          const api = freshApi()
          const response = await api.call('/session', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify(value),
          })
          await expectMatchesSpec('POST', '/session', 400, response)
        },
      ),
      { numRuns: 40 },
    )
  })

  it('GET /me and GET /session/demo-accounts refuse any unknown query parameter with a 400 naming it', async () => {
    const name = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_-]{0,15}$/)
    await fc.assert(
      fc.asyncProperty(
        name,
        fc.string({ maxLength: 20 }),
        fc.constantFrom('/me', '/session/demo-accounts'),
        async (key, value, path) => {
          const api = freshApi()
          await api.signIn('staff')
          const response = await api.call(`${path}?${new URLSearchParams({ [key]: value }).toString()}`)
          const problem = (await expectMatchesSpec('GET', path, 400, response)) as {
            errors: { parameter: string }[]
          }
          expect(problem.errors.map((error) => error.parameter)).toContain(key)
        },
      ),
      { numRuns: 30 },
    )
  })

  /** A China day in 2026 up to the clock, and a period of up to a month from it. */
  const dayOf = (offset: number) =>
    new Date(Date.UTC(2026, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10)
  const period = fc
    .tuple(fc.integer({ min: 0, max: 330 }), fc.integer({ min: 0, max: 30 }))
    .map(([start, length]) => ({ from: dayOf(start), to: dayOf(Math.min(start + length, 331)) }))
  const filters = fc.record(
    {
      district: fc.constantFrom(...DISTRICT_CODES),
      channel: fc.constantFrom(...CHANNEL_CODES),
      kind: fc.constantFrom(...KIND_CODES),
      compare: fc.constantFrom('previous', 'yearAgo'),
    },
    { requiredKeys: [] },
  )
  const endpoint = fc.constantFrom(
    ['/kpis/summary', '/kpis/summary', true],
    ['/kpis/six-timely', '/kpis/six-timely', false],
    ['/breakdowns/{dimension}', '/breakdowns/channel?metric=received', true],
    ['/breakdowns/{dimension}', '/breakdowns/category?metric=closure', true],
    ['/kpis/timeseries', '/kpis/timeseries?metric=received&interval=week', false],
    ['/work-orders', '/work-orders?limit=100', false],
  )

  it(
    'the KPI, breakdown and work-order endpoints answer any period and filters as the spec says',
    { timeout: 60_000 },
    async () => {
      const api = freshApi() // one API for all runs: the simulator memoizes its days
      await api.signIn('director')
      await fc.assert(
        fc.asyncProperty(endpoint, period, filters, async ([template, path, comparable], when, where) => {
          const { compare, ...rest } = where
          const query = new URLSearchParams({
            ...when,
            ...rest,
            ...(comparable && compare ? { compare } : {}),
          })
          const url = `${path}${path.includes('?') ? '&' : '?'}${query.toString()}`
          await expectMatchesSpec('GET', template, 200, await api.request('GET', url))
        }),
        { numRuns: 25 },
      )
    },
  )

  it('the KPI endpoints answer malformed or reversed dates with a 400 naming the parameter', async () => {
    const api = freshApi()
    await api.signIn('wall')
    const badDay = fc.oneof(
      fc.constantFrom('2026-02-30', '2026-13-01', '26-01-01', 'yesterday', ''),
      fc.string({ maxLength: 12 }).filter((text) => !/^\d{4}-\d{2}-\d{2}$/.test(text)),
    )
    await fc.assert(
      fc.asyncProperty(badDay, fc.constantFrom('from', 'to'), async (value, name) => {
        const query = new URLSearchParams({ from: '2026-11-01', to: '2026-11-28', [name]: value })
        const response = await api.request('GET', `/kpis/summary?${query.toString()}`)
        const problem = (await expectMatchesSpec('GET', '/kpis/summary', 400, response)) as {
          errors: { parameter: string }[]
        }
        expect(problem.errors.map((error) => error.parameter)).toContain(name)
      }),
      { numRuns: 30 },
    )
  })

  it('GET /me answers each demo role with its own user', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<Role>('director', 'staff', 'wall'), async (role) => {
        const api = freshApi()
        await api.signIn(role)
        const me = (await expectMatchesSpec('GET', '/me', 200, await api.call('/me'))) as { role: string }
        expect(me.role).toBe(role)
      }),
      { numRuns: 6 },
    )
  })
})
