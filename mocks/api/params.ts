import { z } from 'zod/mini'
import { decodeCursor, maxPageLimit } from './pagination'
import type { ParameterError, ParameterErrorCode } from './problem'

/**
 * Strict query-parameter parsing. Every endpoint declares the parameters it knows; anything
 * else is a 400 naming the parameter (a typo such as `distrct=` must not silently widen the
 * answer), and so is every malformed value. No parameter is ever defaulted from bad input.
 */

/** A query parameter's schema: it receives the raw string, or `undefined` when absent. */
export type ParamSchema = z.ZodMiniType<unknown, string | undefined>
export type ParamShape = Record<string, ParamSchema>
export type ParsedQuery<S extends ParamShape> = { [K in keyof S]: z.output<S[K]> }

export type QueryResult<S extends ParamShape> =
  { ok: true; value: ParsedQuery<S> } | { ok: false; errors: ParameterError[] }

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/

/** Whether 'YYYY-MM-DD' names a day that exists (no 2026-02-30), within the API's range. */
export function isRealDay(value: string): boolean {
  const match = dayPattern.exec(value)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (year < 1970 || year > 2100) return false
  // Plain calendar arithmetic in UTC: a China day is a calendar date, whatever the process zone.
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** A China calendar day, 'YYYY-MM-DD'. */
export const chinaDayParam = z
  .string()
  .check(
    z.regex(dayPattern, { error: 'must be a date YYYY-MM-DD (a China calendar day)', abort: true }),
    z.refine(isRealDay, { error: 'is not a real calendar date (1970-2100)' }),
  )

export function enumParam<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `must be one of: ${values.join(', ')}` })
}

/** A whole number in [min, max], written in plain digits (no '1e2', no '+3', no ' 7'). */
export function integerParam(min: number, max: number) {
  const message = `must be a whole number from ${min} to ${max}`
  return z.pipe(
    z.string().check(
      z.regex(/^(0|[1-9][0-9]{0,8})$/, { error: message, abort: true }),
      z.refine((text) => Number(text) >= min && Number(text) <= max, {
        error: message,
        params: { code: 'range' },
      }),
    ),
    z.transform(Number),
  )
}

export const limitParam = integerParam(1, maxPageLimit)

export const cursorParam = z
  .string()
  .check(z.refine((text) => decodeCursor(text) !== undefined, { error: 'is not a cursor this API issued' }))

export const keywordParam = z
  .string()
  .check(
    z.minLength(1, { error: 'must not be empty (leave the parameter out instead)' }),
    z.maxLength(100, { error: 'must be at most 100 characters' }),
  )

const errorCodes = new Set<string>([
  'required',
  'unknown',
  'format',
  'enum',
  'range',
  'order',
  'span',
  'combination',
])

/** The contract's error code for a zod issue (a check may name its own with `params.code`). */
function errorCodeOf(issue: z.core.$ZodIssue, missing: boolean): ParameterErrorCode {
  if (missing) return 'required'
  switch (issue.code) {
    case 'invalid_value':
      return 'enum'
    case 'too_big':
    case 'too_small':
      return 'range'
    case 'custom': {
      const code: unknown = issue.params?.code
      return typeof code === 'string' && errorCodes.has(code) ? (code as ParameterErrorCode) : 'format'
    }
    default:
      return 'format'
  }
}

/** Parses `url`'s query against `shape`, then runs `refine` for rules across parameters. */
export function parseQuery<S extends ParamShape>(
  url: URL | string,
  shape: S,
  refine?: (value: ParsedQuery<S>) => ParameterError[],
): QueryResult<S> {
  const params = new URL(url).searchParams
  const errors: ParameterError[] = []
  const raw: Record<string, string> = {}
  const allowed = Object.keys(shape)
  const seen = new Set<string>()

  for (const name of params.keys()) {
    if (seen.has(name)) continue
    seen.add(name)
    const values = params.getAll(name)
    if (!Object.hasOwn(shape, name)) {
      const known = allowed.length
        ? `; known parameters: ${allowed.join(', ')}`
        : '; this endpoint takes none'
      errors.push({
        in: 'query',
        parameter: name,
        code: 'unknown',
        message: `is not a parameter of this endpoint${known}`,
      })
    } else if (values.length > 1) {
      errors.push({
        in: 'query',
        parameter: name,
        code: 'format',
        message: `is given ${values.length} times; give it once`,
      })
    } else if (values[0] !== undefined) {
      raw[name] = values[0]
    }
  }

  const parsed = z.object(shape).safeParse(raw)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const parameter = typeof issue.path[0] === 'string' ? issue.path[0] : '(query)'
      const code = errorCodeOf(issue, raw[parameter] === undefined)
      const message = code === 'required' ? 'is required' : issue.message
      errors.push({ in: 'query', parameter, code, message })
    }
  }
  if (errors.length > 0 || !parsed.success) return { ok: false, errors }

  const value = parsed.data as ParsedQuery<S>
  const crossErrors = refine ? refine(value) : []
  return crossErrors.length > 0 ? { ok: false, errors: crossErrors } : { ok: true, value }
}

/** Inclusive count of days from `from` to `to` (both real 'YYYY-MM-DD' days). */
export function daysInPeriod(from: string, to: string): number {
  const ms = (day: string) => Date.parse(`${day}T00:00:00Z`)
  return Math.round((ms(to) - ms(from)) / 86_400_000) + 1
}

/**
 * The period rule shared by every endpoint with `from`/`to`: from ≤ to, and at most `maxDays`
 * days (so that one request cannot ask the simulator for decades).
 */
export function periodRule(maxDays: number) {
  return ({ from, to }: { from?: unknown; to?: unknown }): ParameterError[] => {
    if (typeof from !== 'string' || typeof to !== 'string') return []
    if (from > to)
      return [{ in: 'query', parameter: 'from', code: 'order', message: `must not be after to (${to})` }]
    const days = daysInPeriod(from, to)
    if (days > maxDays) {
      const message = `the period spans ${days} days; at most ${maxDays} are allowed`
      return [{ in: 'query', parameter: 'to', code: 'span', message }]
    }
    return []
  }
}
