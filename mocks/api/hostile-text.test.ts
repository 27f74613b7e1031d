// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { expectMatchesSpec } from '../../tests/contract/openapi-contract'
import { parseIsoInstant } from '../sim/china-time'
import { HOSTILE_TEXTS } from '../sim/hostile-text'
import { createApiState } from './api-state'
import { deskTestApi } from './desk-test-api'

/**
 * The `hostile-text` city through the API: every free-text field the contract has carries the
 * scenario's hostile values somewhere, and every answer still matches the contract (maxLength
 * included).
 */
const NOW = parseIsoInstant('2026-11-28T20:00:00+08:00')

type Json = Record<string, unknown>
type Api = ReturnType<typeof deskTestApi>

/** A field is hostile when it holds one of the texts (whole, clipped, or as a unit name's prefix). */
function isHostile(value: unknown): boolean {
  if (typeof value !== 'string' || value === '') return false
  return HOSTILE_TEXTS.some(
    (text) =>
      value === text ||
      value.startsWith(text) ||
      (value.length >= 20 && text.startsWith(value)) ||
      (text.length > 50 && value.startsWith(Array.from(text).slice(0, 50).join(''))),
  )
}

async function getJson(api: Api, method: 'GET', path: string, specPath: string): Promise<Json> {
  return (await expectMatchesSpec(method, specPath, 200, await api.call(path))) as Json
}

const items = (body: Json) => body.items as Json[]

describe('scenario hostile-text through the API', () => {
  const state = createApiState({ now: () => NOW, scenario: 'hostile-text' })
  let api: Api

  // The test setup resets MSW's handlers after each test: a client per test.
  beforeEach(async () => {
    api = deskTestApi(state)
    await api.signIn('director')
  })

  it('has every kind of hostile value: markup, emoji, zero-width, numbers and formulas as text', () => {
    const all = HOSTILE_TEXTS.join('\n')
    for (const needle of ['<script>', 'javascript:alert(1)', '\u200B', '\uFEFF', '\u202E', '\u200D👩']) {
      expect(all).toContain(needle)
    }
    for (const exact of ['1e309', 'NaN', '-0', '0x10', '+1+1', '-2', '@SUM(A1)']) {
      expect(HOSTILE_TEXTS).toContain(exact)
    }
    expect(HOSTILE_TEXTS.some((t) => t.startsWith('=HYPERLINK('))).toBe(true)
    expect(HOSTILE_TEXTS.some((t) => t.startsWith('\t') || t.startsWith('\r'))).toBe(true)
    expect(HOSTILE_TEXTS.some((t) => /[A-Za-z]{300}/.test(t))).toBe(true)
  })

  it('puts them in work orders: summaries, businesses, reminders, supervisions, contacts', async () => {
    const page = await getJson(
      api,
      'GET',
      '/work-orders?from=2026-11-20&to=2026-11-28&limit=500',
      '/work-orders',
    )
    const rows = items(page)
    expect(rows.filter((r) => isHostile(r.summary)).length).toBeGreaterThan(50)
    expect(rows.filter((r) => isHostile(r.businessName)).length).toBeGreaterThan(20)
    // Orders with the model's reminders and supervisions (overdue ones), hostile.
    const withRecords = state.simulator
      .ordersInRange('2026-01-01', '2026-11-28')
      .filter((o) => o.hostileText > 0 && o.supervisions.length > 0)
      .slice(0, 10)
    expect(withRecords.length).toBeGreaterThan(0)
    const details: Json[] = []
    for (const order of withRecords) {
      details.push(await getJson(api, 'GET', `/work-orders/${order.id}`, '/work-orders/{id}'))
    }
    const reminders = details.flatMap((d) => d.reminders as Json[])
    expect(reminders.some((r) => isHostile(r.by))).toBe(true)
    expect(reminders.some((r) => isHostile(r.note))).toBe(true)
    const supervisions = details.flatMap((d) => d.supervisions as Json[])
    expect(supervisions.some((s) => isHostile(s.openedBy))).toBe(true)
    expect(supervisions.some((s) => isHostile(s.note))).toBe(true)
    // The contact as typed by a call-taker, revealed to a director.
    const twice = rows.find((r) => isHostile(r.businessName))
    if (!twice) throw new Error('no order with a hostile business name')
    const contact = await api.post(`/work-orders/${String(twice.id)}/contact`, { key: 'hostile-contact-1' })
    const revealed = (await expectMatchesSpec('POST', '/work-orders/{id}/contact', 200, contact)) as Json
    expect(isHostile(revealed.name)).toBe(true)
  })

  it('puts them in the approvals: extension reasons and deciders, return reasons', async () => {
    const extensions = items(
      await getJson(
        api,
        'GET',
        '/extension-requests?from=2026-10-01&to=2026-11-28&limit=200',
        '/extension-requests',
      ),
    )
    expect(extensions.some((e) => isHostile(e.reason))).toBe(true)
    expect(extensions.some((e) => isHostile(e.decidedBy))).toBe(true)
    const returns = items(
      await getJson(
        api,
        'GET',
        '/returned-tickets?from=2026-09-01&to=2026-11-28&limit=200',
        '/returned-tickets',
      ),
    )
    expect(returns.some((r) => isHostile(r.reason))).toBe(true)
  })

  it('puts them in the escalations: who opened them and their notes', async () => {
    const escalations = items(
      await getJson(api, 'GET', '/escalations?from=2026-01-01&to=2026-11-28&limit=200', '/escalations'),
    )
    expect(escalations.some((e) => isHostile(e.openedBy))).toBe(true)
    expect(escalations.some((e) => isHostile(e.note))).toBe(true)
  })

  it('puts them in the alerts: who acknowledged and planned, notes, plan leads, business names', async () => {
    const alerts = items(await getJson(api, 'GET', '/alerts?limit=200', '/alerts'))
    expect(alerts.some((a) => isHostile(a.acknowledgedBy))).toBe(true)
    const plans = alerts.flatMap((a) => (a.plan === null ? [] : [a.plan as Json]))
    expect(plans.some((p) => isHostile(p.activatedBy) && isHostile(p.lead) && isHostile(p.note))).toBe(true)
    const history = alerts.flatMap((a) => a.history as Json[])
    expect(history.some((h) => isHostile(h.by) && isHostile(h.note))).toBe(true)
    // The wall's summaries name a business only when 3 items or more name it: seldom a hostile
    // one, which the alerts scene shows through unit names instead. They still match the contract.
    const wall = deskTestApi(state)
    await wall.signIn('wall')
    await expectMatchesSpec('GET', '/alert-summaries', 200, await wall.call('/alert-summaries?limit=200'))
  })

  it('puts them in hotspot terms, unit names and the duty roster', async () => {
    const hotspots = items(await getJson(api, 'GET', '/hotspots?from=2026-11-22&to=2026-11-28', '/hotspots'))
    const terms = hotspots.flatMap((h) => (h.keywords as Json[]).map((k) => k.term))
    expect(terms.some(isHostile)).toBe(true)
    // A hostile business is named steadily, never rising: the ranking holds ordinary names, but
    // the answer matches the contract.
    await getJson(api, 'GET', '/rises/business?weeks=2', '/rises/{dimension}')
    const units = items(await getJson(api, 'GET', '/units', '/units'))
    expect(units.filter((u) => isHostile(u.name)).length).toBeGreaterThanOrEqual(7)
    const roster = await getJson(api, 'GET', '/duty-roster?from=2026-11-27&to=2026-11-28', '/duty-roster')
    expect(isHostile(roster.dutyPost)).toBe(true)
    expect((roster.publicLines as unknown[]).some(isHostile)).toBe(true)
    const names = (roster.days as Json[]).flatMap((d) => (d.shifts as Json[]).map((s) => s.name))
    expect(names.every(isHostile)).toBe(true)
  })

  it('puts them in the reports: the publisher', async () => {
    const report = await getJson(api, 'GET', '/reports/monthly/2026-10', '/reports/{reportType}/{period}')
    expect(isHostile(report.publishedBy)).toBe(true)
    const list = await getJson(api, 'GET', '/reports/monthly', '/reports/{reportType}')
    expect(items(list).some((p) => isHostile(p.publishedBy))).toBe(true)
  })
})
