// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { chinaDayOf, parseIsoInstant } from './china-time'
import {
  escalationOf,
  hasOpenEscalation,
  listEscalations,
  orderIdOfSupervision,
  type EscalationFilters,
} from './escalations'
import { matchesMetric, openState } from './kpis'
import { createSimulator, SimulatorError, type Simulator } from './simulator'
import type { WorkOrder } from './work-order'

/** The backlog scenario: a unit falling behind, with supervisions open and overdue items. */
const now = parseIsoInstant('2026-11-20T10:00:00+08:00')
const period: EscalationFilters = { from: '2026-10-01', to: '2026-11-20' }
const fresh = (): Simulator => createSimulator({ seed: 7, now: () => now, scenario: 'backlog' })

/** Overdue items not (yet) under supervision, whose supervision window is still running. */
function unsupervisedOverdue(sim: Simulator): WorkOrder[] {
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

function codeOf(action: () => unknown): string | null {
  try {
    action()
    return null
  } catch (error) {
    return error instanceof SimulatorError ? error.code : 'other'
  }
}

describe('listEscalations', () => {
  it(
    'lists the supervisions opened in the period, newest first, with their state at the clock',
    { timeout: 30_000 },
    () => {
      const sim = fresh()
      const ctx = sim.kpiContext()
      const orders = sim.candidateOrders(period)
      const all = listEscalations(orders, period, ctx)
      expect(all.length).toBeGreaterThan(20)
      for (let i = 1; i < all.length; i++) {
        expect(all[i - 1]!.record.openedAt).toBeGreaterThanOrEqual(all[i]!.record.openedAt)
      }
      for (const state of all) {
        const day = chinaDayOf(state.record.openedAt)
        expect(day >= period.from && day <= period.to).toBe(true)
        expect(state.status === 'open').toBe(state.record.closedAt === null || state.record.closedAt > now)
        expect(orderIdOfSupervision(state.record.id)).toBe(state.order.id)
      }
      const open = listEscalations(orders, { ...period, status: 'open' }, ctx)
      const closed = listEscalations(orders, { ...period, status: 'closed' }, ctx)
      expect(open.length + closed.length).toBe(all.length)
      expect(open.length).toBeGreaterThan(0)
      const unit = all[0]!.unit
      expect(listEscalations(orders, { ...period, unit }, ctx).length).toBe(
        all.filter((s) => s.unit === unit).length,
      )
      const district = all[0]!.order.district
      expect(listEscalations(orders, { ...period, district }, ctx).length).toBe(
        all.filter((s) => s.order.district === district).length,
      )
    },
  )
})

describe('supervising through the simulator', () => {
  it(
    'a supervision opened on an overdue item counts as timely supervision (及时督办)',
    { timeout: 30_000 },
    () => {
      const sim = fresh()
      const candidates = unsupervisedOverdue(sim)
      expect(candidates.length).toBeGreaterThan(0)
      const filters = { from: '2026-08-01', to: '2026-11-20' }
      const before = sim.sixTimely(filters).rates.find((r) => r.code === 'supervision')!
      for (const order of candidates) {
        sim.openEscalation(order.id, {
          by: '王建国',
          byId: 'u-director',
          note: '限期办结',
          reason: 'overdue',
          dueDate: '2026-11-25',
          level: 'general',
        })
        expect(hasOpenEscalation(order, sim.kpiContext())).toBe(true)
      }
      const counted = candidates.filter((o) =>
        matchesMetric(o, 'supervision', 'onTime', filters, sim.kpiContext()),
      ).length
      expect(counted).toBeGreaterThan(0)
      const after = sim.sixTimely(filters).rates.find((r) => r.code === 'supervision')!
      expect(after.numerator).toBe(before.numerator + counted)
      expect(after.denominator).toBe(before.denominator + counted)
    },
  )

  it('folds a new report-by day, progress notes and the closing into the supervision', () => {
    const sim = fresh()
    const order = unsupervisedOverdue(sim)[0]!
    const record = sim.openEscalation(order.id, {
      by: '王建国',
      byId: 'u-director',
      note: '请于11月25日前办结',
      reason: 'overdue',
      dueDate: '2026-11-25',
      level: 'key',
    })
    sim.updateSupervision(order.id, record.id, { by: '李秀英', note: '已联系商家，正在调解' })
    sim.updateSupervision(order.id, record.id, { by: '王建国', dueDate: '2026-11-27' })
    const open = escalationOf(order, record, sim.kpiContext())
    expect(open).toMatchObject({ status: 'open', dueDate: '2026-11-27', closedAt: null, closedBy: null })
    expect(open.progress).toEqual([{ at: now, by: '李秀英', note: '已联系商家，正在调解' }])
    sim.updateSupervision(order.id, record.id, { by: '王建国', close: true, note: '已办结' })
    const current = sim
      .kpiContext()
      .overlayOf(order.id)!
      .supervisions.find((s) => s.id === record.id)!
    const closed = escalationOf(order, current, sim.kpiContext())
    expect(closed).toMatchObject({ status: 'closed', closedAt: now, closedBy: '王建国' })
    expect(closed.progress.map((p) => p.note)).toEqual(['已联系商家，正在调解', '已办结'])
    expect(hasOpenEscalation(order, sim.kpiContext())).toBe(false)
    expect(codeOf(() => sim.updateSupervision(order.id, record.id, { by: 'x', close: true }))).toBe(
      'conflict',
    )
    expect(codeOf(() => sim.updateSupervision(order.id, `${order.id}-UD999`, { by: 'x', note: 'n' }))).toBe(
      'notFound',
    )
    // What users did survives a reload of the demo (export, import into a new simulator).
    const reloaded = fresh()
    reloaded.importOverlay(
      JSON.parse(JSON.stringify(sim.exportOverlay())) as ReturnType<Simulator['exportOverlay']>,
    )
    const again = reloaded
      .kpiContext()
      .overlayOf(order.id)!
      .supervisions.find((s) => s.id === record.id)!
    expect(escalationOf(order, again, reloaded.kpiContext())).toEqual(closed)
  })

  it("takes notes and a new day on the model's supervisions, which close with their stage", () => {
    const sim = fresh()
    const open = listEscalations(sim.candidateOrders(period), { ...period, status: 'open' }, sim.kpiContext())
    const generated = open.find((s) => s.record.source === 'model')!
    const { order, record } = generated
    sim.updateSupervision(order.id, record.id, { by: '王建国', dueDate: '2026-11-30', note: '加快进度' })
    expect(escalationOf(order, record, sim.kpiContext())).toMatchObject({
      status: 'open',
      dueDate: '2026-11-30',
      progress: [{ at: now, by: '王建国', note: '加快进度' }],
    })
    expect(codeOf(() => sim.updateSupervision(order.id, record.id, { by: 'x', close: true }))).toBe(
      'conflict',
    )
  })
})
