import { afterEach, describe, expect, it } from 'vitest'
import { deadlineAfterWorkingDays } from './calendar'
import { chinaDayOf, eachDay, MS_PER_DAY } from './china-time'
import { CALIBRATED_PARAMS, createDayGenerator } from './generate-day'
import { dueLookbackDays } from './kpis'
import { stageRecord } from './packed-stages'
import { scenarioParams } from './scenarios'
import { DEFAULT_TIME_LIMITS, resolveTimeLimits } from './time-limits'
import { STAGES_BY_KIND, type WorkOrder } from './work-order'

const config = { seed: 42, limits: DEFAULT_TIME_LIMITS, params: CALIBRATED_PARAMS }
const originalTz = process.env.TZ

afterEach(() => {
  process.env.TZ = originalTz
})

function clockStart(order: WorkOrder): number {
  const ret = order.events.find((e) => e.type === 'return')
  return ret?.type === 'return' ? ret.redispatchedAt : order.receivedAt
}

describe('generateDay', () => {
  // Generates the days up to both dates twice: seconds of work, more on a loaded machine.
  it(
    'is a pure function of (seed, day): same answers whatever was generated before',
    { timeout: 60_000 },
    () => {
      const a = createDayGenerator(config)
      const b = createDayGenerator(config)
      a.ordersOn('2024-07-01')
      const fromA = a.ordersOn('2024-03-15')
      const fromB = b.ordersOn('2024-03-15')
      expect(fromA.length).toBeGreaterThan(50)
      expect(fromB).toEqual(fromA)
      expect(createDayGenerator({ ...config, seed: 43 }).ordersOn('2024-03-15')).not.toEqual(fromA)
    },
  )

  it('gives the same orders in any process time zone', () => {
    const results = ['UTC', 'America/New_York', 'Asia/Shanghai', 'Pacific/Kiritimati'].map((tz) => {
      process.env.TZ = tz
      const generator = createDayGenerator(config)
      return JSON.stringify(['2026-02-14', '2026-12-31', '2027-01-04'].map((d) => generator.ordersOn(d)))
    })
    expect(new Set(results).size).toBe(1)
  })

  it('numbers orders in receipt order within their China day (midnight in China time)', () => {
    const orders = createDayGenerator(config).ordersOn('2026-12-31')
    orders.forEach((order, i) => {
      expect(order.id).toBe(`RZ-20261231-${String(i + 1).padStart(4, '0')}`)
      expect(chinaDayOf(order.receivedAt)).toBe('2026-12-31')
      if (i > 0) expect(order.receivedAt).toBeGreaterThanOrEqual(orders[i - 1]!.receivedAt)
    })
    // The hotline answers around the clock: some items arrive at night.
    expect(orders.some((o) => (o.receivedAt + 8 * 3_600_000) % MS_PER_DAY < 7 * 3_600_000)).toBe(true)
  })

  it('draws stages in order, against deadlines counted in working days', () => {
    const generator = createDayGenerator(config)
    const orders = eachDay('2026-12-01', '2026-12-31').flatMap((d) => generator.ordersOn(d))
    let returns = 0
    let extensions = 0
    let suspensions = 0
    for (const order of orders) {
      const times = STAGES_BY_KIND[order.kind]
        .filter((c) => c !== 'replied' && c !== 'followUp')
        .map((c) => order.stages[c]?.completedAt)
        .filter((t): t is number => typeof t === 'number')
      expect([...times].sort((x, y) => x - y)).toEqual(times)
      const accepted = order.stages.accepted
      if (accepted) {
        expect(accepted.deadlineAt).toBe(deadlineAfterWorkingDays(clockStart(order), 7))
      }
      const suspension = order.events.find((e) => e.type === 'suspension')
      if (suspension?.type === 'suspension' && accepted?.completedAt != null) {
        suspensions++
        expect(order.stages.closed?.deadlineAt).toBe(
          deadlineAfterWorkingDays(accepted.completedAt, 45 + suspension.workingDays),
        )
      }
      const ret = order.events.find((e) => e.type === 'return')
      if (ret?.type === 'return') {
        returns++
        expect(ret.redispatchedAt).toBeGreaterThan(ret.returnedAt)
        expect(ret.fromUnit).not.toBe(ret.toUnit)
      }
      const extension = order.events.find((e) => e.type === 'extension')
      if (extension?.type === 'extension' && order.channel === 'hotline12345') {
        extensions++
        const dispatched = ret?.type === 'return' ? ret.redispatchedAt : order.stages.dispatched!.completedAt!
        const extra = extension.decision === 'approved' ? 10 : 0
        expect(order.stages.closed?.deadlineAt).toBe(deadlineAfterWorkingDays(dispatched, 5 + extra))
      }
    }
    expect(returns).toBeGreaterThan(0)
    expect(extensions).toBeGreaterThan(0)
    expect(suspensions).toBeGreaterThan(0)
  })

  it('reaches deadlines in 2027 (an assumed calendar year) from late-2026 receipts', () => {
    const orders = createDayGenerator(config).ordersOn('2026-12-28')
    const complaint = orders.find((o) => o.kind === 'complaint')!
    expect(chinaDayOf(complaint.stages.accepted!.deadlineAt! - 1).startsWith('2027-')).toBe(true)
  })

  it('never sets a deadline or completes anything beyond the lookback the aggregates use', () => {
    const backlog = scenarioParams('backlog', Date.parse('2025-01-20T12:00:00+08:00'))
    const cases = [
      { limits: DEFAULT_TIME_LIMITS, params: CALIBRATED_PARAMS },
      { limits: resolveTimeLimits({ ruleSet: 'samr-order-121-2026' }), params: CALIBRATED_PARAMS },
      { limits: DEFAULT_TIME_LIMITS, params: backlog },
    ]
    for (const { limits, params } of cases) {
      const generator = createDayGenerator({ ...config, limits, params })
      const lookback = dueLookbackDays(limits, generator.lateWorkingDays) * MS_PER_DAY
      let longest = 0
      for (const day of eachDay('2024-11-01', '2025-02-28')) {
        for (const order of generator.ordersOn(day)) {
          // Deadlines (counted by due day), completions (closing and call days, open states)
          // and supervisions (timely supervision) all lie inside the lookback.
          for (const stage of Object.values(stageRecord(order.kind, order.stages))) {
            longest = Math.max(longest, (stage.deadlineAt ?? 0) - order.receivedAt)
            longest = Math.max(longest, (stage.completedAt ?? 0) - order.receivedAt)
          }
          for (const s of order.supervisions)
            longest = Math.max(longest, (s.closedAt ?? 0) - order.receivedAt)
        }
      }
      expect(longest).toBeGreaterThan(30 * MS_PER_DAY)
      expect(longest).toBeLessThan(lookback)
    }
  })

  it('generates a year cold fast enough to run lazily (measured)', () => {
    const generator = createDayGenerator({ ...config, seed: 7 })
    const started = performance.now()
    let count = 0
    for (const day of eachDay('2025-01-01', '2025-12-31')) count += generator.ordersOn(day).length
    const elapsed = performance.now() - started
    console.info(`one year cold: ${count} orders in ${elapsed.toFixed(0)} ms`)
    expect(count).toBeGreaterThan(50_000)
    // Generous bound for a loaded 2-core CI machine; the figure above is the measurement.
    expect(elapsed).toBeLessThan(8000)
  })
})
