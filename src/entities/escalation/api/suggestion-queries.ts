import { infiniteQueryOptions } from '@tanstack/react-query'
import type { z } from 'zod/mini'
import { apiFetch } from '@/shared/api/api-fetch'
import { nextPageParam, type ListParams } from '@/shared/api/operation-params'
import { supervisionSuggestionPageSchema } from '@/shared/api/validators.gen'
import { escalationQueryKeys } from './escalation-queries'

export type SuggestionParams = ListParams<'listSupervisionSuggestions'>
export type SupervisionSuggestion = z.output<typeof supervisionSuggestionPageSchema>['items'][number]

/**
 * `GET /supervision-suggestions`, page by page: overdue and at-risk items nobody supervises yet,
 * most pressing first (the API ranks them). Under the supervisions' keys, so that supervising or
 * reminding one (which moves it out of the list or down it) asks for the list again.
 */
export function supervisionSuggestionsQueryOptions(params: SuggestionParams = {}) {
  return infiniteQueryOptions({
    queryKey: [...escalationQueryKeys.all, 'suggestions', params] as const,
    queryFn: ({ pageParam, signal }) =>
      apiFetch('/supervision-suggestions', {
        query: { ...params, cursor: pageParam },
        schema: supervisionSuggestionPageSchema,
        signal,
      }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: nextPageParam,
  })
}
