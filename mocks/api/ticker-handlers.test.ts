// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { expectMatchesSpec } from '../../tests/contract/openapi-contract'
import { addDays, parseIsoInstant } from '../sim/china-time'
import { orderText } from '../sim/order-text'
import { createApiState } from './api-state'
import { deskTestApi } from './desk-test-api'

const NOW = parseIsoInstant('2026-11-28T20:00:00+08:00')

interface TickerBody {
  items: {
    receivedAt: string
    kind: string
    channel: string
    category: string
    district: string | null
    stage: string
  }[]
}

describe('GET /ticker', () => {
  it('shows the latest items, newest first, with codes and times only (hostile text never reaches it)', async () => {
    const state = createApiState({ now: () => NOW, scenario: 'hostile-text' })
    const api = deskTestApi(state)
    await api.signIn('wall')
    const response = await api.call('/ticker?limit=50')
    const text = await response.clone().text()
    const body = (await expectMatchesSpec('GET', '/ticker', 200, response)) as TickerBody
    expect(body.items).toHaveLength(50)
    for (const item of body.items)
      expect(Object.keys(item).sort()).toEqual([
        'category',
        'channel',
        'district',
        'kind',
        'receivedAt',
        'stage',
      ])
    const times = body.items.map((item) => parseIsoInstant(item.receivedAt))
    expect([...times].sort((a, b) => b - a)).toEqual(times)
    expect(times[0]).toBeLessThanOrEqual(NOW)
    // The latest items are the simulator's latest.
    const today = state.simulator.ordersReceivedOn('2026-11-28')
    expect(times[0]).toBe(today[today.length - 1]?.receivedAt)
    // No free text, no names, no phone numbers in the answer.
    for (const order of today.slice(-50)) {
      const { summary, businessName, contact } = orderText(order)
      // Hostile values as short as `-2` or `NaN` occur in any JSON by chance (`-28T`): the check
      // is for texts long enough to be the item's own.
      for (const secret of [summary, businessName, contact.name, contact.phone].filter((t) => t.length > 5))
        expect(text).not.toContain(secret)
    }
    expect(text).not.toMatch(/<|\d{11}/)
  })

  it('defaults to 20 items, takes a limit from 1 to 50, answers every role', async () => {
    const state = createApiState({ now: () => NOW })
    for (const role of ['director', 'staff'] as const) {
      const api = deskTestApi(state)
      await api.signIn(role)
      const body = (await expectMatchesSpec('GET', '/ticker', 200, await api.call('/ticker'))) as TickerBody
      expect(body.items).toHaveLength(20)
    }
    const api = deskTestApi(state)
    await expectMatchesSpec('GET', '/ticker', 401, await api.call('/ticker'))
    await api.signIn('wall')
    for (const limit of ['0', '51', 'x', '1e1'])
      await expectMatchesSpec('GET', '/ticker', 400, await api.call(`/ticker?limit=${limit}`))
    const one = (await (await api.call('/ticker?limit=1')).json()) as TickerBody
    expect(one.items).toHaveLength(1)
  })

  it('names a district only beside a category it sent 3 or more items of in the last 7 days, and gives each item its stage', async () => {
    const state = createApiState({ now: () => NOW })
    const api = deskTestApi(state)
    await api.signIn('wall')
    const body = (await (await api.call('/ticker?limit=50')).json()) as TickerBody
    const counts = new Map<string, number>()
    for (let back = 0; back < 7; back++)
      for (const order of state.simulator.ordersReceivedOn(addDays('2026-11-28', -back)))
        counts.set(
          `${order.category}|${order.district}`,
          (counts.get(`${order.category}|${order.district}`) ?? 0) + 1,
        )
    const latest = [...state.simulator.ordersReceivedOn('2026-11-28')].reverse()
    let suppressed = 0
    body.items.forEach((item, i) => {
      const order = latest[i]
      expect(order && parseIsoInstant(item.receivedAt)).toBe(order?.receivedAt)
      const count = counts.get(`${order?.category}|${order?.district}`) ?? 0
      expect(item.district).toBe(count >= 3 ? order?.district : null)
      if (item.district === null) suppressed++
      expect(item.stage).toMatch(
        /^(received|dispatched|signed|accepted|verified|answered|mediated|closed|replied|followUp)$/,
      )
    })
    expect(suppressed).toBeLessThan(body.items.length / 2)

    // A rare pair: an item whose category came fewer than 3 times from its district that week.
    // At the moment it arrives it leads the ticker, without its district.
    const week = Array.from({ length: 7 }, (_, back) => [
      ...state.simulator.ordersReceivedOn(addDays('2026-11-28', -back)),
    ]).flat()
    const rare = week.find((order) => (counts.get(`${order.category}|${order.district}`) ?? 0) < 3)
    expect(rare).toBeDefined()
    const then = deskTestApi(createApiState({ now: () => rare?.receivedAt ?? NOW }))
    await then.signIn('wall')
    const first = ((await (await then.call('/ticker?limit=1')).json()) as TickerBody).items[0]
    expect(first).toMatchObject({ category: rare?.category, district: null })
  })

  it('is empty in the empty city', async () => {
    const api = deskTestApi(createApiState({ now: () => NOW, scenario: 'empty' }))
    await api.signIn('wall')
    expect(((await (await api.call('/ticker')).json()) as TickerBody).items).toEqual([])
  })
})
