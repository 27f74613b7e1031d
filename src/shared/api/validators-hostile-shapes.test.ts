import { createApiState } from '@mocks/api/api-state'
import { createHandlers } from '@mocks/handlers'
import { server } from '@mocks/node'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import type { z } from 'zod/mini'
import { isApiError, type ApiError } from './api-error'
import { apiFetch } from './api-fetch'
import * as v from './validators.gen'

/**
 * The answers of the `hostile-text` city, then broken the way a careless backend breaks them:
 * `null` where the contract says string, and numbers sent as strings ("3", "1e309", "NaN", "-0",
 * "0x10"). Every such answer must come out of the validators as a validation error that names
 * the field (which a panel shows), never as data a component would read as a string or a number.
 */
const NOW = Date.parse('2026-11-28T20:00:00+08:00')

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

interface Endpoint {
  readonly path: string
  readonly schema: z.ZodMiniType
}

const ENDPOINTS: readonly Endpoint[] = [
  { path: '/work-orders?from=2026-11-27&to=2026-11-28&limit=30', schema: v.workOrderPageSchema },
  { path: '/kpis/summary?from=2026-11-01&to=2026-11-28&compare=previous', schema: v.kpiSummarySchema },
  { path: '/kpis/six-timely?from=2026-11-01&to=2026-11-28', schema: v.sixTimelySchema },
  { path: '/breakdowns/unit?metric=received&from=2026-11-01&to=2026-11-28', schema: v.breakdownSchema },
  { path: '/units', schema: v.unitListSchema },
  { path: '/alerts?limit=20', schema: v.alertPageSchema },
  { path: '/escalations?from=2026-01-01&to=2026-11-28&limit=20', schema: v.escalationPageSchema },
  {
    path: '/extension-requests?from=2026-10-01&to=2026-11-28&limit=20',
    schema: v.extensionRequestPageSchema,
  },
  { path: '/returned-tickets?from=2026-09-01&to=2026-11-28&limit=20', schema: v.returnedTicketPageSchema },
  { path: '/hotspots?from=2026-11-22&to=2026-11-28', schema: v.hotspotsSchema },
  { path: '/duty-roster?from=2026-11-27&to=2026-11-28', schema: v.dutyRosterSchema },
  { path: '/reports/monthly/2026-10', schema: v.reportSchema },
  { path: '/ticker?limit=5', schema: v.tickerSchema },
]

const answers = new Map<string, Json>()

async function answerOf(path: string): Promise<Json> {
  const known = answers.get(path)
  if (known !== undefined) return structuredClone(known)
  const response = await fetch(new URL(`/api/v1${path}`, document.baseURI))
  expect(response.status, path).toBe(200)
  const body = (await response.json()) as Json
  answers.set(path, body)
  return structuredClone(body)
}

beforeEach(async () => {
  server.use(...createHandlers({ state: createApiState({ now: () => NOW, scenario: 'hostile-text' }) }))
  await fetch(new URL('/api/v1/session', document.baseURI), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'director', password: 'duban-demo' }),
  })
})

type Path = (string | number)[]

/** Every leaf of one kind, one per field: the first item of each array stands for the rest. */
function leaves(value: Json, test: (leaf: Json) => boolean, path: Path = []): Path[] {
  if (Array.isArray(value)) return value.length === 0 ? [] : leaves(value[0] ?? null, test, [...path, 0])
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, test, [...path, key]))
  }
  return test(value) ? [path] : []
}

function replaced(value: Json, path: Path, by: Json): Json {
  if (path.length === 0) return by
  const [head, ...rest] = path
  const copy = structuredClone(value) as Record<string | number, Json>
  copy[head!] = replaced(copy[head!] ?? null, rest, by)
  return copy
}

/** Issue paths as apiFetch words them: `items.0.summary: …`. */
const issuePaths = (issues: readonly { path: PropertyKey[] }[]) => issues.map((i) => i.path.join('.'))

describe('the validators, fed the hostile city', () => {
  it.each(ENDPOINTS)(
    '$path: the hostile answer is valid data (hostile text is text)',
    async ({ path, schema }) => {
      const parsed = schema.safeParse(await answerOf(path))
      expect(parsed.success, JSON.stringify(parsed.error?.issues.slice(0, 3))).toBe(true)
    },
  )

  it.each(ENDPOINTS)(
    '$path: null in a string field is refused, naming the field',
    async ({ path, schema }) => {
      const answer = await answerOf(path)
      const strings = leaves(answer, (leaf) => typeof leaf === 'string')
      expect(strings.length).toBeGreaterThan(0)
      let refused = 0
      for (const at of strings) {
        const parsed = schema.safeParse(replaced(answer, at, null), { reportInput: true })
        // A field the contract makes nullable takes null: components are typed for it.
        if (parsed.success) continue
        refused += 1
        expect(
          issuePaths(parsed.error.issues).some((p) => p === at.join('.') || at.join('.').startsWith(p)),
        ).toBe(true)
      }
      expect(refused).toBeGreaterThan(0)
    },
  )

  it.each(ENDPOINTS)(
    '$path: a number sent as a string is refused, naming the field',
    async ({ path, schema }) => {
      const answer = await answerOf(path)
      const numbers = leaves(answer, (leaf) => typeof leaf === 'number')
      const hostileNumbers = (n: number) => [String(n), '1e309', 'NaN', '-0', '0x10']
      for (const at of numbers) {
        const original = at.reduce<Json>(
          (node, key) => (node as Record<string | number, Json>)[key] ?? null,
          answer,
        )
        for (const text of hostileNumbers(original as number)) {
          const parsed = schema.safeParse(replaced(answer, at, text), { reportInput: true })
          expect(parsed.success, `${at.join('.')} = ${JSON.stringify(text)}`).toBe(false)
          if (!parsed.success) expect(issuePaths(parsed.error.issues).join('\n')).toContain(at.join('.'))
        }
      }
    },
  )
})

describe('apiFetch, given a broken answer', () => {
  async function failureOf(path: string, body: Json, schema: z.ZodMiniType): Promise<ApiError> {
    const pathname = new URL(`/api/v1${path}`, 'http://x').pathname
    server.use(http.get(`*${pathname}`, () => HttpResponse.json(body)))
    const error = await apiFetch(path, { schema }).then(
      () => undefined,
      (reason: unknown) => reason,
    )
    if (!isApiError(error)) throw new Error(`expected an ApiError, got ${String(error)}`)
    return error
  }

  it('says which field came as null instead of a string', async () => {
    const page = (await answerOf(ENDPOINTS[0]!.path)) as { items: Record<string, Json>[] }
    page.items[0]!.summary = null
    const error = await failureOf(ENDPOINTS[0]!.path, page, v.workOrderPageSchema)
    expect(error.kind).toBe('validation')
    expect(error.issues).toContain('items.0.summary: string expected, got null')
  })

  it('says which figure came as a string instead of a number', async () => {
    const path = ENDPOINTS[1]!.path
    const summary = (await answerOf(path)) as { received: Record<string, Json>; recoveredFen: Json }
    summary.received.total = '1e309'
    summary.recoveredFen = 'NaN'
    const error = await failureOf(path, summary, v.kpiSummarySchema)
    expect(error.kind).toBe('validation')
    expect(error.issues).toEqual(
      expect.arrayContaining([
        'received.total: number expected, got string',
        'recoveredFen: number expected, got string',
      ]),
    )
  })

  it('says which unit name came as null (names reach every page)', async () => {
    const units = (await answerOf('/units')) as { items: Record<string, Json>[] }
    units.items[3]!.name = null
    const error = await failureOf('/units', units, v.unitListSchema)
    expect(error.issues).toContain('items.3.name: string expected, got null')
  })
})
