// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { expectMatchesSpec, expectProblem, schemaValidator } from './openapi-contract'

/** The harness itself: it must fail loudly, and readably, on each kind of mismatch. */

const json = (body: unknown, status = 200, contentType = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } })

const me = {
  id: 'u-director',
  name: '王建国',
  role: 'director',
  unit: null,
  permissions: ['readAggregates'],
  csrfToken: '0123456789abcdef0123456789abcdef',
}

describe('expectMatchesSpec', () => {
  it('accepts an answer the spec declares and returns its body', async () => {
    await expect(expectMatchesSpec('GET', '/me', 200, json(me))).resolves.toEqual(me)
  })

  it('names the field and the rule a body breaks', async () => {
    await expect(expectMatchesSpec('GET', '/me', 200, json({ ...me, role: 'mayor' }))).rejects.toThrow(
      /\/role: must be equal to one of the allowed values/,
    )
    const { csrfToken: _, ...withoutToken } = me
    await expect(expectMatchesSpec('GET', '/me', 200, json(withoutToken))).rejects.toThrow(/csrfToken/)
  })

  it('refuses a status the spec does not declare, another status than expected, a wrong content type', async () => {
    await expect(expectMatchesSpec('GET', '/me', 418, json(me, 418))).rejects.toThrow(/does not declare/)
    await expect(expectMatchesSpec('GET', '/me', 200, json(me, 201))).rejects.toThrow(/expected status 200/)
    await expect(expectMatchesSpec('GET', '/me', 200, json(me, 200, 'text/plain'))).rejects.toThrow(
      /content type/,
    )
  })

  it('matches 5xx answers to the spec`s 5XX range, as problem+json', async () => {
    const problem = {
      type: 'https://duban.example/problems/internal',
      title: 'Internal server error',
      status: 500,
    }
    await expect(
      expectMatchesSpec('GET', '/me', 500, json(problem, 500, 'application/problem+json')),
    ).resolves.toEqual(problem)
    await expect(expectMatchesSpec('GET', '/me', 500, json(problem, 500))).rejects.toThrow(/content type/)
  })

  it('refuses a body where the spec declares none', async () => {
    await expect(
      expectMatchesSpec('DELETE', '/session', 204, new Response(null, { status: 204 })),
    ).resolves.toBeUndefined()
    await expect(expectMatchesSpec('GET', '/nope', 200, json({}))).rejects.toThrow(/no operation/)
  })
})

describe('expectProblem and schemaValidator', () => {
  it('check a problem document against the Problem schema', async () => {
    const problem = { type: 'https://duban.example/problems/not-found', title: 'Not found', status: 404 }
    await expect(
      expectProblem(json(problem, 404, 'application/problem+json'), 404, 'not-found'),
    ).resolves.toEqual(problem)
    await expect(
      expectProblem(
        json({ ...problem, type: 'about:blank' }, 404, 'application/problem+json'),
        404,
        'not-found',
      ),
    ).rejects.toThrow(/\/type/)
    expect(schemaValidator('Problem')({ title: 'x' })).toBe(false)
  })
})
