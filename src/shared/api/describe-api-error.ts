import type { TFunction } from 'i18next'
import { isApiError } from './api-error'

/** One sentence for the user, in their language, saying what failed. */
export function describeApiError(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return error instanceof Error ? error.message : String(error)
  switch (error.kind) {
    case 'http': {
      const base = t('api.http', { status: error.status })
      const detail = error.problem?.detail ?? error.problem?.title
      return detail ? `${base}: ${detail}` : base
    }
    case 'network':
      return t('api.network')
    case 'timeout':
      return t('api.timeout', { seconds: Math.round((error.timeoutMs ?? 0) / 1000) })
    case 'parse':
      return t('api.parse')
    case 'validation':
      return `${t('api.parse')} (${(error.issues ?? []).slice(0, 3).join('; ')})`
    case 'aborted':
      return t('api.aborted')
  }
}
