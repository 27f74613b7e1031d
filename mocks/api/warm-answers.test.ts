// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { createApiState } from './api-state'
import { breakdownOf, kpiSummaryOf, ordersAt, sixTimelyOf } from './kpi-handlers'
import { matchingOrders, receiptWindow, type ListQuery } from './work-order-handlers'
import { computeTimeseries } from '../sim/timeseries'
import type { OrderFilters } from '../sim/kpis'
import type { Simulator } from '../sim/simulator'
import type { WorkOrder } from '../sim/work-order'

/**
 * Answers read from day tables and from what is kept between requests (day-table-lists.ts,
 * day-table-tallies.ts, kept-day-parts.ts, kpis.ts's period sums) must equal the answers of a
 * fresh simulator, which reads every order one by one, while the clock runs past stage changes
 * and midnight (tables are rebuilt, kept parts swapped).
 */
const SEED = 11
const half: OrderFilters = { from: '2026-05-29', to: '2026-11-28' }
const month: OrderFilters = { from: '2026-11-01', to: '2026-11-29' }
const ids = (orders: readonly WorkOrder[]) => orders.map((o) => o.id)
const NO_PARAMS: ListQuery = {
  status: undefined,
  from: undefined,
  to: undefined,
  district: undefined,
  channel: undefined,
  kind: undefined,
  category: undefined,
  unit: undefined,
  keyword: undefined,
  consumerAssociation: undefined,
  stage: undefined,
  dueFrom: undefined,
  dueTo: undefined,
  metric: undefined,
  outcome: undefined,
  sort: undefined,
  alert: undefined,
  limit: undefined,
  cursor: undefined,
}
const list = (s: Simulator, params: Partial<ListQuery>) =>
  matchingOrders(s, { ...NO_PARAMS, ...params }, null)

const answers: [string, (s: Simulator) => unknown][] = [
  ['summary previous', (s) => kpiSummaryOf(s, half, 'previous')],
  ['summary yearAgo', (s) => kpiSummaryOf(s, month, 'yearAgo')],
  ['six timely', (s) => sixTimelyOf(s, month)],
  ['breakdown unit closure', (s) => breakdownOf(s, 'unit', 'closure', half, 'previous')],
  ['breakdown channel recovered', (s) => breakdownOf(s, 'channel', 'recovered', month, undefined)],
  [
    'list, no period',
    (s) => {
      const m = list(s, {})
      return [m.orders.length, m.recoveredFen]
    },
  ],
  ['list overdue', (s) => ids(list(s, { status: 'overdue' }).orders)],
  ['list closed, one kind', (s) => ids(list(s, { ...month, status: 'closed', kind: 'report' }).orders)],
  [
    'list timelyReply late',
    (s) => {
      const m = list(s, { ...month, metric: 'timelyReply', outcome: 'late' })
      return [ids(m.orders), m.recoveredFen]
    },
  ],
  ...(['day', 'month'] as const).flatMap((interval) =>
    ([null, 'channel'] as const).flatMap((split) =>
      (['closure', 'recovered'] as const).map((metric): [string, (s: Simulator) => unknown] => [
        `timeseries ${interval} ${String(split)} ${metric}`,
        (s) => {
          const { ctx, orders } = ordersAt(s, month)
          return computeTimeseries({ orders, metric, interval, split, filters: month, ctx })
        },
      ]),
    ),
  ),
]

describe('warm answers', () => {
  it('equal a fresh simulator’s while the clock runs past midnight', () => {
    let now = Date.parse('2026-11-28T21:00:00+08:00')
    const warm = createApiState({ seed: SEED, now: () => now }).simulator
    for (let step = 0; step < 3; step++) {
      // Read twice first: tables are built from a day's second reading on.
      for (let k = 0; k < 2; k++) for (const [, answer] of answers) answer(warm)
      const fresh = createApiState({ seed: SEED, now: () => now }).simulator
      for (const [name, answer] of answers) {
        expect(JSON.stringify(answer(warm)), `${name} at step ${String(step)}`).toBe(
          JSON.stringify(answer(fresh)),
        )
      }
      now += 97 * 60_000
    }
  }, 120_000)
})

describe('receiptWindow', () => {
  it('pages like a full sort by receipt, ties in id order', () => {
    let seed = 1
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
    for (let trial = 0; trial < 100; trial++) {
      const n = Math.floor(random() * 40)
      const orders = Array.from({ length: n }, () => Math.floor(random() * 8))
        .sort((a, b) => a - b)
        .map((receivedAt, i) => ({ receivedAt, id: `RZ-${String(Math.floor(random() * 1000) + i * 1000)}` }))
        .map((o) => o as unknown as WorkOrder)
      for (const descending of [true, false]) {
        const full = orders.slice().sort((a, b) => {
          const byTime = descending ? b.receivedAt - a.receivedAt : a.receivedAt - b.receivedAt
          return byTime || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
        })
        for (let offset = 0; offset <= n; offset++) {
          for (const limit of [1, 3, 50]) {
            const end = Math.min(n, offset + limit)
            expect(ids(receiptWindow(orders, descending, offset, end))).toEqual(ids(full.slice(offset, end)))
          }
        }
      }
    }
  })
})
