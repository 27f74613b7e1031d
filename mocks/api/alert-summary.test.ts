// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { expectMatchesSpec } from '../../tests/contract/openapi-contract'
import { parseIsoInstant } from '../sim/china-time'
import { createApiState, type ApiState } from './api-state'
import { businessCells } from './alert-summary'
import { deskTestApi } from './desk-test-api'

const NOW = parseIsoInstant('2026-11-28T20:00:00+08:00')

interface Page<T> {
  asOf: string
  items: T[]
  total: number
  nextCursor: string | null
}
interface AlertBody {
  id: string
  type: string
  status: string
  workOrderIds: string[]
  itemCount: number
  acknowledgedBy: string | null
  plan: { code: string; activatedBy: string; note: string } | null
}
interface SummaryBody {
  id: string
  type: string
  status: string
  itemCount: number
  category: string | null
  planCode: string | null
  resolvedAt: string | null
  businesses: { name: string; count: number }[]
}

/** What the wall may get, and nothing else: codes, times, counts and well-filled business cells. */
const summaryKeys = [
  'acknowledgedAt',
  'businesses',
  'category',
  'deadlineAt',
  'district',
  'id',
  'itemCount',
  'planActivatedAt',
  'planCode',
  'raisedAt',
  'resolvedAt',
  'spike',
  'status',
  'type',
  'unit',
]
const alertKeys = [
  'acknowledgedAt',
  'acknowledgedBy',
  'deadlineAt',
  'history',
  'id',
  'itemCount',
  'plan',
  'raisedAt',
  'resolution',
  'resolvedAt',
  'resolvedBy',
  'spike',
  'status',
  'type',
  'unit',
  'workOrderIds',
]

const state: ApiState = createApiState({ now: () => NOW, scenario: 'tourism-surge' })
beforeEach(() => state.deskRecords.clear())

async function signedIn(role: 'director' | 'staff' | 'wall') {
  const api = deskTestApi(state)
  await api.signIn(role)
  return api
}

async function get<T>(api: Awaited<ReturnType<typeof signedIn>>, path: string, template: string) {
  return (await expectMatchesSpec('GET', template, 200, await api.call(path))) as Page<T>
}

describe('businessCells (the small-cell rule)', () => {
  it('names a business only when 3 or more items name it, the most named first', () => {
    const names = ['甲店', '乙店', '乙店', '丙店', '丙店', '丙店', '丁店', '丁店', '丁店', '丁店']
    expect(businessCells(names)).toEqual([
      { name: '丁店', count: 4 },
      { name: '丙店', count: 3 },
    ])
    expect(businessCells(['甲店', '甲店'])).toEqual([])
    expect(businessCells([])).toEqual([])
  })

  it('keeps at most 3, ties by name, and masks phone and ID digits', () => {
    const names = ['d', 'c', 'b', 'a'].flatMap((name) => [name, name, name])
    expect(businessCells(names).map((cell) => cell.name)).toEqual(['a', 'b', 'c'])
    const phone = Array<string>(3).fill('海韵商行 13812345678')
    expect(businessCells(phone)).toEqual([{ name: '海韵商行 ***********', count: 3 }])
  })
})

describe('GET /alert-summaries', () => {
  it('gives the wall the open surge, with codes and counts and nothing that identifies anyone', async () => {
    // A director acknowledges one alert and sends a task force with a note naming its lead.
    const director = await signedIn('director')
    const spike = (await get<AlertBody>(director, '/alerts?type=spike&status=open', '/alerts')).items[0]
    expect(spike).toBeDefined()
    const note = '专班组长张伟 13812345678 进驻一线'
    const activated = await director.post(`/alerts/${spike?.id}/activate-plan`, {
      body: { plan: 'taskForce', lead: '李海燕', note },
      key: 'summary-plan-0001',
    })
    expect(activated.status).toBe(200)
    const resolved = await director.post(`/alerts/${spike?.id}/resolve`, {
      body: { note: '专班约谈景区，退款 12 起' },
      key: 'summary-resolve-01',
    })
    expect(resolved.status).toBe(200)

    const wall = await signedIn('wall')
    const response = await wall.call('/alert-summaries')
    const text = await response.clone().text()
    const page = (await expectMatchesSpec('GET', '/alert-summaries', 200, response)) as Page<SummaryBody>
    expect(page.items.length).toBeGreaterThan(0)
    for (const item of page.items) expect(Object.keys(item).sort()).toEqual(summaryKeys)
    const surge = page.items.find((item) => item.id === spike?.id)
    expect(surge).toMatchObject({ type: 'spike', status: 'resolved', planCode: 'taskForce' })
    expect(surge?.resolvedAt).toMatch(/\+08:00$/)
    expect(['tourism', 'cateringLodging']).toContain(surge?.category)

    // Nothing withheld reaches the wall: no work-order id, no note, no name of a person.
    expect(text).not.toMatch(/RZ-\d{8}-\d{4}/)
    expect(text).not.toContain('张伟')
    expect(text).not.toContain('13812345678')
    expect(text).not.toContain('王建国')
    expect(text).not.toContain('李海燕')
    expect(text).not.toContain('退款')
    expect(text).not.toMatch(/workOrderIds|acknowledgedBy|activatedBy|resolvedBy|history|"lead"|"note"/)
  })

  it('applies the small-cell rule to business names', async () => {
    const wall = await signedIn('wall')
    const page = await get<SummaryBody>(wall, '/alert-summaries', '/alert-summaries')
    for (const item of page.items) {
      for (const business of item.businesses) expect(business.count).toBeGreaterThanOrEqual(3)
      if (item.itemCount < 3) expect(item.businesses).toEqual([])
    }
    // The surge is large enough for some businesses to be named three times or more.
    const named = page.items.filter((item) => item.type === 'spike' && item.businesses.length > 0)
    expect(named.length).toBeGreaterThan(0)
  })

  it('lists the same alerts as GET /alerts, in the same order, for the wall and the director', async () => {
    const director = await signedIn('director')
    const full = await get<AlertBody>(director, '/alerts?status=open', '/alerts')
    const wall = await signedIn('wall')
    const summaries = await get<SummaryBody>(wall, '/alert-summaries?status=open', '/alert-summaries')
    expect(summaries.items.map((item) => item.id)).toEqual(full.items.map((item) => item.id))
    expect(summaries.total).toBe(full.total)
    const cards = full.items.filter((item) => item.type !== 'spike')
    for (const card of cards) {
      expect(summaries.items.find((item) => item.id === card.id)?.itemCount).toBe(card.itemCount)
    }
  })

  it('leaves the director and staff answers of GET /alerts as they were', async () => {
    const director = await signedIn('director')
    const spike = (await get<AlertBody>(director, '/alerts?type=spike&status=open', '/alerts')).items[0]
    await director.post(`/alerts/${spike?.id}/activate-plan`, {
      body: { plan: 'taskForce', lead: '李海燕', note: '旅游专班' },
      key: 'summary-plan-0002',
    })
    const full = await get<AlertBody>(director, '/alerts', '/alerts')
    for (const item of full.items) expect(Object.keys(item).sort()).toEqual(alertKeys)
    expect(full.items.find((item) => item.id === spike?.id)?.plan).toMatchObject({
      activatedBy: '王建国',
      lead: '李海燕',
      note: '旅游专班',
    })
    expect(full.items.some((item) => item.workOrderIds.length > 0)).toBe(true)

    const staff = await signedIn('staff')
    const own = await get<AlertBody>(staff, '/alerts', '/alerts')
    for (const item of own.items) expect(Object.keys(item).sort()).toEqual(alertKeys)
    const staffSummaries = await get<SummaryBody>(staff, '/alert-summaries', '/alert-summaries')
    expect(staffSummaries.items.map((item) => item.id)).toEqual(own.items.map((item) => item.id))
  })

  it('still refuses the wall the full alerts, and anyone signed out the summaries', async () => {
    const wall = await signedIn('wall')
    await expectMatchesSpec('GET', '/alerts', 403, await wall.call('/alerts'))
    const anonymous = deskTestApi(state)
    await expectMatchesSpec('GET', '/alert-summaries', 401, await anonymous.call('/alert-summaries'))
  })
})
