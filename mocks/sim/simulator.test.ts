import { describe, expect, it } from 'vitest'
import { parseIsoInstant, MS_PER_HOUR, MS_PER_DAY } from './china-time'
import { createSimulator, SimulatorError } from './simulator'
import type { ExtensionView } from './work-order'

function clock(iso: string): {
  now: () => number
  set: (iso: string) => void
  advance: (ms: number) => void
} {
  let t = parseIsoInstant(iso)
  return {
    now: () => t,
    set: (next) => {
      t = parseIsoInstant(next)
    },
    advance: (ms) => {
      t += ms
    },
  }
}

describe('createSimulator', () => {
  it('shows only what exists at the clock, and lives as the clock advances', () => {
    const c = clock('2026-03-16T10:00:00+08:00')
    const sim = createSimulator({ seed: 1, now: c.now })
    const morning = sim.ordersReceivedOn('2026-03-16')
    expect(morning.every((o) => o.receivedAt <= c.now())).toBe(true)
    expect(sim.ordersReceivedOn('2026-03-17')).toEqual([])
    c.set('2026-03-16T23:59:59+08:00')
    const evening = sim.ordersReceivedOn('2026-03-16')
    expect(evening.length).toBeGreaterThan(morning.length)
    expect(evening.slice(0, morning.length)).toEqual(morning)
    // A late-night item does not exist before it arrives.
    const last = evening[evening.length - 1]!
    c.set('2026-03-16T10:00:00+08:00')
    expect(sim.findOrder(last.id)).toBeNull()
  })

  it('hides stage completions after the clock', () => {
    const c = clock('2026-05-06T09:00:00+08:00')
    const sim = createSimulator({ seed: 2, now: c.now })
    const complaint = sim.ordersReceivedOn('2026-04-30').find((o) => o.kind === 'complaint')!
    const acceptedAt = complaint.stages.accepted!.completedAt!
    c.set('2026-04-30T23:59:59+08:00')
    if (acceptedAt > c.now()) {
      const before = sim.view(complaint).stages.find((s) => s.code === 'accepted')!
      expect(before.completedAt).toBeNull()
    }
    const closedAt = complaint.stages.closed!.completedAt!
    c.set('2026-04-30T23:59:59+08:00')
    expect(sim.view(complaint).closed).toBe(closedAt <= c.now())
    expect(sim.view(complaint).outcome === null).toBe(closedAt > c.now())
    c.set('2027-06-30T12:00:00+08:00')
    const after = sim.view(complaint)
    expect(after.closed).toBe(true)
    expect(after.stages.find((s) => s.code === 'accepted')!.completedAt).toBe(acceptedAt)
    expect(after.contact.phone).toMatch(/^\d{3}\*{4}\d{4}$/)
    expect(sim.view(complaint, { revealContact: true }).contact.phone).toMatch(/^\d{11}$/)
  })

  it('crosses 2026 → 2027 and China midnight', () => {
    const c = clock('2026-12-31T23:30:00+08:00')
    const sim = createSimulator({ seed: 3, now: c.now })
    expect(sim.ordersReceivedOn('2027-01-01')).toEqual([])
    c.advance(MS_PER_HOUR)
    expect(sim.ordersInRange('2026-12-31', '2027-01-01').length).toBeGreaterThanOrEqual(
      sim.ordersReceivedOn('2026-12-31').length,
    )
    const summary = sim.summary({ from: '2026-12-01', to: '2027-01-01' })
    expect(summary.asOf).toBe(c.now())
  })

  it('stores user actions on top and shows them in every later answer', () => {
    const c = clock('2026-06-10T10:00:00+08:00')
    const sim = createSimulator({ seed: 4, now: c.now })
    const order = sim.ordersReceivedOn('2026-06-09')[0]!
    const reminder = sim.addReminder(order.id, { method: 'phone', note: '请尽快办理', by: 'director-1' })
    const supervision = sim.openSupervision(order.id, { by: 'director-1', note: '督办' })
    c.advance(MS_PER_HOUR)
    const view = sim.view(order)
    expect(view.reminders.map((r) => r.id)).toContain(reminder.id)
    expect(view.supervisions.find((s) => s.id === supervision.id)?.closedAt).toBeNull()
    const closed = sim.closeSupervision(order.id, supervision.id)
    expect(closed.closedAt).toBe(c.now())
    expect(() => sim.closeSupervision(order.id, supervision.id)).toThrow(SimulatorError)
    // Survives an export / import round trip (persistence across reloads comes later).
    const snapshot = sim.exportOverlay()
    const other = createSimulator({ seed: 4, now: c.now })
    other.importOverlay(JSON.parse(JSON.stringify(snapshot)) as typeof snapshot)
    expect(other.view(order)).toEqual(sim.view(order))
    expect(() => sim.addReminder('RZ-20990101-0001', { method: 'platform', note: '', by: 'x' })).toThrow(
      SimulatorError,
    )
  })

  it('lets a director decide a pending extension, which moves the deadline', () => {
    const c = clock('2026-09-01T12:00:00+08:00')
    const sim = createSimulator({ seed: 5, now: c.now })
    const candidates = sim
      .ordersInRange('2026-08-01', '2026-08-31')
      .filter((o) => o.events.some((e) => e.type === 'extension'))
    expect(candidates.length).toBeGreaterThan(0)
    const order = candidates[0]!
    const event = order.events.find((e) => e.type === 'extension')!
    // A clock between the request and the model's own decision (at least 30 minutes later).
    const at = event.requestedAt + 1000
    const t = { now: () => at }
    const pending = createSimulator({ seed: 5, now: t.now })
    const beforeView = pending.view(order)
    const shown = beforeView.events.find((e) => e.id === event.id) as ExtensionView
    expect(shown.status).toBe('requested')
    const base = beforeView.stages.find((s) => s.code === 'closed')!.deadlineAt!
    expect(
      pending.pendingExtensions({ from: '2026-08-01', to: '2026-08-31' }).map((p) => p.event.id),
    ).toContain(event.id)
    pending.decideExtension(order.id, event.id, 'approved', 'director-1')
    const approved = pending.view(order)
    expect((approved.events.find((e) => e.id === event.id) as ExtensionView).status).toBe('approved')
    const moved = approved.stages.find((s) => s.code === 'closed')!.deadlineAt!
    expect(moved - base).toBeGreaterThanOrEqual(event.extraWorkingDays * MS_PER_DAY)
    expect(() => pending.decideExtension(order.id, event.id, 'rejected', 'director-1')).toThrow(
      SimulatorError,
    )
  })

  it('gives the same summary in any process time zone', () => {
    const original = process.env.TZ
    try {
      const results = ['UTC', 'America/New_York', 'Asia/Shanghai'].map((tz) => {
        process.env.TZ = tz
        const sim = createSimulator({ seed: 6, now: () => parseIsoInstant('2026-11-28T20:03:00+08:00') })
        return JSON.stringify(sim.summary({ from: '2026-10-01', to: '2026-11-28' }))
      })
      expect(new Set(results).size).toBe(1)
    } finally {
      process.env.TZ = original
    }
  })

  it('answers a one-year summary cold, then warm (measured)', () => {
    const now = parseIsoInstant('2026-11-28T20:03:00+08:00')
    const sim = createSimulator({ seed: 8, now: () => now })
    const year = { from: '2025-11-29', to: '2026-11-28' }
    let started = performance.now()
    const cold = sim.summary(year)
    const coldMs = performance.now() - started
    started = performance.now()
    const warm = sim.summary(year)
    const warmMs = performance.now() - started
    console.info(`one-year summary: cold ${coldMs.toFixed(0)} ms, warm ${warmMs.toFixed(1)} ms`)
    expect(warm).toEqual(cold)
    // Loose bounds for a loaded CI machine; the bench (later) holds the real targets.
    expect(coldMs).toBeLessThan(6000)
  })
})
