import type { TFunction } from 'i18next'
import { isApiError, type ApiError } from './api-error'

/**
 * Why an action (a POST or PATCH that changes something) failed, as the user must hear it:
 * - `forbidden`: the role may not (403 `forbidden`);
 * - `csrf`: the request could not prove it came from the app (403 `csrf-missing`);
 * - `unauthenticated`: the session ended (401; the app sends the user to sign in);
 * - `conflict`: the thing is no longer in a state that allows it (409 `state-conflict`);
 * - `invalid`: a field was refused (400 `invalid-parameter`; 422 `rule-violation`, e.g. a
 *   report-by day before today; or any 422 naming fields);
 * - `idempotency`: the key was used for another request (422 `idempotency-conflict`);
 * - `notFound`, `rateLimited`, `server` (5xx), `network` (no answer or a timeout), `unknown`.
 */
export type ActionFailure =
  | 'forbidden'
  | 'csrf'
  | 'unauthenticated'
  | 'conflict'
  | 'invalid'
  | 'idempotency'
  | 'notFound'
  | 'rateLimited'
  | 'server'
  | 'network'
  | 'unknown'

/** A field the API refused (the problem's `errors`), e.g. `/dueDate` with code `range`. */
export interface RefusedField {
  parameter: string
  code: string
}

export interface ActionError {
  failure: ActionFailure
  /** Sending the same request again may work (and cannot act twice: same Idempotency-Key). */
  retryable: boolean
  fields: RefusedField[]
  retryAfterSeconds: number | undefined
}

const problemTypes = 'https://duban.example/problems/'

function problemType(error: ApiError): string | undefined {
  const type = error.problem?.type
  return type?.startsWith(problemTypes) ? type.slice(problemTypes.length) : undefined
}

function refusedFields(error: ApiError): RefusedField[] {
  const errors: unknown = error.problem?.errors
  if (!Array.isArray(errors)) return []
  return errors.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return []
    const { parameter, code } = entry as { parameter?: unknown; code?: unknown }
    return typeof parameter === 'string' && typeof code === 'string' ? [{ parameter, code }] : []
  })
}

function failureOf(error: unknown): ActionFailure {
  if (!isApiError(error)) return 'unknown'
  if (error.kind === 'network' || error.kind === 'timeout') return 'network'
  if (error.kind !== 'http' || error.status === undefined) return 'unknown'
  // The problem type first (the contract: clients branch on `type`), the status when it is missing.
  switch (problemType(error)) {
    case 'forbidden':
      return 'forbidden'
    case 'csrf-missing':
      return 'csrf'
    case 'unauthenticated':
      return 'unauthenticated'
    case 'state-conflict':
      return 'conflict'
    case 'invalid-parameter':
    case 'rule-violation':
      return 'invalid'
    case 'idempotency-conflict':
      return 'idempotency'
    case 'not-found':
      return 'notFound'
    case 'rate-limited':
      return 'rateLimited'
    default:
      break
  }
  const status = error.status
  if (status === 401) return 'unauthenticated'
  if (status === 403) return 'forbidden'
  if (status === 404) return 'notFound'
  if (status === 409) return 'conflict'
  if (status === 422) return refusedFields(error).length > 0 ? 'invalid' : 'idempotency'
  if (status === 400) return 'invalid'
  if (status === 429) return 'rateLimited'
  if (status >= 500) return 'server'
  return 'unknown'
}

const retryableFailures: ReadonlySet<ActionFailure> = new Set(['network', 'server', 'rateLimited', 'csrf'])

/** What an action's failure means (see `ActionFailure`). */
export function actionErrorOf(error: unknown): ActionError {
  const failure = failureOf(error)
  return {
    failure,
    retryable: retryableFailures.has(failure),
    fields: isApiError(error) ? refusedFields(error) : [],
    retryAfterSeconds: isApiError(error) ? error.retryAfterSeconds : undefined,
  }
}

/**
 * One or two sentences: what happened and what to do. The problem's `title` and `detail` are for
 * developers (the contract), so they are not shown; a refused field is named by the caller,
 * which knows its label (`fieldMessage`), or generically here.
 */
export function describeActionError(
  error: unknown,
  t: TFunction,
  fieldMessage?: (field: RefusedField) => string | undefined,
): string {
  const { failure, fields, retryAfterSeconds } = actionErrorOf(error)
  if (failure === 'invalid') {
    const named = fields.map((field) => fieldMessage?.(field)).filter((text) => text !== undefined)
    if (named.length > 0) return t('action.invalidFields', { fields: named.join(t('action.fieldSeparator')) })
  }
  if (failure === 'rateLimited' && retryAfterSeconds !== undefined) {
    return t('action.rateLimitedFor', { seconds: Math.max(1, Math.ceil(retryAfterSeconds)) })
  }
  return t(`action.${failure}`)
}
