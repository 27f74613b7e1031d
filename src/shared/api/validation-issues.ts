import type { z } from 'zod/mini'

/** What a value is, in JSON's words: enough to say what came instead of what was expected. */
function jsonKind(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'array'
  if (typeof value === 'number' && !Number.isInteger(value)) return 'fraction'
  return typeof value
}

/** A run of digits as long as a phone number's local part: too long for any code of the API. */
const longDigits = /\d{7}/

/**
 * A value that came instead of a code, as an issue may repeat it: a code-like value (short, of
 * letters, digits and `_.:-`, no long run of digits) or a small number as it is; anything else by
 * its kind and length only. The issues are shown and logged, and a value in the wrong field may
 * be a person's name, phone or ID number.
 */
function shown(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null || typeof value === 'boolean') return String(value)
  if (typeof value === 'number') return longDigits.test(String(value)) ? 'a long number' : String(value)
  if (typeof value === 'string') {
    return /^[\w.:-]{1,32}$/.test(value) && !longDigits.test(value)
      ? JSON.stringify(value)
      : `text of ${value.length} characters`
  }
  return jsonKind(value)
}

const list = (values: readonly unknown[]) =>
  values.length > 6
    ? `${values.slice(0, 6).map(String).join(', ')}, … (${values.length})`
    : values.map(String).join(', ')

function describeProblem(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `missing (${issue.expected} expected)`
        : `${issue.expected} expected, got ${jsonKind(issue.input)}`
    case 'invalid_value':
      return issue.input === undefined
        ? `missing (one of ${list(issue.values)} expected)`
        : `one of ${list(issue.values)} expected, got ${shown(issue.input)}`
    case 'invalid_format':
      return issue.pattern ? `does not match ${issue.pattern}` : `not a valid ${issue.format}`
    case 'too_small':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `at least ${issue.minimum} ${issue.origin === 'array' ? 'items' : 'characters'} expected`
        : `${issue.inclusive ? '≥' : '>'} ${issue.minimum} expected`
    case 'too_big':
      return issue.origin === 'array' || issue.origin === 'string'
        ? `at most ${issue.maximum} ${issue.origin === 'array' ? 'items' : 'characters'} expected`
        : `${issue.inclusive ? '≤' : '<'} ${issue.maximum} expected`
    case 'invalid_union': {
      // A discriminated union knows its tags; its issue's input is the whole object.
      if (!('options' in issue) || !issue.options?.length) return 'matches none of the allowed shapes'
      const input: unknown = issue.input
      const tag =
        issue.discriminator && typeof input === 'object' && input !== null
          ? (input as Record<string, unknown>)[issue.discriminator]
          : input
      return `one of ${list(issue.options)} expected, got ${shown(tag)}`
    }
    case 'unrecognized_keys':
      return `unexpected ${list(issue.keys)}`
    default:
      // zod/mini ships no message locale: its own messages only say "Invalid input".
      return issue.message && issue.message !== 'Invalid input' ? issue.message : issue.code
  }
}

/**
 * One line per issue, `path: what is wrong` (`initialCheck.rate: ≤ 1 expected`), readable
 * without zod's message locales, which would weigh on every page. Issues must come from a parse
 * with `reportInput: true`, so that a missing field can be told from a wrong one.
 */
export function describeValidationIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.map(
    (issue) => `${issue.path.length ? issue.path.join('.') : '(root)'}: ${describeProblem(issue)}`,
  )
}
