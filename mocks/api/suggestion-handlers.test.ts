// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { expectMatchesSpec } from '../../tests/contract/openapi-contract'
import { createHandlers } from '../handlers'
import { server } from '../node'
import { parseIsoInstant } from '../sim/china-time'
import { createApiState } from './api-state'

/**
 * `GET /supervision-suggestions` in the backlog scenario (a unit falling behind: many overdue
 * items, some supervised already). One state serves the file; each test signs in at a host of its
 * own (MSW keeps one cookie jar per host).
 */
const now = parseIsoInstant('2026-11-20T10:00:00+08:00')
const state = createApiState({ seed: 7, now: () => now, scenario: 'backlog' })
let hostCount = 0

interface Summary {
  id: string
  district: string
  overdue: boolean
  atRisk: boolean
  supervised: boolean
  closed: boolean
  overdueSince: string | null
  dueAt: string | null
  reminderCount: number
}
interface Suggestion {
  workOrder: Summary
  overdueWorkingDays: number
}
interface Page<T> {
  items: T[]
  total: number
  nextCursor: string | null
}

async function api(username: 'director' | 'staff' = 'director') {
  server.use(...createHandlers({ state }))
  hostCount += 1
  const origin = `http://suggest-${hostCount}.duban.test`
  const call = (path: string, init: RequestInit = {}) => fetch(`${origin}/api/v1${path}`, init)
  const signedIn = await call('/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password: 'duban-demo' }),
  })
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string }
  const suggestions = async (query: Record<string, string> = {}) => {
    const response = await call(`/supervision-suggestions?${new URLSearchParams(query).toString()}`)
    return (await expectMatchesSpec('GET', '/supervision-suggestions', 200, response)) as Page<Suggestion>
  }
  const workOrders = async (query: Record<string, string>) => {
    const response = await call(`/work-orders?${new URLSearchParams({ ...query, limit: '500' }).toString()}`)
    return (await response.json()) as Page<Summary>
  }
  const supervise = (workOrderId: string) =>
    call('/escalations', {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        'X-CSRF-Token': csrfToken,
        'Idempotency-Key': `suggest-${hostCount}-${workOrderId}`,
      },
      body: JSON.stringify({ workOrderId, reason: 'overdue' }),
    })
  return { call, suggestions, workOrders, supervise }
}

/** Whether `a` may come before `b` by the contract's ranking. */
function ranksBefore(a: Suggestion, b: Suggestion): boolean {
  const [x, y] = [a.workOrder, b.workOrder]
  if (x.overdue !== y.overdue) return x.overdue
  const keys = x.overdue
    ? [
        b.overdueWorkingDays - a.overdueWorkingDays,
        y.reminderCount - x.reminderCount,
        parseIsoInstant(x.overdueSince!) - parseIsoInstant(y.overdueSince!),
      ]
    : [y.reminderCount - x.reminderCount, parseIsoInstant(x.dueAt!) - parseIsoInstant(y.dueAt!)]
  const decided = keys.find((key) => key !== 0)
  return decided === undefined ? x.id < y.id : decided < 0
}

describe('GET /supervision-suggestions', () => {
  it(
    'lists every overdue or at-risk item nobody supervises, ranked by lateness, then reminders',
    { timeout: 60_000 },
    async () => {
      const { suggestions, workOrders } = await api()
      const all = await suggestions({ limit: '500' })
      const overdue = await workOrders({ status: 'overdue' })
      const atRisk = await workOrders({ status: 'atRisk' })
      expect(overdue.nextCursor).toBeNull()
      expect(atRisk.nextCursor).toBeNull()
      const expected = [...overdue.items, ...atRisk.items].filter((item) => !item.supervised)
      expect(all.total).toBe(expected.length)
      expect(all.total).toBeGreaterThan(20)
      expect(new Set(all.items.map((s) => s.workOrder.id))).toEqual(new Set(expected.map((item) => item.id)))
      for (const { workOrder, overdueWorkingDays } of all.items) {
        expect(workOrder).toMatchObject({ closed: false, supervised: false })
        expect(workOrder.overdue || workOrder.atRisk).toBe(true)
        if (!workOrder.overdue) expect(overdueWorkingDays).toBe(0)
      }
      for (let i = 1; i < all.items.length; i++) {
        expect(ranksBefore(all.items[i - 1]!, all.items[i]!), all.items[i]!.workOrder.id).toBe(true)
      }
      // Both halves are there: the overdue lead, those at risk follow.
      expect(all.items[0]!.workOrder.overdue).toBe(true)
      expect(all.items.at(-1)!.workOrder.atRisk).toBe(true)
      // Some item was overdue for more than one working day, and ties fell to reminders.
      expect(all.items[0]!.overdueWorkingDays).toBeGreaterThan(1)

      const pages: string[] = []
      let cursor: string | null = null
      do {
        const page: Page<Suggestion> = await suggestions({ limit: '40', ...(cursor ? { cursor } : {}) })
        expect(page.total).toBe(all.total)
        pages.push(...page.items.map((s) => s.workOrder.id))
        cursor = page.nextCursor
      } while (cursor !== null)
      expect(pages).toEqual(all.items.map((s) => s.workOrder.id))

      const district = all.items[0]!.workOrder.district
      const ofDistrict = await suggestions({ district, limit: '500' })
      expect(ofDistrict.items.map((s) => s.workOrder.id)).toEqual(
        all.items.filter((s) => s.workOrder.district === district).map((s) => s.workOrder.id),
      )
    },
  )

  it('drops an item once it is put under supervision', { timeout: 30_000 }, async () => {
    const { suggestions, supervise } = await api()
    const before = await suggestions({ limit: '5' })
    const top = before.items[0]!.workOrder.id
    expect((await supervise(top)).status).toBe(201)
    const after = await suggestions({ limit: '5' })
    expect(after.total).toBe(before.total - 1)
    expect(after.items.map((s) => s.workOrder.id)).not.toContain(top)
    expect(after.items[0]!.workOrder.id).toBe(before.items[1]!.workOrder.id)
  })

  it('is for who may supervise: staff get 403; bad parameters get 400', async () => {
    const staff = await api('staff')
    const refused = await staff.call('/supervision-suggestions')
    await expectMatchesSpec('GET', '/supervision-suggestions', 403, refused)
    const director = await api()
    const bad = await director.call('/supervision-suggestions?unit=nowhere&limit=0')
    const problem = (await expectMatchesSpec('GET', '/supervision-suggestions', 400, bad)) as {
      errors: { parameter: string }[]
    }
    expect(problem.errors.map((e) => e.parameter).sort()).toEqual(['limit', 'unit'])
  })
})
