// @vitest-environment node
import { describe, expect, it } from 'vitest'
import {
  listExtensionRequests,
  listReturnedTickets,
  orderIdOfEvent,
  withReturnDecisions,
  type DecisionFilters,
} from './approvals'
import { workingDaysBetween } from './calendar'
import { addDays, chinaDayOf, parseIsoInstant } from './china-time'
import { UNIT_CODES } from './domain-codes'
import { createSimulator, SimulatorError, type Simulator } from './simulator'
import type { ReturnEvent } from './work-order'

/** A fixed clock at which seed 7 has an extension request and a return awaiting a decision. */
const now = parseIsoInstant('2026-11-20T10:00:00+08:00')
const period: DecisionFilters = { from: '2026-10-01', to: '2026-11-20' }

const fresh = (): Simulator => createSimulator({ seed: 7, now: () => now })

function pendingExtension(sim: Simulator) {
  const ctx = sim.kpiContext()
  const request = listExtensionRequests(sim.candidateOrders(period), { ...period, status: 'pending' }, ctx)[0]
  if (!request) throw new Error('no pending extension request in the fixture')
  return request
}

function pendingReturn(sim: Simulator) {
  const ctx = sim.kpiContext()
  const ticket = listReturnedTickets(sim.candidateOrders(period), { ...period, status: 'pending' }, ctx)[0]
  if (!ticket) throw new Error('no pending return in the fixture')
  return ticket
}

function conflictOf(action: () => unknown): string | null {
  try {
    action()
    return null
  } catch (error) {
    return error instanceof SimulatorError ? error.code : 'other'
  }
}

describe('extension requests', () => {
  it(
    'lists requests of the period newest first, each status as the order shows it',
    { timeout: 30_000 },
    () => {
      const sim = fresh()
      const ctx = sim.kpiContext()
      const all = listExtensionRequests(sim.candidateOrders(period), period, ctx)
      expect(all.length).toBeGreaterThan(50)
      for (let i = 1; i < all.length; i++) {
        expect(all[i - 1]!.event.requestedAt).toBeGreaterThanOrEqual(all[i]!.event.requestedAt)
      }
      for (const request of all) {
        const day = chinaDayOf(request.event.requestedAt)
        expect(day >= period.from && day <= period.to).toBe(true)
        const shown = sim.view(request.order).events.find((e) => e.id === request.event.id)
        expect(shown?.type === 'extension' && shown.status).toBe(
          request.status === 'pending' ? 'requested' : request.status,
        )
        const stage = sim.view(request.order).stages.find((s) => s.code === request.stage)
        expect(stage?.deadlineAt).toBe(request.deadlineAt)
      }
      const byStatus = (['pending', 'approved', 'rejected'] as const).map(
        (status) => listExtensionRequests(sim.candidateOrders(period), { ...period, status }, ctx).length,
      )
      expect(byStatus.reduce((a, b) => a + b, 0)).toBe(all.length)
      const unit = all[0]!.unit
      const ofUnit = listExtensionRequests(sim.candidateOrders(period), { ...period, unit }, ctx)
      expect(ofUnit.length).toBe(all.filter((r) => r.unit === unit).length)
    },
  )

  it('an approval moves the deadline to deadlineIfApproved; deciding twice is a conflict', () => {
    const sim = fresh()
    const request = pendingExtension(sim)
    expect(request.deadlineIfApproved).toBeGreaterThan(request.deadlineAt)
    sim.decideRequest(request.order.id, request.event.id, {
      decision: 'approved',
      by: '王建国',
      note: '同意',
    })
    const stage = sim.view(request.order).stages.find((s) => s.code === request.stage)
    expect(stage?.deadlineAt).toBe(request.deadlineIfApproved)
    const after = listExtensionRequests(sim.candidateOrders(period), period, sim.kpiContext()).find(
      (r) => r.event.id === request.event.id,
    )
    expect(after).toMatchObject({
      status: 'approved',
      decidedBy: '王建国',
      decisionNote: '同意',
      decidedAt: now,
    })
    expect(
      conflictOf(() =>
        sim.decideRequest(request.order.id, request.event.id, { decision: 'rejected', by: 'x' }),
      ),
    ).toBe('conflict')
  })

  it('a rejection keeps the deadline', () => {
    const sim = fresh()
    const request = pendingExtension(sim)
    sim.decideRequest(request.order.id, request.event.id, {
      decision: 'rejected',
      by: '王建国',
      note: '理由不足',
    })
    const stage = sim.view(request.order).stages.find((s) => s.code === request.stage)
    expect(stage?.deadlineAt).toBe(request.deadlineAt)
  })

  it('names its order in its id', () => {
    expect(orderIdOfEvent('RZ-20261101-0042-E1')).toBe('RZ-20261101-0042')
    expect(orderIdOfEvent('RZ-20261101-0042')).toBeNull()
    expect(orderIdOfEvent('nonsense')).toBeNull()
  })
})

describe('what awaits a decision', () => {
  // The API lists the pending ones from the open orders alone (approval-handlers.ts): none may be
  // missing, in a scenario whose unit falls weeks behind either.
  it.each(['calibrated', 'backlog'] as const)(
    'belongs to an order that may still be open (%s)',
    { timeout: 30_000 },
    (scenario) => {
      const sim = createSimulator({ seed: 7, now: () => now, scenario })
      const ctx = sim.kpiContext()
      const today = chinaDayOf(now)
      const pending: DecisionFilters = { from: addDays(today, -400), to: today, status: 'pending' }
      const everywhere = sim.candidateOrders(pending)
      const open = sim.openOrders()
      expect(open.length).toBeLessThan(everywhere.length / 2)
      const ids = (items: readonly { event: { id: string } }[]) => items.map((item) => item.event.id)
      const requests = ids(listExtensionRequests(everywhere, pending, ctx))
      const returns = ids(listReturnedTickets(everywhere, pending, ctx))
      expect(requests.length).toBeGreaterThan(0)
      expect(returns.length).toBeGreaterThan(0)
      expect(ids(listExtensionRequests(open, pending, ctx))).toEqual(requests)
      expect(ids(listReturnedTickets(open, pending, ctx))).toEqual(returns)
    },
  )
})

describe('returned tickets', () => {
  it('lists returns newest first; the model re-dispatches them (approved) unless pending', () => {
    const sim = fresh()
    const all = listReturnedTickets(sim.candidateOrders(period), period, sim.kpiContext())
    expect(all.length).toBeGreaterThan(20)
    for (let i = 1; i < all.length; i++) {
      expect(all[i - 1]!.event.returnedAt).toBeGreaterThanOrEqual(all[i]!.event.returnedAt)
    }
    for (const ticket of all) {
      expect(ticket.status === 'approved').toBe(ticket.event.redispatchedAt <= now)
      expect(ticket.toUnit).toBe(ticket.status === 'approved' ? ticket.event.toUnit : null)
      expect(ticket.onTime).toBe(ticket.event.returnedAt < ticket.event.returnDeadlineAt)
    }
  })

  it('an approval re-dispatches to the chosen unit: every answer sees the new unit and deadlines', () => {
    const sim = fresh()
    const ticket = pendingReturn(sim)
    const { order, event } = ticket
    const toUnit = UNIT_CODES.find((u) => u !== event.fromUnit && u !== order.unit)!
    const before = sim.view(order).stages.find((s) => s.code === 'signed')!.deadlineAt!
    sim.decideRequest(order.id, event.id, { decision: 'approved', by: '王建国', toUnit })
    const after = sim.findOrder(order.id)!
    expect(after.unit).toBe(toUnit)
    const day = chinaDayOf(order.receivedAt)
    expect(sim.listOrders({ from: day, to: day, unit: toUnit }).map((o) => o.id)).toContain(order.id)
    expect(sim.listOrders({ from: day, to: day, unit: order.unit }).map((o) => o.id)).not.toContain(order.id)
    // The new unit's limits count from the decision (the model would have re-dispatched later).
    const moved = workingDaysBetween(chinaDayOf(event.redispatchedAt), chinaDayOf(now))
    const signed = sim.view(after).stages.find((s) => s.code === 'signed')!.deadlineAt!
    expect(moved <= 0).toBe(true)
    if (moved === 0) expect(signed).toBe(before)
    else expect(signed).toBeLessThan(before)
    const shown = sim.view(after).events.find((e) => e.id === event.id) as ReturnEvent
    expect(shown).toMatchObject({ toUnit, redispatchedAt: now })
    const listed = listReturnedTickets(sim.candidateOrders(period), period, sim.kpiContext()).find(
      (t) => t.event.id === event.id,
    )
    expect(listed).toMatchObject({ status: 'approved', toUnit, decidedBy: '王建国' })
    expect(
      conflictOf(() => sim.decideRequest(order.id, event.id, { decision: 'approved', by: 'x', toUnit })),
    ).toBe('conflict')
  })

  it('a rejection keeps the item with the returning unit, never re-dispatched', () => {
    const sim = fresh()
    const { order, event } = pendingReturn(sim)
    expect(
      conflictOf(() =>
        sim.decideRequest(order.id, event.id, { decision: 'approved', by: 'x', toUnit: event.fromUnit }),
      ),
    ).toBe('invalid')
    sim.decideRequest(order.id, event.id, { decision: 'rejected', by: '王建国', note: '属本单位职责' })
    const after = sim.findOrder(order.id)!
    expect(after.unit).toBe(event.fromUnit)
    const shown = sim.view(after).events.find((e) => e.id === event.id)
    expect(shown).toMatchObject({ type: 'return', redispatchedAt: null })
    // The limits count from the first dispatch again, as if it had never been returned.
    const back = workingDaysBetween(
      chinaDayOf(event.redispatchedAt),
      chinaDayOf(order.stages.dispatched!.completedAt!),
    )
    const signed = sim.view(after).stages.find((s) => s.code === 'signed')!.deadlineAt!
    expect(signed).toBe(sim.kpiContext().shift(order.stages.signed!.deadlineAt!, back))
    const listed = listReturnedTickets(
      sim.candidateOrders(period),
      { ...period, status: 'rejected' },
      sim.kpiContext(),
    )
    expect(listed.map((t) => [t.event.id, t.decisionNote])).toEqual([[event.id, '属本单位职责']])
  })

  it('survives an export and import of the overlay (a reload of the demo)', () => {
    const sim = fresh()
    const { order, event } = pendingReturn(sim)
    const toUnit = UNIT_CODES.find((u) => u !== event.fromUnit && u !== order.unit)!
    sim.decideRequest(order.id, event.id, { decision: 'approved', by: '王建国', toUnit })
    const reloaded = fresh()
    reloaded.importOverlay(
      JSON.parse(JSON.stringify(sim.exportOverlay())) as ReturnType<Simulator['exportOverlay']>,
    )
    expect(reloaded.findOrder(order.id)?.unit).toBe(toUnit)
    expect(reloaded.view(reloaded.findOrder(order.id)!)).toEqual(sim.view(sim.findOrder(order.id)!))
  })

  it('leaves orders without a user decision untouched (the same object)', () => {
    const sim = fresh()
    const { order } = pendingReturn(sim)
    const shift = sim.kpiContext().shift
    expect(withReturnDecisions(order, undefined, now, shift)).toBe(order)
    expect(withReturnDecisions(order, { reminders: [], supervisions: [], decisions: [] }, now, shift)).toBe(
      order,
    )
  })
})
