// @vitest-environment node
import { beforeEach, describe, expect, it } from 'vitest'
import { expectMatchesSpec } from '../../tests/contract/openapi-contract'
import { parseIsoInstant } from '../sim/china-time'
import { createApiState, type ApiState } from './api-state'
import { deskTestApi } from './desk-test-api'

const NOW = parseIsoInstant('2026-11-28T20:00:00+08:00')
const LIST = '/reports/{reportType}'

interface Item {
  period: string
  status: string
  publicationDeadlineAt: string
  publishedAt: string | null
  publishedBy: string | null
  onTime: boolean | null
}
interface ListBody {
  from: string
  to: string
  items: Item[]
}

const state: ApiState = createApiState({ now: () => NOW })
beforeEach(() => state.deskRecords.clear())

async function director() {
  const api = deskTestApi(state)
  await api.signIn('director')
  return api
}

describe('GET /reports/{reportType}', () => {
  it('lists the last year of monthly reports newest first, each as its own report says', async () => {
    const api = await director()
    const list = (await expectMatchesSpec('GET', LIST, 200, await api.call('/reports/monthly'))) as ListBody
    expect(list).toMatchObject({ from: '2025-11-28', to: '2026-11-28' })
    // Months whose last day is in the range: November 2025 (ends on the 30th) to October 2026.
    expect(list.items.map((item) => item.period)).toEqual(
      Array.from({ length: 10 }, (_, i) => `2026-${String(10 - i).padStart(2, '0')}`).concat(
        '2025-12',
        '2025-11',
      ),
    )
    for (const item of list.items.slice(0, 3)) {
      const report = (await (await api.call(`/reports/monthly/${item.period}`)).json()) as Item
      expect(item).toMatchObject({
        status: report.status,
        publicationDeadlineAt: report.publicationDeadlineAt,
        publishedAt: report.publishedAt,
        publishedBy: report.publishedBy,
        onTime: report.onTime,
      })
    }
  })

  it("shows a director's publication and a period still inside its window", async () => {
    const api = await director()
    const before = (await (await api.call('/reports/daily?from=2026-11-26&to=2026-11-28')).json()) as ListBody
    expect(before.items.map((item) => [item.period, item.status, item.onTime])).toEqual([
      ['2026-11-28', 'open', null],
      ['2026-11-27', 'draft', null],
      ['2026-11-26', expect.any(String), expect.anything()],
    ])
    await api.post('/reports/daily/2026-11-27/publish', { key: 'list-publish-aaaa' })
    const after = (await (await api.call('/reports/daily?from=2026-11-27&to=2026-11-27')).json()) as ListBody
    expect(after.items[0]).toMatchObject({ status: 'published', publishedBy: '王建国', onTime: true })
  })

  it('names bad input (400): type, one-sided range, reversed or too long range, unknown parameter', async () => {
    const api = await director()
    for (const [path, parameter] of [
      ['/reports/weekly', 'reportType'],
      ['/reports/monthly?from=2026-01-01', 'to'],
      ['/reports/monthly?from=2026-10-01&to=2026-01-01', 'from'],
      ['/reports/daily?from=2026-01-01&to=2026-11-01', 'to'],
      ['/reports/monthly?limit=3', 'limit'],
    ] as const) {
      const problem = (await expectMatchesSpec('GET', LIST, 400, await api.call(path))) as {
        errors: { parameter: string }[]
      }
      expect(problem.errors.map((e) => e.parameter)).toContain(parameter)
    }
  })

  it('leaves out periods before 2004 and periods not started', async () => {
    const api = await director()
    const old = (await (
      await api.call('/reports/quarterly?from=2002-01-01&to=2004-06-30')
    ).json()) as ListBody
    expect(old.items.map((item) => item.period)).toEqual(['2004-Q2', '2004-Q1'])
    const ahead = (await (
      await api.call('/reports/monthly?from=2026-11-01&to=2027-03-31')
    ).json()) as ListBody
    expect(ahead.items.map((item) => item.period)).toEqual(['2026-11'])
  })
})
