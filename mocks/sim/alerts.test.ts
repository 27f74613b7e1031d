// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { alertStateOf, raisedAlerts, YELLOW_CARD_MIN_ITEMS } from './alerts'
import { MS_PER_DAY, chinaDayOf, parseIsoInstant } from './china-time'
import { DeskRecords } from './desk-records'
import { BACKLOG_UNIT } from './scenarios'
import { createSimulator } from './simulator'

const SEED = 20_230_101
const NOW = parseIsoInstant('2026-11-28T20:00:00+08:00')
/** The day after National Day 2026 (10-01..10-07): an ordinary Golden Week just ended. */
const AFTER_GOLDEN_WEEK = parseIsoInstant('2026-10-08T12:00:00+08:00')

const spikes = (alerts: ReturnType<typeof raisedAlerts>) => alerts.filter((a) => a.type === 'spike')

describe('spike alerts', () => {
  it('the tourism-surge scenario raises an open hotspot alert about tourism or catering', () => {
    const sim = createSimulator({ seed: SEED, now: () => NOW, scenario: 'tourism-surge' })
    const raised = spikes(raisedAlerts(sim))
    const open = raised.filter((a) => !a.cleared)
    expect(open.length).toBeGreaterThanOrEqual(1)
    for (const alert of raised) {
      expect(['tourism', 'cateringLodging']).toContain(alert.spike?.category)
      expect(alert.spike?.count).toBeGreaterThan(alert.spike?.threshold ?? Infinity)
      expect(alert.spike?.count).toBeGreaterThanOrEqual(2 * (alert.spike?.baselineMean ?? Infinity))
    }
  })

  it('an ordinary Golden Week in the calibrated city raises none', () => {
    for (const now of [
      AFTER_GOLDEN_WEEK,
      AFTER_GOLDEN_WEEK - 3 * MS_PER_DAY,
      AFTER_GOLDEN_WEEK + 7 * MS_PER_DAY,
    ]) {
      const sim = createSimulator({ seed: SEED, now: () => now })
      expect(spikes(raisedAlerts(sim))).toEqual([])
    }
  })

  it('the calibrated city at the test clock raises no spike', () => {
    expect(spikes(raisedAlerts(createSimulator({ seed: SEED, now: () => NOW })))).toEqual([])
  })

  it('the same surge in a Golden Week is still an alert (compared with earlier holidays)', () => {
    const sim = createSimulator({
      seed: SEED,
      now: () => AFTER_GOLDEN_WEEK - 3 * MS_PER_DAY,
      scenario: 'tourism-surge',
    })
    const raised = spikes(raisedAlerts(sim))
    expect(raised.some((a) => a.spike?.baselineMethod === 'sameHoliday')).toBe(true)
  })
})

describe('deadline cards', () => {
  it('raise red cards at the backlog unit, with the overdue items behind them', () => {
    const sim = createSimulator({ seed: SEED, now: () => NOW, scenario: 'backlog' })
    const red = raisedAlerts(sim).filter((a) => a.type === 'redCard' && a.unit === BACKLOG_UNIT)
    expect(red.length).toBeGreaterThanOrEqual(3)
    for (const alert of red) {
      expect(alert.items.length).toBeGreaterThan(0)
      for (const item of alert.items) {
        expect(item.deadlineAt).toBeLessThanOrEqual(alert.raisedAt)
        expect(sim.findOrder(item.orderId)?.unit).toBe(BACKLOG_UNIT)
      }
      expect(alert.deadlineAt).toBe(Math.min(...alert.items.map((i) => i.deadlineAt)))
    }
  })

  it('raise yellow cards only for many items at one unit inside the warning window', () => {
    const sim = createSimulator({ seed: SEED, now: () => NOW })
    const yellow = raisedAlerts(sim).filter((a) => a.type === 'yellowCard')
    expect(yellow.length).toBeGreaterThan(0)
    for (const alert of yellow) {
      expect(alert.items.length).toBeGreaterThanOrEqual(YELLOW_CARD_MIN_ITEMS)
      for (const item of alert.items) {
        expect(item.deadlineAt).toBeGreaterThan(alert.raisedAt)
        expect(sim.findOrder(item.orderId)?.unit).toBe(alert.unit)
      }
    }
  })
})

describe('ids and lifecycle', () => {
  it('are the same for the same seed and clock, newest first, and an alert keeps its id a day later', () => {
    const make = (now: number) => createSimulator({ seed: SEED, now: () => now, scenario: 'tourism-surge' })
    const a = raisedAlerts(make(NOW))
    const b = raisedAlerts(make(NOW))
    expect(a.map((x) => x.id)).toEqual(b.map((x) => x.id))
    expect(new Set(a.map((x) => x.id)).size).toBe(a.length)
    for (let i = 1; i < a.length; i++)
      expect(a[i - 1]?.raisedAt ?? 0).toBeGreaterThanOrEqual(a[i]?.raisedAt ?? 0)
    // The surge scenario is anchored at the clock the simulator starts with, so look a day on
    // with the same anchor: a simulator whose clock moves.
    let clock = NOW
    const live = createSimulator({ seed: SEED, now: () => clock, scenario: 'tourism-surge' })
    const before = raisedAlerts(live).filter(
      (x) => x.type !== 'yellowCard' && chinaDayOf(x.raisedAt) < '2026-11-27',
    )
    clock = NOW + MS_PER_DAY
    const after = new Set(raisedAlerts(live).map((x) => x.id))
    for (const alert of before) expect(after.has(alert.id)).toBe(true)
  })

  it('goes open → acknowledged → planActivated; cleared wins', () => {
    const sim = createSimulator({ seed: SEED, now: () => NOW, scenario: 'tourism-surge' })
    const alert = spikes(raisedAlerts(sim)).find((a) => !a.cleared)
    if (!alert) throw new Error('no open spike')
    const records = new DeskRecords()
    expect(alertStateOf(alert, records).status).toBe('open')
    records.acknowledge(alert.id, { at: NOW, by: '王建国', note: '' })
    expect(alertStateOf(alert, records)).toMatchObject({ status: 'acknowledged', acknowledgedBy: '王建国' })
    records.activatePlan(alert.id, { code: 'taskForce', at: NOW + 1000, by: '王建国', note: '专班' })
    expect(alertStateOf(alert, records)).toMatchObject({
      status: 'planActivated',
      acknowledgedAt: NOW,
      plan: { code: 'taskForce', activatedAt: NOW + 1000 },
    })
    expect(alertStateOf({ ...alert, cleared: true }, records).status).toBe('cleared')
    // A plan without an acknowledgement counts as one.
    const other = new DeskRecords()
    other.activatePlan(alert.id, { code: 'holidayDuty', at: NOW, by: '王建国', note: '' })
    expect(alertStateOf(alert, other)).toMatchObject({ status: 'planActivated', acknowledgedAt: NOW })
  })

  it('resolved wins over cleared; the history lists each step in time order with who and what', () => {
    const sim = createSimulator({ seed: SEED, now: () => NOW, scenario: 'tourism-surge' })
    const alert = spikes(raisedAlerts(sim)).find((a) => !a.cleared)
    if (!alert) throw new Error('no open spike')
    const records = new DeskRecords()
    records.acknowledge(alert.id, { at: NOW, by: '王建国', note: '收到' })
    records.activatePlan(alert.id, {
      code: 'taskForce',
      at: NOW + 1000,
      by: '王建国',
      note: '专班',
      lead: '李海燕',
      startsAt: NOW + 5000,
    })
    records.resolve(alert.id, { at: NOW + 9000, by: '王建国', note: '退款 42 起' })
    const clearedAt = NOW + 2000
    const state = alertStateOf({ ...alert, cleared: true, clearedAt }, records)
    expect(state).toMatchObject({ status: 'resolved', resolvedAt: NOW + 9000, resolution: '退款 42 起' })
    expect(state.plan).toMatchObject({ lead: '李海燕', startsAt: NOW + 5000 })
    expect(state.history.map((e) => [e.action, e.at, e.by])).toEqual([
      ['raised', alert.raisedAt, null],
      ['acknowledged', NOW, '王建国'],
      ['planActivated', NOW + 1000, '王建国'],
      ['cleared', clearedAt, null],
      ['resolved', NOW + 9000, '王建国'],
    ])
  })

  it('dates a cleared spike to the first complete day no longer above, and a cleared card after its raising', () => {
    const sim = createSimulator({ seed: SEED, now: () => NOW, scenario: 'tourism-surge' })
    const cleared = raisedAlerts(sim).filter((a) => a.cleared)
    expect(cleared.length).toBeGreaterThan(0)
    for (const alert of cleared) {
      expect(alert.clearedAt).not.toBeNull()
      expect(alert.clearedAt ?? 0).toBeGreaterThanOrEqual(alert.raisedAt)
      expect(alert.clearedAt ?? Infinity).toBeLessThanOrEqual(NOW)
    }
    for (const alert of raisedAlerts(sim).filter((a) => !a.cleared)) expect(alert.clearedAt).toBeNull()
  })
})
