import type { TFunction } from 'i18next'
import { isApiError } from './api-error'

/** One sentence for the user, in their language, saying what failed. */
export function describeApiError(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return error instanceof Error ? error.message : String(error)
  switch (error.kind) {
    case 'http': {
      // A server that asked for a pause says until when the client waits (retry-after-gate.ts).
      if ((error.status === 429 || error.status === 503) && error.retryAfterSeconds !== undefined) {
        return t(error.status === 429 ? 'api.rateLimited' : 'api.unavailable', {
          seconds: Math.max(1, Math.ceil(error.retryAfterSeconds)),
        })
      }
      const base = t('api.http', { status: error.status })
      const detail = error.problem?.detail ?? error.problem?.title
      return detail ? t('api.withDetail', { message: base, detail }) : base
    }
    case 'network':
      return t('api.network')
    case 'timeout':
      // Rounded up: a short limit must not read as "0 seconds".
      return t('api.timeout', { seconds: Math.max(1, Math.ceil((error.timeoutMs ?? 0) / 1000)) })
    case 'parse':
      return t('api.parse')
    case 'validation':
      return t('api.validation', { issues: (error.issues ?? []).slice(0, 3).join('; ') })
    case 'aborted':
      return t('api.aborted')
  }
}
